// A locker controller over OPC-UA: node values and events -> the same edge.v1 messages an MQTT locker produces.
// Pure functions, no I/O. Every message is built as the locker's own JSON document (README.md in this folder) and decoded
// by the locker codec, so an OPC-UA locker gets exactly the MQTT locker's validation, pickup-code hashing and card-number
// guard: same kind, same envelopes.
//
// Transactions come from a log variable (role "transactions"): a String, or an array of Strings, each one tx document
// with the controller's own txId. A ring of the last transactions is what makes the mapping safe across reconnects: what
// happened while the gateway was away is still in the log when it comes back, and what it already stored is recognised
// by txId (the gateway remembers stored txIds; the spool drops a repeated one), so nothing is recorded twice.
import type { edge } from '../../proto/index.ts';
import type { EventFields, OpcuaMappingConfig, Sample, ValueChange } from '../../protocols/opcua/types.ts';
import { eventBody } from '../common/bodies.ts';
import { hasCardNumber } from '../common/card-number.ts';
import { DOOR_STATE, SERVICE_MODE } from '../common/enums.ts';
import { FREE_TEXT_PATTERN } from '../common/schema-parts.ts';
import type { DueMessages, OpcuaCommandPlan, OpcuaKind } from '../common/opcua-kind.ts';
import type { CodecContext, DecodeResult, DeviceAnswer } from '../common/types.ts';
import { lockerCodec } from './codec.ts';
import { LOCKER_EVENTS } from './schema.ts';

/** Roles a locker mapping understands (documented in README.md, "OPC-UA"). */
export const LOCKER_OPCUA_ROLES = {
  values: {
    door: { perUnit: true, required: true },
    occupied: { perUnit: true, required: true },
    documentRef: { perUnit: true, required: false },
    serviceMode: { perUnit: false, required: true },
    transactions: { perUnit: false, required: false },
    heartbeat: { perUnit: false, required: false },
    temperature: { perUnit: false, required: false },
    firmware: { perUnit: false, required: false },
    model: { perUnit: false, required: false },
    vendor: { perUnit: false, required: false },
  },
  events: { alarms: { fields: ['code', 'compartment', 'active'] } },
  methods: { openCompartment: {}, reboot: {} },
} as const;

const PER_UNIT = new Set(
  Object.entries(LOCKER_OPCUA_ROLES.values)
    .filter(([, r]) => r.perUnit)
    .map(([role]) => role),
);
const TELEMETRY_ROLES = new Set(['door', 'occupied', 'documentRef', 'temperature']);
const STATE_ROLES = new Set(['serviceMode', 'firmware', 'model', 'vendor']);

/** What the gateway last saw of one locker. */
export interface LockerSnapshot {
  units: number;
  perUnit: Map<string, Sample>;
  single: Map<string, Sample>;
}

export function newLockerSnapshot(units: number): LockerSnapshot {
  return { units, perUnit: new Map(), single: new Map() };
}

function same(a: Sample | undefined, b: Sample): boolean {
  return a !== undefined && a.good === b.good && JSON.stringify(a.value) === JSON.stringify(b.value);
}

/** Records a batch of changes; says which messages are due (a value that did not really change makes none). */
export function applyLockerValues(snap: LockerSnapshot, changes: readonly ValueChange[]): DueMessages {
  const due: DueMessages = { telemetry: false, state: false, transactions: false };
  for (const { key, sample } of changes) {
    const [role = '', n] = key.split('.');
    if (role === 'transactions') {
      snap.single.set(role, sample);
      due.transactions = true;
      continue;
    }
    const map = PER_UNIT.has(role) && n !== undefined ? snap.perUnit : snap.single;
    const k = PER_UNIT.has(role) ? key : role;
    if (same(map.get(k), sample)) continue;
    map.set(k, sample);
    if (TELEMETRY_ROLES.has(role)) due.telemetry = true;
    if (STATE_ROLES.has(role)) due.state = true;
  }
  return due;
}

type DoorWord = keyof typeof DOOR_STATE;
const DOOR_BY_NUMBER = new Map<number, DoorWord>(Object.entries(DOOR_STATE).map(([w, v]) => [v as number, w as DoorWord]));
const MODE_BY_NUMBER = new Map<number, keyof typeof SERVICE_MODE>(
  Object.entries(SERVICE_MODE).map(([w, v]) => [v as number, w as keyof typeof SERVICE_MODE]),
);

/** A door sensor: Boolean (true = open), a word ("closed", "open", "forced", "fault") or edge.v1 DoorState numbers. */
export function doorWord(s: Sample): DoorWord {
  if (!s.good) return 'fault';
  if (typeof s.value === 'boolean') return s.value ? 'open' : 'closed';
  if (typeof s.value === 'number') return DOOR_BY_NUMBER.get(s.value) ?? 'fault';
  if (typeof s.value === 'string' && s.value.toLowerCase() in DOOR_STATE) return s.value.toLowerCase() as DoorWord;
  return 'fault';
}

function truthy(s: Sample): boolean | undefined {
  if (!s.good) return undefined;
  if (typeof s.value === 'boolean') return s.value;
  if (typeof s.value === 'number') return s.value !== 0;
  if (s.value === 'true' || s.value === 'false') return s.value === 'true';
  return undefined;
}

/** Service mode: edge.v1 ServiceMode numbers (1 in service, 2 out of service, 3 maintenance) or the words. */
export function modeWord(s: Sample | undefined): keyof typeof SERVICE_MODE | undefined {
  if (!s?.good) return undefined;
  if (typeof s.value === 'number') return MODE_BY_NUMBER.get(s.value);
  if (typeof s.value === 'string' && s.value in SERVICE_MODE) return s.value as keyof typeof SERVICE_MODE;
  return undefined;
}

function isoTime(samples: (Sample | undefined)[]): { time?: string } {
  const ms = Math.max(0, ...samples.map((s) => s?.sourceTimeMs ?? 0));
  return ms > 0 ? { time: new Date(ms).toISOString() } : {};
}

function decode(channel: 'telemetry' | 'state' | 'event' | 'tx', doc: unknown, ctx: CodecContext): DecodeResult {
  return lockerCodec.decode(channel, Buffer.from(JSON.stringify(doc)), { ...ctx, format: 'json' });
}

function compartments(snap: LockerSnapshot): { list: Record<string, unknown>[]; used: Sample[] } {
  const list: Record<string, unknown>[] = [];
  const used: Sample[] = [];
  for (let n = 1; n <= snap.units; n++) {
    const door = snap.perUnit.get(`door.${n}`);
    const occ = snap.perUnit.get(`occupied.${n}`);
    const occupied = occ && truthy(occ);
    if (!door || occupied === undefined) continue;
    used.push(door, occ!);
    const c: Record<string, unknown> = { number: n, door: doorWord(door), occupied };
    const ref = snap.perUnit.get(`documentRef.${n}`);
    // what is in an empty compartment cannot be true; the schema refuses it, so leave a stale reference out
    if (occupied && ref?.good && typeof ref.value === 'string' && ref.value !== '') c.documentRef = ref.value;
    list.push(c);
  }
  return { list, used };
}

/** Telemetry with every compartment whose door and occupancy are known; undefined before any is. */
export function lockerTelemetry(snap: LockerSnapshot, ctx: CodecContext): DecodeResult | undefined {
  const { list, used } = compartments(snap);
  if (list.length === 0) return undefined;
  const doc: Record<string, unknown> = { ...isoTime(used), compartments: list };
  const t = snap.single.get('temperature');
  if (t?.good && typeof t.value === 'number' && Number.isFinite(t.value)) doc.temperatureC = Math.round(t.value * 10) / 10;
  return decode('telemetry', doc, ctx);
}

const FIRMWARE = /^[A-Za-z0-9._/-]{1,64}$/;

/** A string the server holds, as free text of at most `max` characters; undefined (left out) when it is not free text. */
function text(s: Sample | undefined, max: number): string | undefined {
  const v = s?.good && typeof s.value === 'string' ? s.value.trim().slice(0, max) : '';
  return v !== '' && FREE_TEXT_PATTERN.test(v) ? v : undefined;
}

/** The locker's state; undefined until its service mode is known. */
export function lockerState(snap: LockerSnapshot, online: boolean, ctx: CodecContext): DecodeResult | undefined {
  const modeSample = snap.single.get('serviceMode');
  const mode = modeWord(modeSample);
  if (!mode) return undefined;
  const doc: Record<string, unknown> = { ...isoTime([modeSample]), online, mode };
  const fw = text(snap.single.get('firmware'), 64);
  if (fw && FIRMWARE.test(fw)) doc.firmware = fw;
  const model = text(snap.single.get('model'), 64);
  if (model) doc.model = model;
  const vendor = text(snap.single.get('vendor'), 64);
  if (vendor) doc.vendor = vendor;
  const { list } = compartments(snap);
  if (list.length > 0) doc.compartments = list;
  return decode('state', doc, ctx);
}

/** Every entry of the transaction log, in log order, decoded exactly as an MQTT locker's tx payload. */
export function lockerTransactions(sample: Sample | undefined, ctx: CodecContext): DecodeResult[] {
  if (!sample?.good) return [];
  const entries = Array.isArray(sample.value) ? sample.value : [sample.value];
  return entries
    .filter((e): e is string => typeof e === 'string' && e.trim() !== '')
    .map((e) => lockerCodec.decode('tx', Buffer.from(e), { ...ctx, format: 'json' }));
}

/** OPC UA severity 1-1000 in the four bands of edge.v1 Severity. */
export function severityWord(sev: unknown): 'info' | 'warning' | 'alarm' | 'critical' {
  const n = typeof sev === 'number' ? sev : 0;
  if (n > 800) return 'critical';
  if (n > 500) return 'alarm';
  if (n > 200) return 'warning';
  return 'info';
}

/**
 * An alarm event. `names` gives the browse names the mapping selected for the roles code, compartment and active.
 * A door alarm the locker schema knows (door_forced, door_left_open with a compartment) goes through the codec; any
 * other code becomes a plain Event. Either way the server's message is dropped, not the alarm, when it carries a card
 * number or characters free text may not hold (FREE_TEXT_CHARS: no controls, invisible or bidi characters).
 */
export function lockerEvent(
  fields: EventFields,
  names: Partial<Record<'code' | 'compartment' | 'active', string>>,
  ctx: CodecContext,
): DecodeResult {
  const rawCode = names.code !== undefined ? fields[names.code] : undefined;
  const code = typeof rawCode === 'string' && rawCode.trim() !== '' ? rawCode.trim() : 'ALARM';
  const comp = names.compartment !== undefined ? fields[names.compartment] : undefined;
  const compartment = typeof comp === 'number' && Number.isInteger(comp) && comp > 0 ? comp : undefined;
  const act = names.active !== undefined ? fields[names.active] : undefined;
  const active = typeof act === 'boolean' ? act : true;
  const severity = severityWord(fields.Severity);
  const raw = typeof fields.Message === 'string' ? fields.Message.slice(0, 200) : '';
  const message = raw && FREE_TEXT_PATTERN.test(raw) && !hasCardNumber(raw) ? raw : '';
  const time = typeof fields.Time === 'number' && fields.Time > 0 ? { time: new Date(fields.Time).toISOString() } : {};
  const word = code.toLowerCase();
  if ((LOCKER_EVENTS as readonly string[]).includes(word) && compartment !== undefined) {
    return decode('event', { ...time, event: word, compartment, severity, active, ...(message ? { message } : {}) }, ctx);
  }
  const body = eventBody({
    code: code
      .toUpperCase()
      .replace(/[^A-Z0-9_]/g, '_')
      .slice(0, 64),
    severity,
    active,
    component: 'controller',
    ...(compartment !== undefined ? { compartment } : {}),
    ...(message ? { message } : {}),
  });
  return { ok: true, message: { deviceTimeMs: typeof fields.Time === 'number' ? fields.Time : 0, body } };
}

const NUMERIC_TYPES = new Set(['Byte', 'SByte', 'Int16', 'UInt16', 'Int32', 'UInt32', 'Int64', 'UInt64']);

export function lockerCommand(cmd: edge.v1.ICommand, snap: LockerSnapshot, mapping: OpcuaMappingConfig): OpcuaCommandPlan {
  if (cmd.openCompartment) {
    const m = mapping.methods.openCompartment;
    if (!m) return { refuse: "this locker's OPC-UA mapping has no openCompartment method" };
    const n = cmd.openCompartment.compartment ?? 0;
    if (n < 1 || n > snap.units) return { refuse: `compartment ${n} does not exist (this locker has ${snap.units})` };
    return { call: { object: m.object, method: m.method, args: [{ dataType: 'UInt32', value: n }] }, what: `compartment ${n} opened` };
  }
  if (cmd.setServiceMode) {
    const word = MODE_BY_NUMBER.get(cmd.setServiceMode.mode ?? 0);
    const ref = mapping.values.serviceMode;
    if (!word) return { refuse: 'setServiceMode needs a mode' };
    if (!ref) return { refuse: "this locker's OPC-UA mapping has no serviceMode variable" };
    // write in the variable's own type: the words if it holds words, else the edge.v1 number in its integer type
    const seen = snap.single.get('serviceMode')?.dataType ?? 'Int32';
    const write =
      seen === 'String'
        ? { ref, dataType: 'String', value: word }
        : { ref, dataType: NUMERIC_TYPES.has(seen) ? seen : 'Int32', value: SERVICE_MODE[word] };
    return { write, what: `service mode set to ${word}` };
  }
  if (cmd.reboot) {
    const m = mapping.methods.reboot;
    return m
      ? { call: { object: m.object, method: m.method, args: [] }, what: 'reboot started' }
      : { refuse: "this locker's OPC-UA mapping has no reboot method" };
  }
  if (cmd.requestState) return { republishState: true };
  return { refuse: 'not supported by this locker over OPC-UA' };
}

/** The controller's answer as the command result: a method's first output "ok"/"opened"/true/0, or no output, is success. */
export function lockerAnswer(plan: { what: string }, outcome: { good: boolean; status: string; outputs: unknown[] }): DeviceAnswer {
  if (!outcome.good) return { state: 'failed', reason: `the machine refused: ${outcome.status}` };
  const first = outcome.outputs[0];
  const ok =
    first === undefined ||
    first === null ||
    first === true ||
    first === 0 ||
    (typeof first === 'string' && /^(ok|opened|done|good)$/i.test(first));
  if (ok) return { state: 'succeeded', reason: plan.what };
  return { state: 'failed', reason: `the machine answered ${describeOutput(first)}` };
}

/**
 * A method's output as a failure reason (the log and the core) may show it: a word, number or short text that is free
 * text without a card number, else only what it is. Never serialised whole: an output may be an array of any size.
 */
function describeOutput(v: unknown): string {
  const shown = typeof v === 'string' ? v.slice(0, 100) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  if (shown !== undefined && FREE_TEXT_PATTERN.test(shown) && !hasCardNumber(shown)) return shown;
  if (typeof v === 'string') return `a ${v.length}-character text it cannot show`;
  return Array.isArray(v) ? `an array of ${v.length} values` : `a value of type ${typeof v}`;
}

/** The locker's OPC-UA mapping as the gateway's runtime uses it (devices/common/opcua-kind.ts), listed in devices/registry.ts. */
export const lockerOpcua: OpcuaKind<LockerSnapshot> = {
  roles: LOCKER_OPCUA_ROLES,
  newSnapshot: newLockerSnapshot,
  apply: applyLockerValues,
  telemetry: lockerTelemetry,
  state: lockerState,
  transactions: (snap, ctx) => lockerTransactions(snap.single.get('transactions'), ctx),
  event: lockerEvent,
  command: lockerCommand,
  answer: lockerAnswer,
};
