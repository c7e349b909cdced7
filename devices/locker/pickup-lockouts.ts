// Attempt limits for pickup codes. A 6-digit code has 10^6 values and a locker may hold 48 documents waiting, so each
// guess wins with odds of about 1 in 20,000: unlimited guessing (84,498 guesses in 25 s, issue 12) always wins. Wrong
// codes are therefore counted per locker and, when the locker names the compartment the citizen chose, per compartment,
// in a sliding window; reaching the limit locks that code entry (the whole locker, or one compartment) for a while. A
// lock-out that starts soon after the previous one ended lasts twice as long as it, up to a ceiling, and clears the
// count, so an attacker who waits out each lock-out still gets only a few dozen guesses a day, each burst raising an
// alarm at the core (see docs/security.md, "Pickups that cannot be guessed", for the figures).
//
// Pure and clock-driven: no I/O, no timers. The gateway persists `saved()` when a lock-out starts or ends, so a restart
// does not lift one. Memory is bounded: one entry per locker and per compartment number (1..999) of configured lockers,
// each keeping at most `maxWrong` timestamps.

export interface LockoutRules {
  /** Wrong codes at one locker within windowMs that lock its code entry. */
  maxWrongPerLocker: number;
  /** Wrong codes for one compartment within windowMs that lock that compartment. */
  maxWrongPerCompartment: number;
  windowMs: number;
  /** First lock-out; each one that starts within maxLockoutMs of the previous one's end lasts twice as long. */
  lockoutMs: number;
  maxLockoutMs: number;
}

/** A lock-out as shown on the status page and sent to the core: where, since and until when, and counts only. */
export interface Lockout {
  deviceId: string;
  /** 0: the whole locker's code entry. */
  compartment: number;
  since: number;
  until: number;
  /** Wrong codes that started it. */
  wrongCodes: number;
  /** Requests refused while it lasted. */
  refused: number;
  /** 0 for a first lock-out, n for the n-th doubling. */
  level: number;
  /** Its end has been reported (the cleared event was sent). */
  cleared: boolean;
}

interface Entry {
  recent: number[];
  lockout?: Lockout;
}

export interface LockoutCounts {
  wrongCodes: number;
  lockouts: number;
  refusedLocked: number;
}

export class PickupLockouts {
  private readonly entries = new Map<string, Entry>();
  private readonly counts = new Map<string, LockoutCounts>();
  private readonly rules: LockoutRules;
  private readonly clock: () => number;

  constructor(rules: LockoutRules, clock: () => number = Date.now, saved: readonly Lockout[] = []) {
    this.rules = rules;
    this.clock = clock;
    for (const l of saved) this.entries.set(keyOf(l.deviceId, l.compartment), { recent: [], lockout: { ...l } });
  }

  /**
   * The lock-out that refuses a request now, if any: the locker's own first, then the compartment the request names.
   * Counts the refusal.
   */
  refuses(deviceId: string, compartment?: number): Lockout | undefined {
    const now = this.clock();
    const l = this.activeAt(deviceId, 0, now) ?? (compartment ? this.activeAt(deviceId, compartment, now) : undefined);
    if (l) {
      l.refused++;
      this.count(deviceId).refusedLocked++;
    }
    return l;
  }

  /** Whether one compartment's code entry is locked (a request without a compartment is not checked against it). */
  isLocked(deviceId: string, compartment: number): boolean {
    return this.activeAt(deviceId, compartment, this.clock()) !== undefined;
  }

  /** Records a wrong code; returns the lock-outs it started (none, the compartment's, the locker's, or both). */
  wrong(deviceId: string, compartment?: number): Lockout[] {
    const now = this.clock();
    this.count(deviceId).wrongCodes++;
    const started: Lockout[] = [];
    const scopes: [number, number][] = [[0, this.rules.maxWrongPerLocker]];
    if (compartment) scopes.push([compartment, this.rules.maxWrongPerCompartment]);
    for (const [c, max] of scopes) {
      const e = this.entry(deviceId, c);
      e.recent = e.recent.filter((t) => now - t < this.rules.windowMs);
      e.recent.push(now);
      if (e.recent.length < max) continue;
      const prev = e.lockout;
      const level = prev && now - prev.until <= this.rules.maxLockoutMs ? prev.level + 1 : 0;
      const duration = Math.min(this.rules.lockoutMs * 2 ** Math.min(level, 30), this.rules.maxLockoutMs);
      e.lockout = {
        deviceId,
        compartment: c,
        since: now,
        until: now + duration,
        wrongCodes: e.recent.length,
        refused: 0,
        level,
        cleared: false,
      };
      e.recent = [];
      this.count(deviceId).lockouts++;
      started.push(e.lockout);
    }
    return started;
  }

  /** Lock-outs in force now, soonest end first. */
  active(): Lockout[] {
    const now = this.clock();
    return [...this.entries.values()]
      .map((e) => e.lockout)
      .filter((l): l is Lockout => !!l && l.until > now)
      .sort((a, b) => a.until - b.until);
  }

  /** Lock-outs that have ended but whose end was not reported yet; marks them reported. */
  takeEnded(): Lockout[] {
    const now = this.clock();
    const ended: Lockout[] = [];
    for (const e of this.entries.values()) {
      if (e.lockout && !e.lockout.cleared && e.lockout.until <= now) {
        e.lockout.cleared = true;
        ended.push(e.lockout);
      }
    }
    return ended;
  }

  /** Every lock-out still worth keeping across a restart (in force, unreported, or recent enough to double the next). */
  saved(): Lockout[] {
    const now = this.clock();
    return [...this.entries.values()]
      .map((e) => e.lockout)
      .filter((l): l is Lockout => !!l && (!l.cleared || now - l.until <= this.rules.maxLockoutMs))
      .map((l) => ({ ...l }));
  }

  /** Counts since start, per locker. */
  totals(): ReadonlyMap<string, Readonly<LockoutCounts>> {
    return this.counts;
  }

  private activeAt(deviceId: string, compartment: number, now: number): Lockout | undefined {
    const l = this.entries.get(keyOf(deviceId, compartment))?.lockout;
    return l && l.until > now ? l : undefined;
  }

  private entry(deviceId: string, compartment: number): Entry {
    const k = keyOf(deviceId, compartment);
    let e = this.entries.get(k);
    if (!e) this.entries.set(k, (e = { recent: [] }));
    return e;
  }

  private count(deviceId: string): LockoutCounts {
    let c = this.counts.get(deviceId);
    if (!c) this.counts.set(deviceId, (c = { wrongCodes: 0, lockouts: 0, refusedLocked: 0 }));
    return c;
  }
}

function keyOf(deviceId: string, compartment: number): string {
  return `${deviceId}\u0000${compartment}`;
}
