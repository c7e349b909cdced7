// Spool record layout (all integers little-endian). One record per stored message:
//
//   offset  size  field
//   0       4     magic "EGR1" (0x31524745 LE) - lets a reader find the next record after a corrupt one
//   4       4     body length B (route + key + payload)
//   8       4     CRC32C of bytes 12 .. 32+B (everything after this field)
//   12      8     sequence number (per site, only grows)
//   20      8     appended-at, Unix ms (drives telemetry TTL and "oldest unsent" age)
//   28      2     route length R (UTF-8 topic suffix, e.g. "vend-01/tx")
//   30      2     key length K (UTF-8 dedup key, the device's txId; 0 when none)
//   32      R+K+P route, key, payload (an encoded edge.v1.Envelope)
//
// A record is valid only if the magic matches, the length fits in the file and the CRC matches. Nothing else is trusted.
import { crc32c } from '@node-rs/crc32';

export const HEADER_BYTES = 32;
export const MAGIC = 0x31524745;
const MAGIC_BYTES = Buffer.from([0x45, 0x47, 0x52, 0x31]);
/** Upper bound on one record's body: a device payload is at most 1 MiB, an envelope adds little. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface StoredRecord {
  seq: number;
  appendedAt: number;
  route: string;
  key: string;
  payload: Buffer;
  /** Bytes the record takes on disk, header included. */
  size: number;
}

export function encodeRecord(seq: number, appendedAt: number, route: string, key: string, payload: Uint8Array): Buffer {
  const routeLen = Buffer.byteLength(route);
  const keyLen = Buffer.byteLength(key);
  const bodyLen = routeLen + keyLen + payload.length;
  const buf = Buffer.allocUnsafe(HEADER_BYTES + bodyLen);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(bodyLen, 4);
  writeU64(buf, 12, seq);
  writeU64(buf, 20, appendedAt);
  buf.writeUInt16LE(routeLen, 28);
  buf.writeUInt16LE(keyLen, 30);
  buf.write(route, HEADER_BYTES, 'utf8');
  buf.write(key, HEADER_BYTES + routeLen, 'utf8');
  buf.set(payload, HEADER_BYTES + routeLen + keyLen);
  buf.writeUInt32LE(crc32c(buf.subarray(12)), 8);
  return buf;
}

export type ParseOutcome =
  | { kind: 'record'; record: StoredRecord }
  | { kind: 'short' } // fewer bytes than the record claims: a torn tail, or a read that must fetch more
  | { kind: 'bad'; reason: string };

/** Parses the record starting at `offset` of `buf`. Never throws. */
export function parseRecord(buf: Buffer, offset: number): ParseOutcome {
  if (buf.length - offset < HEADER_BYTES) return { kind: 'short' };
  if (buf.readUInt32LE(offset) !== MAGIC) return { kind: 'bad', reason: 'bad magic' };
  const bodyLen = buf.readUInt32LE(offset + 4);
  if (bodyLen > MAX_BODY_BYTES) return { kind: 'bad', reason: `implausible length ${bodyLen}` };
  const end = offset + HEADER_BYTES + bodyLen;
  if (end > buf.length) return { kind: 'short' };
  const routeLen = buf.readUInt16LE(offset + 28);
  const keyLen = buf.readUInt16LE(offset + 30);
  if (routeLen + keyLen > bodyLen) return { kind: 'bad', reason: 'field lengths exceed body' };
  if (crc32c(buf.subarray(offset + 12, end)) !== buf.readUInt32LE(offset + 8)) return { kind: 'bad', reason: 'CRC mismatch' };
  const routeStart = offset + HEADER_BYTES;
  const keyStart = routeStart + routeLen;
  const payloadStart = keyStart + keyLen;
  return {
    kind: 'record',
    record: {
      seq: readU64(buf, offset + 12),
      appendedAt: readU64(buf, offset + 20),
      route: buf.toString('utf8', routeStart, keyStart),
      key: buf.toString('utf8', keyStart, payloadStart),
      payload: buf.subarray(payloadStart, end),
      size: end - offset,
    },
  };
}

/**
 * Whether a whole valid record starts at `offset`, without decoding it (background verification): its size, 0 when the
 * buffer ends first, -1 when it is damaged. The same checks as parseRecord.
 */
export function checkRecord(buf: Buffer, offset: number): number {
  if (buf.length - offset < HEADER_BYTES) return 0;
  if (buf.readUInt32LE(offset) !== MAGIC) return -1;
  const bodyLen = buf.readUInt32LE(offset + 4);
  if (bodyLen > MAX_BODY_BYTES) return -1;
  const end = offset + HEADER_BYTES + bodyLen;
  if (end > buf.length) return 0;
  if (buf.readUInt16LE(offset + 28) + buf.readUInt16LE(offset + 30) > bodyLen) return -1;
  if (crc32c(buf.subarray(offset + 12, end)) !== buf.readUInt32LE(offset + 8)) return -1;
  return end - offset;
}

/** Offset of the next record after a bad one: the next magic at which a whole valid record parses, or -1. */
export function resync(buf: Buffer, from: number): number {
  let at = buf.indexOf(MAGIC_BYTES, from);
  while (at !== -1) {
    if (parseRecord(buf, at).kind === 'record') return at;
    at = buf.indexOf(MAGIC_BYTES, at + 1);
  }
  return -1;
}

// Sequence numbers and times stay below 2^53; two 32-bit halves avoid BigInt on the hot path.
function writeU64(buf: Buffer, at: number, v: number): void {
  buf.writeUInt32LE(v >>> 0, at);
  buf.writeUInt32LE(Math.floor(v / 0x100000000), at + 4);
}

export function readU64(buf: Buffer, at: number): number {
  return buf.readUInt32LE(at + 4) * 0x100000000 + buf.readUInt32LE(at);
}
