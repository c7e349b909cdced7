// A machine's clock against the gateway's: what the core is told about a machine whose clock is wrong, reset or just
// replaying an old backlog. Times are given explicitly (the estimator is pure).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DeviceClock, filteredMedian } from '../../../gateway/health/device-clock.ts';

const LIMITS = { maxSkewMs: 60_000, deviceSamples: 15, lagToleranceMs: 2000, trustAfterSamples: 10 };
const T = Date.UTC(2026, 11, 1, 9, 0, 0);

/** n live messages, one every 5 s from `from`, with the machine's clock `offset` ms off and a small network delay. */
function live(clock: DeviceClock, from: number, n: number, offset: number): number {
  let t = from;
  for (let i = 0; i < n; i++, t += 5000) clock.observe(t + offset - (i % 3) * 40, t);
  return t;
}

describe('device clock', () => {
  it('a machine 10 minutes ahead is skewed but trusted (steady), with its offset', () => {
    const c = new DeviceClock(() => LIMITS);
    live(c, T, 5, 600_000);
    const s = c.state();
    assert.equal(s.skewed, true);
    assert.equal(s.trusted, true);
    assert.equal(s.jumped, false);
    assert.ok(Math.abs(s.offsetMs - 600_000) < 100, `offset ${s.offsetMs}`);
  });

  it('a right clock is neither skewed nor jumped', () => {
    const c = new DeviceClock(() => LIMITS);
    live(c, T, 20, 0);
    assert.deepEqual(
      { ...c.state(), sampleTimeMs: 0, offsetMs: Math.abs(c.state().offsetMs) < 100 ? 0 : c.state().offsetMs },
      {
        known: true,
        offsetMs: 0,
        trusted: true,
        jumped: false,
        skewed: false,
        sampleTimeMs: 0,
        samples: 15,
      },
    );
  });

  it('a reset to 1970 (dead RTC battery) is a jump at the first such message, untrusted while it lasts', () => {
    const c = new DeviceClock(() => LIMITS);
    let t = live(c, T, 12, 0);
    assert.equal(c.observe(5000, t), true, 'the reset is a jump');
    t += 5000;
    assert.equal(c.observe(10_000, t), false, 'a clock still counting from 1970 is not a new jump each time');
    const s = c.state();
    assert.equal(s.trusted, false);
    assert.equal(s.jumped, true);
    assert.ok(s.offsetMs < -50 * 365 * 86_400_000, `offset ${s.offsetMs}`);
    // Many more 1970 messages: still untrusted (a clock before 2020 is no clock).
    for (let i = 0; i < 20; i++) c.observe(15_000 + i * 5000, (t += 5000));
    assert.equal(c.state().trusted, false);
  });

  it('a machine whose first messages are from 1970 is flagged at once', () => {
    const c = new DeviceClock(() => LIMITS);
    assert.equal(c.observe(1000, T), true);
    assert.deepEqual([c.state().jumped, c.state().trusted], [true, false]);
  });

  it('a replayed backlog (hours old, sent in a burst) moves neither the offset nor the flags', () => {
    const c = new DeviceClock(() => LIMITS);
    let t = live(c, T, 15, 0);
    // Offline for 3 hours, 150 transactions stored one a minute, replayed at 50 per second after reconnecting.
    t += 3 * 3_600_000;
    const made = t - 3 * 3_600_000;
    for (let i = 0; i < 150; i++) assert.equal(c.observe(made + i * 60_000, t + i * 20), false, `backlog ${i}`);
    const s = c.state();
    assert.ok(Math.abs(s.offsetMs) < 200, `offset ${s.offsetMs}`);
    assert.deepEqual([s.skewed, s.jumped, s.trusted], [false, false, true]);
    live(c, t + 5000, 5, 0);
    assert.equal(c.state().skewed, false);
  });

  it('a clock set back 10 minutes is a jump once it proves steady, and trusted again after trustAfterSamples', () => {
    const c = new DeviceClock(() => LIMITS);
    let t = live(c, T, 15, 0);
    // The machine was off for an hour and its clock set back 10 minutes meanwhile: times still go forward.
    t += 3_600_000;
    const jumps = [];
    for (let i = 0; i < 10; i++, t += 5000) jumps.push(c.observe(t - 600_000, t));
    assert.deepEqual(jumps, [false, false, false, false, false, false, false, false, false, true]);
    assert.deepEqual([c.state().jumped, c.state().trusted, c.state().skewed], [true, false, true]);
    assert.ok(Math.abs(c.state().offsetMs + 600_000) < 100);
    live(c, t, 10, -600_000);
    assert.deepEqual([c.state().jumped, c.state().trusted], [false, true]);
  });

  it('a step forward of more than maxSkew is a jump at once', () => {
    const c = new DeviceClock(() => LIMITS);
    const t = live(c, T, 15, 0);
    assert.equal(c.observe(t + 120_000, t), true);
    assert.equal(c.state().trusted, false);
    assert.ok(Math.abs(c.state().offsetMs - 120_000) < 10);
  });

  it('a machine that starts with its backlog is not called skewed or jumped once it sends live', () => {
    const c = new DeviceClock(() => LIMITS);
    let t = T;
    for (let i = 0; i < 5; i++) c.observe(t - 7_200_000 + i * 60_000, (t += 20));
    t = live(c, t + 5000, 6, 0);
    const s = c.state();
    assert.ok(Math.abs(s.offsetMs) < 200, `offset ${s.offsetMs}`);
    assert.deepEqual([s.skewed, s.jumped], [false, false]);
  });

  it('messages without a device time are no samples', () => {
    const c = new DeviceClock(() => LIMITS);
    assert.equal(c.observe(0, T), false);
    assert.equal(c.state().known, false);
  });

  it('filteredMedian takes the median of the least delayed samples', () => {
    assert.equal(filteredMedian([0, -10, -20, -5000, -9000], 100), -10);
    assert.equal(filteredMedian([], 100), undefined);
  });
});
