import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pidAlive } from '../../harness/child-reaper.ts';
import { startNode } from '../../harness/process.ts';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'json-printer.ts');

test('startNode runs a TypeScript script; waitForJsonLog and waitForLine find its output', async () => {
  const child = startNode(fixture, ['alpha']);
  const log = await child.waitForJsonLog((l) => l.msg === 'started', 10_000);
  assert.equal(log.name, 'alpha');
  // One process: the PID we hold is the one running the script, not a tsx wrapper.
  assert.equal(log.pid, child.pid);

  const plain = await child.waitForLine(/^plain line/, 2000);
  assert.equal(plain.stream, 'stdout');
  await child.waitForLine((text, line) => line.stream === 'stderr' && text.includes('warning'), 2000);

  child.kill('SIGKILL');
  const exit = await child.exited;
  assert.equal(exit.signal, 'SIGKILL');
  assert.equal(child.running, false);
  assert.equal(pidAlive(child.pid), false);
  assert.match(child.tail(10), /out\| plain line[\s\S]*err\| a warning/);
});

test('output is read to the end, a line without newline included, before exited resolves', async () => {
  const child = startNode(fixture, ['beta'], { env: { EXIT_CODE: '3' } });
  const exit = await child.exited;
  assert.deepEqual(exit, { code: 3, signal: null });
  assert.equal(child.lines().at(-1)?.text, 'last line without newline');
  assert.equal(child.lines().length, 4);
});

test('waiting fails fast when the process exits, and in bounded time otherwise', async () => {
  const exiting = startNode(fixture, ['gamma'], { env: { EXIT_CODE: '0' } });
  await assert.rejects(exiting.waitForLine(/never printed/, 10_000), /exited before it appeared[\s\S]*plain line/);

  const alive = startNode(fixture, ['delta']);
  await alive.waitForJsonLog((l) => l.name === 'delta', 10_000);
  const mark = alive.mark();
  const started = Date.now();
  // Only lines after the mark count: the early JSON line must not satisfy this.
  await assert.rejects(
    alive.waitForJsonLog((l) => l.msg === 'started', 200, { after: mark }),
    /not seen within 200 ms/,
  );
  assert.ok(Date.now() - started < 2000);
  const exit = await alive.stop();
  assert.equal(exit.signal, 'SIGTERM');
});
