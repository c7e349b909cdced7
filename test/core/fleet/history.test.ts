// The backlog sparkline's ring: bounded per site, the peak of each bucket, gaps where a site said nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BacklogHistory } from '../../../core/fleet/history.ts';

const MIN = 60_000;

describe('backlog history ring', () => {
  it('keeps the peak of each bucket, oldest first, with gaps where nothing was reported', () => {
    const h = new BacklogHistory({ slots: 6, bucketMs: MIN });
    const t0 = 1_000 * MIN;
    h.record(5, t0);
    h.record(9, t0 + 10_000);
    h.record(7, t0 + 20_000);
    h.record(3, t0 + 2 * MIN);
    assert.deepEqual(h.series(t0 + 3 * MIN), [null, null, 9, null, 3, null]);
  });

  it('wraps around: only the last `slots` buckets are kept, and a report older than the ring is ignored', () => {
    const h = new BacklogHistory({ slots: 4, bucketMs: MIN });
    const t0 = 500 * MIN;
    for (let i = 0; i < 10; i++) h.record(i * 10, t0 + i * MIN);
    assert.deepEqual(h.series(t0 + 9 * MIN), [60, 70, 80, 90]);
    h.record(1000, t0); // a late retained message from long ago
    assert.deepEqual(h.series(t0 + 9 * MIN), [60, 70, 80, 90]);
    // Time moves on without reports: the old buckets slide out.
    assert.deepEqual(h.series(t0 + 11 * MIN), [80, 90, null, null]);
    h.record(4, t0 + 20 * MIN);
    assert.deepEqual(h.series(t0 + 20 * MIN), [null, null, null, 4]);
  });

  it('stores what it is given within bounds: negative and huge depths are clamped', () => {
    const h = new BacklogHistory({ slots: 2, bucketMs: MIN });
    h.record(-5, 10 * MIN);
    h.record(1e12, 11 * MIN);
    assert.deepEqual(h.series(11 * MIN), [0, 0x7fffffff]);
  });
});
