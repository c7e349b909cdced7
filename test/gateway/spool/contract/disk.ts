// The on-disk layout the spool's invariants essay promises (gateway/spool/spool.ts, record.ts): one directory per class,
// segment files named by the first sequence number they hold, length-prefixed records with a CRC32C. Fault cases use
// it to damage files the way a crash or a bad disk does. A second implementation run through the contract must keep
// this layout, or bring its own version of these helpers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseRecord } from '../../../../gateway/spool/record.ts';
import type { SpoolClass } from '../../../../gateway/spool/spool.ts';

/** Segment files of a class, oldest first. */
export function segmentFiles(dir: string, cls: SpoolClass): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(dir, cls));
  } catch {
    return [];
  }
  return names
    .filter((n) => /^\d{16}\.seg$/.test(n))
    .sort()
    .map((n) => path.join(dir, cls, n));
}

export interface RecordOnDisk {
  seq: number;
  offset: number;
  size: number;
  payload: Buffer;
}

/** The valid records at the start of a file, in order, up to the first one that does not parse. */
export function recordsIn(file: string): RecordOnDisk[] {
  const buf = readFileSync(file);
  const out: RecordOnDisk[] = [];
  let off = 0;
  while (off < buf.length) {
    const r = parseRecord(buf, off);
    if (r.kind !== 'record') break;
    out.push({ seq: r.record.seq, offset: off, size: r.record.size, payload: Buffer.from(r.record.payload) });
    off += r.record.size;
  }
  return out;
}

export function fileSize(file: string): number {
  return statSync(file).size;
}

export function segmentBase(file: string): number {
  return Number(path.basename(file, '.seg'));
}
