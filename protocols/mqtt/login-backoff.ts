// Per-source back-off after failed logins: guessing passwords costs the guesser time, not the gateway CPU.
//
// A source address gets `freeFailures` failed logins for nothing (a login counts as failed from the moment it begins
// until it succeeds). After that it is in back-off for a step that doubles with every further failure (minDelayMs, 2
// x minDelayMs, ... up to maxDelayMs). A login from a source in back-off is
// held for the current step and then refused without its password being checked (no scrypt run): each guess costs the
// attacker a socket held open for seconds, and the connection caps bound how many such sockets it may hold. The refusal
// counts as a failure, so a source that keeps trying stays in back-off. A good login clears its source.
//
// The map is bounded: at most `maxSources` addresses, least recently failed first out, and an entry is forgotten
// `forgetAfterMs` after its last attempt. A source pushed out early merely starts again from its free failures.
export interface BackoffOptions {
  freeFailures: number;
  minDelayMs: number;
  maxDelayMs: number;
  maxSources: number;
  forgetAfterMs: number;
  clock?: () => number;
}

interface Entry {
  failures: number;
  until: number;
  last: number;
}

export class LoginBackoff {
  private readonly options: BackoffOptions;
  private readonly clock: () => number;
  private readonly sources = new Map<string, Entry>();

  constructor(opts: BackoffOptions) {
    this.options = opts;
    this.clock = opts.clock ?? Date.now;
  }

  get size(): number {
    return this.sources.size;
  }

  /**
   * A login from `source` begins. Returns how long to hold it before refusing it unchecked (0: check it now). The
   * attempt counts as a failure until `succeeded` clears the source, so sockets opened in parallel cannot all slip
   * through before the first of them has failed.
   */
  attempt(source: string): number {
    const now = this.clock();
    const e = this.entry(source) ?? { failures: 0, until: 0, last: now };
    const hold = now < e.until ? this.step(e.failures) : 0;
    this.sources.delete(source); // re-inserted last: the map's order is the order of last attempt
    e.failures++;
    e.last = now;
    if (e.failures > this.options.freeFailures) e.until = now + this.step(e.failures);
    this.sources.set(source, e);
    while (this.sources.size > this.options.maxSources) this.sources.delete(this.sources.keys().next().value!);
    return hold;
  }

  succeeded(source: string): void {
    this.sources.delete(source);
  }

  private entry(source: string): Entry | undefined {
    const e = this.sources.get(source);
    if (e && this.clock() - e.last > this.options.forgetAfterMs) {
      this.sources.delete(source);
      return undefined;
    }
    return e;
  }

  private step(failures: number): number {
    const over = Math.max(0, failures - this.options.freeFailures - 1);
    return Math.min(this.options.maxDelayMs, this.options.minDelayMs * 2 ** Math.min(over, 30));
  }
}
