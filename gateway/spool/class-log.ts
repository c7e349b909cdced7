// The log of one spool class (transactions, telemetry or state): a directory of segment files, appended to at the tail,
// read and confirmed from the head. This file only joins the roles, one file each: writer.ts (staging, group commit,
// roll-over), reader.ts (read-ahead, handing records out), acks.ts (in flight, confirmations, head, deletion, cursor),
// recovery.ts (open, scan, torn tail, quarantine); log-state.ts is what they share. See spool.ts for the invariants.
import { existsSync } from 'node:fs';
import { Acknowledgements } from './acks.ts';
import { LogState } from './log-state.ts';
import { MemoryTail } from './memory-tail.ts';
import { type ReadRecord, SegmentReader } from './reader.ts';
import { type RecoveryHooks, recoverClassLog } from './recovery.ts';
import { SegmentWriter, type WriterHooks } from './writer.ts';

export type { ReadRecord } from './reader.ts';
export type { CorruptionReport } from './recovery.ts';

export interface ClassLogHooks extends RecoveryHooks, WriterHooks {}

/** Bytes of the newest durable writes each class keeps in memory for the reader (memory-tail.ts). */
export const DEFAULT_MEMORY_TAIL_BYTES = 4 << 20;

export class ClassLog {
  private readonly state: LogState;
  private readonly hooks: ClassLogHooks;
  private readonly writer: SegmentWriter;
  private readonly acks: Acknowledgements;
  private readonly reader: SegmentReader;
  private readonly memoryTail: MemoryTail;

  constructor(
    spoolDir: string,
    name: string,
    segmentBytes: number,
    hooks: ClassLogHooks = {},
    memoryTailBytes = DEFAULT_MEMORY_TAIL_BYTES,
  ) {
    this.state = new LogState(spoolDir, name);
    this.hooks = hooks;
    this.memoryTail = new MemoryTail(memoryTailBytes);
    this.writer = new SegmentWriter(this.state, segmentBytes, hooks, this.memoryTail);
    this.acks = new Acknowledgements(this.state, this.memoryTail);
    this.reader = new SegmentReader(this.state, this.acks, hooks, this.memoryTail);
  }

  /** Records handed out from memory and from disk so far. */
  get served(): { fromMemory: number; fromDisk: number } {
    return this.reader.served;
  }

  /** Bytes the memory tail holds now (at most its limit). */
  get memoryTailBytes(): number {
    return this.memoryTail.bytes;
  }

  get name(): string {
    return this.state.name;
  }

  get dir(): string {
    return this.state.dir;
  }

  /** The newest sequence number staged or found in this class. */
  get lastSeq(): number {
    return this.state.lastSeq;
  }

  /** Append time of the oldest pending record, when known. */
  get oldestAppendedAt(): number | undefined {
    return this.state.oldestAppendedAt;
  }

  /** Scans every segment, cuts a torn tail, quarantines corruption, restores the head from the cursor file. */
  open(nextSeqHint: number): void {
    recoverClassLog(this.state, this.acks, this.hooks, nextSeqHint);
  }

  stage(buf: Buffer, seq: number, appendedAt: number, done: (err?: Error) => void): void {
    this.writer.stage(buf, seq, appendedAt, done);
  }

  get hasStaged(): boolean {
    return this.writer.stagedCount > 0;
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }

  get mayHaveUnread(): boolean {
    return this.reader.mayHaveUnread;
  }

  read(max: number): Promise<ReadRecord[]> {
    return this.reader.read(max);
  }

  confirm(seq: number): void {
    this.acks.confirm(seq);
  }

  rewind(): void {
    this.acks.rewind();
  }

  dropOldestSegment(): number {
    return this.acks.dropOldestSegment();
  }

  get inflightCount(): number {
    return this.acks.inflightCount;
  }

  get pendingCount(): number {
    return this.state.pendingInSegments + this.writer.stagedCount;
  }

  get pendingBytes(): number {
    let bytes = 0;
    for (const s of this.state.segments) bytes += s.bytes - s.doneBytes;
    return bytes + this.writer.stagedBytes;
  }

  /** Bytes of every segment file, staged bytes included. */
  get diskBytes(): number {
    return this.state.diskBytes;
  }

  get segmentCount(): number {
    return this.state.segments.length;
  }

  async close(): Promise<void> {
    await this.acks.close();
    for (const s of this.state.segments) s.closeReader();
    await this.writer.close();
    this.memoryTail.clear();
  }

  exists(): boolean {
    return existsSync(this.state.dir);
  }
}
