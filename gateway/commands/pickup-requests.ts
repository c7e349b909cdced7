// A locker's "is this code right?" on devices/{id}/req, answered on devices/{id}/res from the site's pickup list, with
// the attempt limits of devices/locker/pickup-lockouts.ts. Everything is local, so it works the same while the uplink
// is down; a lock-out is reported to the core as an event stored through the ordinary path (the spool), so it reaches
// the core when the uplink is back.
//
// What the citizen sees: "wrong_code" for any wrong code (no hint how close it was), and after too many a "locked"
// answer that says to try later or ask staff. A lock-out refuses every code, the right one too, until it ends.
// Logged: each lock-out once (GW_PICKUP_LOCKED_OUT, warn) and its end; wrong codes only at debug (a guessing loop must
// not flood the journal) and counted in /metrics. Codes are never logged, stored or answered.
import type { Logger } from 'pino';
import { eventBody } from '../../devices/common/bodies.ts';
import { PickupLockouts, type LockoutCounts, type LockoutRules, type Lockout } from '../../devices/locker/pickup-lockouts.ts';
import type { PickupStore } from './pickup-list.ts';
import { parseVerifyRequest } from '../../devices/locker/requests.ts';
import type { DecodedMessage } from '../../devices/common/types.ts';

export interface PickupRequestDeps {
  store: PickupStore;
  rules: LockoutRules;
  isLocker(deviceId: string): boolean;
  publishToDevice(topic: string, payload: string): Promise<void>;
  /** Stores an event for the core through the ordinary path (spooled durably). */
  raiseEvent(deviceId: string, msg: DecodedMessage): Promise<void>;
  log: Logger;
  clock?: () => number;
}

/** What /api/status shows: where and until when, counts only. */
export interface PickupStatus {
  lockouts: { deviceId: string; compartment: number | null; since: string; until: string; wrongCodes: number; refused: number }[];
  totals: Record<string, LockoutCounts>;
}

export class PickupRequests {
  private readonly deps: PickupRequestDeps;
  private readonly clock: () => number;
  private lockouts: PickupLockouts;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(d: PickupRequestDeps) {
    this.deps = d;
    this.clock = d.clock ?? Date.now;
    this.lockouts = new PickupLockouts(d.rules, this.clock);
  }

  /** After the store is open: lock-outs of the last run are in force again; ends missed while down are reported. */
  start(): void {
    this.lockouts = new PickupLockouts(this.deps.rules, this.clock, this.deps.store.savedLockouts());
    this.stopped = false;
    this.settle();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Answers one request. Lock-out, code and wrong-code count are checked in one synchronous step (see PickupStore.check). */
  async answer(deviceId: string, payload: Buffer): Promise<void> {
    const req = parseVerifyRequest(payload);
    const topic = `devices/${deviceId}/res`;
    if ('error' in req) {
      this.deps.log.warn({ component: 'pickups', deviceId, code: 'GW_PAYLOAD_SCHEMA' }, req.error);
      return this.deps.publishToDevice(topic, JSON.stringify({ reqId: req.reqId, ok: false, reason: 'bad_request', message: req.error }));
    }
    if (!this.deps.isLocker(deviceId))
      return this.deps.publishToDevice(
        topic,
        JSON.stringify({ reqId: req.reqId, ok: false, reason: 'bad_request', message: 'only lockers verify pickups' }),
      );
    const locked = this.lockouts.refuses(deviceId, req.compartment);
    if (locked) return this.deps.publishToDevice(topic, JSON.stringify(this.lockedAnswer(req.reqId, locked)));
    const v = this.deps.store.check(deviceId, req.pickupCode, {
      compartment: req.compartment,
      skip: (c) => this.lockouts.isLocked(deviceId, c),
    });
    if (v.ok) {
      await this.deps.store.flush();
      this.deps.log.info({ component: 'pickups', deviceId, compartment: v.compartment }, 'pickup code accepted from the local list');
      return this.deps.publishToDevice(topic, JSON.stringify({ reqId: req.reqId, ...v }));
    }
    if (v.reason !== 'wrong_code') {
      this.deps.log.info({ component: 'pickups', deviceId, reason: v.reason }, 'pickup code refused');
      return this.deps.publishToDevice(topic, JSON.stringify({ reqId: req.reqId, ...v }));
    }
    const started = this.lockouts.wrong(deviceId, req.compartment);
    this.deps.log.debug({ component: 'pickups', deviceId }, 'wrong pickup code');
    if (started.length === 0)
      return this.deps.publishToDevice(topic, JSON.stringify({ reqId: req.reqId, ok: false, reason: 'wrong_code' }));
    for (const l of started) this.lockedOut(l);
    await this.deps.publishToDevice(topic, JSON.stringify(this.lockedAnswer(req.reqId, started[started.length - 1]!)));
  }

  status(): PickupStatus {
    return {
      lockouts: this.lockouts.active().map((l) => ({
        deviceId: l.deviceId,
        compartment: l.compartment || null,
        since: new Date(l.since).toISOString(),
        until: new Date(l.until).toISOString(),
        wrongCodes: l.wrongCodes,
        refused: l.refused,
      })),
      totals: Object.fromEntries([...this.lockouts.totals()].map(([id, c]) => [id, { ...c }])),
    };
  }

  /** For /metrics. */
  counts(): { totals: ReadonlyMap<string, Readonly<LockoutCounts>>; active: Lockout[] } {
    return { totals: this.lockouts.totals(), active: this.lockouts.active() };
  }

  private lockedAnswer(reqId: string, l: Lockout): Record<string, unknown> {
    const retryAfterS = Math.max(1, Math.ceil((l.until - this.clock()) / 1000));
    const minutes = Math.ceil(retryAfterS / 60);
    return {
      reqId,
      ok: false,
      reason: 'locked',
      retryAfterS,
      message: `Too many wrong codes: code entry is paused. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask staff for help.`,
    };
  }

  private lockedOut(l: Lockout): void {
    const where = l.compartment ? `compartment ${l.compartment}` : 'the locker';
    const seconds = Math.round((l.until - l.since) / 1000);
    const message =
      `${l.wrongCodes} wrong pickup codes within ${Math.round(this.deps.rules.windowMs / 1000)} s: ` +
      `code entry of ${where} locked for ${seconds} s, until ${new Date(l.until).toISOString()}`;
    this.deps.log.warn(
      {
        component: 'pickups',
        deviceId: l.deviceId,
        code: 'GW_PICKUP_LOCKED_OUT',
        compartment: l.compartment || undefined,
        until: new Date(l.until).toISOString(),
        wrongCodes: l.wrongCodes,
      },
      message,
    );
    this.event(l, true, message);
    this.persist();
    this.arm();
  }

  /** Reports lock-outs that have ended, and arms the timer for the next end. */
  private settle(): void {
    const ended = this.lockouts.takeEnded();
    for (const l of ended) {
      const where = l.compartment ? `compartment ${l.compartment}` : 'the locker';
      const message = `code entry of ${where} unlocked; ${l.refused} requests were refused while it was locked`;
      this.deps.log.info(
        {
          component: 'pickups',
          deviceId: l.deviceId,
          code: 'GW_PICKUP_LOCKED_OUT',
          compartment: l.compartment || undefined,
          refused: l.refused,
        },
        message,
      );
      this.event(l, false, message);
    }
    if (ended.length > 0) this.persist();
    this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    const next = this.lockouts.active()[0];
    if (!next || this.stopped) return;
    // +5 ms: a timer may fire a little early, and a lock-out ends only when the clock has passed `until`.
    this.timer = setTimeout(() => this.settle(), Math.min(next.until - this.clock() + 5, 2 ** 31 - 1));
    this.timer.unref();
  }

  private event(l: Lockout, active: boolean, message: string): void {
    const msg: DecodedMessage = {
      deviceTimeMs: this.clock(),
      body: eventBody({
        code: 'GW_PICKUP_LOCKED_OUT',
        severity: 'alarm',
        active,
        component: 'pickup',
        message,
        ...(l.compartment ? { compartment: l.compartment } : {}),
      }),
    };
    this.deps
      .raiseEvent(l.deviceId, msg)
      .catch((e: Error) =>
        this.deps.log.error(
          { component: 'pickups', deviceId: l.deviceId, code: (e as { code?: string }).code ?? 'GW_INTERNAL', err: e.message },
          'lock-out event not stored',
        ),
      );
  }

  private persist(): void {
    this.deps.store
      .saveLockouts(this.lockouts.saved())
      .catch((e: Error) =>
        this.deps.log.error(
          { component: 'pickups', code: 'GW_INTERNAL', err: e.message },
          'lock-outs not saved; a restart would lift them',
        ),
      );
  }
}
