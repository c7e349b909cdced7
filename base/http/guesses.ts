// Wrong credentials on a token-guarded page (the site status page, the fleet view), per source address (issue 12
// point 9). Guessing must cost the guesser, not the server:
// - every refusal is counted by reason (shown on /api/status and /metrics) and logged with GW_HTTP_AUTH_FAILED, the
//   source address and the reason, never the guessed text;
// - after `failures` guesses a source is locked out for `lockoutS`: its requests to protected paths are answered 429
//   with Retry-After at once, without looking at the credential (so a lucky guess during the lock-out teaches nothing)
//   and without holding the socket (a delay would cost the server a socket and a timer per guess). Each lock-out in a
//   row doubles, up to 16 times `lockoutS`;
// - the table of sources is bounded (`maxSources`, oldest forgotten first), IPv6 sources count per /64 (one machine
//   holds a whole /64), and log lines are limited to LOG_PER_MINUTE with the number left out carried on the next one.
// Time comes from `now` (epoch ms) so tests drive the lock-out without sleeping.
import type { Logger } from 'pino';
import { sourceKey } from '../source-key.ts';

export type RefusalReason = 'token' | 'session-unknown' | 'session-expired' | 'session-host';
/** An expired session is a browser left open too long, not a guess: counted, never held against the source. */
const GUESSES: ReadonlySet<RefusalReason> = new Set(['token', 'session-unknown', 'session-host']);
const LOG_PER_MINUTE = 20;
const MAX_LOCKOUT_DOUBLINGS = 4;

export interface GuessLimitOptions {
  failures: number;
  lockoutS: number;
  maxSources?: number;
  /** What the log lines name: "status page", "fleet view". */
  subject?: string;
  /** The log lines' component field. */
  component?: string;
  now?: () => number;
}

interface SourceEntry {
  failures: number;
  lockedUntil: number;
  lockouts: number;
}

export class GuessLimiter {
  private readonly options: Required<GuessLimitOptions>;
  private readonly log: Logger;
  private readonly sources = new Map<string, SourceEntry>();
  readonly refused: Record<RefusalReason, number> = { token: 0, 'session-unknown': 0, 'session-expired': 0, 'session-host': 0 };
  /** Requests answered 429 because their source is locked out. */
  lockedRefusals = 0;
  private logWindow = { start: 0, lines: 0, suppressed: 0 };

  constructor(options: GuessLimitOptions, log: Logger) {
    this.options = { maxSources: 1024, subject: 'status page', component: 'status', now: Date.now, ...options };
    this.log = log;
  }

  /** Seconds until the source may try again, or 0 if it is not locked out. */
  lockedFor(address: string | undefined): number {
    const e = this.sources.get(sourceKey(address));
    const left = e ? e.lockedUntil - this.options.now() : 0;
    if (left <= 0) return 0;
    this.lockedRefusals++;
    return Math.ceil(left / 1000);
  }

  /** Counts one refusal from this source and logs it (rate-limited). */
  refuse(address: string | undefined, reason: RefusalReason): void {
    this.refused[reason]++;
    const source = sourceKey(address);
    if (!GUESSES.has(reason)) {
      this.line({ source, reason }, `${this.options.subject} session expired`);
      return;
    }
    const now = this.options.now();
    let e = this.sources.get(source);
    if (e)
      this.sources.delete(source); // re-inserted below: the map's order is least recently refused first
    else e = { failures: 0, lockedUntil: 0, lockouts: 0 };
    this.sources.set(source, e);
    if (this.sources.size > this.options.maxSources) this.sources.delete(this.sources.keys().next().value as string);
    e.failures++;
    if (e.failures < this.options.failures) {
      this.line({ source, reason, failures: e.failures }, `wrong ${this.options.subject} credential`);
      return;
    }
    const lockoutS = this.options.lockoutS * 2 ** Math.min(e.lockouts, MAX_LOCKOUT_DOUBLINGS);
    e.lockouts++;
    e.failures = 0;
    e.lockedUntil = now + lockoutS * 1000;
    this.line(
      { source, reason, lockoutS },
      `${this.options.subject} refuses this source for ${lockoutS} s after ${this.options.failures} wrong credentials`,
    );
  }

  /** Sources remembered (at most maxSources). */
  get trackedSources(): number {
    return this.sources.size;
  }

  /** Sources locked out right now. */
  get lockedSources(): number {
    const now = this.options.now();
    let n = 0;
    for (const e of this.sources.values()) if (e.lockedUntil > now) n++;
    return n;
  }

  private line(fields: Record<string, unknown>, msg: string): void {
    const now = this.options.now();
    const w = this.logWindow;
    if (now - w.start >= 60_000) {
      w.start = now;
      w.lines = 0;
    }
    if (w.lines >= LOG_PER_MINUTE) {
      w.suppressed++;
      return;
    }
    w.lines++;
    const suppressed = w.suppressed;
    w.suppressed = 0;
    this.log.warn(
      { component: this.options.component, code: 'GW_HTTP_AUTH_FAILED', ...fields, ...(suppressed ? { suppressed } : {}) },
      msg,
    );
  }
}
