// What the roles of one class log share (writer.ts, reader.ts, acks.ts, recovery.ts): its segments, oldest first, and
// the positions that move through them. Plain data with a few lookups; each role owns the fields it moves (see the
// comments), the others only read them.
import { join } from 'node:path';
import type { Position } from './cursor.ts';
import type { Segment } from './segment.ts';

export class LogState {
  readonly name: string;
  /** The class directory, e.g. <spool>/tx. */
  readonly dir: string;
  /** Oldest first; the last one is the tail, the only one appended to. Added to by the writer, removed from by acks. */
  segments: Segment[] = [];
  /** The first record not yet confirmed (moved by acks): everything before it may be deleted. */
  head: Position = { base: 0, offset: 0 };
  /** The next record to hand out (moved by the reader, put back to the head by a rewind). */
  reader: Position = { base: 0, offset: 0 };
  /** Bytes of every segment file, staged bytes included: a running total, read on every append. */
  diskBytes = 0;
  /** The newest sequence number staged or found in this class. */
  lastSeq = 0;
  /** Append time of the oldest pending record, when known. */
  oldestAppendedAt: number | undefined;
  /**
   * Bumped by every rewind (the same idea as the uplink's `generation`). It guards the reader's awaits: a read that was
   * waiting on the disk when the connection was rewound throws its records away instead of handing out, and tracking
   * as in flight, records the rewind already put back.
   */
  generation = 0;

  constructor(spoolDir: string, name: string) {
    this.name = name;
    this.dir = join(spoolDir, name);
  }

  segmentAt(base: number): Segment | undefined {
    // Almost always the oldest segment (confirmations) or the newest (appends): look there before searching.
    const segments = this.segments;
    if (segments[0]?.base === base) return segments[0];
    const last = segments[segments.length - 1];
    if (last?.base === base) return last;
    return segments.find((s) => s.base === base);
  }

  /** The segment a record with this sequence number was staged into. */
  segmentFor(seq: number): Segment {
    for (let i = this.segments.length - 1; i >= 0; i--) if (this.segments[i]!.base <= seq) return this.segments[i]!;
    return this.segments[0]!;
  }

  /** Records in segment files not yet confirmed (staged ones not counted). */
  get pendingInSegments(): number {
    let count = 0;
    for (const s of this.segments) count += s.pending;
    return count;
  }
}
