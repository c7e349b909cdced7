// The reading side of a class log: hands out durable records after the reader position, oldest first, and tracks them
// as in flight (acks.ts). One disk read of up to a MiB serves many calls (read-ahead; segments are append-only, so a
// chunk of durable bytes never goes stale). Damage that appeared after start-up is quarantined here and skipped.
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import type { Acknowledgements } from './acks.ts';
import type { LogState } from './log-state.ts';
import type { Chunk, MemoryTail } from './memory-tail.ts';
import { HEADER_BYTES, parseRecord, resync, type StoredRecord } from './record.ts';
import { quarantine, type RecoveryHooks } from './recovery.ts';
import type { Segment } from './segment.ts';
import type { SegmentVerifier } from './verifier.ts';

const readAsync = promisify(fs.read);

/** A record handed to the uplink: where it lives, so a confirmation can advance the head past it. */
export interface ReadRecord extends StoredRecord {
  base: number;
  offset: number;
}

const READ_CHUNK = 1 << 20;

export class SegmentReader {
  private readonly state: LogState;
  private readonly acks: Acknowledgements;
  private readonly hooks: RecoveryHooks;
  private readonly memoryTail: MemoryTail;
  private readonly verifier: SegmentVerifier;
  /** The last chunk read from a segment file. */
  private readAhead: Chunk | undefined;
  /** Records handed out from the memory tail and from the disk, for tests and profiles. */
  readonly served = { fromMemory: 0, fromDisk: 0 };

  constructor(state: LogState, acks: Acknowledgements, hooks: RecoveryHooks, memoryTail: MemoryTail, verifier: SegmentVerifier) {
    this.state = state;
    this.verifier = verifier;
    this.memoryTail = memoryTail;
    this.acks = acks;
    this.hooks = hooks;
  }

  /**
   * Whether read() may find something: false only when the reader sits at the durable end of the newest segment.
   * Synchronous and allocation-free, so the uplink can skip a read (an async call chain per class) after every PUBACK.
   */
  get mayHaveUnread(): boolean {
    const segments = this.state.segments;
    const last = segments[segments.length - 1];
    if (!last) return false;
    return this.state.reader.base !== last.base || this.state.reader.offset < last.synced;
  }

  /** Up to `max` durable records after the reader, handed out in order and tracked as in flight. */
  async read(max: number): Promise<ReadRecord[]> {
    const state = this.state;
    const out: ReadRecord[] = [];
    const generation = state.generation;
    while (out.length < max) {
      const index = state.segments.findIndex((s) => s.base === state.reader.base);
      const segment = state.segments[index];
      if (!segment) {
        const next = state.segments.find((s) => s.base > state.reader.base);
        if (!next) break;
        state.reader = { base: next.base, offset: 0 };
        continue;
      }
      if (!segment.verified) {
        // Opened from its summary at start: nothing of it goes out before its records are checked (verifier.ts).
        await this.verifier.verify(segment);
        if (state.generation !== generation) return [];
        if (!segment.verified) break; // stopping
        continue;
      }
      const offset = segment.skipFrom(state.reader.offset);
      if (offset >= segment.synced) {
        const next = state.segments[index + 1];
        if (!next || offset < segment.size) break; // nothing durable beyond, yet
        state.reader = { base: next.base, offset: 0 };
        continue;
      }
      // Just written (the memory tail), or inside the chunk read last time; the disk otherwise.
      let chunk = this.memoryTail.find(segment.base, offset);
      const fromMemory = chunk !== undefined;
      chunk ??= this.chunkAt(segment, offset);
      if (!chunk) {
        chunk = await this.readChunk(segment, offset);
        if (state.generation !== generation) return []; // rewound while reading: what this call took was put back
        if (!chunk) break;
      }
      const { buf, start } = chunk;
      let pos = offset - start;
      while (pos < buf.length && out.length < max) {
        const at = start + pos;
        const jump = segment.skipFrom(at);
        if (jump !== at) {
          pos = jump - start;
          continue;
        }
        const parsed = parseRecord(buf, pos);
        if (parsed.kind === 'short') {
          if (at === start) {
            await this.readLarge(segment, at, out);
            if (state.generation !== generation) return [];
            pos = state.reader.offset - start;
          }
          if (!fromMemory) this.readAhead = undefined; // the chunk ends mid-record: read afresh from here
          break;
        }
        if (parsed.kind === 'bad') {
          // Damage that appeared after start-up: quarantine from here and go on after it.
          await this.quarantineFrom(segment, at);
          if (state.generation !== generation) return [];
          pos = segment.skipFrom(at) - start;
          continue;
        }
        pos += parsed.record.size;
        if (fromMemory) this.served.fromMemory++;
        else this.served.fromDisk++;
        this.handOut(parsed.record, segment.base, at, out);
      }
      state.reader = { base: segment.base, offset: start + pos };
    }
    return out;
  }

  /** The read-ahead chunk when the reader is inside it. */
  private chunkAt(segment: Segment, offset: number): Chunk | undefined {
    const chunk = this.readAhead;
    if (chunk && chunk.base === segment.base && offset >= chunk.start && offset < chunk.start + chunk.buf.length) return chunk;
    return undefined;
  }

  private async readChunk(segment: Segment, offset: number): Promise<Chunk | undefined> {
    const length = Math.min(segment.synced - offset, READ_CHUNK);
    const fresh = Buffer.allocUnsafe(length);
    const { bytesRead } = await readAsync(segment.fd(), fresh, 0, length, offset);
    if (bytesRead === 0) return undefined;
    this.readAhead = { base: segment.base, start: offset, buf: fresh.subarray(0, bytesRead) };
    return this.readAhead;
  }

  /** A record larger than a read-ahead chunk: read on its own. */
  private async readLarge(segment: Segment, at: number, out: ReadRecord[]): Promise<void> {
    const generation = this.state.generation;
    const header = Buffer.allocUnsafe(HEADER_BYTES);
    await readAsync(segment.fd(), header, 0, HEADER_BYTES, at);
    const total = HEADER_BYTES + header.readUInt32LE(4);
    const buf = Buffer.allocUnsafe(Math.min(total, segment.synced - at));
    await readAsync(segment.fd(), buf, 0, buf.length, at);
    if (this.state.generation !== generation) return;
    const parsed = parseRecord(buf, 0);
    if (parsed.kind === 'record') {
      this.served.fromDisk++;
      this.handOut(parsed.record, segment.base, at, out);
      this.state.reader = { base: segment.base, offset: at + parsed.record.size };
    } else {
      await this.quarantineFrom(segment, at);
      this.state.reader = { base: segment.base, offset: segment.skipFrom(at) };
    }
  }

  private async quarantineFrom(segment: Segment, at: number): Promise<void> {
    const rest = Buffer.allocUnsafe(segment.synced - at);
    await readAsync(segment.fd(), rest, 0, rest.length, at);
    const next = resync(rest, 1);
    quarantine(this.state, segment, at, next === -1 ? segment.synced : at + next, this.hooks);
  }

  private handOut(record: StoredRecord, base: number, offset: number, out: ReadRecord[]): void {
    if (!this.acks.track(record, base, offset)) return;
    // A literal with every field, not a spread: one per record handed out, and a spread is a slow generic copy.
    const { seq, appendedAt, route, key, payload, size } = record;
    out.push({ seq, appendedAt, route, key, payload, size, base, offset });
  }
}
