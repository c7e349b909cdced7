import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir, tryTmpfs } from '../../harness/tmp.ts';

test('tempDir creates a directory under the OS temp dir and cleanup removes it with its contents', async () => {
  const dir = await tempDir('selftest');
  assert.ok(existsSync(dir.path));
  assert.match(path.basename(dir.path), /^selftest-/);
  await writeFile(path.join(dir.path, 'f'), 'x');
  await dir.cleanup();
  assert.equal(existsSync(dir.path), false);
  await dir.cleanup(); // idempotent
});

test('a small tmpfs fills up with ENOSPC and unmounts', async (t) => {
  const result = await tryTmpfs(64 * 1024);
  if ('reason' in result) {
    t.skip(result.reason);
    return;
  }
  const { tmpfs } = result;
  try {
    await writeFile(path.join(tmpfs.path, 'small'), Buffer.alloc(16 * 1024));
    assert.equal((await readFile(path.join(tmpfs.path, 'small'))).length, 16 * 1024);
    await assert.rejects(writeFile(path.join(tmpfs.path, 'big'), Buffer.alloc(128 * 1024)), { code: 'ENOSPC' });
  } finally {
    await tmpfs.unmount();
  }
  assert.equal(existsSync(tmpfs.path), false);
  const mounts = await readFile('/proc/mounts', 'utf8');
  assert.equal(mounts.includes(tmpfs.path), false);
});
