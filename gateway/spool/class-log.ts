// The log of one spool class (transactions, telemetry or state): a directory of segment files, appended to at the tail,
// read and confirmed from the head. This file only joins the roles, one file each: writer.ts (staging, group commit,
// roll-over), reader.ts (read-ahead, handing records out), acks.ts (in flight, confirmations, head, deletion, cursor),
// recovery.ts (open from summaries, scan, torn tail, quarantine), verifier.ts (checking sealed segments opened from their
// summaries, in the background); log-state.ts is what they share. See spool.ts for the invariants.
import { existsSync } from 'node:fs';
import { Acknowledgements } from './acks.ts';
import { LogState } from './log-state.ts';
import { MemoryTail } from './memory-tail.ts';
import { type ReadRecord, SegmentReader } from './reader.ts';
import { type RecoveryHooks, recoverClassLog } from './recovery.ts';
import type { DigestedKey } from './summary.ts';
import { SegmentVerifier } from './verifier.ts';
import { SegmentWriter, type WriterHooks } from './writer.ts';

export type { ReadRecord } from './reader.ts';
export type { CorruptionReport } from './recovery.ts';

export interface ClassLogHooks extends RecoveryHooks, WriterHooks {}

/** Bytes of the newest durable writes each class keeps in memory for the reader (memory-tail.ts). */
export const DEFAULT_MEMORY_TAIL_BYTES = 4 << 20;

export interface ClassLogOptions {
  /** Bytes of the newest durable writes kept in memory for the reader (memory-tail.ts); 0 turns it off. */
  memoryTailBytes?: number;
  /** How many of the newest keyed records recovery hands to onRecovered/onRecoveredKey with their digests (the dedup window). */
  recoverKeys?: number;
}

export class ClassLog {
  private readonly state: LogState;
  private readonly hooks: ClassLogHooks;
  private readonly writer: SegmentWriter;
  private readonly acks: Acknowledgements;
  private readonly reader: SegmentReader;
  private readonly memoryTail: MemoryTail;
  private readonly verifier: SegmentVerifier;
  private readonly recoverKeys: number;

  constructor(spoolDir: string, name: string, segmentBytes: number, hooks: ClassLogHooks = {}, options: ClassLogOptions = {}) {
    this.state = new LogState(spoolDir, name);
    this.hooks = hooks;
    this.recoverKeys = options.recoverKeys ?? 0;
    this.memoryTail = new MemoryTail(options.memoryTailBytes ?? DEFAULT_MEMORY_TAIL_BYTES);
    this.writer = new SegmentWriter(this.state, segmentBytes, hooks, this.memoryTail);
    this.acks = new Acknowledgements(this.state, this.memoryTail);
    this.verifier = new SegmentVerifier(this.state, hooks);
    this.reader = new SegmentReader(this.state, this.acks, hooks, this.memoryTail, this.verifier);
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

  /**
   * Opens sealed segments from their summaries and scans the rest, cuts a torn tail, quarantines corruption, restores
   * the head from the cursor file; then starts verifying the segments opened from summaries, in the background.
   */
  open(nextSeqHint: number): void {
    const { newest, rebuilt } = recoverClassLog(this.state, this.acks, this.hooks, { recoverKeys: this.recoverKeys }, nextSeqHint);
    if (newest) this.writer.adoptSummary(newest);
    for (const builder of rebuilt) this.writer.sealRecovered(builder);
    this.verifier.start();
  }

  /** Whether every segment's records were checked (a start opened none from a summary, or the verifier is done). */
  get verified(): boolean {
    return this.state.segments.every((s) => s.verified);
  }

  /** `route` and `key` (its dedup key's digest) go into the segment's summary; without a route the segment has none. */
  stage(buf: Buffer, seq: number, appendedAt: number, done: (err?: Error) => void, route?: string, key?: DigestedKey): void {
    this.writer.stage(buf, seq, appendedAt, done, route, key);
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
    await this.verifier.stop();
    await this.acks.close();
    for (const s of this.state.segments) s.closeReader();
    await this.writer.close();
    this.memoryTail.clear();
  }

  exists(): boolean {
    return existsSync(this.state.dir);
  }
}
