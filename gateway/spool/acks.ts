// The acknowledgement side of a class log (Vector's "ledger"): which records are in flight, which the core confirmed,
// where the head (the first unconfirmed record) is, and the deletion of segments wholly before it (spool.ts invariant
// 2). The head is saved in cursor.json (invariant 6); the unlinks are made durable by one directory fsync per burst.
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { CursorFile } from './cursor.ts';
import type { LogState } from './log-state.ts';
import type { MemoryTail } from './memory-tail.ts';
import type { StoredRecord } from './record.ts';

const openAsync = promisify(fs.open);
const closeAsync = promisify(fs.close);
const fsyncAsync = promisify(fs.fsync);

interface InFlight {
  seq: number;
  base: number;
  offset: number;
  size: number;
  appendedAt: number;
  confirmed: boolean;
}

export class Acknowledgements {
  private readonly state: LogState;
  readonly cursor: CursorFile;
  private readonly directorySync: DirectorySync;
  private readonly memoryTail: MemoryTail;
  /** Records handed out and not yet confirmed, oldest first, from `inflightStart` (a queue without shifting). */
  private inflight: InFlight[] = [];
  private inflightStart = 0;
  /** Confirmations that arrived for records not in flight (after a rewind): skipped when read again. */
  private readonly confirmedAhead = new Set<number>();

  constructor(state: LogState, memoryTail: MemoryTail) {
    this.state = state;
    this.memoryTail = memoryTail;
    this.cursor = new CursorFile(state.dir, () => ({ ...state.head, done: state.segmentAt(state.head.base)?.done ?? 0 }));
    this.directorySync = new DirectorySync(state.dir);
  }

  get inflightCount(): number {
    return this.inflight.length - this.inflightStart;
  }

  /**
   * A record the reader found: tracked as in flight. False when the core already confirmed it (a confirmation that
   * arrived after a rewind): then it is not handed out again.
   */
  track(record: StoredRecord, base: number, offset: number): boolean {
    const confirmed = this.confirmedAhead.delete(record.seq);
    this.inflight.push({ seq: record.seq, base, offset, size: record.size, appendedAt: record.appendedAt, confirmed });
    if (confirmed) this.popConfirmed();
    return !confirmed;
  }

  /** The core has the record (or it was dropped on purpose): it may leave the spool. */
  confirm(seq: number): void {
    const queue = this.inflight;
    let index = this.inflightStart;
    if (index < queue.length && queue[index]!.seq !== seq) {
      let low = index;
      let high = queue.length - 1;
      index = -1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const found = queue[middle]!.seq;
        if (found === seq) {
          index = middle;
          break;
        }
        if (found < seq) low = middle + 1;
        else high = middle - 1;
      }
    }
    if (index < 0 || index >= queue.length) {
      // Not in flight: a confirmation for a record read again after a rewind. Below the head's segment it is long gone.
      if (seq > this.state.head.base - 1) this.confirmedAhead.add(seq);
      return;
    }
    queue[index]!.confirmed = true;
    this.popConfirmed();
  }

  private popConfirmed(): void {
    const state = this.state;
    const queue = this.inflight;
    let moved = false;
    while (this.inflightStart < queue.length && queue[this.inflightStart]!.confirmed) {
      const entry = queue[this.inflightStart++]!;
      const segment = state.segmentAt(entry.base);
      if (segment) {
        segment.done++;
        segment.doneBytes += entry.size;
      }
      state.head = { base: entry.base, offset: entry.offset + entry.size };
      moved = true;
    }
    if (this.inflightStart > 1024 && this.inflightStart * 2 > queue.length) {
      this.inflight = queue.slice(this.inflightStart);
      this.inflightStart = 0;
    }
    if (moved) {
      const front = this.inflight[this.inflightStart];
      state.oldestAppendedAt = front ? front.appendedAt : state.pendingInSegments > 0 ? state.oldestAppendedAt : undefined;
      this.cursor.changed();
      this.deleteConfirmedSegments();
      this.memoryTail.dropBefore(state.head);
    }
  }

  /** Forget what is in flight (the connection it was sent on is gone): it will be read and sent again, in order. */
  rewind(): void {
    const queue = this.inflight;
    for (let i = this.inflightStart; i < queue.length; i++) if (queue[i]!.confirmed) this.confirmedAhead.add(queue[i]!.seq);
    // Back to the head, the first unconfirmed record, not to the front of what is in flight: a read that was still
    // running when the connection dropped may have taken records beyond it, and they must not be skipped.
    this.state.reader = { ...this.state.head };
    this.inflight = [];
    this.inflightStart = 0;
    this.state.generation++;
  }

  /** Drops the oldest sealed segment's pending records (telemetry under quota pressure). Returns how many were dropped. */
  dropOldestSegment(): number {
    const state = this.state;
    if (state.segments.length < 2) return 0;
    const segment = state.segments[0]!;
    const dropped = segment.pending;
    const next = state.segments[1]!;
    this.inflight = this.inflight.slice(this.inflightStart).filter((e) => e.base !== segment.base);
    this.inflightStart = 0;
    if (state.head.base <= segment.base) state.head = { base: next.base, offset: 0 };
    if (state.reader.base <= segment.base) state.reader = { base: next.base, offset: 0 };
    segment.done = segment.records;
    segment.doneBytes = segment.bytes;
    this.cursor.changed();
    this.deleteConfirmedSegments();
    this.memoryTail.dropBefore(state.head);
    return dropped;
  }

  /** Unlinks segments wholly before the head; the tail segment always stays (it carries the newest sequence numbers). */
  deleteConfirmedSegments(): void {
    const state = this.state;
    // A head at the very end of a sealed segment belongs at the start of the next one.
    for (let i = 0; i < state.segments.length - 1; i++) {
      const segment = state.segments[i]!;
      if (segment.base !== state.head.base) continue;
      if (segment.skipFrom(state.head.offset) >= segment.size && segment.size === segment.synced)
        state.head = { base: state.segments[i + 1]!.base, offset: 0 };
      break;
    }
    let unlinked = false;
    while (state.segments.length > 1 && state.segments[0]!.base < state.head.base) {
      const segment = state.segments.shift()!;
      state.diskBytes -= segment.size;
      segment.closeReader();
      for (const file of [segment.path, segment.summaryPath]) {
        try {
          fs.unlinkSync(file);
          unlinked = true;
        } catch {
          /* already gone, or never summarised */
        }
      }
    }
    // Without this an unlink is not durable: after a power cut the segment is back and its records are sent again.
    if (unlinked) this.directorySync.request();
  }

  async close(): Promise<void> {
    await this.cursor.close();
    await this.directorySync.settle();
  }
}

/**
 * fsyncs a directory after entries were removed from it, off the event loop and batched: a request while one fsync runs
 * is served by one more fsync after it, however many unlinks asked meanwhile. A failure is left for the next request (the
 * worst a lost unlink does is send confirmed records again, which the core drops as duplicates).
 */
class DirectorySync {
  private readonly dir: string;
  private wanted = false;
  private running: Promise<void> | undefined;

  constructor(dir: string) {
    this.dir = dir;
  }

  request(): void {
    this.wanted = true;
    this.running ??= this.run();
  }

  private async run(): Promise<void> {
    while (this.wanted) {
      this.wanted = false;
      try {
        const dirFd = await openAsync(this.dir, 'r');
        try {
          await fsyncAsync(dirFd);
        } finally {
          await closeAsync(dirFd);
        }
      } catch {
        /* see above */
      }
    }
    this.running = undefined;
  }

  /** Waits for the fsyncs asked for so far (on close). */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }
}
