// Background verification of the sealed segments a start opened from their summaries (summary.ts), oldest first, one
// at a time, off the event loop but for the checks themselves: every record's magic, length and CRC, and the count and
// length the summary promised. The reader waits for a segment's verification before it hands out any of its records
// (reader.ts), so nothing unchecked reaches the core. A segment that does not match its summary is scanned again as at
// start (segment-scan.ts): its damage is quarantined and the alarm raised (spool.ts invariant 4), every valid record
// in it still delivered, and its counts corrected.
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import type { LogState } from './log-state.ts';
import { checkRecord, HEADER_BYTES } from './record.ts';
import { quarantine, type RecoveryHooks } from './recovery.ts';
import type { Segment } from './segment.ts';
import { scanSegment } from './segment-scan.ts';

const readAsync = promisify(fs.read);
const openAsync = promisify(fs.open);
const closeAsync = promisify(fs.close);

const VERIFY_CHUNK = 1 << 20;

export class SegmentVerifier {
  private readonly state: LogState;
  private readonly hooks: RecoveryHooks;
  private readonly running = new Map<Segment, Promise<void>>();
  private background: Promise<void> | undefined;
  private stopped = false;

  constructor(state: LogState, hooks: RecoveryHooks) {
    this.state = state;
    this.hooks = hooks;
  }

  /** Starts verifying every unverified segment, oldest first. */
  start(): void {
    this.stopped = false;
    this.background ??= (async () => {
      for (const segment of [...this.state.segments]) {
        if (this.stopped) return;
        if (!segment.verified) await this.verify(segment);
      }
    })().finally(() => {
      this.background = undefined;
    });
  }

  /** Resolves once `segment` is verified (or verification was stopped). */
  verify(segment: Segment): Promise<void> {
    let running = this.running.get(segment);
    if (!running) {
      running = this.check(segment).finally(() => this.running.delete(segment));
      this.running.set(segment, running);
    }
    return running;
  }

  private async check(segment: Segment): Promise<void> {
    let healthy = false;
    try {
      healthy = await this.matchesSummary(segment);
    } catch {
      /* unreadable: scanned below, which reports what it finds */
    }
    if (this.stopped) return;
    // Deleted meanwhile (telemetry dropped under quota pressure): nothing left to check.
    if (healthy || !this.state.segments.includes(segment)) {
      segment.verified = true;
      return;
    }
    try {
      this.rescan(segment);
    } finally {
      segment.verified = true;
    }
  }

  /** Reads the segment through: every record whole and valid, as many as and exactly as long as the summary said. */
  private async matchesSummary(segment: Segment): Promise<boolean> {
    // What is durable now: the newest segment, opened from its summary after a clean stop, may grow meanwhile.
    const durableBytes = segment.synced;
    const durableRecords = segment.records;
    const fd = await openAsync(segment.path, 'r');
    try {
      let buf = Buffer.allocUnsafe(VERIFY_CHUNK);
      let position = 0;
      let records = 0;
      while (position < durableBytes) {
        if (this.stopped) return false;
        const length = Math.min(buf.length, durableBytes - position);
        const { bytesRead } = await readAsync(fd, buf, 0, length, position);
        if (bytesRead < length) return false;
        const view = buf.subarray(0, length);
        let at = 0;
        for (;;) {
          const size = checkRecord(view, at);
          if (size < 0) return false;
          if (size === 0) break;
          at += size;
          records++;
        }
        if (at === 0) {
          // Short at the end of the file, or one record larger than the buffer: then a buffer its size (checkRecord
          // checked its length against the maximum).
          if (length < buf.length || length < HEADER_BYTES) return false;
          buf = Buffer.allocUnsafe(HEADER_BYTES + buf.readUInt32LE(4));
          continue;
        }
        position += at;
      }
      return records === durableRecords && position === durableBytes;
    } finally {
      await closeAsync(fd);
    }
  }

  /** Counts the segment again as a start would, quarantining its damage; records before the head stay confirmed. */
  private rescan(segment: Segment): void {
    const head = this.state.head;
    const pendingFrom = head.base > segment.base ? Infinity : head.base === segment.base ? head.offset : 0;
    segment.records = segment.done = segment.bytes = segment.doneBytes = 0;
    const sizeBefore = segment.size;
    const staged = segment.size - segment.synced; // appends not yet written (the newest segment)
    scanSegment(segment, false, {
      record: (record, offset) => {
        segment.records++;
        segment.bytes += record.size;
        if (offset < pendingFrom) {
          segment.done++;
          segment.doneBytes += record.size;
        }
      },
      corrupt: (start, end) => quarantine(this.state, segment, start, end, this.hooks),
    });
    segment.size += staged;
    this.state.diskBytes += segment.size - sizeBefore;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.background;
    await Promise.all(this.running.values());
  }
}
