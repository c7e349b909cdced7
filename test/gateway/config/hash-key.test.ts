// The hashing key for ID numbers and pickup codes: made once and kept; a short or damaged key stops the start.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { checkConfig } from '../../../gateway/config/load.ts';
import { isGatewayError } from '../../../base/errors.ts';
import { loadHashKey } from '../../../gateway/config/hash-key.ts';
import { createFileDurable } from '../../../base/state-file.ts';
import { tempDir } from '../../../harness/tmp.ts';

const config = (dir: string, hashKeyEnv = '') =>
  checkConfig({
    site: { id: 's1' },
    devices: [],
    uplink: { url: 'mqtt://127.0.0.1:1' },
    spool: { dir },
    privacy: { hashKeyEnv },
  });

it('makes a 32-byte key once, keeps it with mode 0600, and returns the same key after a restart', async () => {
  const tmp = await tempDir('eg-hashkey-');
  try {
    const cfg = config(join(tmp.path, 'spool'));
    const a = loadHashKey(cfg, {});
    assert.equal(a.length, 32);
    assert.deepEqual(loadHashKey(cfg, {}), a);
    const { statSync } = await import('node:fs');
    assert.equal(statSync(join(tmp.path, 'spool', 'hash.key')).mode & 0o777, 0o600);
    assert.equal(readFileSync(join(tmp.path, 'spool', 'hash.key'), 'utf8'), a.toString('hex'));
  } finally {
    await tmp.cleanup();
  }
});

it('refuses a short key from the environment and a damaged key file', async () => {
  const tmp = await tempDir('eg-hashkey-');
  try {
    const isMissing = (e: unknown) => isGatewayError(e) && e.code === 'GW_SECRET_MISSING';
    assert.throws(() => loadHashKey(config(tmp.path, 'SITE_KEY'), { SITE_KEY: 'short' }), isMissing);
    assert.equal(loadHashKey(config(tmp.path, 'SITE_KEY'), { SITE_KEY: 'ab'.repeat(32) }).length, 32);
    writeFileSync(join(tmp.path, 'hash.key'), 'not hex at all');
    assert.throws(
      () => loadHashKey(config(tmp.path), {}),
      (e) => isMissing(e) && /damaged/.test((e as Error).message),
    );
  } finally {
    await tmp.cleanup();
  }
});

it(
  'a symlink planted at the temp path (hash.key.PID.tmp) is removed, never followed: its target is ' +
    "untouched and the key file is the gateway's own",
  async () => {
    const tmp = await tempDir('eg-hashkey-');
    try {
      const spool = join(tmp.path, 'spool');
      mkdirSync(spool);
      const victim = join(tmp.path, 'victim.txt');
      writeFileSync(victim, 'do not touch');
      symlinkSync(victim, join(spool, `hash.key.${process.pid}.tmp`));
      const key = loadHashKey(config(spool), {});
      assert.equal(readFileSync(victim, 'utf8'), 'do not touch', 'the link target was not written');
      const st = lstatSync(join(spool, 'hash.key'));
      assert.ok(st.isFile(), 'hash.key is a regular file, not the planted link');
      assert.equal(st.mode & 0o777, 0o600, 'made fresh with its own mode');
      assert.equal(readFileSync(join(spool, 'hash.key'), 'utf8'), key.toString('hex'));
    } finally {
      await tmp.cleanup();
    }
  },
);

it('a symlink, a FIFO or a large file at hash.key itself is refused, never read through', async () => {
  const tmp = await tempDir('eg-hashkey-');
  try {
    const spool = join(tmp.path, 'spool');
    mkdirSync(spool);
    const isMissing = (e: unknown) => isGatewayError(e) && e.code === 'GW_SECRET_MISSING';
    const elsewhere = join(tmp.path, 'key-of-someone-else');
    writeFileSync(elsewhere, 'ab'.repeat(32));
    symlinkSync(elsewhere, join(spool, 'hash.key'));
    assert.throws(
      () => loadHashKey(config(spool), {}),
      (e) => isMissing(e) && /symbolic link/.test((e as Error).message),
    );
    assert.equal(readFileSync(elsewhere, 'utf8'), 'ab'.repeat(32), 'the link target is untouched');
    unlinkSync(join(spool, 'hash.key'));
    execFileSync('mkfifo', [join(spool, 'hash.key')]); // a plain read would wait for a writer forever
    assert.throws(
      () => loadHashKey(config(spool), {}),
      (e) => isMissing(e) && /damaged/.test((e as Error).message),
    );
    unlinkSync(join(spool, 'hash.key'));
    writeFileSync(join(spool, 'hash.key'), 'ab'.repeat(1 << 16));
    assert.throws(
      () => loadHashKey(config(spool), {}),
      (e) => isMissing(e) && /damaged/.test((e as Error).message),
    );
  } finally {
    await tmp.cleanup();
  }
});

it('the key file is created exclusively: a key another process made meanwhile is kept, not replaced', async () => {
  const tmp = await tempDir('eg-hashkey-');
  try {
    const file = join(tmp.path, 'spool', 'hash.key');
    assert.equal(createFileDurable(file, 'first', 0o600), true);
    assert.equal(createFileDurable(file, 'second', 0o600), false, 'the second start learns it lost');
    assert.equal(readFileSync(file, 'utf8'), 'first');
    assert.deepEqual(readdirSync(join(tmp.path, 'spool')), ['hash.key'], 'no temp file left behind');
  } finally {
    await tmp.cleanup();
  }
});
