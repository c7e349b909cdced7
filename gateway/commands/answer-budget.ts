// How many answers to commands that will not run (rejected, expired on arrival, repeated ids) the gateway reports to the
// core and logs. Each report is a record in the spool, like a transaction: whoever can publish on the site's command
// topics could otherwise fill the spool (and the log) with answers and crowd out the machines' own transactions.
// A token bucket: `burst` answers at once, then `perSecond`. Past that an answer is only counted (in /metrics, by code);
// the next logged line says how many were left out.
export class AnswerBudget {
  private readonly burst: number;
  private readonly perSecond: number;
  private readonly clock: () => number;
  private tokens: number;
  private at: number;
  /** Answers left out since the last one that was reported. */
  private skipped = 0;

  constructor(opts: { burst: number; perSecond: number; clock?: () => number }) {
    this.burst = opts.burst;
    this.perSecond = opts.perSecond;
    this.clock = opts.clock ?? Date.now;
    this.tokens = opts.burst;
    this.at = this.clock();
  }

  /** undefined: leave this answer out. Otherwise how many were left out before it (0 usually). */
  take(): number | undefined {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) {
      this.skipped++;
      return undefined;
    }
    this.tokens--;
    const n = this.skipped;
    this.skipped = 0;
    return n;
  }
}
