// Start-up scan of one segment file: every valid record is reported in order; a torn tail at the end of the newest
// segment is cut off; damage with valid records after it is reported as a corrupt range so the caller can quarantine
// it. The healthy case streams the file through one reused buffer, so a large spool neither sits in memory at once nor
// leaves whole segments for the garbage collector; the first damaged or short record hands over to the whole-file path,
// which can resync.
import * as fs from 'node:fs';
import { parseRecord, resync, type StoredRecord } from './record.ts';
import type { Segment } from './segment.ts';

export interface ScanCallbacks {
  record(r: StoredRecord, offset: number): void;
  corrupt(start: number, end: number): void;
}

const SCAN_CHUNK = 4 << 20;
let sharedScanBuffer: Buffer | undefined;
/** One buffer for every segment scanned at start-up (scans are synchronous, so they never overlap). */
function scanBuffer(): Buffer {
  sharedScanBuffer ??= Buffer.allocUnsafe(SCAN_CHUNK);
  return sharedScanBuffer;
}

/** Scans `seg` and sets its size; `isLast` allows a torn tail to be cut. */
export function scanSegment(seg: Segment, isLast: boolean, cb: ScanCallbacks): void {
  const fd = fs.openSync(seg.path, 'r');
  let off = 0;
  try {
    const size = fs.fstatSync(fd).size;
    let chunk = scanBuffer();
    let base = 0;
    let len = fs.readSync(fd, chunk, 0, Math.min(chunk.length, size), 0);
    while (off < size) {
      const out = parseRecord(chunk.subarray(0, len), off - base);
      if (out.kind === 'record') {
        cb.record(out.record, off);
        off += out.record.size;
        continue;
      }
      if (out.kind === 'short' && base + len < size) {
        // The record runs past the buffer: refill from its start (a bigger buffer for an unusually large record).
        const need = off - base + 8 <= len ? 32 + chunk.readUInt32LE(off - base + 4) : 0;
        if (need > chunk.length && need <= 8 * chunk.length) chunk = Buffer.allocUnsafe(need);
        base = off;
        len = fs.readSync(fd, chunk, 0, Math.min(chunk.length, size - off), off);
        continue;
      }
      break; // damaged, or short at the end of the file
    }
  } finally {
    fs.closeSync(fd);
  }
  const size = fs.statSync(seg.path).size;
  if (off >= size) {
    seg.synced = seg.size = size;
    return;
  }
  scanDamaged(seg, isLast, off, cb);
}

/** The rest of a segment from the first record that did not parse: cut a torn tail, or report corruption and resync. */
function scanDamaged(seg: Segment, isLast: boolean, from: number, cb: ScanCallbacks): void {
  const buf = fs.readFileSync(seg.path);
  let end = buf.length;
  let off = from;
  while (off < buf.length) {
    const skipTo = seg.skipFrom(off);
    if (skipTo !== off) {
      off = skipTo;
      continue;
    }
    const out = parseRecord(buf, off);
    if (out.kind === 'record') {
      cb.record(out.record, off);
      off += out.record.size;
      continue;
    }
    const next = resync(buf, off + 1);
    if (next === -1 && isLast) {
      // Torn tail: a power cut during the last, never-acknowledged write. Cut it off.
      fs.truncateSync(seg.path, off);
      end = off;
      break;
    }
    cb.corrupt(off, next === -1 ? buf.length : next);
    if (next === -1) break;
    off = next;
  }
  // What is on disk now: the whole file (corrupt ranges included, readers skip them), less a torn tail just cut.
  seg.synced = seg.size = end;
}
