// Password checks run scrypt on one worker thread, one at a time, with a bounded queue; the cache of the last
// good password still answers without scrypt.
import assert from 'node:assert/strict';
import { pbkdf2Sync, randomBytes, scryptSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { HashCheckGate, SCRYPT_SOURCE } from '../../gateway/config/password-checks.ts';
import { credentialFor, hashPassword } from '../../gateway/config/secrets.ts';
import { isGatewayError } from '../../gateway/errors.ts';

const HASH = hashPassword('right-password');

type Scrypt = (pbkdf2: typeof pbkdf2Sync, pw: Buffer, salt: Buffer, n: number, r: number, p: number, len: number, scratch?: Uint32Array) => [Buffer, Uint32Array];
/** The same source the worker thread evaluates. */
const scrypt = new Function(`${SCRYPT_SOURCE}; return scrypt;`)() as Scrypt;

describe('password checks', () => {
  it('the worker\'s scrypt gives RFC 7914\'s test vector and the same keys as node:crypto, reusing its scratch', () => {
    const [v] = scrypt(pbkdf2Sync, Buffer.from('password'), Buffer.from('NaCl'), 1024, 8, 16, 64);
    assert.equal(v.toString('hex'), 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');
    let scratch: Uint32Array | undefined;
    for (let i = 0; i < 3; i++) {
      const pw = randomBytes(12), salt = randomBytes(16);
      const [key, used] = scrypt(pbkdf2Sync, pw, salt, 16384, 8, 1, 32, scratch);
      if (scratch) assert.equal(used, scratch, 'the scratch array is reused, not allocated again');
      scratch = used;
      assert.deepEqual(key, scryptSync(pw, salt, 32, { N: 16384, r: 8, p: 1 }));
    }
    assert.throws(() => scrypt(pbkdf2Sync, Buffer.from('x'), Buffer.from('y'), 1 << 20, 8, 1, 32), /unsupported/, 'a hash asking for 1 GiB of scratch is refused');
  });

  it('a hash check leaves the event loop free: timers keep firing while ten wrong passwords are checked', async () => {
    const cred = credentialFor({ passwordHash: HASH }, 'test', {}, new HashCheckGate(32));
    let ticks = 0;
    let worstGapMs = 0;
    let last = performance.now();
    const timer = setInterval(() => { const t = performance.now(); worstGapMs = Math.max(worstGapMs, t - last); last = t; ticks++; }, 5);
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
    const checks = Array.from({ length: 5 }, (_, i) => cred.check(Buffer.from(`g${i}`)).then((ok) => ({ ok }), (e: unknown) => ({ e })));
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
    await gate.close();
  });
});
