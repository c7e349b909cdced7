// Which machine kinds can be read over OPC-UA, and what their mappings mean to the connector. A kind's mapping module
// (devices/KIND/opcua-mapping.ts) turns node values into edge.v1 messages; this file knows the shape every mapping
// config shares: roles, "{n}" over numbered units, event fields, methods. It is used twice: by load.ts to check a
// config (an unknown role is a typo that would otherwise silently do nothing), and by opcua-devices.ts to plan what
// the connector subscribes to.
import type { edge } from '../proto/index.ts';
import {
  applyLockerValues, LOCKER_OPCUA_ROLES, lockerAnswer, lockerCommand, lockerEvent, lockerState, lockerTelemetry, lockerTransactions,
  newLockerSnapshot, type LockerCommandPlan, type LockerDue, type LockerSnapshot,
} from '../devices/locker/opcua-mapping.ts';
import type { CodecContext, DecodeResult, Kind } from '../devices/types.ts';
import type { EventFields, EventItem, OpcuaMappingConfig, OpcuaOutcome, ValueChange, ValueItem } from '../protocols/opcua/types.ts';
import type { DeviceAnswer } from './commands/transport.ts';
import type { ConfigProblem } from './config/load.ts';
import type { DeviceConfig } from './config/schema.ts';

export interface RoleTable {
  values: Readonly<Record<string, { perUnit: boolean; required: boolean }>>;
  events: Readonly<Record<string, { fields: readonly string[] }>>;
  methods: Readonly<Record<string, object>>;
}

/** What the gateway needs from a kind to run it over OPC-UA. Snapshots are the kind's own business. */
export interface OpcuaKind<S = LockerSnapshot, P = LockerCommandPlan> {
  roles: RoleTable;
  newSnapshot(units: number): S;
  apply(snap: S, changes: readonly ValueChange[]): LockerDue;
  telemetry(snap: S, ctx: CodecContext): DecodeResult | undefined;
  state(snap: S, online: boolean, ctx: CodecContext): DecodeResult | undefined;
  transactions(snap: S, ctx: CodecContext): DecodeResult[];
  event(fields: EventFields, names: Record<string, string>, ctx: CodecContext): DecodeResult;
  command(cmd: edge.v1.ICommand, snap: S, mapping: OpcuaMappingConfig): P;
  answer(plan: { what: string }, outcome: OpcuaOutcome): DeviceAnswer;
}

export const OPCUA_KINDS: Partial<Record<Kind, OpcuaKind>> = {
  locker: {
    roles: LOCKER_OPCUA_ROLES,
    newSnapshot: newLockerSnapshot,
    apply: applyLockerValues,
    telemetry: lockerTelemetry,
    state: lockerState,
    transactions: (snap, ctx) => lockerTransactions(snap.single.get('transactions'), ctx),
    event: lockerEvent,
    command: lockerCommand,
    answer: lockerAnswer,
  },
};

/** Fields every event subscription selects (BaseEventType), before the mapping's own. */
export const STANDARD_EVENT_FIELDS = ['Message', 'Severity', 'Time'] as const;

/** The one role every kind may map: a value the controller changes at least once per publishing interval. */
export const HEARTBEAT_ROLE = 'heartbeat';

/** Problems of one device's mapping, with paths below `base` (e.g. "/devices/3/opcua/mapping"). */
export function mappingProblems(kind: Kind, m: OpcuaMappingConfig, base: string): ConfigProblem[] {
  const k = OPCUA_KINDS[kind];
  if (!k) return [{ path: base, message: `${kind} machines cannot be read over OPC-UA yet (supported: ${Object.keys(OPCUA_KINDS).join(', ')})` }];
  const out: ConfigProblem[] = [];
  const known = (table: object) => Object.keys(table).join(', ');
  for (const [role, ref] of Object.entries(m.values)) {
    const r = k.roles.values[role];
    if (!r) { out.push({ path: `${base}/values/${role}`, message: `unknown role "${role}" for ${kind} (known: ${known(k.roles.values)})` }); continue; }
    if (!r.perUnit && ref.includes('{n}')) out.push({ path: `${base}/values/${role}`, message: '"{n}" is only for per-unit roles' });
    if (r.perUnit && m.units > 1 && !ref.includes('{n}')) out.push({ path: `${base}/values/${role}`, message: `must contain "{n}" to address each of the ${m.units} units` });
  }
  for (const [role, r] of Object.entries(k.roles.values)) {
    if (r.required && m.values[role] === undefined) out.push({ path: `${base}/values/${role}`, message: `is required for ${kind}` });
  }
  for (const [role, e] of Object.entries(m.events)) {
    const r = k.roles.events[role];
    if (!r) { out.push({ path: `${base}/events/${role}`, message: `unknown event role "${role}" for ${kind} (known: ${known(k.roles.events)})` }); continue; }
    for (const f of Object.keys(e.fields)) {
      if (!r.fields.includes(f)) out.push({ path: `${base}/events/${role}/fields/${f}`, message: `unknown field role "${f}" (known: ${r.fields.join(', ')})` });
    }
  }
  for (const role of Object.keys(m.methods)) {
    if (!(role in k.roles.methods)) out.push({ path: `${base}/methods/${role}`, message: `unknown method role "${role}" for ${kind} (known: ${known(k.roles.methods)})` });
  }
  return out;
}

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

/** Semantic checks of one device's transport settings (load.ts); the schema has already checked the shapes. */
export function opcuaDeviceProblems(d: DeviceConfig, i: number): ConfigProblem[] {
  const base = `/devices/${i}`;
  if (d.transport !== 'opcua') {
    return d.opcua === undefined ? [] : [{ path: `${base}/opcua`, message: 'only a device with transport "opcua" takes an opcua section' }];
  }
  const o = d.opcua;
  if (o === undefined) return [{ path: `${base}/opcua`, message: 'is required with transport "opcua" (endpointUrl and mapping at least)' }];
  const out: ConfigProblem[] = [];
  if (d.passwordHash !== undefined || d.passwordEnv !== undefined || d.passwordFile !== undefined) {
    out.push({ path: base, message: 'passwordHash, passwordEnv and passwordFile are for MQTT devices; an OPC-UA device logs in with opcua.auth' });
  }
  if ((o.securityMode === 'None') !== (o.securityPolicy === 'None')) {
    out.push({ path: `${base}/opcua/securityPolicy`, message: o.securityMode === 'None' ? 'must be "None" with securityMode "None"' : `securityMode "${o.securityMode}" needs a securityPolicy other than "None"` });
  }
  const a = o.auth;
  const given = (keys: (keyof typeof a)[]) => keys.filter((k) => a[k] !== undefined);
  if (a.type === 'anonymous') {
    if (o.securityMode !== 'None') out.push({ path: `${base}/opcua/auth/type`, message: `anonymous login is refused with securityMode "${o.securityMode}": use "userName" or "certificate"` });
    const extra = given(['userName', 'passwordEnv', 'passwordFile', 'certificateFile', 'privateKeyFile']);
    if (extra.length > 0) out.push({ path: `${base}/opcua/auth`, message: `${extra.join(', ')} not used with type "anonymous"` });
  } else if (a.type === 'userName') {
    if (a.userName === undefined) out.push({ path: `${base}/opcua/auth/userName`, message: 'is required with type "userName"' });
    if (given(['passwordEnv', 'passwordFile']).length !== 1) out.push({ path: `${base}/opcua/auth`, message: 'type "userName" needs exactly one of passwordEnv, passwordFile' });
    if (given(['certificateFile', 'privateKeyFile']).length > 0) out.push({ path: `${base}/opcua/auth`, message: 'certificateFile and privateKeyFile are for type "certificate"' });
  } else {
    if (a.certificateFile === undefined || a.privateKeyFile === undefined) out.push({ path: `${base}/opcua/auth`, message: 'type "certificate" needs certificateFile and privateKeyFile' });
    if (given(['userName', 'passwordEnv', 'passwordFile']).length > 0) out.push({ path: `${base}/opcua/auth`, message: 'userName, passwordEnv and passwordFile are for type "userName"' });
  }
  if (o.reconnectMaxMs < o.reconnectMinMs) out.push({ path: `${base}/opcua/reconnectMaxMs`, message: 'must be at least reconnectMinMs' });
  return [...out, ...mappingProblems(d.kind, o.mapping, `${base}/opcua/mapping`)];
}
