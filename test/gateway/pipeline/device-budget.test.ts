// One machine's budget, on a fake clock: the token bucket, held QoS 1 publishes (in order, none lost), the in-flight
// and question limits, rate-limited notices, and a queue that drains without recursion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DeviceBudget, LOGIN_BURST, MAX_WAITING, NOTICE_EVERY_MS, type BudgetLimits } from '../../../gateway/pipeline/device-budget.ts';

function rig(limits: Partial<BudgetLimits> = {}) {
  let now = 1_000_000;
  const timers: { fn: () => void; at: number }[] = [];
  const budget = new DeviceBudget({
    // Read at every use, as the controller's device table is: a test may change `limits` (a reload).
    limits: () => ({ messagesPerS: 10, burst: 5, maxInflight: 100, maxPendingRequests: 2, ...limits }),
    clock: () => now,
    setTimer: (fn, ms) => {
      timers.push({ fn, at: now + ms });
      return undefined as unknown as ReturnType<typeof setTimeout>;
    },
  });
  /** Moves the clock and fires the timers that are due, in order. */
  const advance = (ms: number): void => {
    now += ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      if (!timers[0] || timers[0].at > now) return;
      timers.shift()!.fn();
    }
  };
  return { budget, advance, timers };
}

describe('device budget', () => {
  it('a QoS 0 publish takes a token: the burst passes, then the rate', () => {
    const { budget, advance } = rig();
    const passed = Array.from({ length: 8 }, () => budget.tryTake('d'));
    assert.deepEqual(passed, [true, true, true, true, true, false, false, false]);
    advance(100); // 10/s: one more token
    assert.equal(budget.tryTake('d'), true);
    assert.equal(budget.tryTake('d'), false);
    assert.equal(budget.tryTake('other'), true, 'each device has its own bucket');
  });

  it('messagesPerS 0 means no rate limit', () => {
    const { budget } = rig({ messagesPerS: 0 });
    for (let i = 0; i < 1000; i++) assert.equal(budget.tryTake('d'), true);
  });

  it('QoS 1 publishes over the rate are held, then all run in arrival order at the rate: none is lost', () => {
    const { budget, advance } = rig();
    const ran: number[] = [];
    const verdicts = Array.from({ length: 15 }, (_, i) =>
      budget.admit(
        'd',
        (release) => {
          ran.push(i);
          release();
        },
        () => assert.fail('not cancelled'),
      ),
    );
    assert.deepEqual(verdicts.slice(0, 5), ['now', 'now', 'now', 'now', 'now']);
    assert.ok(verdicts.slice(5).every((v) => v === 'held-rate'));
    assert.equal(ran.length, 5);
    advance(500);
    assert.equal(ran.length, 10, 'five more after half a second at 10/s');
    advance(500);
    assert.deepEqual(
      ran,
      Array.from({ length: 15 }, (_, i) => i),
    );
    assert.equal(budget.tryTake('d'), false, 'a QoS 0 publish does not overtake what was held');
  });

  it('a QoS 0 publish does not overtake a held QoS 1 publish; a subscription may', () => {
    const { budget } = rig({ maxInflight: 1 });
    budget.admit(
      'd',
      () => undefined,
      () => undefined,
    ); // in flight, never released
    assert.equal(
      budget.admit(
        'd',
        () => undefined,
        () => undefined,
      ),
      'held-inflight',
    );
    assert.equal(budget.tryTake('d'), false);
    assert.equal(budget.tryTake('d', true), true);
  });

  it('at most maxInflight publishes are stored at once; a release lets the next one in', () => {
    const { budget } = rig({ messagesPerS: 0, maxInflight: 2 });
    const releases: (() => void)[] = [];
    const v = [0, 1, 2, 3].map(() =>
      budget.admit(
        'd',
        (r) => releases.push(r),
        () => undefined,
      ),
    );
    assert.deepEqual(v, ['now', 'now', 'held-inflight', 'held-inflight']);
    assert.equal(releases.length, 2);
    releases[0]!();
    releases[0]!(); // a second call of the same release changes nothing
    assert.equal(releases.length, 3);
    assert.deepEqual(budget.load('d'), { waiting: 1, inflight: 2, pendingRequests: 0 });
  });

  it('a long held queue whose publishes finish at once drains in a loop, not by recursion', () => {
    const { budget } = rig({ messagesPerS: 1_000_000, burst: MAX_WAITING + 1, maxInflight: 1 });
    let first: (() => void) | undefined;
    budget.admit(
      'd',
      (release) => {
        first = release;
      },
      () => undefined,
    );
    let ran = 0;
    // Refused at once (a bad payload, a question): each releases inside the drain that started it.
    for (let i = 0; i < MAX_WAITING; i++)
      budget.admit(
        'd',
        (release) => {
          ran++;
          release();
        },
        () => undefined,
      );
    first!();
    assert.equal(ran, MAX_WAITING);
  });

  it('more than MAX_WAITING held publishes: the next is refused (the caller cuts the connection)', () => {
    const { budget } = rig({ maxInflight: 1 });
    budget.admit(
      'd',
      () => undefined,
      () => undefined,
    );
    for (let i = 0; i < MAX_WAITING; i++)
      assert.notEqual(
        budget.admit(
          'd',
          () => undefined,
          () => undefined,
        ),
        'full',
      );
    assert.equal(
      budget.admit(
        'd',
        () => undefined,
        () => undefined,
      ),
      'full',
    );
  });

  it('a disconnect cancels what waits; nothing of it runs later', () => {
    const { budget, advance } = rig();
    let ran = 0,
      cancelled = 0;
    for (let i = 0; i < 8; i++)
      budget.admit(
        'd',
        (r) => {
          ran++;
          r();
        },
        () => cancelled++,
      );
    budget.disconnected('d');
    advance(10_000);
    assert.equal(ran, 5);
    assert.equal(cancelled, 3);
  });

  it('questions: at most maxPendingRequests unanswered', () => {
    const { budget } = rig();
    const a = budget.beginRequest('d');
    const b = budget.beginRequest('d');
    assert.ok(a && b);
    assert.equal(budget.beginRequest('d'), undefined);
    a();
    a();
    assert.ok(budget.beginRequest('d'));
    assert.equal(budget.beginRequest('d'), undefined, 'a second call of one answer frees one slot only');
  });

  it('every limited event is counted; a notice goes out first, then once per window with the count since', () => {
    const { budget, advance } = rig();
    assert.deepEqual(budget.limited('d', 'GW_DEVICE_RATE_LIMITED', 'dropped'), {
      deviceId: 'd',
      code: 'GW_DEVICE_RATE_LIMITED',
      action: 'dropped',
      count: 1,
    });
    for (let i = 0; i < 99; i++) assert.equal(budget.limited('d', 'GW_DEVICE_RATE_LIMITED', 'dropped'), undefined);
    assert.ok(budget.limited('d', 'GW_DEVICE_RATE_LIMITED', 'held'), 'another action has its own notices');
    advance(NOTICE_EVERY_MS);
    assert.equal(budget.limited('d', 'GW_DEVICE_RATE_LIMITED', 'dropped')?.count, 100);
    assert.deepEqual(budget.counts(), { d: { 'GW_DEVICE_RATE_LIMITED|dropped': 101, 'GW_DEVICE_RATE_LIMITED|held': 1 } });
  });

  it('logins: a burst, then one per second; a refused one is remembered for its disconnect', () => {
    const { budget, advance } = rig();
    for (let i = 0; i < LOGIN_BURST; i++) assert.equal(budget.connected('d'), true);
    assert.equal(budget.connected('d'), false);
    assert.equal(budget.refusedConnection('d'), true);
    for (let i = 0; i < 100; i++) budget.tryTake('d'); // publishes do not cost logins
    advance(1000);
    assert.equal(budget.connected('d'), true);
    assert.equal(budget.refusedConnection('d'), false);
  });

  it('new limits (a reload) hold at once for a device already connected: a smaller burst, a faster rate for what waits', () => {
    const limits: Partial<BudgetLimits> = { messagesPerS: 1, burst: 1 };
    const { budget, advance } = rig(limits);
    const ran: number[] = [];
    for (let i = 0; i < 10; i++)
      budget.admit(
        'd',
        (release) => {
          ran.push(i);
          release();
        },
        () => assert.fail('not cancelled'),
      );
    assert.deepEqual(ran, [0], 'one token, the rest held at 1/s');
    Object.assign(limits, { messagesPerS: 1000, burst: 1000 });
    budget.limitsChanged();
    advance(20);
    assert.deepEqual(ran, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'the held ones run at the new rate, not a second apart');

    Object.assign(limits, { messagesPerS: 1, burst: 2 });
    advance(5000);
    budget.limitsChanged();
    assert.deepEqual([budget.tryTake('d'), budget.tryTake('d'), budget.tryTake('d')], [true, true, false], 'capped by the new burst');
  });

  it('a reload that raises the burst frees a limited device at once instead of leaving it to refill from empty', () => {
    const limits: Partial<BudgetLimits> = { messagesPerS: 1, burst: 2 };
    const { budget } = rig(limits);
    const takes = (n: number) => Array.from({ length: n }, () => budget.tryTake('d')).filter(Boolean).length;
    assert.equal(takes(20), 2, 'the strict budget lets 2 through');
    Object.assign(limits, { messagesPerS: 1000, burst: 1000 });
    budget.limitsChanged();
    assert.equal(takes(20), 20, 'the lenient budget at once, with no time passing');
    Object.assign(limits, { messagesPerS: 1, burst: 2 });
    budget.limitsChanged();
    assert.equal(takes(5), 2, 'lowered again: capped by the new burst');
  });
});
