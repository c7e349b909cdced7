// Each site's backlog over the last hours, for the sparkline: a fixed ring of time buckets per site, so memory is
// bounded by sites x slots whatever the sites send. A bucket holds the largest depth reported in it (a short peak between
// two samples is what an operator wants to see); a bucket with no report stays empty (-1), which the page draws as a gap
// (the site said nothing then, e.g. while its uplink was down), not as zero.
export const NO_DATA = -1;

export interface HistoryOptions {
  /** Slots per site (default 72: six hours of 5-minute buckets). */
  slots: number;
  bucketMs: number;
}

export const DEFAULT_HISTORY: HistoryOptions = { slots: 72, bucketMs: 5 * 60_000 };

export class BacklogHistory {
  private readonly slots: number;
  private readonly bucketMs: number;
  private readonly depths: Int32Array;
  /** The bucket number (time / bucketMs) of the newest write; older buckets wrap around the ring. */
  private newest = -1;

  constructor(options: HistoryOptions = DEFAULT_HISTORY) {
    this.slots = options.slots;
    this.bucketMs = options.bucketMs;
    this.depths = new Int32Array(options.slots).fill(NO_DATA);
  }

  record(depth: number, atMs: number): void {
    const bucket = Math.floor(atMs / this.bucketMs);
    // A report older than the ring (a late retained message) or from before the newest bucket's ring turn is ignored.
    if (bucket <= this.newest - this.slots) return;
    this.advance(bucket);
    const value = Math.max(0, Math.min(0x7fffffff, Math.round(depth)));
    const at = bucket % this.slots;
    if (this.depths[at]! < value) this.depths[at] = value;
  }

  /** Oldest first, ending at the bucket of nowMs; null where the site reported nothing. */
  series(nowMs: number): (number | null)[] {
    const end = Math.floor(nowMs / this.bucketMs);
    const out: (number | null)[] = new Array(this.slots);
    for (let i = 0; i < this.slots; i++) {
      const bucket = end - this.slots + 1 + i;
      const v = bucket > this.newest || bucket <= this.newest - this.slots ? NO_DATA : this.depths[bucket % this.slots]!;
      out[i] = v === NO_DATA ? null : v;
    }
    return out;
  }

  /** Clears the buckets between the newest write and `bucket`, which become the newest. */
  private advance(bucket: number): void {
    if (bucket <= this.newest) return;
    const gap = Math.min(this.slots, bucket - this.newest);
    for (let i = 1; i <= gap; i++) this.depths[(this.newest + i) % this.slots] = NO_DATA;
    if (this.newest < 0) this.depths.fill(NO_DATA);
    this.newest = bucket;
  }
}
