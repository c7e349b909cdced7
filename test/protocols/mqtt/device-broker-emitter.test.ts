// The gateway's own publishes to a device (answers, errors, commands) go through aedes' emitter. With a concurrency
// limit, mqemitter queues what is beyond it and drains that queue by recursion, one nested call chain per queued
// message whose subscriber is gone: a device that had tens of thousands of answers queued and then vanished overflowed
// the stack (RangeError: Maximum call stack size exceeded, issue 12). The broker runs its emitter unqueued.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import pino from 'pino';
import { DeviceBroker } from '../../../protocols/mqtt/device-broker.ts';
import { connectRaw } from '../../../harness/raw-mqtt.ts';
import { sleep, waitFor } from '../../../harness/wait.ts';

it('answers queued for a device that vanishes are released without recursion', { timeout: 60_000 }, async () => {
  const broker = new DeviceBroker(
    {
      host: '127.0.0.1',
      port: 0,
      guard: { connectMaxBytes: 4096, packetMaxBytes: 1 << 20, connectDeadlineMs: 10_000, maxConnections: 10, maxConnectionsPerSource: 10 },
      backoff: { freeFailures: 5, minDelayMs: 1000, maxDelayMs: 8000, maxSources: 16, forgetAfterMs: 60_000 },
    },
    {
      authenticate: async () => true,
      knows: (id) => id === 'lock-x',
      onPublish: (_id, _ch, _p, done) => done(),
      onRefused: () => undefined,
      onPreAuthRefused: () => undefined,
    },
    pino({ level: 'silent' }),
  );
  await broker.start();
  try {
    const dev = await connectRaw(broker.port, 'lock-x', 'any');
    assert.equal(await dev.subscribe('devices/lock-x/res', 1), 1);
    dev.stopReading();
    // What an unbounded req -> res path did: far more answers than aedes' default emitter limit (100) at once.
    const N = 50_000;
    let settled = 0;
    for (let i = 0; i < N; i++)
      broker.publish('devices/lock-x/res', `{"reqId":"r-${i}","ok":false}`).then(
        () => settled++,
        () => settled++,
      );
    await sleep(500);
    dev.destroy();
    await waitFor(() => settled === N, {
      timeoutMs: 30_000,
      intervalMs: 50,
      what: `every one of ${N} answers settled (sent or failed) once the device is gone`,
    });
  } finally {
    await broker.stop();
  }
});
