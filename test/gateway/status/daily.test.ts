// "Messages today": counted since the gateway started on its first day, from local midnight afterwards.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DailyCounts } from '../../../gateway/status/daily.ts';

describe('daily counts', () => {
  it('counts since start on the first day and from local midnight after it', () => {
    const start = new Date(2026, 10, 22, 9, 12, 0).getTime();
    const daily = new DailyCounts(start);
    daily.sample({ a: { received: 10, rejected: 1 } }, new Date(2026, 10, 22, 23, 59, 59).getTime());
    assert.equal(daily.since, start);
    assert.deepEqual(daily.today('a', { received: 10, rejected: 1 }), { received: 10, rejected: 1 });

    daily.sample({ a: { received: 12, rejected: 1 } }, new Date(2026, 10, 23, 0, 0, 1).getTime());
    assert.equal(daily.since, new Date(2026, 10, 23).getTime());
    assert.deepEqual(daily.today('a', { received: 15, rejected: 3 }), { received: 3, rejected: 2 });
    assert.deepEqual(
      daily.today('new-machine', { received: 2, rejected: 0 }),
      { received: 2, rejected: 0 },
      'a machine first seen today counts from zero',
    );

    daily.sample({ a: { received: 15, rejected: 3 } }, new Date(2026, 10, 23, 12, 0, 0).getTime());
    assert.deepEqual(
      daily.today('a', { received: 15, rejected: 3 }),
      { received: 3, rejected: 2 },
      'later samples on the same day keep the base',
    );
  });
});
