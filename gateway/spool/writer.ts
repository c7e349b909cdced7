// The writing side of a class log: records are staged synchronously (their sequence numbers are fixed by then), then
// written durably together by the next flush (group commit, spool.ts invariant 1); a segment that reached its size is
// sealed and the next record starts a new one, whose name is fsynced into the class directory before its first record
// is acknowledged. A sealed segment's summary (summary.ts) is written once its last record is durable.
//
// Segments are opened with O_DSYNC: a writev returns only once its bytes, and the metadata needed to read them back
// (the file's size), are on stable storage, the guarantee of a write followed by fdatasync. One thread-pool round trip
// per group commit instead of two (at a steady rate each message is a group of its own, so this is per message).
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import type { LogState } from './log-state.ts';
import type { MemoryTail } from './memory-tail.ts';
import { Segment } from './segment.ts';
import { type DigestedKey, SummaryBuilder, writeSummary } from './summary.ts';

const writevAsync = promisify(fs.writev);
const ftruncateAsync = promisify(fs.ftruncate);
const openAsync = promisify(fs.open);
const closeAsync = promisify(fs.close);
const fsyncAsync = promisify(fs.fsync);
/** Append, create if missing, and every write durable when it returns (data + size, as fdatasync). */
const SEGMENT_WRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | fs.constants.O_DSYNC;

interface StagedRecord {
  buf: Buffer;
  seq: number;
  appendedAt: number;
  done: (err?: Error) => void;
  /** For the segment's summary: the record's route and its dedup key's digest. */
  route: string | undefined;
  key: DigestedKey | undefined;
}

export interface WriterHooks {
  /** Duration of one durable (O_DSYNC) write of a group of records, for the fsync latency histogram. */
  onSync?(seconds: number, records: number): void;
}

export class SegmentWriter {
  private readonly state: LogState;
  private readonly segmentBytes: number;
  private readonly hooks: WriterHooks;
  /** Where each durable write is kept for the reader (reader.ts serves from it). */
  private readonly memoryTail: MemoryTail;
  private staged: StagedRecord[] = [];
  /** Bytes staged and not yet written. */
  stagedBytes = 0;
  private writeFd: number | undefined;
  /** The base of the segment `writeFd` appends to. */
  private writeFdBase = -1;
  /** Summaries being built, by segment base: the tail's, and a sealed one's until its last record is durable. */
  private readonly summaries = new Map<number, SummaryBuilder>();
  private readonly summaryWrites = new Set<Promise<unknown>>();

  constructor(state: LogState, segmentBytes: number, hooks: WriterHooks, memoryTail: MemoryTail) {
    this.state = state;
    this.memoryTail = memoryTail;
    this.segmentBytes = segmentBytes;
    this.hooks = hooks;
  }

  get stagedCount(): number {
    return this.staged.length;
  }

  /** The summary of the tail segment as recovery found it, for appends to go on with. */
  adoptSummary(builder: SummaryBuilder): void {
    this.summaries.set(builder.base, builder);
  }

  /**
   * A sealed segment that recovery scanned for want of a trustworthy summary (none, damaged, or an older version): its
   * summary, rebuilt by the scan, is written now, in the background, so that the next start opens it unread.
   */
  sealRecovered(builder: SummaryBuilder): void {
    // Not when recovery deleted it since (confirmed before the stop), nor the newest (appends go on in it).
    const segment = this.state.segments.find((s) => s.base === builder.base);
    if (!segment || segment === this.state.segments[this.state.segments.length - 1]) return;
    this.summaries.set(builder.base, builder);
    this.seal(segment);
  }

  /** Stages one encoded record; it is written and synced by the next flush(), which then calls `done`. */
  stage(buf: Buffer, seq: number, appendedAt: number, done: (err?: Error) => void, route?: string, key?: DigestedKey): void {
    const state = this.state;
    let tail = state.segments[state.segments.length - 1];
    if (!tail || (tail.size >= this.segmentBytes && tail.size > 0)) {
      if (tail && tail.synced === tail.size) this.seal(tail);
      tail = new Segment(state.dir, seq);
      this.summaries.set(seq, new SummaryBuilder(seq));
      state.segments.push(tail);
      if (state.segments.length === 1 && tail.pending === 0 && state.head.base < seq) {
        state.head = { base: seq, offset: 0 };
        state.reader = { ...state.head };
      }
    }
    this.staged.push({ buf, seq, appendedAt, done, route, key });
    this.stagedBytes += buf.length;
    tail.size += buf.length;
    state.diskBytes += buf.length;
    if (state.oldestAppendedAt === undefined) state.oldestAppendedAt = appendedAt;
    state.lastSeq = seq;
  }

  /** Writes everything staged, durably; calls each record's `done` (with an error if the write failed). */
  async flush(): Promise<void> {
    if (this.staged.length === 0) return;
    const batch = this.staged;
    this.staged = [];
    this.stagedBytes = 0;
    // A batch may cross a segment boundary: group by the segment each record was staged into.
    let first = 0;
    try {
      while (first < batch.length) {
        const segment = this.state.segmentFor(batch[first]!.seq);
        const bufs: Buffer[] = [];
        let end = first;
        let bytes = 0;
        while (end < batch.length && this.state.segmentFor(batch[end]!.seq) === segment) {
          bufs.push(batch[end]!.buf);
          bytes += batch[end]!.buf.length;
          end++;
        }
        const startedAt = process.hrtime.bigint();
        await this.writeSegment(segment, bufs, bytes);
        this.hooks.onSync?.(Number(process.hrtime.bigint() - startedAt) / 1e9, bufs.length);
        segment.records += end - first;
        segment.bytes += bytes;
        this.memoryTail.add(segment.base, segment.synced, bufs, bytes);
        segment.synced += bytes;
        const summary = this.summaries.get(segment.base);
        for (let k = first; k < end; k++) {
          const record = batch[k]!;
          summary?.add(record.seq, record.appendedAt, record.buf.length, record.route, record.key);
          record.done();
        }
        first = end;
        const segments = this.state.segments;
        if (segment !== segments[segments.length - 1] && segment.synced === segment.size) this.seal(segment);
      }
    } catch (err) {
      this.unstage(batch.slice(first), err as Error);
    }
  }

  /** A segment no longer appended to, all of it durable: its summary is written (off the event loop, durably). */
  private seal(segment: Segment): void {
    const builder = this.summaries.get(segment.base);
    if (!builder) return;
    this.summaries.delete(segment.base);
    // A failed write leaves no summary (or the previous one, which no longer matches the length): scanned at start.
    const writing = writeSummary(segment, builder).catch(() => false);
    this.summaryWrites.add(writing);
    void writing.then(() => this.summaryWrites.delete(writing));
  }

  private async writeSegment(segment: Segment, bufs: Buffer[], bytes: number): Promise<void> {
    if (this.writeFd === undefined || this.writeFdBase !== segment.base) {
      if (this.writeFd !== undefined) await closeAsync(this.writeFd);
      this.writeFd = undefined;
      this.writeFd = await openAsync(segment.path, SEGMENT_WRITE_FLAGS, 0o666);
      this.writeFdBase = segment.base;
      if (segment.synced === 0) await this.syncDirectory(); // a new file's name must be durable too
    }
    const fd = this.writeFd;
    try {
      // O_DSYNC: each writev is durable when it returns, so there is no separate fdatasync (invariant 1 holds as before).
      let written = 0;
      while (written < bytes) {
        const { bytesWritten } = await writevAsync(fd, written === 0 ? bufs : [Buffer.concat(bufs).subarray(written)]);
        written += bytesWritten;
      }
    } catch (err) {
      // Leave the file exactly as it was before this batch so no half record sits in front of later ones.
      await ftruncateAsync(fd, segment.synced).catch(() => undefined);
      throw err;
    }
  }

  private async syncDirectory(): Promise<void> {
    const dirFd = await openAsync(this.state.dir, 'r');
    try {
      await fsyncAsync(dirFd);
    } finally {
      await closeAsync(dirFd);
    }
  }

  /** A failed batch: the records are not on disk. Undo their accounting and fail them. */
  private unstage(failed: StagedRecord[], err: Error): void {
    const state = this.state;
    for (const record of failed) {
      state.segmentFor(record.seq).size -= record.buf.length;
      state.diskBytes -= record.buf.length;
    }
    // Drop empty segments created for this batch so names stay meaningful.
    while (state.segments.length > 1) {
      const tail = state.segments[state.segments.length - 1]!;
      if (tail.size > 0 || tail.records > 0) break;
      state.segments.pop();
      this.summaries.delete(tail.base);
      if (this.writeFdBase === tail.base && this.writeFd !== undefined) {
        fs.closeSync(this.writeFd);
        this.writeFd = undefined;
        this.writeFdBase = -1;
      }
      try {
        fs.unlinkSync(tail.path);
      } catch {
        /* never created */
      }
    }
    if (state.pendingInSegments + this.staged.length === 0) state.oldestAppendedAt = undefined;
    for (const record of failed) record.done(err);
  }

  /** After the last flush: the tail's summary too, so that a clean restart need not scan it (recovery.ts). */
  async close(): Promise<void> {
    while (this.summaryWrites.size > 0) await Promise.all(this.summaryWrites);
    const tail = this.state.segments[this.state.segments.length - 1];
    const builder = tail && this.summaries.get(tail.base);
    if (tail && builder && this.staged.length === 0 && tail.synced === tail.size) await writeSummary(tail, builder).catch(() => false);
    if (this.writeFd !== undefined) await closeAsync(this.writeFd);
    this.writeFd = undefined;
    this.writeFdBase = -1;
  }
}
