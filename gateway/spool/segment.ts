// One segment file of a class log: its name is the sequence number it was opened at, zero-padded so names sort in order.
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';

export interface SkipRange {
  start: number;
  end: number;
}

export class Segment {
  readonly base: number;
  readonly path: string;
  /** Bytes known durable (written with O_DSYNC) on disk. Readers never look past this. */
  synced = 0;
  /** Bytes written or staged, synced or not: what the file will hold after the next flush. */
  size = 0;
  /** Valid records in the segment, and how many of them are confirmed or dropped. */
  records = 0;
  done = 0;
  bytes = 0;
  doneBytes = 0;
  /** Corrupt ranges found in this segment; readers jump over them. */
  skips: SkipRange[] = [];
  /**
   * False for a sealed segment opened from its summary (summary.ts) until its records were checked in the background
   * (verifier.ts); the reader hands nothing out of it before.
   */
  verified = true;
  private readFd: number | undefined;

  constructor(dir: string, base: number) {
    this.base = base;
    this.path = join(dir, Segment.fileName(base));
  }

  /** Where the segment's summary is written once it is sealed. */
  get summaryPath(): string {
    return `${this.path.slice(0, -'.seg'.length)}.sum`;
  }

  static fileName(base: number): string {
    return `${String(base).padStart(16, '0')}.seg`;
  }

  static parseName(name: string): number | undefined {
    const m = /^(\d{16})\.seg$/.exec(name);
    return m ? Number(m[1]) : undefined;
  }

  get pending(): number {
    return this.records - this.done;
  }

  fd(): number {
    if (this.readFd === undefined) this.readFd = openSync(this.path, 'r');
    return this.readFd;
  }

  closeReader(): void {
    if (this.readFd !== undefined) closeSync(this.readFd);
    this.readFd = undefined;
  }

  /** If `offset` falls in a corrupt range, the offset just past it. */
  skipFrom(offset: number): number {
    for (const s of this.skips) if (offset >= s.start && offset < s.end) return s.end;
    return offset;
  }
}
