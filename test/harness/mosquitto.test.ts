import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { pidAlive } from '../../harness/child-reaper.ts';
import { listenCore } from '../../harness/core-listener.ts';
import { closeDevice, connectDevice, publishJson } from '../../harness/device.ts';
import { hasPersistenceFile, startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { canConnect } from '../../harness/ports.ts';
import { tempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';

const brokers: Mosquitto[] = [];
after(async () => {
  for (const broker of brokers) await broker.stop();
});

test('mosquitto starts, a real client publishes and a listener receives it', async () => {
  const broker = await startMosquitto();
  brokers.push(broker);
  assert.equal(broker.url, `mqtt://127.0.0.1:${broker.port}`);
  assert.ok(pidAlive(broker.pid));

  const listener = await listenCore(broker.url, 'core/#');
  const device = await connectDevice(broker.url, 'dev-1', 'secret');
  await publishJson(device, 'core/site/dev-1/tx', { n: 1 });
  const [message] = await listener.waitForCount(1, 2000);
  assert.equal(message?.topic, 'core/site/dev-1/tx');
  assert.deepEqual(JSON.parse(message?.payload.toString() ?? ''), { n: 1 });
  assert.equal(message?.retain, false);
  assert.ok((message?.receivedAt ?? 0) > 0);

  listener.clear();
  assert.equal(listener.messages.length, 0);
  await closeDevice(device);
  await listener.close();
});

test('kill() really kills (the PID is gone, the port refuses) and restart() comes back on the same port', async () => {
  const broker = await startMosquitto();
  brokers.push(broker);
  const listener = await listenCore(broker.url, 'after/#');
  const firstPid = broker.pid;

  await broker.kill();
  assert.equal(pidAlive(firstPid), false, 'mosquitto PID still exists after kill()');
  assert.equal(await canConnect(broker.port), false, 'port still accepts after kill()');

  await broker.restart();
  assert.notEqual(broker.pid, firstPid);
  assert.ok(pidAlive(broker.pid));
  assert.equal(broker.url, `mqtt://127.0.0.1:${broker.port}`);

  // The listener reconnects by itself (clean session, resubscribed) and sees new traffic.
  await listener.ready(5000);
  const device = await connectDevice(broker.url, 'dev-2', 'x');
  await publishJson(device, 'after/restart', { ok: true });
  const message = await listener.waitFor((m) => m.topic === 'after/restart', 3000);
  assert.equal(message.payload.toString(), '{"ok":true}');
  await closeDevice(device);
  await listener.close();
});

test('persistence: a QoS 1 message queued for an offline session survives stop() and restart()', async (t) => {
  const dir = await tempDir('mosq-persist');
  const broker = await startMosquitto({ persistence: true, dir: dir.path });
  brokers.push(broker);
  t.after(() => dir.cleanup());
  const sessionOptions = { mqtt: { clientId: 'core-durable', clean: false, reconnectPeriod: 0 } };

  const first = await listenCore(broker.url, 'durable/#', sessionOptions);
  await first.close();
  const device = await connectDevice(broker.url, 'dev-3', 'x');
  await publishJson(device, 'durable/one', { v: 1 });
  await closeDevice(device);

  await broker.stop();
  assert.ok(hasPersistenceFile(broker), `no mosquitto.db written; stderr:\n${broker.stderr()}`);
  await broker.restart();

  const second = await listenCore(broker.url, 'durable/#', sessionOptions);
  const message = await second.waitFor((m) => m.topic === 'durable/one', 3000);
  assert.equal(message.payload.toString(), '{"v":1}');
  await second.close();
  await broker.stop();
});

test('a broker that cannot start fails fast with its stderr', async () => {
  const broker = await startMosquitto();
  brokers.push(broker);
  await assert.rejects(startMosquitto({ port: broker.port }), new RegExp(`port ${broker.port} on 127.0.0.1 is already accepting`));
  await assert.rejects(startMosquitto({ extraConfig: 'no_such_option 1' }), /exited during start-up[\s\S]*no_such_option/i);
});

test('clients close promptly while the broker is down (teardown after a crash test must not hang)', async () => {
  const broker = await startMosquitto();
  brokers.push(broker);
  const listener = await listenCore(broker.url, 'down/#');
  const device = await connectDevice(broker.url, 'dev-4', 'x');
  await broker.kill();
  await assert.rejects(publishJson(device, 'down/x', { a: 1 }), /connection closed|not connected/);
  const started = Date.now();
  await Promise.all([listener.close(), closeDevice(device)]);
  assert.ok(Date.now() - started < 1000);
});

test('persistence across kill(): a message survives a broker crash once autosave has written it', async (t) => {
  const dir = await tempDir('mosq-crash');
  t.after(() => dir.cleanup());
  // autosave_on_changes with interval 1: save on the main-loop pass after any change (subscription,
  // retained or queued message). That pass comes soon after the PUBACK, not before it.
  const broker = await startMosquitto({ persistence: true, dir: dir.path, extraConfig: 'autosave_on_changes true\nautosave_interval 1' });
  brokers.push(broker);
  const sessionOptions = { mqtt: { clientId: 'core-crash', clean: false, reconnectPeriod: 0 } };
  await (await listenCore(broker.url, 'crash/#', sessionOptions)).close();
  const device = await connectDevice(broker.url, 'dev-5', 'x');
  await publishJson(device, 'crash/one', { v: 'survives-kill' });
  await closeDevice(device);
  // mosquitto.db stores payloads as raw bytes, so the payload text is findable in it once saved.
  const file = broker.persistenceFile ?? assert.fail('persistence is on');
  await waitFor(() => existsSync(file) && readFileSync(file).includes('survives-kill'), {
    timeoutMs: 3000,
    what: 'autosave of the queued message',
  });
  await broker.kill();
  await broker.restart();
  const listener = await listenCore(broker.url, 'crash/#', sessionOptions);
  await listener.waitFor((m) => m.topic === 'crash/one', 3000);
  await listener.close();
});
