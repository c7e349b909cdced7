// publishJson against the gateway's kind of broker (aedes, in process), whose authorizePublish is the only
// place a PUBACK can be withheld: a refused publish closes the connection and the promise must reject.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { Aedes } from 'aedes';
import { closeDevice, connectDevice, publishJson } from '../../harness/device.ts';

let broker: Aedes;
let server: net.Server;
let url: string;
const credentials: Array<{ clientId: string; username: string | undefined; password: string | undefined }> = [];

before(async () => {
  broker = await Aedes.createBroker({
    authenticate: (client, username, password, done) => {
      credentials.push({ clientId: client.id, username, password: password?.toString() });
      done(null, !client.id.startsWith('banned-'));
    },
    authorizePublish: (_client, packet, done) => done(packet.topic.startsWith('refuse/') ? new Error('refused') : null),
  });
  server = net.createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address() as net.AddressInfo;
  url = `mqtt://127.0.0.1:${address.port}`;
});
after(async () => {
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('connectDevice speaks MQTT 3.1.1 to aedes with the device id as client id and username', async () => {
  const device = await connectDevice(url, 'teller-01', 'pw');
  assert.equal(device.options.protocolVersion, 4);
  assert.deepEqual(credentials.at(-1), { clientId: 'teller-01', username: 'teller-01', password: 'pw' });
  await publishJson(device, 'site/teller-01/tx', { amount: 100 });
  await closeDevice(device);
});

test('publishJson rejects when the broker closes instead of acknowledging, and when not connected', async () => {
  const device = await connectDevice(url, 'vending-01', 'pw');
  await assert.rejects(publishJson(device, 'refuse/this', { a: 1 }), /connection closed before the broker acknowledged/);
  await assert.rejects(publishJson(device, 'site/x', { a: 1 }), /not connected/);
  // The refused publish is still in MQTT.js's outgoing map: closeDevice must not wait for it.
  await closeDevice(device);
});

test('connectDevice rejects promptly when the broker refuses the device', async () => {
  const started = Date.now();
  await assert.rejects(connectDevice(url, 'banned-01', 'pw'), /could not connect/);
  assert.ok(Date.now() - started < 2000);
});
