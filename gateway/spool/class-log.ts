// The log of one spool class (transactions, telemetry or state): a directory of segment files, appended to at the tail,
// read and confirmed from the head. See spool.ts for the invariants the whole spool keeps.
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readdirSync, unlinkSync } from 'node:fs';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HEADER_BYTES, parseRecord, resync, type StoredRecord } from './record.ts';
import { CursorFile } from './cursor.ts';
import { Segment } from './segment.ts';
import { scanSegment } from './segment-scan.ts';
import { fsyncDir, mkdirDurable } from '../../base/state-file.ts';

const readAsync = promisify(fs.read);
const writevAsync = promisify(fs.writev);
const fdatasyncAsync = promisify(fs.fdatasync);
const ftruncateAsync = promisify(fs.ftruncate);
const openAsync = promisify(fs.open);
const closeAsync = promisify(fs.close);
const fsyncAsync = promisify(fs.fsync);

/** A record handed to the uplink: where it lives, so a confirmation can advance the head past it. */
export interface ReadRecord extends StoredRecord {
  base: number;
  offset: number;
}

export interface CorruptionReport {
  segment: string;
  offset: number;
  skipped: number;
  quarantined: string;
}

export interface ClassLogHooks {
  /** Every valid record found while opening, in order; `pending` is false for records already confirmed before the stop. */
  onRecovered?(record: StoredRecord, pending: boolean): void;
  onCorrupt?(report: CorruptionReport): void;
  /** Duration of one write + fdatasync of a group of records, for the fsync latency histogram. */
  onSync?(seconds: number, records: number): void;
}

interface Staged {
  buf: Buffer;
  seq: number;
  appendedAt: number;
  done: (err?: Error) => void;
}
interface InFlight {
  seq: number;
  base: number;
  offset: number;
  size: number;
  appendedAt: number;
  confirmed: boolean;
}

const READ_CHUNK = 1 << 20;

export class ClassLog {
  readonly name: string;
  readonly dir: string;
  private readonly segmentBytes: number;
  private readonly hooks: ClassLogHooks;
  private segments: Segment[] = [];
  private writeFd: number | undefined;
  private staged: Staged[] = [];
  private stagedBytes = 0;
  /** Head: the first record not yet confirmed. Everything before it may be deleted. */
  private head = { base: 0, offset: 0 };
  /** Reader: the next record to hand out. */
  private reader = { base: 0, offset: 0 };
  private inflight: InFlight[] = [];
  /** The last chunk read from a segment (durable bytes only; segments are append-only, so it never goes stale). */
  private ahead: { base: number; start: number; buf: Buffer } | undefined;
  private inflightStart = 0;
  /** Confirmations that arrived for records not in flight (after a rewind): skipped when read again. */
  private confirmedAhead = new Set<number>();
  private readonly cursor: CursorFile;
  /** Append time of the oldest pending record, when known. */
  oldestAppendedAt: number | undefined;
  lastSeq = 0;

  constructor(dir: string, name: string, segmentBytes: number, hooks: ClassLogHooks = {}) {
    this.dir = join(dir, name);
    this.name = name;
    this.segmentBytes = segmentBytes;
    this.hooks = hooks;
    this.cursor = new CursorFile(this.dir, () => this.head);
  }

  // ---- opening and recovery ----

  /** Scans every segment, cuts a torn tail, quarantines corruption, restores the head from the cursor file. */
  open(nextSeqHint: number): void {
    mkdirDurable(this.dir); // spool.ts invariant 7: a segment's name is only as durable as the directory it is in
    const bases = readdirSync(this.dir)
      .map(Segment.parseName)
      .filter((b): b is number => b !== undefined)
      .sort((a, b) => a - b);
    const cursor = this.cursor.read();
    this.segments = bases.map((b) => new Segment(this.dir, b));
    // A segment is named after the first sequence number staged into it, so every number below the newest name was
    // given out, even when the records that carried them were cut as a torn tail or deleted once confirmed.
    if (bases.length > 0) this.lastSeq = Math.max(this.lastSeq, bases[bases.length - 1]! - 1);
    // Segments wholly before the cursor were confirmed before the stop; their deletion may not have happened yet.
    const headSeg = cursor && this.segments.find((s) => s.base === cursor.base) ? cursor : undefined;
    for (let i = 0; i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      const last = i === this.segments.length - 1;
      if (headSeg && seg.base < headSeg.base) {
        this.scan(seg, last, Infinity);
        continue;
      }
      this.scan(seg, last, headSeg && seg.base === headSeg.base ? headSeg.offset : 0);
    }
    const first = this.segments.find((s) => !headSeg || s.base >= headSeg.base);
    if (first) {
      this.head = headSeg ? { base: headSeg.base, offset: Math.min(headSeg.offset, first.synced) } : { base: first.base, offset: 0 };
    } else {
      this.head = { base: nextSeqHint, offset: 0 };
    }
    this.reader = { ...this.head };
    this.diskTotal = this.segments.reduce((n, seg) => n + seg.size, 0);
    this.deleteConfirmedSegments();
  }

  /** Counts a segment's records; records before `pendingFrom` were confirmed before the stop. */
  private scan(seg: Segment, isLast: boolean, pendingFrom: number): void {
    scanSegment(seg, isLast, {
      record: (r, offset) => this.count(seg, r, offset >= pendingFrom),
      corrupt: (start, end) => this.quarantine(seg, start, end),
    });
  }

  private count(seg: Segment, r: StoredRecord, pending: boolean): void {
    seg.records++;
    seg.bytes += r.size;
    if (!pending) {
      seg.done++;
      seg.doneBytes += r.size;
    } else if (this.oldestAppendedAt === undefined) this.oldestAppendedAt = r.appendedAt;
    if (r.seq > this.lastSeq) this.lastSeq = r.seq;
    this.hooks.onRecovered?.(r, pending);
  }

  private quarantine(seg: Segment, start: number, end: number): void {
    const qdir = join(this.dir, '..', 'quarantine');
    mkdirDurable(qdir);
    // One copy per damaged segment, however often the gateway restarts before the segment is confirmed and deleted.
    // Durable (data and name) before the alarm points at it: the original may be deleted once its records are confirmed.
    const copy = join(qdir, `${this.name}-${Segment.fileName(seg.base)}`);
    if (!seg.skips.length && !existsSync(copy)) {
      copyFileSync(seg.path, copy);
      const fd = openSync(copy, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      fsyncDir(qdir);
    }
    seg.skips.push({ start, end });
    this.hooks.onCorrupt?.({ segment: seg.path, offset: start, skipped: end - start, quarantined: copy });
  }

  // ---- appending ----

  /** Stages one encoded record; it is written and synced by the next flush(), which then calls `done`. */
  stage(buf: Buffer, seq: number, appendedAt: number, done: (err?: Error) => void): void {
    let tail = this.segments[this.segments.length - 1];
    if (!tail || (tail.size >= this.segmentBytes && tail.size > 0)) {
      tail = new Segment(this.dir, seq);
      this.segments.push(tail);
      if (this.segments.length === 1 && tail.pending === 0 && this.head.base < seq) {
        this.head = { base: seq, offset: 0 };
        this.reader = { ...this.head };
      }
    }
    this.staged.push({ buf, seq, appendedAt, done });
    this.stagedBytes += buf.length;
    tail.size += buf.length;
    this.diskTotal += buf.length;
    if (this.oldestAppendedAt === undefined) this.oldestAppendedAt = appendedAt;
    this.lastSeq = seq;
  }

  get hasStaged(): boolean {
    return this.staged.length > 0;
  }

  /** Writes everything staged and fdatasyncs it; calls each record's `done` (with an error if the write failed). */
  async flush(): Promise<void> {
    if (this.staged.length === 0) return;
    const batch = this.staged;
    this.staged = [];
    this.stagedBytes = 0;
    // A batch may cross a segment boundary: group by the segment each record was staged into.
    let i = 0;
    try {
      while (i < batch.length) {
        const seg = this.segmentFor(batch[i]!.seq);
        const bufs: Buffer[] = [];
        let j = i;
        let bytes = 0;
        while (j < batch.length && this.segmentFor(batch[j]!.seq) === seg) {
          bufs.push(batch[j]!.buf);
          bytes += batch[j]!.buf.length;
          j++;
        }
        const t0 = process.hrtime.bigint();
        await this.writeSegment(seg, bufs, bytes);
        this.hooks.onSync?.(Number(process.hrtime.bigint() - t0) / 1e9, bufs.length);
        for (let k = i; k < j; k++) {
          seg.records++;
          seg.bytes += batch[k]!.buf.length;
        }
        seg.synced += bytes;
        for (let k = i; k < j; k++) batch[k]!.done();
        i = j;
      }
    } catch (err) {
      this.unstage(batch.slice(i), err as Error);
    }
  }

  private segmentFor(seq: number): Segment {
    for (let i = this.segments.length - 1; i >= 0; i--) if (this.segments[i]!.base <= seq) return this.segments[i]!;
    return this.segments[0]!;
  }

  private async writeSegment(seg: Segment, bufs: Buffer[], bytes: number): Promise<void> {
    const fresh = this.writeFd === undefined || this.writeFdBase !== seg.base;
    if (fresh) {
      if (this.writeFd !== undefined) await closeAsync(this.writeFd);
      this.writeFd = undefined;
      this.writeFd = await openAsync(seg.path, 'a');
      this.writeFdBase = seg.base;
      if (seg.synced === 0) await this.syncDir(); // a new file's name must be durable too
    }
    const fd = this.writeFd!;
    try {
      let written = 0;
      while (written < bytes) {
        const { bytesWritten } = await writevAsync(fd, written === 0 ? bufs : [Buffer.concat(bufs).subarray(written)]);
        written += bytesWritten;
      }
      await fdatasyncAsync(fd);
    } catch (err) {
      // Leave the file exactly as it was before this batch so no half record sits in front of later ones.
      await ftruncateAsync(fd, seg.synced).catch(() => undefined);
      throw err;
    }
  }
  private writeFdBase = -1;

  private async syncDir(): Promise<void> {
    const dfd = await openAsync(this.dir, 'r');
    try {
      await fsyncAsync(dfd);
    } finally {
      await closeAsync(dfd);
    }
  }

  /** A failed batch: the records are not on disk. Undo their accounting and fail them. */
  private unstage(failed: Staged[], err: Error): void {
    for (const s of failed) {
      const seg = this.segmentFor(s.seq);
      seg.size -= s.buf.length;
      this.diskTotal -= s.buf.length;
    }
    // Drop empty segments created for this batch so names stay meaningful.
    while (this.segments.length > 1) {
      const t = this.segments[this.segments.length - 1]!;
      if (t.size > 0 || t.records > 0) break;
      this.segments.pop();
      if (this.writeFdBase === t.base && this.writeFd !== undefined) {
        fs.closeSync(this.writeFd);
        this.writeFd = undefined;
        this.writeFdBase = -1;
      }
      try {
        unlinkSync(t.path);
      } catch {
        /* never created */
      }
    }
    if (this.pendingCount === 0) this.oldestAppendedAt = undefined;
    for (const s of failed) s.done(err);
  }

  // ---- reading and confirming ----

  /**
   * Whether read() may find something: false only when the reader sits at the durable end of the newest segment.
   * Synchronous and allocation-free, so the uplink can skip a read (an async call chain per class) after every PUBACK.
   */
  get mayHaveUnread(): boolean {
    const last = this.segments[this.segments.length - 1];
    if (!last) return false;
    return this.reader.base !== last.base || this.reader.offset < last.synced;
  }

  /** Up to `max` durable records after the reader, handed out in order and tracked as in flight. */
  async read(max: number): Promise<ReadRecord[]> {
    const out: ReadRecord[] = [];
    const epoch = this.epoch;
    while (out.length < max) {
      const segIdx = this.segments.findIndex((s) => s.base === this.reader.base);
      const seg = this.segments[segIdx];
      if (!seg) {
        const next = this.segments.find((s) => s.base > this.reader.base);
        if (!next) break;
        this.reader = { base: next.base, offset: 0 };
        continue;
      }
      const offset = seg.skipFrom(this.reader.offset);
      if (offset >= seg.synced) {
        const next = this.segments[segIdx + 1];
        if (!next || offset < seg.size) break; // nothing durable beyond, yet
        this.reader = { base: next.base, offset: 0 };
        continue;
      }
      // Continue in the chunk read last time when the reader is inside it: one disk read serves many calls.
      let chunk = this.ahead;
      if (!chunk || chunk.base !== seg.base || offset < chunk.start || offset >= chunk.start + chunk.buf.length) {
        const len = Math.min(seg.synced - offset, READ_CHUNK);
        const fresh = Buffer.allocUnsafe(len);
        const { bytesRead } = await readAsync(seg.fd(), fresh, 0, len, offset);
        if (this.epoch !== epoch) return []; // rewound while reading: what this call took was put back
        if (bytesRead === 0) break;
        chunk = { base: seg.base, start: offset, buf: fresh.subarray(0, bytesRead) };
        this.ahead = chunk;
      }
      const buf = chunk.buf;
      const start = chunk.start;
      let pos = offset - start;
      while (pos < buf.length && out.length < max) {
        const at = start + pos;
        const jump = seg.skipFrom(at);
        if (jump !== at) {
          pos = jump - start;
          continue;
        }
        const res = parseRecord(buf, pos);
        if (res.kind === 'short') {
          if (at === start) {
            await this.readLarge(seg, at, out);
            if (this.epoch !== epoch) return [];
            pos = this.reader.offset - start;
          }
          this.ahead = undefined; // the chunk ends mid-record: read afresh from here
          break;
        }
        if (res.kind === 'bad') {
          // Damage that appeared after start-up: quarantine from here and go on after it.
          await this.quarantineLive(seg, at);
          if (this.epoch !== epoch) return [];
          pos = seg.skipFrom(at) - start;
          continue;
        }
        const r = res.record;
        pos += r.size;
        this.track(r, seg.base, at, out);
      }
      this.reader = { base: seg.base, offset: start + pos };
    }
    return out;
  }

  private async readLarge(seg: Segment, at: number, out: ReadRecord[]): Promise<void> {
    const epoch = this.epoch;
    const header = Buffer.allocUnsafe(HEADER_BYTES);
    await readAsync(seg.fd(), header, 0, HEADER_BYTES, at);
    const total = HEADER_BYTES + header.readUInt32LE(4);
    const buf = Buffer.allocUnsafe(Math.min(total, seg.synced - at));
    await readAsync(seg.fd(), buf, 0, buf.length, at);
    if (this.epoch !== epoch) return;
    const res = parseRecord(buf, 0);
    if (res.kind === 'record') {
      this.track(res.record, seg.base, at, out);
      this.reader = { base: seg.base, offset: at + res.record.size };
    } else {
      await this.quarantineLive(seg, at);
      this.reader = { base: seg.base, offset: seg.skipFrom(at) };
    }
  }

  private async quarantineLive(seg: Segment, at: number): Promise<void> {
    const rest = Buffer.allocUnsafe(seg.synced - at);
    await readAsync(seg.fd(), rest, 0, rest.length, at);
    const next = resync(rest, 1);
    this.quarantine(seg, at, next === -1 ? seg.synced : at + next);
  }

  private track(r: StoredRecord, base: number, offset: number, out: ReadRecord[]): void {
    if (this.confirmedAhead.delete(r.seq)) {
      this.inflight.push({ seq: r.seq, base, offset, size: r.size, appendedAt: r.appendedAt, confirmed: true });
      this.popConfirmed();
      return;
    }
    this.inflight.push({ seq: r.seq, base, offset, size: r.size, appendedAt: r.appendedAt, confirmed: false });
    out.push({ ...r, base, offset });
  }

  /** The core has the record (or it was dropped on purpose): it may leave the spool. */
  confirm(seq: number): void {
    const q = this.inflight;
    let i = this.inflightStart;
    if (i < q.length && q[i]!.seq !== seq) {
      let lo = i,
        hi = q.length - 1;
      i = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const s = q[mid]!.seq;
        if (s === seq) {
          i = mid;
          break;
        }
        if (s < seq) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    if (i < 0 || i >= q.length) {
      if (seq > this.headSeqBound()) this.confirmedAhead.add(seq);
      return;
    }
    q[i]!.confirmed = true;
    this.popConfirmed();
  }

  private headSeqBound(): number {
    return this.head.base - 1;
  }

  private popConfirmed(): void {
    const q = this.inflight;
    let moved = false;
    while (this.inflightStart < q.length && q[this.inflightStart]!.confirmed) {
      const e = q[this.inflightStart++]!;
      // Almost always the oldest segment: look there before searching.
      const oldest = this.segments[0];
      const seg = oldest?.base === e.base ? oldest : this.segments.find((x) => x.base === e.base);
      if (seg) {
        seg.done++;
        seg.doneBytes += e.size;
      }
      this.head = { base: e.base, offset: e.offset + e.size };
      moved = true;
    }
    if (this.inflightStart > 1024 && this.inflightStart * 2 > q.length) {
      this.inflight = q.slice(this.inflightStart);
      this.inflightStart = 0;
    }
    if (moved) {
      const front = this.inflight[this.inflightStart];
      this.oldestAppendedAt = front ? front.appendedAt : this.pendingCount > 0 ? this.oldestAppendedAt : undefined;
      this.cursor.changed();
      this.deleteConfirmedSegments();
    }
  }

  /** Forget what is in flight (the connection it was sent on is gone): it will be read and sent again, in order. */
  rewind(): void {
    const q = this.inflight;
    for (let i = this.inflightStart; i < q.length; i++) if (q[i]!.confirmed) this.confirmedAhead.add(q[i]!.seq);
    // Back to the head, the first unconfirmed record, not to the front of what is in flight: a read that was still
    // running when the connection dropped may have taken records beyond it, and they must not be skipped.
    this.reader = { ...this.head };
    this.inflight = [];
    this.inflightStart = 0;
    this.epoch++;
  }

  /** Bumped by rewind(): a read() that was waiting on the disk meanwhile throws its results away. */
  private epoch = 0;

  get inflightCount(): number {
    return this.inflight.length - this.inflightStart;
  }

  get pendingCount(): number {
    let n = 0;
    for (const s of this.segments) n += s.pending;
    return n + this.staged.length;
  }

  get pendingBytes(): number {
    let n = 0;
    for (const s of this.segments) n += s.bytes - s.doneBytes;
    return n + this.stagedBytes;
  }

  /** Bytes of every segment file, staged bytes included: kept as a running total, read on every append. */
  get diskBytes(): number {
    return this.diskTotal;
  }
  private diskTotal = 0;

  get segmentCount(): number {
    return this.segments.length;
  }

  /** Drops the oldest sealed segment's pending records (telemetry under quota pressure). Returns how many were dropped. */
  dropOldestSegment(): number {
    if (this.segments.length < 2) return 0;
    const seg = this.segments[0]!;
    const dropped = seg.pending;
    const next = this.segments[1]!;
    this.inflight = this.inflight.slice(this.inflightStart).filter((e) => e.base !== seg.base);
    this.inflightStart = 0;
    if (this.head.base <= seg.base) this.head = { base: next.base, offset: 0 };
    if (this.reader.base <= seg.base) this.reader = { base: next.base, offset: 0 };
    seg.done = seg.records;
    seg.doneBytes = seg.bytes;
    this.cursor.changed();
    this.deleteConfirmedSegments();
    return dropped;
  }

  /** Unlinks segments wholly before the head; the tail segment always stays (it carries the newest sequence numbers). */
  private deleteConfirmedSegments(): void {
    // A head at the very end of a sealed segment belongs at the start of the next one.
    for (let i = 0; i < this.segments.length - 1; i++) {
      const seg = this.segments[i]!;
      if (seg.base !== this.head.base) continue;
      if (seg.skipFrom(this.head.offset) >= seg.size && seg.size === seg.synced)
        this.head = { base: this.segments[i + 1]!.base, offset: 0 };
      break;
    }
    while (this.segments.length > 1 && this.segments[0]!.base < this.head.base) {
      const seg = this.segments.shift()!;
      this.diskTotal -= seg.size;
      seg.closeReader();
      try {
        unlinkSync(seg.path);
      } catch {
        /* already gone */
      }
    }
  }

  async close(): Promise<void> {
    await this.cursor.close();
    for (const s of this.segments) s.closeReader();
    if (this.writeFd !== undefined) await closeAsync(this.writeFd);
    this.writeFd = undefined;
    this.writeFdBase = -1;
  }

  exists(): boolean {
    return existsSync(this.dir);
  }
}
