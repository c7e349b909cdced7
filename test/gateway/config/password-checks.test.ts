// Password checks run node:crypto's async scrypt off the event loop, one at a time, with a bounded queue; the cache of the last
// good password still answers without scrypt.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { HashCheckGate } from '../../../gateway/config/password-checks.ts';
import { credentialFor, hashPassword } from '../../../gateway/config/secrets.ts';
import { isGatewayError } from '../../../base/errors.ts';

const HASH = hashPassword('right-password');

describe('password checks', () => {
  it('a hash asking for more than 64 MiB of scratch is refused without running it', async () => {
    const gate = new HashCheckGate(2);
    const huge = `scrypt$${1 << 20}$8$1$${randomBytes(16).toString('base64')}$${randomBytes(32).toString('base64')}`;
    await assert.rejects(gate.verify(huge, Buffer.from('x')), /unsupported/);
    assert.deepEqual(gate.busy, { running: 0, waiting: 0 });
  });

  it('a hash check leaves the event loop free: timers keep firing while ten wrong passwords are checked', async () => {
    const cred = credentialFor({ passwordHash: HASH }, 'test', {}, new HashCheckGate(32));
    let ticks = 0;
    let worstGapMs = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const t = performance.now();
      worstGapMs = Math.max(worstGapMs, t - last);
      last = t;
      ticks++;
    }, 5);
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => cred.check(Buffer.from(`guess-${i}`))));
    const elapsed = performance.now() - started;
    clearInterval(timer);
    assert.deepEqual(results, Array(10).fill(false));
    // Synchronous scrypt would block the loop for the whole run (one gap as long as `elapsed`); async, the loop
    // ticks all along. A functional bound: the worst gap is well under the run, not a timing figure.
    assert.ok(ticks > 3, `timers fired ${ticks} times during ${elapsed.toFixed(0)} ms`);
    assert.ok(worstGapMs < elapsed / 2, `worst event-loop gap ${worstGapMs.toFixed(0)} ms of a ${elapsed.toFixed(0)} ms run`);
  });

  it('runs one check at a time and refuses beyond the queue with GW_AUTH_BUSY', async () => {
    const gate = new HashCheckGate(2);
    const cred = credentialFor({ passwordHash: HASH }, 'test', {}, gate);
    const checks = Array.from({ length: 5 }, (_, i) =>
      cred.check(Buffer.from(`g${i}`)).then(
        (ok) => ({ ok }),
        (e: unknown) => ({ e }),
      ),
    );
    assert.deepEqual(gate.busy, { running: 1, waiting: 2 });
    const out = await Promise.all(checks);
    assert.equal(out.filter((o) => 'ok' in o).length, 3);
    assert.equal(out.filter((o) => 'e' in o && isGatewayError(o.e) && o.e.code === 'GW_AUTH_BUSY').length, 2);
    assert.deepEqual(gate.busy, { running: 0, waiting: 0 });
  });

  it('the right password passes; then the cached good password answers without waiting for the gate', async () => {
    const gate = new HashCheckGate(0);
    const cred = credentialFor({ passwordHash: HASH }, 'test', {}, gate);
    assert.equal(await cred.check(Buffer.from('right-password')), true);
    const blocker = credentialFor({ passwordHash: HASH }, 'test', {}, gate).check(Buffer.from('x'));
    assert.equal(await cred.check(Buffer.from('right-password')), true, 'cache hit while the gate is full');
    assert.equal(await blocker, false);
  });
});
