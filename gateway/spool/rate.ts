// Events per second over the last minute, in one-second buckets: enough to estimate drain time and outage headroom
// without keeping per-message history.
const BUCKETS = 60;

export class RateMeter {
  private readonly counts = new Float64Array(BUCKETS);
  private second = 0;
  total = 0;

  add(n: number, now = Date.now()): void {
    this.roll(now);
    this.counts[this.second % BUCKETS]! += n;
    this.total += n;
  }

  /** Average per second over the complete seconds of the last minute that saw any activity window. */
  perSecond(now = Date.now()): number {
    this.roll(now);
    let sum = 0;
    // The current second is partial: leave it out.
    for (let i = 1; i < BUCKETS; i++) sum += this.counts[(this.second - i + BUCKETS * 2) % BUCKETS]!;
    // Two decimals, not whole numbers: a slow drain (a few records a minute) is still a drain, not "nothing drains".
    return Math.round((sum / (BUCKETS - 1)) * 100) / 100;
  }

  private roll(now: number): void {
    const s = Math.floor(now / 1000);
    if (this.second === 0) { this.second = s; return; }
    const gap = Math.min(s - this.second, BUCKETS);
    for (let i = 1; i <= gap; i++) this.counts[(this.second + i) % BUCKETS] = 0;
    if (s > this.second) this.second = s;
  }
}
