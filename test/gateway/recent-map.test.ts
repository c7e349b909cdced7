// RecentMap keeps the newest keys and evicts the oldest, without slowing down as the window slides.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { RecentMap } from '../../gateway/recent-map.ts';

it('keeps the last N keys, evicts the oldest first, updates in place', () => {
  const m = new RecentMap<string, number>(3);
  for (const k of ['a', 'b', 'c']) m.set(k, 1);
  m.set('b', 2);
  assert.equal(m.get('b'), 2);
  m.set('d', 1);
  assert.equal(m.has('a'), false, 'oldest evicted');
  assert.deepEqual(['b', 'c', 'd'].map((k) => m.has(k)), [true, true, true]);
  assert.equal(m.size, 3);
});

it('slides a window of 100,000 over 1,000,000 keys holding exactly the newest ones', () => {
  const m = new RecentMap<number, number>(100_000);
  for (let i = 0; i < 1_000_000; i++) m.set(i, i);
  assert.equal(m.size, 100_000);
  assert.equal(m.has(899_999), false);
  assert.equal(m.has(900_000), true);
  assert.equal(m.get(999_999), 999_999);
});
