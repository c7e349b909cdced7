// The device broker's TLS listener counts a socket against the caps from its first moment, before its handshake:
// one address opening sockets that never say hello cannot fill the listener and lock the site's TLS machines out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { after, it } from 'node:test';
import pino from 'pino';
import { DeviceBroker, type PreAuthRefusal } from '../../../protocols/mqtt/device-broker.ts';
import { makePki } from '../../../harness/certs.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';

let tmp: TempDir | undefined;
after(async () => {
  await tmp?.cleanup();
});

it('sockets held open before their TLS handshake are capped per source; a TLS machine still gets in', { timeout: 60_000 }, async () => {
  tmp = await tempDir('eg-broker-tls-');
  const pki = makePki(tmp.path);
  const refusals: PreAuthRefusal[] = [];
  const broker = new DeviceBroker(
    {
      host: '127.0.0.1',
      port: 0,
      tls: { host: '127.0.0.1', port: 0, caFile: pki.ca, certFile: pki.server.cert, keyFile: pki.server.key },
      guard: { connectMaxBytes: 4096, packetMaxBytes: 1 << 20, connectDeadlineMs: 10_000, maxConnections: 10, maxConnectionsPerSource: 2 },
      backoff: { freeFailures: 5, minDelayMs: 1000, maxDelayMs: 8000, maxSources: 16, forgetAfterMs: 60_000 },
    },
    {
      authenticate: async () => false,
      knows: (id) => id === 'lock-01',
      onPublish: (_id, _ch, _p, done) => done(),
      onRefused: () => undefined,
      onPreAuthRefused: (r) => refusals.push(r),
    },
    pino({ level: 'silent' }),
  );
  await broker.start();
  const idle: Socket[] = [];
  try {
    const port = broker.tlsPort!;
    // Twelve sockets from one address that never start their handshake: the listener holds ten in all.
    for (let i = 0; i < 12; i++) {
      idle.push(
        await new Promise<Socket>((resolve, reject) => {
          const s = tcpConnect({ host: '127.0.0.1', port, localAddress: '127.0.0.77' }, () => resolve(s));
          s.once('error', reject);
        }),
      );
      idle.at(-1)!.on('error', () => undefined);
    }
    await new Promise((r) => setTimeout(r, 200));
    const client = pki.client('lock-01');
    const handshake = await new Promise<string>((resolve) => {
      const s = tlsConnect(
        { host: '127.0.0.1', port, ca: readFileSync(pki.ca), cert: readFileSync(client.cert), key: readFileSync(client.key) },
        () => {
          s.destroy();
          resolve('done');
        },
      );
      s.on('error', (e) => resolve(`refused: ${e.message}`));
    });
    assert.equal(handshake, 'done', 'the TLS machine completes its handshake');
    assert.deepEqual(
      refusals.map((r) => `${r.code} ${r.reason} ${r.source}`),
      Array(10).fill('GW_MQTT_CONNECTION_LIMIT broker.maxConnectionsPerSource reached 127.0.0.77'),
      'each socket over the cap is refused once, by the guard, and never reaches a handshake',
    );
  } finally {
    for (const s of idle) s.destroy();
    await broker.stop();
  }
});
