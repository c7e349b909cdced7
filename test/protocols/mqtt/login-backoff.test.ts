// Per-source back-off: free failures, then a hold that doubles up to a cap; a good login clears the source; the map of
// sources stays bounded. Time is a fake clock.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LoginBackoff } from '../../../protocols/mqtt/login-backoff.ts';

function backoff(over: Partial<ConstructorParameters<typeof LoginBackoff>[0]> = {}) {
  let now = 1_000_000;
  const b = new LoginBackoff({
    freeFailures: 3,
    minDelayMs: 1000,
    maxDelayMs: 8000,
    maxSources: 16,
    forgetAfterMs: 600_000,
    clock: () => now,
    ...over,
  });
  return {
    b,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('LoginBackoff', () => {
  it('lets the free failures through, then holds each attempt longer, up to the cap', () => {
    const { b } = backoff();
    const holds = Array.from({ length: 10 }, () => b.attempt('10.0.0.9'));
    assert.deepEqual(holds, [0, 0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('counts attempts in parallel before any has failed (sockets opened at once cannot all slip through)', () => {
    const { b } = backoff({ freeFailures: 5 });
    const holds = Array.from({ length: 30 }, () => b.attempt('10.0.0.7'));
    assert.equal(holds.filter((h) => h === 0).length, 6, 'only freeFailures + 1 are checked');
  });

  it('clears a source on a good login and forgets it after forgetAfterMs; other sources are not affected', () => {
    const { b, advance } = backoff();
    for (let i = 0; i < 6; i++) b.attempt('10.0.0.1');
    assert.ok(b.attempt('10.0.0.1') > 0);
    assert.equal(b.attempt('10.0.0.2'), 0, 'another address');
    b.succeeded('10.0.0.1');
    assert.equal(b.attempt('10.0.0.1'), 0);
    for (let i = 0; i < 6; i++) b.attempt('10.0.0.3');
    advance(600_001);
    assert.equal(b.attempt('10.0.0.3'), 0, 'forgotten after a quiet spell');
  });

  it('after the hold has passed the next attempt is checked again', () => {
    const { b, advance } = backoff();
    for (let i = 0; i < 5; i++) b.attempt('10.0.0.4');
    advance(8001);
    assert.equal(b.attempt('10.0.0.4'), 0);
  });

  it('remembers at most maxSources addresses', () => {
    const { b } = backoff();
    for (let i = 0; i < 1000; i++) b.attempt(`10.1.${i >> 8}.${i & 255}`);
    assert.equal(b.size, 16);
  });
});
