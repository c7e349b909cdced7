// The stale-data watchdog on a fake clock: stale once after the window, fresh when data comes back, a new session
// neither hides a stale period nor starts one early.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StaleWatchdog } from '../../../protocols/opcua/watchdog.ts';

describe('StaleWatchdog', () => {
  it('says "stale" once when the window passes without data, and "fresh" when data returns', () => {
    const w = new StaleWatchdog(1000, 0);
    assert.equal(w.check(999), undefined);
    assert.equal(w.check(1000), 'stale');
    assert.equal(w.stale, true);
    assert.equal(w.check(5000), undefined, 'stale is reported once, not on every check');
    assert.equal(w.alive(5100), 'fresh');
    assert.equal(w.stale, false);
    assert.equal(w.alive(5200), undefined, 'fresh is reported once');
    assert.equal(w.check(6199), undefined);
    assert.equal(w.check(6200), 'stale', 'the window counts from the last data');
  });

  it('data within the window keeps it quiet', () => {
    const w = new StaleWatchdog(1000, 0);
    for (let t = 0; t < 10_000; t += 500) {
      w.alive(t);
      assert.equal(w.check(t + 999), undefined);
    }
  });

  it('a new session gets a full window, and does not end a stale period by itself', () => {
    const w = new StaleWatchdog(1000, 0);
    assert.equal(w.check(1500), 'stale');
    w.restart(2000);
    assert.equal(w.stale, true, 'only data ends a stale period, so the core sees the clearing event');
    assert.equal(w.alive(2100), 'fresh');
    w.restart(3000);
    assert.equal(w.check(3999), undefined, 'counted from the new session, not from the last data of the old one');
    assert.equal(w.check(4000), 'stale');
  });
});
