// What the OPC-UA connector subscribes to for one machine, planned from its kind's roles (devices/common/opcua-kind.ts)
// and the machine's mapping config: per-unit roles expanded to "role.n" keys, the event fields to select.
import { HEARTBEAT_ROLE, type RoleTable, STANDARD_EVENT_FIELDS } from '../../devices/common/opcua-kind.ts';
import type { EventItem, OpcuaMappingConfig, ValueItem } from '../../protocols/opcua/types.ts';

export interface MonitorPlan {
  values: ValueItem[];
  events: EventItem[];
  /** Per event role: field role -> selected browse name. */
  eventNames: Record<string, Record<string, string>>;
  heartbeatKey?: string;
}

/** What the connector subscribes to: per-unit roles expanded to "role.n" keys. */
export function monitorPlan(roles: RoleTable, mapping: OpcuaMappingConfig): MonitorPlan {
  const values: ValueItem[] = [];
  for (const [role, ref] of Object.entries(mapping.values)) {
    if (roles.values[role]?.perUnit) {
      for (let n = 1; n <= mapping.units; n++) values.push({ key: `${role}.${n}`, ref: ref.replaceAll('{n}', String(n)) });
    } else {
      values.push({ key: role, ref });
    }
  }
  const events: EventItem[] = [];
  const eventNames: Record<string, Record<string, string>> = {};
  for (const [role, e] of Object.entries(mapping.events)) {
    eventNames[role] = { ...e.fields };
    events.push({ key: role, notifier: e.notifier, fields: [...new Set([...STANDARD_EVENT_FIELDS, ...Object.values(e.fields)])] });
  }
  return { values, events, eventNames, ...(mapping.values[HEARTBEAT_ROLE] !== undefined ? { heartbeatKey: HEARTBEAT_ROLE } : {}) };
}
