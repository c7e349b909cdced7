import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { listenCore } from '../../harness/core-listener.ts';
import { closeDevice, connectDevice, publishJson } from '../../harness/device.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { startProxy, type TcpProxy } from '../../harness/tcp-proxy.ts';
import { sleep, waitFor } from '../../harness/wait.ts';

let broker: Mosquitto;
let proxy: TcpProxy;
before(async () => {
  broker = await startMosquitto();
  proxy = await startProxy(broker.port);
});
after(async () => {
  await proxy.close();
  await broker.stop();
});

async function publishDirect(topic: string, obj: unknown): Promise<void> {
  const device = await connectDevice(broker.url, `pub-${Math.random().toString(16).slice(2, 8)}`, 'x');
  await publishJson(device, topic, obj);
  await closeDevice(device);
}

test('the proxy forwards MQTT both ways', async () => {
  const listener = await listenCore(`mqtt://127.0.0.1:${proxy.port}`, 'fwd/#');
  assert.equal(proxy.connections, 1);
  await publishDirect('fwd/a', { a: 1 });
  await listener.waitFor((m) => m.topic === 'fwd/a', 2000);
  await listener.close();
  await waitFor(() => proxy.connections === 0, { timeoutMs: 2000, what: 'proxy connection closed' });
});

test('cut() breaks a live connection and refuses new ones; restore() lets the client reconnect', async () => {
  const listener = await listenCore(`mqtt://127.0.0.1:${proxy.port}`, 'cut/#', { mqtt: { reconnectPeriod: 100 } });
  const closed = new Promise<void>((resolve) => listener.client.once('close', () => resolve()));
  proxy.cut();
  await closed;
  assert.equal(listener.client.connected, false);

  // While cut, reconnect attempts are hung up: still not connected after several retry periods.
  await sleep(400);
  assert.equal(listener.client.connected, false);
  assert.equal(proxy.connections, 0);

  proxy.restore();
  await listener.ready(3000);
  await publishDirect('cut/after', { ok: 1 });
  await listener.waitFor((m) => m.topic === 'cut/after', 2000);
  await listener.close();
});

test('pause() black-holes traffic without closing; resume() delivers it', async () => {
  const listener = await listenCore(`mqtt://127.0.0.1:${proxy.port}`, 'hole/#');
  let closes = 0;
  listener.client.on('close', () => closes++);

  proxy.pause();
  await publishDirect('hole/held', { n: 1 });
  await sleep(300);
  assert.equal(listener.messages.length, 0, 'a message crossed a paused proxy');
  assert.equal(proxy.connections, 1);
  assert.equal(closes, 0);

  proxy.resume();
  await listener.waitFor((m) => m.topic === 'hole/held', 2000);
  assert.equal(closes, 0);
  await listener.close();
});

test('pause() also holds traffic from the client to the target', async () => {
  const direct = await listenCore(broker.url, 'up/#');
  const device = await connectDevice(`mqtt://127.0.0.1:${proxy.port}`, 'dev-behind-proxy', 'x');
  proxy.pause();
  const acked = publishJson(device, 'up/held', { n: 2 }, 1, 5000);
  let ackedEarly = false;
  void acked.then(() => {
    ackedEarly = true;
  });
  await sleep(300);
  assert.equal(direct.messages.length, 0, 'a message crossed a paused proxy upwards');
  assert.equal(ackedEarly, false, 'PUBACK crossed a paused proxy');
  proxy.resume();
  await acked;
  await direct.waitFor((m) => m.topic === 'up/held', 2000);
  await closeDevice(device);
  await direct.close();
});

test('a client connecting during pause() gets no CONNACK until resume()', async () => {
  proxy.pause();
  const pending = listenCore(`mqtt://127.0.0.1:${proxy.port}`, 'late/#', { mqtt: { reconnectPeriod: 0 } });
  let connected = false;
  void pending.then(() => {
    connected = true;
  });
  await sleep(300);
  assert.equal(connected, false);
  proxy.resume();
  const listener = await pending;
  await listener.close();
});
