// A flood of one event reports once per window, with the count of what it held back; other keys are not held by it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LogThrottle } from '../../base/log-throttle.ts';

it('reports the first event of a key, then one per window carrying the number held back; keys are independent and bounded', () => {
  let now = 1_000;
  const t = new LogThrottle(10_000, () => now, 2);
  assert.equal(t.pass('a'), 0, 'the first event passes');
  for (let i = 0; i < 999; i++) assert.equal(t.pass('a'), undefined, 'held inside the window');
  assert.equal(t.pass('b'), 0, 'another key is not held by the first');
  now += 10_000;
  assert.equal(t.pass('a'), 999, 'the next window reports what was held back');
  assert.equal(t.pass('a'), undefined);
  assert.equal(t.pass('c'), 0, 'a third key past maxKeys starts the table again');
  assert.equal(t.pass('a'), 0, 'so a held key may report once more, never stay silent for good');
});
