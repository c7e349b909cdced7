// The bytes of a class log's most recent durable writes, kept in memory so the uplink's reader is served from here
// instead of reading back from disk what was made durable a moment ago (issue 17). Bounded in bytes: the oldest writes
// leave first, and so does everything the core confirmed (the head passed it; a rewind goes back to the head, never
// before it). A reader whose position is not here (after a restart, or far behind) reads from disk as before.
// Only durable bytes come in (after the O_DSYNC write returned), exactly as they are in the file, whole records only.

/** Durable bytes of one segment from `start`. */
export interface Chunk {
  base: number;
  start: number;
  buf: Buffer;
}

export class MemoryTail {
  /** At most this many bytes are held. 0 turns the tail off. */
  readonly limitBytes: number;
  /** Oldest first, ordered by (segment, offset), from `first` (a queue without shifting). */
  private chunks: (Chunk | undefined)[] = [];
  private first = 0;
  private heldBytes = 0;

  constructor(limitBytes: number) {
    this.limitBytes = limitBytes;
  }

  get bytes(): number {
    return this.heldBytes;
  }

  /** A write that just became durable: `bufs` (whole records, `bytes` in all) at `start` in segment `base`. */
  add(base: number, start: number, bufs: Buffer[], bytes: number): void {
    if (bytes > this.limitBytes) {
      this.clear(); // everything held is older than this write, and the write itself does not fit
      return;
    }
    const buf = bufs.length === 1 ? bufs[0]! : Buffer.concat(bufs, bytes);
    this.chunks.push({ base, start, buf });
    this.heldBytes += bytes;
    while (this.heldBytes > this.limitBytes) this.shift();
  }

  /** The chunk holding `offset` of segment `base`, if it is still here. */
  find(base: number, offset: number): Chunk | undefined {
    const chunks = this.chunks;
    let low = this.first;
    let high = chunks.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const chunk = chunks[middle]!;
      if (chunk.base < base || (chunk.base === base && chunk.start + chunk.buf.length <= offset)) low = middle + 1;
      else if (chunk.base > base || chunk.start > offset) high = middle - 1;
      else return chunk;
    }
    return undefined;
  }

  /** Lets go of every chunk wholly before `head` (confirmed records). */
  dropBefore(head: { base: number; offset: number }): void {
    while (this.first < this.chunks.length) {
      const chunk = this.chunks[this.first]!;
      if (chunk.base > head.base || (chunk.base === head.base && chunk.start + chunk.buf.length > head.offset)) break;
      this.shift();
    }
  }

  clear(): void {
    this.chunks = [];
    this.first = 0;
    this.heldBytes = 0;
  }

  private shift(): void {
    const chunk = this.chunks[this.first]!;
    this.chunks[this.first++] = undefined;
    this.heldBytes -= chunk.buf.length;
    if (this.first > 1024 && this.first * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
  }
}
