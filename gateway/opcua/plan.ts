// What the OPC-UA connector subscribes to for one machine, planned from its kind's roles (devices/opcua-kinds.ts) and
// the machine's mapping config: per-unit roles expanded to "role.n" keys, the event fields to select.
import { HEARTBEAT_ROLE, STANDARD_EVENT_FIELDS, type OpcuaKind } from '../../devices/opcua-kinds.ts';
import type { EventItem, OpcuaMappingConfig, ValueItem } from '../../protocols/opcua/types.ts';

export interface MonitorPlan {
  values: ValueItem[];
  events: EventItem[];
  /** Per event role: field role -> selected browse name. */
  eventNames: Record<string, Record<string, string>>;
  heartbeatKey?: string;
}

/** What the connector subscribes to: per-unit roles expanded to "role.n" keys. */
export function monitorPlan(kind: OpcuaKind, m: OpcuaMappingConfig): MonitorPlan {
  const values: ValueItem[] = [];
  for (const [role, ref] of Object.entries(m.values)) {
    if (kind.roles.values[role]?.perUnit) {
      for (let n = 1; n <= m.units; n++) values.push({ key: `${role}.${n}`, ref: ref.replaceAll('{n}', String(n)) });
    } else {
      values.push({ key: role, ref });
    }
  }
  const events: EventItem[] = [];
  const eventNames: Record<string, Record<string, string>> = {};
  for (const [role, e] of Object.entries(m.events)) {
    eventNames[role] = { ...e.fields };
    events.push({ key: role, notifier: e.notifier, fields: [...new Set([...STANDARD_EVENT_FIELDS, ...Object.values(e.fields)])] });
  }
  return { values, events, eventNames, ...(m.values[HEARTBEAT_ROLE] !== undefined ? { heartbeatKey: HEARTBEAT_ROLE } : {}) };
}
