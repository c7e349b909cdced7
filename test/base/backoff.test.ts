// Reconnect backoff: capped exponential with full jitter, so a thousand sites coming back at once spread out.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { backoffDelay } from '../../base/backoff.ts';

it('backoff grows exponentially up to the cap and is spread uniformly below it (full jitter)', () => {
  assert.equal(
    backoffDelay(0, 500, 30_000, () => 0.999999),
    499,
  );
  assert.equal(
    backoffDelay(3, 500, 30_000, () => 0.999999),
    3999,
  );
  assert.equal(
    backoffDelay(20, 500, 30_000, () => 0.999999),
    29_999,
    'capped',
  );
  assert.equal(
    backoffDelay(1000, 500, 30_000, () => 0.5),
    15_000,
    'no overflow on long outages',
  );
  assert.equal(
    backoffDelay(5, 500, 30_000, () => 0),
    0,
    'full jitter reaches zero',
  );
  // 1,000 sites after a long outage: their next attempts spread over the whole cap, not bunched at it.
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const delays = Array.from({ length: 1000 }, () => backoffDelay(10, 500, 30_000, random));
  const buckets = new Array(10).fill(0) as number[];
  for (const d of delays) buckets[Math.min(9, Math.floor(d / 3000))]!++;
  for (const b of buckets) assert.ok(b > 50 && b < 150, `uniform spread, got ${buckets.join(',')}`);
});
