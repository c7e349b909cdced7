// Devices configured with format "protobuf" publish an edge.v1.DeviceMessage: the body message of their channel with their
// own txId and clock. Decoding proves
// only that the bytes are well-formed; the checks here restore what the JSON schemas promise for fields every kind
// shares (known enum values, money in range, hashes that really are hashes), so the core cannot tell which format a
// message arrived in. Kind-specific rules (a sale adds up) are the kind codec's.
import { pb, type edge } from '../../proto/index.ts';
import type { Body, Channel, TransactionBodyName } from './types.ts';
import { isKnownEnumValue } from './enums.ts';
import { KEYED_HASH_PATTERN } from './keyed-hash.ts';
import { schemaRefusal, type Refusal } from './refusal.ts';
import { checkFreeText, CURRENCY_PATTERN } from './schema-parts.ts';

interface MessageType {
  toObject(message: never): Record<string, unknown>;
}

type BodyField = 'transaction' | 'telemetry' | 'event' | 'state';

const MESSAGES: Record<Channel, { field: BodyField; type: MessageType; wrap: (o: Record<string, unknown>) => Body }> = {
  tx: { field: 'transaction', type: pb.Transaction, wrap: (o) => ({ transaction: o as edge.v1.ITransaction }) },
  telemetry: { field: 'telemetry', type: pb.Telemetry, wrap: (o) => ({ telemetry: o as edge.v1.ITelemetry }) },
  event: { field: 'event', type: pb.Event, wrap: (o) => ({ event: o as edge.v1.IEvent }) },
  state: { field: 'state', type: pb.DeviceState, wrap: (o) => ({ state: o as edge.v1.IDeviceState }) },
};

/** Latest device clock accepted: 9999-12-31T23:59:59.999Z, as for a JSON message's time. */
const MAX_TIME_MS = 253_402_300_799_999;

export interface DecodedProtobuf {
  /** The body as a plain object holding only the fields that were set, for the PAN guard. */
  plain: Record<string, unknown>;
  body: Body;
  /** tx_id as sent ('' when absent), checked by the caller. */
  txId: string;
  deviceTimeMs: number;
}

/**
 * Decode an edge.v1.DeviceMessage published on `channel`: its body must be the channel's; the body comes back as a plain
 * object holding only the fields that were set (proto3 defaults are left out, as the JSON normalisers leave out absent
 * optional fields).
 */
export function decodeProtobufBody(channel: Channel, payload: Uint8Array): DecodedProtobuf | Refusal {
  const m = MESSAGES[channel];
  let msg: edge.v1.DeviceMessage;
  try {
    msg = pb.DeviceMessage.decode(payload);
  } catch (e) {
    // protobufjs messages name offsets and wire types, never field contents
    const why = e instanceof Error ? `: ${e.message}` : '';
    return { code: 'GW_PAYLOAD_NOT_PROTOBUF', message: `payload does not decode as edge.v1.DeviceMessage${why}` };
  }
  if (msg.body !== m.field) {
    return msg.body
      ? schemaRefusal(`/${msg.body}`, `is not allowed on devices/{id}/${channel}: send the body in "${m.field}"`)
      : schemaRefusal(`/${m.field}`, 'is required');
  }
  const timeMs = Number(msg.timeMs ?? 0);
  if (!Number.isSafeInteger(timeMs) || timeMs < 0 || timeMs > MAX_TIME_MS) {
    return schemaRefusal('/timeMs', 'must be Unix milliseconds from 0 to the year 9999 (0 when the machine has no clock)');
  }
  const plain = m.type.toObject(msg[m.field] as never);
  return { plain, body: m.wrap(plain), txId: msg.txId ?? '', deviceTimeMs: timeMs };
}

export function checkMoney(m: edge.v1.IMoney | null | undefined, path: string): Refusal | undefined {
  if (!m) return schemaRefusal(path, 'is required');
  const amount = m.amountMinor ?? 0;
  if (!Number.isSafeInteger(amount) || amount < 0) {
    return schemaRefusal(`${path}/amountMinor`, 'must be an integer from 0 to 2^53 - 1 (minor units)');
  }
  if (!CURRENCY_PATTERN.test(m.currency ?? '')) {
    return schemaRefusal(`${path}/currency`, 'must be an ISO 4217 code of 3 upper-case letters, e.g. "MOP"');
  }
  return undefined;
}

/** A hash field must hold a keyed hash: a device that writes the clear ID number there is refused, not forwarded. */
export function checkKeyedHash(v: string | null | undefined, path: string): Refusal | undefined {
  if (v && !KEYED_HASH_PATTERN.test(v)) return schemaRefusal(path, 'must be 64 lower-case hex characters (HMAC-SHA256)');
  return undefined;
}

export function checkEnum(enumObject: object, v: unknown, path: string): Refusal | undefined {
  return isKnownEnumValue(enumObject, v) ? undefined : schemaRefusal(path, 'must be a known, non-zero enum value');
}

function checkCompartments(list: edge.v1.ICompartment[] | null | undefined, base: string): Refusal | undefined {
  for (const [i, c] of (list ?? []).entries()) {
    if (!c.number) return schemaRefusal(`${base}/${i}/number`, 'must be >= 1');
    const bad = checkEnum(pb.DoorState, c.door, `${base}/${i}/door`);
    if (bad) return bad;
  }
  return undefined;
}

function checkTelemetry(t: edge.v1.ITelemetry): Refusal | undefined {
  for (const [i, c] of (t.components ?? []).entries()) {
    if (!c.component) return schemaRefusal(`/components/${i}/component`, 'is required');
    const bad =
      checkEnum(pb.ComponentHealth, c.health, `/components/${i}/health`) ?? checkFreeText(c.detail, 120, `/components/${i}/detail`);
    if (bad) return bad;
    if ((c.levelPercent ?? 0) > 100) return schemaRefusal(`/components/${i}/levelPercent`, 'must be <= 100');
  }
  for (const [i, s] of (t.stock ?? []).entries()) {
    if (!s.slot) return schemaRefusal(`/stock/${i}/slot`, 'must be >= 1');
    if (!s.sku) return schemaRefusal(`/stock/${i}/sku`, 'is required');
  }
  for (const [i, m] of (t.metrics ?? []).entries()) {
    if (!m.name) return schemaRefusal(`/metrics/${i}/name`, 'is required');
    if (!Number.isFinite(m.value ?? 0)) return schemaRefusal(`/metrics/${i}/value`, 'must be a finite number');
  }
  return checkCompartments(t.compartments, '/compartments');
}

/** Checks shared by every kind; `txKind` is the Transaction oneof this kind of machine may send. */
export function checkProtobufBody(body: Body, txKind: TransactionBodyName): Refusal | undefined {
  if ('transaction' in body) {
    const tx = body.transaction as Record<string, unknown>;
    const other = Object.keys(tx).find((k) => k !== txKind);
    if (other) return schemaRefusal(`/${other}`, `is not allowed: this machine kind sends ${txKind} transactions`);
    if (!tx[txKind]) return schemaRefusal(`/${txKind}`, 'is required');
    return undefined;
  }
  if ('telemetry' in body) return checkTelemetry(body.telemetry);
  if ('event' in body) {
    if (!body.event.code) return schemaRefusal('/code', 'is required');
    return checkEnum(pb.Severity, body.event.severity, '/severity') ?? checkFreeText(body.event.message, 200, '/message');
  }
  const st = body.state;
  return (
    checkEnum(pb.ServiceMode, st.mode, '/mode') ??
    checkFreeText(st.model, 64, '/model') ??
    checkFreeText(st.vendor, 64, '/vendor') ??
    checkFreeText(st.detail, 200, '/detail') ??
    checkCompartments(st.compartments, '/compartments')
  );
}
