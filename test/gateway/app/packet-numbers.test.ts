// gateway/app/packet-numbers.ts: mqtt-packet writes without its 65,536-Buffer number cache, and what goes over the wire
// is unchanged: the same bytes for every packet that carries a number, and QoS 1 traffic through aedes and MQTT.js (the
// gateway's two MQTT sides) arrives and is acknowledged as before. Runs in a child process, as the module cache and
// mqtt-packet's switch are per process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from '../../../harness/gateway.ts';

// Loads the module as main.ts does (after quiet-debug.ts), then: packets written with the cache off and on, compared
// byte for byte; 300 QoS 1 publishes from an MQTT.js client through an in-process aedes to an MQTT.js subscriber; and
// how many cached number Buffers mqtt-packet holds afterwards.
const PROBE = `
import net from 'node:net';
import { createRequire } from 'node:module';
await import(${JSON.stringify(join(REPO, 'gateway', 'app', 'quiet-debug.ts'))});
await import(${JSON.stringify(join(REPO, 'gateway', 'app', 'packet-numbers.ts'))});
const here = createRequire(${JSON.stringify(join(REPO, 'package.json'))});
const packetPath = createRequire(here.resolve('aedes')).resolve('mqtt-packet');
const mqttPacket = createRequire(packetPath)(packetPath);
const numbers = createRequire(packetPath)('./numbers.js');
const switchedOff = mqttPacket.writeToStream.cacheNumbers === false;
const packets = [
  ...[1, 255, 256, 4660, 65535].map((messageId) => ({ cmd: 'publish', topic: 'devices/vend-01/tx', payload: Buffer.from('{"a":1}'), qos: 1, messageId, retain: false, dup: false })),
  ...[1, 300, 65535].map((messageId) => ({ cmd: 'puback', messageId })),
  { cmd: 'subscribe', messageId: 7, subscriptions: [{ topic: 'devices/+/cmd', qos: 1 }] },
  { cmd: 'connect', clientId: 'vend-01', protocolVersion: 4, keepalive: 60, clean: true, username: 'vend-01', password: Buffer.from('pw') },
];
const without = packets.map((p) => mqttPacket.generate(p).toString('hex'));
mqttPacket.writeToStream.cacheNumbers = true;
const withCache = packets.map((p) => mqttPacket.generate(p).toString('hex'));
mqttPacket.writeToStream.cacheNumbers = false;
for (const k of Object.keys(numbers.cache)) delete numbers.cache[k];

const { Aedes } = await import('aedes');
const mqtt = (await import('mqtt')).default;
const broker = await Aedes.createBroker();
const server = net.createServer(broker.handle);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = 'mqtt://127.0.0.1:' + server.address().port;
const sub = await mqtt.connectAsync(url, { protocolVersion: 4, clientId: 'sub' });
let received = 0;
sub.on('message', () => received++);
await sub.subscribeAsync('devices/+/tx', { qos: 1 });
const pub = await mqtt.connectAsync(url, { protocolVersion: 4, clientId: 'pub' });
let acked = 0;
await Promise.all(Array.from({ length: 300 }, (_, i) => pub.publishAsync('devices/vend-01/tx', JSON.stringify({ i }), { qos: 1 }).then(() => acked++)));
for (let i = 0; i < 100 && received < 300; i++) await new Promise((r) => setTimeout(r, 20));
await pub.endAsync();
await sub.endAsync();
await new Promise((r) => broker.close(r));
await new Promise((r) => server.close(r));
console.log(JSON.stringify({ switchedOff, sameBytes: without.every((h, i) => h === withCache[i]), packets: packets.length, acked, received, cached: Object.keys(numbers.cache).length }));
`;

describe('mqtt-packet without its number cache', () => {
  it('writes the same bytes and carries QoS 1 traffic both ways, holding no cached number Buffers', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    assert.deepEqual(out, { switchedOff: true, sameBytes: true, packets: 10, acked: 300, received: 300, cached: 0 });
  });

  it('the entry point loads it after quiet-debug.ts and before the command line (so in the built bundle too)', async () => {
    const { readFileSync } = await import('node:fs');
    const entry = readFileSync(join(REPO, 'gateway', 'app', 'main.ts'), 'utf8');
    assert.ok(entry.indexOf("import './quiet-debug.ts'") < entry.indexOf("import './packet-numbers.ts'"));
    assert.ok(entry.indexOf("import './packet-numbers.ts'") < entry.indexOf("await import('./cli.ts')"));
  });
});
