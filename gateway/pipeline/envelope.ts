// Wraps a validated device message in the wire Envelope. The message id is fixed here, once, and travels with the
// stored bytes, so every resend carries the same id and the core can drop duplicates.
import { randomUUID } from 'node:crypto';
import type { Body } from '../../devices/common/types.ts';
import { pb, type edge } from '../../proto/index.ts';

export interface EnvelopeSource {
  siteId: string;
  deviceId: string;
  deviceKind: edge.v1.DeviceKind;
}

/** A device message, or a result the gateway reports itself. */
export interface EnvelopeContent {
  deviceTimeMs: number;
  txId?: string;
  body: Body | { commandResult: edge.v1.ICommandResult };
}

export function encodeEnvelope(src: EnvelopeSource, seq: number, receivedAt: number, msg: EnvelopeContent): Uint8Array {
  return pb.Envelope.encode({
    messageId: randomUUID(),
    siteId: src.siteId,
    deviceId: src.deviceId,
    deviceKind: src.deviceKind,
    sequence: seq,
    deviceTimeMs: msg.deviceTimeMs,
    receivedTimeMs: receivedAt,
    deviceTxId: msg.txId ?? '',
    ...msg.body,
  }).finish();
}

/**
 * Protobuf lets a later occurrence of a field override an earlier one, so appending `replayed = true` to stored bytes marks
 * a replay without decoding and re-encoding the envelope.
 */
export const REPLAYED_SUFFIX: Buffer = Buffer.from(pb.Envelope.encode({ replayed: true }).finish());

export function markReplayed(bytes: Uint8Array): Buffer {
  return Buffer.concat([bytes, REPLAYED_SUFFIX]);
}
