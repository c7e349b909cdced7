// Attempt limits on a fake clock: counting in a sliding window, locker and compartment scopes, doubling lock-outs,
// and what survives a restart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PickupLockouts, type Lockout, type LockoutRules } from '../../../devices/locker/pickup-lockouts.ts';

const MIN = 60_000;
const RULES: LockoutRules = {
  maxWrongPerLocker: 10,
  maxWrongPerCompartment: 3,
  windowMs: 60 * MIN,
  lockoutMs: 15 * MIN,
  maxLockoutMs: 24 * 60 * MIN,
};

function at(start = 1_000_000) {
  const clock = { now: start };
  return {
    clock,
    tick: (ms: number) => {
      clock.now += ms;
    },
    now: () => clock.now,
  };
}

test('the N-th wrong code at a locker locks its code entry for lockoutMs; every request is refused until then', () => {
  const t = at();
  const l = new PickupLockouts(RULES, t.now);
  for (let i = 1; i < 10; i++) assert.deepEqual(l.wrong('lock-01'), [], `wrong code ${i} alone locks nothing`);
  const [started, ...more] = l.wrong('lock-01');
  assert.equal(more.length, 0);
  assert.equal(started!.compartment, 0, 'the whole locker');
  assert.equal(started!.until - started!.since, 15 * MIN);
  assert.equal(started!.wrongCodes, 10);
  assert.ok(l.refuses('lock-01'), 'refused while locked');
  assert.ok(l.refuses('lock-01', 7), 'a compartment named does not get around it');
  assert.equal(l.refuses('lock-02'), undefined, 'another locker is not affected');
  t.tick(15 * MIN);
  assert.equal(l.refuses('lock-01'), undefined, 'ends on time');
  assert.equal(l.totals().get('lock-01')!.refusedLocked, 2);
  assert.equal(l.totals().get('lock-01')!.wrongCodes, 10);
});

test('wrong codes older than the window no longer count (sliding, not reset at fixed times)', () => {
  const t = at();
  const l = new PickupLockouts(RULES, t.now);
  for (let i = 0; i < 9; i++) {
    l.wrong('lock-01');
    t.tick(5 * MIN);
  }
  // the first of the nine is now 45 min old; after 16 more minutes it has left the 60-minute window
  t.tick(16 * MIN);
  assert.deepEqual(l.wrong('lock-01'), [], 'nine in the window (one left it) plus this one: not ten');
  assert.equal(l.wrong('lock-01').length, 1, 'the next one makes ten within the hour');
});

test('a compartment named by the locker has its own, lower limit; locking it leaves the others open', () => {
  const t = at();
  const l = new PickupLockouts(RULES, t.now);
  l.wrong('lock-01', 12);
  l.wrong('lock-01', 12);
  const [started] = l.wrong('lock-01', 12);
  assert.equal(started!.compartment, 12);
  assert.ok(l.isLocked('lock-01', 12));
  assert.ok(l.refuses('lock-01', 12));
  assert.equal(l.refuses('lock-01', 7), undefined, 'compartment 7 still works');
  assert.equal(l.refuses('lock-01'), undefined, 'the locker as a whole still works');
  assert.deepEqual(
    l.active().map((x) => x.compartment),
    [12],
  );
});

test('a lock-out soon after the previous one lasts twice as long, up to maxLockoutMs; a quiet day starts again at lockoutMs', () => {
  const t = at();
  const l = new PickupLockouts(RULES, t.now);
  const lockOnce = () => {
    let started: Lockout | undefined;
    for (let i = 0; i < 10 && !started; i++) started = l.wrong('lock-01')[0];
    assert.ok(started, 'locked after ten');
    return started;
  };
  const lengths: number[] = [];
  for (let i = 0; i < 9; i++) {
    const s = lockOnce();
    lengths.push((s.until - s.since) / MIN);
    t.tick(s.until - t.now());
  }
  assert.deepEqual(lengths, [15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
  t.tick(24 * 60 * MIN + 1);
  const s = lockOnce();
  assert.equal((s.until - s.since) / MIN, 15);
});

test('ended lock-outs are reported once; lock-outs in force survive a restart through saved()', () => {
  const t = at();
  const l = new PickupLockouts(RULES, t.now);
  for (let i = 0; i < 10; i++) l.wrong('lock-01');
  const restarted = new PickupLockouts(RULES, t.now, JSON.parse(JSON.stringify(l.saved())));
  assert.ok(restarted.refuses('lock-01'), 'still locked after a restart');
  assert.deepEqual(restarted.takeEnded(), []);
  t.tick(15 * MIN);
  const ended = restarted.takeEnded();
  assert.equal(ended.length, 1);
  assert.equal(ended[0]!.refused, 1);
  assert.deepEqual(restarted.takeEnded(), [], 'reported once');
  // the next lock-out still doubles: the level travelled with the saved lock-out
  for (let i = 0; i < 9; i++) restarted.wrong('lock-01');
  const [next] = restarted.wrong('lock-01');
  assert.equal((next!.until - next!.since) / MIN, 30);
});
