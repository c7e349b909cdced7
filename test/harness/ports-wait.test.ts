import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { canConnect, freePort } from '../../harness/ports.ts';
import { sleep, waitFor } from '../../harness/wait.ts';

test('freePort returns a loopback port that can be bound and is not listening', async () => {
  const port = await freePort();
  assert.ok(port > 0 && port < 65536);
  assert.equal(await canConnect(port), false);
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  assert.equal(await canConnect(port), true);
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('waitFor resolves with the first truthy value', async () => {
  let calls = 0;
  const value = await waitFor(() => (++calls >= 3 ? { calls } : undefined), { timeoutMs: 1000, intervalMs: 5 });
  assert.deepEqual(value, { calls: 3 });
});

test('waitFor fails in bounded time, naming what and the last value', async () => {
  const started = Date.now();
  await assert.rejects(
    waitFor(() => 0, { timeoutMs: 100, intervalMs: 10, what: 'the answer' }),
    /the answer not reached within 100 ms; last value 0/,
  );
  assert.ok(Date.now() - started < 1000);
});

test('waitFor reports the last error and is not stretched by a hanging attempt', async () => {
  await assert.rejects(
    waitFor(
      () => {
        throw new Error('not yet');
      },
      { timeoutMs: 50, what: 'x' },
    ),
    /last error Error: not yet/,
  );
  const started = Date.now();
  await assert.rejects(
    waitFor(() => new Promise<never>(() => {}), { timeoutMs: 100, what: 'hang' }),
    /still running at the deadline/,
  );
  assert.ok(Date.now() - started < 1000);
  await sleep(1);
});
