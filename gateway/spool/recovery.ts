// The recovery side of a class log: opening it at start (spool.ts invariants 4 and 8). Sealed segments open from their
// summaries; the newest one, and any without a trustworthy summary, is scanned: a torn tail at its end is cut,
// corruption is quarantined. The head is restored from cursor.json. What summaries and scans find feeds the spool's
// own recovered state through the hooks (the dedup window, the latest state per device).
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readdirSync, readSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pairDigest } from '../../base/recent-map.ts';
import { fsyncDir, mkdirDurable } from '../../base/state-file.ts';
import type { Acknowledgements } from './acks.ts';
import type { LogState } from './log-state.ts';
import type { SavedHead } from './cursor.ts';
import { HEADER_BYTES, MAGIC, readU64, type StoredRecord } from './record.ts';
import { Segment } from './segment.ts';
import { RecoveredKeys } from './recovered-keys.ts';
import { scanSegment } from './segment-scan.ts';
import { type DigestedKey, readSummary, readSummaryKeys, type StoredSummary, SummaryBuilder } from './summary.ts';

export interface CorruptionReport {
  segment: string;
  offset: number;
  skipped: number;
  quarantined: string;
}

export interface RecoveryHooks {
  /** Every valid record a start scanned, in order; `pending` is false for records already confirmed before the stop. */
  onRecovered?(record: StoredRecord, pending: boolean): void;
  /** The newest keyed records (recoverKeys of them), from summaries and scans, oldest first, after the scans. */
  onRecoveredKey?(key: DigestedKey, seq: number): void;
  /** A route's latest record in a sealed segment, from its summary, in order with the records scanned. */
  onRecoveredRoute?(route: string, seq: number): void;
  onCorrupt?(report: CorruptionReport): void;
}

export interface RecoveryOptions {
  /** How many of the newest keyed records the hooks want (the dedup window); 0: none. */
  recoverKeys: number;
}

export interface Recovered {
  /** The newest segment's summary so far, for appends. */
  newest: SummaryBuilder | undefined;
  /**
   * Sealed segments that were scanned because they had no summary that could be trusted (none written, damaged, or of
   * an older version): their summaries, rebuilt by the scan, to be written so that the next start need not scan them.
   */
  rebuilt: SummaryBuilder[];
}

/**
 * Opens the class log and restores the head from the cursor. Sealed segments with a trustworthy summary are opened from
 * it, unread, and left to the verifier; every other segment (the newest always) is scanned as before. What both find
 * feeds the spool's recovered state in sequence order. Returns the newest segment's summary builder, for appends, and
 * the sealed segments' summaries the scan rebuilt.
 */
export function recoverClassLog(
  state: LogState,
  acks: Acknowledgements,
  hooks: RecoveryHooks,
  options: RecoveryOptions,
  nextSeqHint: number,
): Recovered {
  mkdirDurable(state.dir); // spool.ts invariant 7: a segment's name is only as durable as the directory it is in
  const names = readdirSync(state.dir);
  const bases = names
    .map(Segment.parseName)
    .filter((base): base is number => base !== undefined)
    .sort((a, b) => a - b);
  removeOrphanSummaries(state.dir, names, new Set(bases));
  const cursor = acks.cursor.read();
  state.segments = bases.map((base) => new Segment(state.dir, base));
  // A segment is named after the first sequence number staged into it, so every number below the newest name was
  // given out, even when the records that carried them were cut as a torn tail or deleted once confirmed.
  if (bases.length > 0) state.lastSeq = Math.max(state.lastSeq, bases[bases.length - 1]! - 1);
  // Segments wholly before the cursor were confirmed before the stop; their deletion may not have happened yet.
  const headAt = cursor && state.segments.some((s) => s.base === cursor.base) ? cursor : undefined;
  const pendingFromOf = (segment: Segment) =>
    !headAt || segment.base > headAt.base ? 0 : segment.base === headAt.base ? headAt.offset : Infinity;
  // The newest segment has a summary only from a clean stop, and only a file of exactly that length matches it: a
  // segment is append-only, so then the summary describes all of it; after a crash it is longer (or cut) and is scanned.
  const stored = state.segments.map(readSummaryFor);
  const summaries = stored.map((summary, index) => {
    // The head's segment needs its count of confirmed records from the cursor (saved since summaries exist).
    const segment = state.segments[index]!;
    if (summary && segment.base === headAt?.base && (headAt.done === undefined || headAt.done > summary.records)) return undefined;
    return summary;
  });
  const keys = loadNewestKeys(state.segments, summaries, options.recoverKeys);
  const newestIndex = state.segments.length - 1;
  const newestSummary = summaries[newestIndex];
  if (newestSummary && newestSummary.keyCount > 0 && !keys.has(newestIndex)) {
    // Appends go on in this segment: its summary is rebuilt from this one, keys included.
    const words = readSummaryKeys(state.segments[newestIndex]!, newestSummary);
    if (words) keys.set(newestIndex, words);
    else summaries[newestIndex] = undefined;
  }
  const recoveredKeys = new RecoveredKeys(options.recoverKeys);
  let newest: SummaryBuilder | undefined;
  const rebuilt: SummaryBuilder[] = [];
  state.segments.forEach((segment, index) => {
    const summary = summaries[index];
    if (summary) {
      openFromSummary(state, segment, summary, headAt, hooks);
      if (index === newestIndex) newest = SummaryBuilder.fromStored(summary, keys.get(index));
      const words = keys.get(index);
      if (words) recoveredKeys.addSummary(segment.base, words);
      return;
    }
    const isNewest = index === state.segments.length - 1;
    // The newest segment's summary goes on with the appends; a sealed one without a trustworthy summary gets it anew.
    const builder = isNewest || !stored[index] ? new SummaryBuilder(segment.base) : undefined;
    const pendingFrom = pendingFromOf(segment);
    scanSegment(segment, isNewest, {
      record: (record, offset) => {
        // A summary being built needs every key's digest (as appends give it, whatever the window); otherwise only the
        // keys that stay in the window need one.
        const key = builder && record.key ? pairDigest(record.route, record.key) : undefined;
        if (recoveredKeys.wanted && record.key) recoveredKeys.addScanned(record.route, record.key, record.seq, key);
        const pending = offset >= pendingFrom;
        segment.records++;
        segment.bytes += record.size;
        if (!pending) {
          segment.done++;
          segment.doneBytes += record.size;
        } else if (state.oldestAppendedAt === undefined) state.oldestAppendedAt = record.appendedAt;
        if (record.seq > state.lastSeq) state.lastSeq = record.seq;
        builder?.add(record.seq, record.appendedAt, record.size, record.route, key);
        hooks.onRecovered?.(record, pending);
      },
      corrupt: (start, end) => {
        if (builder) builder.unusable = true; // damaged: scanned again at every start until it is deleted
        quarantine(state, segment, start, end, hooks);
      },
    });
    if (isNewest) newest = builder;
    else if (builder && !builder.unusable) rebuilt.push(builder);
  });
  recoveredKeys.feed(hooks.onRecoveredKey);
  const first = state.segments.find((s) => !headAt || s.base >= headAt.base);
  if (first) {
    state.head = headAt ? { base: headAt.base, offset: Math.min(headAt.offset, first.synced) } : { base: first.base, offset: 0 };
  } else {
    state.head = { base: nextSeqHint, offset: 0 };
  }
  state.reader = { ...state.head };
  state.diskBytes = state.segments.reduce((total, s) => total + s.size, 0);
  acks.deleteConfirmedSegments();
  return { newest, rebuilt };
}

function readSummaryFor(segment: Segment): StoredSummary | undefined {
  let size: number;
  try {
    size = statSync(segment.path).size;
  } catch {
    return undefined;
  }
  return readSummary(segment, size);
}

/** A sealed segment opened from its summary: counted, unread, to be verified before its records are sent. */
function openFromSummary(
  state: LogState,
  segment: Segment,
  summary: StoredSummary,
  headAt: SavedHead | undefined,
  hooks: RecoveryHooks,
): void {
  segment.synced = segment.size = summary.bytes;
  segment.records = summary.records;
  segment.bytes = summary.bytes;
  segment.verified = false;
  let pendingFrom = 0;
  if (headAt && segment.base < headAt.base) {
    segment.done = summary.records;
    segment.doneBytes = summary.bytes;
  } else if (headAt && segment.base === headAt.base) {
    segment.done = headAt.done ?? 0;
    segment.doneBytes = Math.min(headAt.offset, summary.bytes);
    pendingFrom = headAt.offset;
  }
  if (summary.lastSeq > state.lastSeq) state.lastSeq = summary.lastSeq;
  if (state.oldestAppendedAt === undefined && segment.pending > 0)
    state.oldestAppendedAt = pendingFrom === 0 ? summary.firstAppendedAt : (appendedAtOf(segment, pendingFrom) ?? summary.firstAppendedAt);
  for (const [route, seq] of summary.routes) hooks.onRecoveredRoute?.(route, seq);
}

/**
 * The keys of the newest summaries, as many as the dedup window holds (newer keys evict older ones anyway), by segment
 * index. A summary whose keys part is damaged is dropped (`summaries` is changed): its segment is scanned instead, so
 * the window has no hole. Keys of scanned segments are not counted here: then older ones are loaded too, which is safe.
 */
function loadNewestKeys(segments: Segment[], summaries: (StoredSummary | undefined)[], window: number): Map<number, Uint32Array> {
  const keys = new Map<number, Uint32Array>();
  let count = 0;
  for (let i = summaries.length - 1; i >= 0 && count < window; i--) {
    const summary = summaries[i];
    if (!summary || summary.keyCount === 0) continue;
    const words = readSummaryKeys(segments[i]!, summary);
    if (!words) {
      summaries[i] = undefined;
      continue;
    }
    keys.set(i, words);
    count += summary.keyCount;
  }
  return keys;
}

/** The append time of the record at `offset`, from its header alone (stats only; the verifier checks the record). */
function appendedAtOf(segment: Segment, offset: number): number | undefined {
  try {
    const header = Buffer.allocUnsafe(HEADER_BYTES);
    const fd = openSync(segment.path, 'r');
    try {
      if (readSync(fd, header, 0, HEADER_BYTES, offset) < HEADER_BYTES || header.readUInt32LE(0) !== MAGIC) return undefined;
    } finally {
      closeSync(fd);
    }
    return readU64(header, 20);
  } catch {
    return undefined;
  }
}

/** Summaries (and their temp files) whose segment is gone: written after their segment was confirmed and deleted. */
function removeOrphanSummaries(dir: string, names: string[], bases: Set<number>): void {
  for (const name of names) {
    const match = /^(\d{16})\.sum(\.tmp)?$/.exec(name);
    if (!match || (bases.has(Number(match[1])) && !match[2])) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      /* gone already */
    }
  }
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
