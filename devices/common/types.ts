// What every machine kind provides to the gateway. A kind's codec is a set of pure functions: no I/O, no clock, no
// randomness; everything they need (the hashing key, the configured format) comes in through CodecContext.
import type { ErrorCode } from '../../base/errors.ts';
import type { edge } from '../../proto/index.ts';

/** The device-side topic channels a machine publishes on: devices/{deviceId}/{channel}. */
export type Channel = 'tx' | 'telemetry' | 'event' | 'state';
export const CHANNELS: readonly Channel[] = ['tx', 'telemetry', 'event', 'state'];

export type Body =
  | { transaction: edge.v1.ITransaction }
  | { telemetry: edge.v1.ITelemetry }
  | { event: edge.v1.IEvent }
  | { state: edge.v1.IDeviceState };

/** A device message after validation and normalisation, ready to be wrapped in an Envelope. */
export interface DecodedMessage {
  /** The device's own clock, Unix ms; 0 when the payload had no time. */
  deviceTimeMs: number;
  /** The device's own transaction id (tx channel only). */
  txId?: string;
  body: Body;
}

/** Why a payload was refused. message and path must never contain personal data or card numbers. */
export interface PayloadError {
  code: ErrorCode;
  message: string;
  /** JSON path of the offending field, e.g. "/items/0/qty". */
  path?: string;
  /** The device's txId when the payload had a readable one, so the device can match the error to its transaction. */
  txId?: string;
}

export type DecodeResult = { ok: true; message: DecodedMessage } | { ok: false; error: PayloadError };

export interface CodecContext {
  /** "json" (default) or "protobuf" (the device publishes the body message of its channel, encoded). */
  format: 'json' | 'protobuf';
  /** Site key for keyed hashes (HMAC-SHA256) of ID numbers, so the core can match a citizen without seeing the number. */
  hashKey: Buffer;
}

/** A kind's codec; `Name` is the kind's name in devices/registry.ts, which lists every kind and derives `Kind` from them. */
export interface KindCodec<Name extends string = string> {
  kind: Name;
  /** edge.v1.DeviceKind value for envelopes. */
  protoKind: edge.v1.DeviceKind;
  /** Validate and normalise one payload published on devices/{id}/{channel}. Never throws. */
  decode(channel: Channel, payload: Buffer, ctx: CodecContext): DecodeResult;
}

/** The Transaction oneof a kind's machines send (edge.v1.Transaction "kind": teller, sale or locker). */
export type TransactionBodyName = NonNullable<edge.v1.Transaction['kind']>;

/** What a machine answers to a command (MQTT or OPC-UA alike). */
export interface DeviceAnswer {
  /** What the machine did. "failed" includes "refused" and "not supported". */
  state: 'succeeded' | 'failed';
  /** Short reason for the core; never personal data. */
  reason: string;
}

// Simulated machines (devices/sim/mqtt-machine.ts runs a kind's devices/KIND/sim/traffic.ts).
export interface SimMessage {
  channel: string;
  body: unknown;
  qos?: 0 | 1;
}

/** A kind's traffic: the next message a machine would send, given a random source and the time. Pure apart from its own state. */
export interface Traffic {
  next(now: Date): SimMessage;
}
export type TrafficFactory = (deviceId: string, random: () => number) => Traffic;
