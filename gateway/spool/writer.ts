// The writing side of a class log: records are staged synchronously (their sequence numbers are fixed by then), then
// written and fdatasynced together by the next flush (group commit, spool.ts invariant 1); a segment that reached its
// size is sealed and the next record starts a new one, whose name is fsynced into the class directory before its first
// record is acknowledged.
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import type { LogState } from './log-state.ts';
import type { MemoryTail } from './memory-tail.ts';
import { Segment } from './segment.ts';

const writevAsync = promisify(fs.writev);
const fdatasyncAsync = promisify(fs.fdatasync);
const ftruncateAsync = promisify(fs.ftruncate);
const openAsync = promisify(fs.open);
const closeAsync = promisify(fs.close);
const fsyncAsync = promisify(fs.fsync);

interface StagedRecord {
  buf: Buffer;
  seq: number;
  appendedAt: number;
  done: (err?: Error) => void;
}

export interface WriterHooks {
  /** Duration of one write + fdatasync of a group of records, for the fsync latency histogram. */
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

  constructor(state: LogState, segmentBytes: number, hooks: WriterHooks, memoryTail: MemoryTail) {
    this.state = state;
    this.memoryTail = memoryTail;
    this.segmentBytes = segmentBytes;
    this.hooks = hooks;
  }

  get stagedCount(): number {
    return this.staged.length;
  }

  /** Stages one encoded record; it is written and synced by the next flush(), which then calls `done`. */
  stage(buf: Buffer, seq: number, appendedAt: number, done: (err?: Error) => void): void {
    const state = this.state;
    let tail = state.segments[state.segments.length - 1];
    if (!tail || (tail.size >= this.segmentBytes && tail.size > 0)) {
      tail = new Segment(state.dir, seq);
      state.segments.push(tail);
      if (state.segments.length === 1 && tail.pending === 0 && state.head.base < seq) {
        state.head = { base: seq, offset: 0 };
        state.reader = { ...state.head };
      }
    }
    this.staged.push({ buf, seq, appendedAt, done });
    this.stagedBytes += buf.length;
    tail.size += buf.length;
    state.diskBytes += buf.length;
    if (state.oldestAppendedAt === undefined) state.oldestAppendedAt = appendedAt;
    state.lastSeq = seq;
  }

  /** Writes everything staged and fdatasyncs it; calls each record's `done` (with an error if the write failed). */
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
        for (let k = first; k < end; k++) batch[k]!.done();
        first = end;
      }
    } catch (err) {
      this.unstage(batch.slice(first), err as Error);
    }
  }

  private async writeSegment(segment: Segment, bufs: Buffer[], bytes: number): Promise<void> {
    if (this.writeFd === undefined || this.writeFdBase !== segment.base) {
      if (this.writeFd !== undefined) await closeAsync(this.writeFd);
      this.writeFd = undefined;
      this.writeFd = await openAsync(segment.path, 'a');
      this.writeFdBase = segment.base;
      if (segment.synced === 0) await this.syncDirectory(); // a new file's name must be durable too
    }
    const fd = this.writeFd;
    try {
      let written = 0;
      while (written < bytes) {
        const { bytesWritten } = await writevAsync(fd, written === 0 ? bufs : [Buffer.concat(bufs).subarray(written)]);
        written += bytesWritten;
      }
      await fdatasyncAsync(fd);
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

  async close(): Promise<void> {
    if (this.writeFd !== undefined) await closeAsync(this.writeFd);
    this.writeFd = undefined;
    this.writeFdBase = -1;
  }
}
