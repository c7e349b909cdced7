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

  /**
   * Average per second over the last minute, the current (partial) second included and weighed by how much of it has
   * passed: a burst that ends within one second still shows as intake at once, not only a second later.
   */
  perSecond(now = Date.now()): number {
    this.roll(now);
    let sum = 0;
    for (let i = 0; i < BUCKETS; i++) sum += this.counts[i]!;
    const span = BUCKETS - 1 + (now % 1000) / 1000;
    // Two decimals, not whole numbers: a slow drain (a few records a minute) is still a drain, not "nothing drains".
    return Math.round((sum / span) * 100) / 100;
  }

  private roll(now: number): void {
    const s = Math.floor(now / 1000);
    if (this.second === 0) {
      this.second = s;
      return;
    }
    const gap = Math.min(s - this.second, BUCKETS);
    for (let i = 1; i <= gap; i++) this.counts[(this.second + i) % BUCKETS] = 0;
    if (s > this.second) this.second = s;
  }
}
