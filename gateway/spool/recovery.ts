// The recovery side of a class log: opening it at start (spool.ts invariant 4). Every segment is scanned, a torn tail at
// the end of the newest one is cut, corruption is quarantined, and the head is restored from cursor.json. What the
// scan finds feeds the spool's own recovered state through `onRecovered` (the dedup window, the latest state per device).
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDir, mkdirDurable } from '../../base/state-file.ts';
import type { Acknowledgements } from './acks.ts';
import type { LogState } from './log-state.ts';
import type { StoredRecord } from './record.ts';
import { Segment } from './segment.ts';
import { scanSegment } from './segment-scan.ts';

export interface CorruptionReport {
  segment: string;
  offset: number;
  skipped: number;
  quarantined: string;
}

export interface RecoveryHooks {
  /** Every valid record found while opening, in order; `pending` is false for records already confirmed before the stop. */
  onRecovered?(record: StoredRecord, pending: boolean): void;
  onCorrupt?(report: CorruptionReport): void;
}

/** Opens the class log: scans every segment and restores the head; `nextSeqHint` is where an empty log starts. */
export function recoverClassLog(state: LogState, acks: Acknowledgements, hooks: RecoveryHooks, nextSeqHint: number): void {
  mkdirDurable(state.dir); // spool.ts invariant 7: a segment's name is only as durable as the directory it is in
  const bases = readdirSync(state.dir)
    .map(Segment.parseName)
    .filter((base): base is number => base !== undefined)
    .sort((a, b) => a - b);
  const cursor = acks.cursor.read();
  state.segments = bases.map((base) => new Segment(state.dir, base));
  // A segment is named after the first sequence number staged into it, so every number below the newest name was
  // given out, even when the records that carried them were cut as a torn tail or deleted once confirmed.
  if (bases.length > 0) state.lastSeq = Math.max(state.lastSeq, bases[bases.length - 1]! - 1);
  // Segments wholly before the cursor were confirmed before the stop; their deletion may not have happened yet.
  const headAt = cursor && state.segments.some((s) => s.base === cursor.base) ? cursor : undefined;
  const count = (segment: Segment, record: StoredRecord, pending: boolean): void => {
    segment.records++;
    segment.bytes += record.size;
    if (!pending) {
      segment.done++;
      segment.doneBytes += record.size;
    } else if (state.oldestAppendedAt === undefined) state.oldestAppendedAt = record.appendedAt;
    if (record.seq > state.lastSeq) state.lastSeq = record.seq;
    hooks.onRecovered?.(record, pending);
  };
  state.segments.forEach((segment, index) => {
    const pendingFrom = !headAt || segment.base > headAt.base ? 0 : segment.base === headAt.base ? headAt.offset : Infinity;
    scanSegment(segment, index === state.segments.length - 1, {
      record: (record, offset) => count(segment, record, offset >= pendingFrom),
      corrupt: (start, end) => quarantine(state, segment, start, end, hooks),
    });
  });
  const first = state.segments.find((s) => !headAt || s.base >= headAt.base);
  if (first) {
    state.head = headAt ? { base: headAt.base, offset: Math.min(headAt.offset, first.synced) } : { base: first.base, offset: 0 };
  } else {
    state.head = { base: nextSeqHint, offset: 0 };
  }
  state.reader = { ...state.head };
  state.diskBytes = state.segments.reduce((total, s) => total + s.size, 0);
  acks.deleteConfirmedSegments();
}

/**
 * Copies a damaged segment to quarantine/ and marks the range [start, end) to be skipped by readers; raises the alarm.
 * Used at start and by the reader for damage that appeared later.
 */
export function quarantine(state: LogState, segment: Segment, start: number, end: number, hooks: RecoveryHooks): void {
  const quarantineDir = join(state.dir, '..', 'quarantine');
  mkdirDurable(quarantineDir);
  // One copy per damaged segment, however often the gateway restarts before the segment is confirmed and deleted.
  // Durable (data and name) before the alarm points at it: the original may be deleted once its records are confirmed.
  const copy = join(quarantineDir, `${state.name}-${Segment.fileName(segment.base)}`);
  if (!segment.skips.length && !existsSync(copy)) {
    copyFileSync(segment.path, copy);
    const fd = openSync(copy, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    fsyncDir(quarantineDir);
  }
  segment.skips.push({ start, end });
  hooks.onCorrupt?.({ segment: segment.path, offset: start, skipped: end - start, quarantined: copy });
}
