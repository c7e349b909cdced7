// The OPC-UA connector against a real node-opcua server on loopback (the locker simulator, used here only as a server
// with known nodes): browse paths, a mapping with missing nodes, events, and certificates checked both ways with
// SignAndEncrypt. One server for the file; it accepts no certificate it has not been told to trust.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { LockerController, LockerOpcuaServer } from '../../../devices/locker/sim/opcua-server.ts';
import { createLogger } from '../../../base/log.ts';
import { OpcuaConnector, type ConnectorOptions } from '../../../protocols/opcua/client.ts';
import type { OpcuaFailure } from '../../../protocols/opcua/errors.ts';
import { createClientPki } from '../../../protocols/opcua/pki.ts';
import { clientCertificateFile } from '../../../protocols/opcua/types.ts';
import type { EventFields, ValueChange } from '../../../protocols/opcua/types.ts';
import { freePort } from '../../../harness/ports.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';
import { waitFor } from '../../../harness/wait.ts';

interface Run {
  connector: OpcuaConnector;
  values: ValueChange[];
  events: [string, EventFields][];
  failures: OpcuaFailure[];
  ups: number;
  logs: Record<string, unknown>[];
}

describe('OPC-UA connector against a real server', () => {
  let tmp: TempDir;
  let locker: LockerController;
  let server: LockerOpcuaServer;
  const runs: Run[] = [];

  function connect(pkiDir: string, opts: Partial<ConnectorOptions>): Run {
    const run: Run = { connector: undefined as unknown as OpcuaConnector, values: [], events: [], failures: [], ups: 0, logs: [] };
    const log = createLogger({
      level: 'debug',
      pretty: false,
      destination: new Writable({
        write(c, _e, cb) {
          for (const l of String(c).split('\n')) if (l) run.logs.push(JSON.parse(l) as Record<string, unknown>);
          cb();
        },
      }),
    });
    const pki = createClientPki(pkiDir);
    run.connector = new OpcuaConnector(
      {
        deviceId: 'lock-t',
        endpointUrl: server.endpointUrl,
        securityMode: 'None',
        securityPolicy: 'None',
        identity: { type: 'userName', userName: 'gw', password: 'pw' },
        pki,
        pkiDir,
        applicationName: 'edge-gateway',
        values: [],
        events: [],
        samplingIntervalMs: 50,
        publishingIntervalMs: 100,
        staleAfterIntervals: 20,
        reconnectMinMs: 10,
        reconnectMaxMs: 100,
        refusedRetryMs: 400,
        ...opts,
      },
      {
        up: () => {
          run.ups++;
        },
        down: () => undefined,
        stale: () => undefined,
        fresh: () => undefined,
        values: (c) => run.values.push(...c),
        event: (k, f) => run.events.push([k, f]),
        failure: (f) => run.failures.push(f),
      },
      log,
    );
    runs.push(run);
    run.connector.start();
    return run;
  }

  before(async () => {
    tmp = await tempDir('eg-opcua-client-');
    locker = new LockerController({ compartments: 2, heartbeatMs: 100, doorOpenMs: 0 });
    locker.start();
    server = new LockerOpcuaServer(locker, {
      port: await freePort(),
      pkiDir: join(tmp.path, 'server-pki'),
      users: { gw: 'pw' },
      securityModes: ['None', 'SignAndEncrypt'],
      acceptUnknownCertificates: false,
    });
    await server.start();
  });

  after(async () => {
    for (const r of runs) await r.connector.stop();
    await server?.stop();
    locker?.stop();
    await tmp?.cleanup();
  });

  it('resolves browse paths and node ids; a node that does not exist is reported once (GW_OPCUA_MAPPING) and the rest flows', async () => {
    const run = connect(join(tmp.path, 'pki-a'), {
      values: [
        { key: 'mode', ref: '/Objects/1:Locker/1:ServiceMode' },
        { key: 'door.1', ref: '/Objects/1:Locker/1:Compartments/1:C1/1:DoorOpen' },
        { key: 'beat', ref: 'ns=1;s=Locker.Heartbeat' },
        { key: 'ghost', ref: '/Objects/1:Locker/1:NoSuchThing' },
        { key: 'ghost2', ref: 'ns=1;s=Locker.Nope' },
      ],
      events: [{ key: 'alarms', notifier: '/Objects/1:Locker', fields: ['Message', 'Severity', '1:Code', '1:Compartment'] }],
    });
    await waitFor(() => run.values.find((v) => v.key === 'mode'), { timeoutMs: 10_000, what: 'the service mode' });
    assert.deepEqual(run.values.find((v) => v.key === 'mode')!.sample.value, 1);
    assert.equal(run.values.find((v) => v.key === 'door.1')?.sample.value, false);
    await waitFor(() => run.values.filter((v) => v.key === 'beat').length >= 3, { timeoutMs: 5000, what: 'heartbeat changes' });
    const mapping = run.logs.filter((l) => l.code === 'GW_OPCUA_MAPPING');
    assert.deepEqual(mapping.map((l) => l.key).sort(), ['ghost', 'ghost2']);

    locker.open(1);
    await waitFor(() => run.values.find((v) => v.key === 'door.1' && v.sample.value === true), { timeoutMs: 5000, what: 'door 1 open' });
    locker.forceDoor(2);
    const [, fields] = await waitFor(() => run.events.find(([k]) => k === 'alarms'), { timeoutMs: 5000, what: 'an alarm event' });
    assert.deepEqual(fields, { Message: 'door opened without a command', Severity: 900, '1:Code': 'DOOR_FORCED', '1:Compartment': 2 });
    assert.equal(run.ups, 1);
  });

  it(
    'certificates are checked both ways with SignAndEncrypt: each refusal is GW_OPCUA_CERT_REJECTED, ' +
      'retried slowly, until both sides trust',
    async () => {
      const pkiDir = join(tmp.path, 'pki-b');
      const started = Date.now();
      const run = connect(pkiDir, {
        securityMode: 'SignAndEncrypt',
        securityPolicy: 'Basic256Sha256',
        values: [{ key: 'mode', ref: 'ns=1;s=Locker.ServiceMode' }],
      });
      // 1. the gateway does not trust the controller's certificate it has never seen
      const theirs = await waitFor(() => run.failures.find((f) => /does not trust/.test(f.message)), {
        timeoutMs: 15_000,
        what: 'server certificate refused by the gateway',
      });
      assert.equal(theirs.code, 'GW_OPCUA_CERT_REJECTED');
      assert.equal(theirs.refused, true);
      assert.ok(existsSync(join(pkiDir, 'rejected')), 'the rejected certificate is where the advice says');
      await createClientPki(pkiDir).trustCertificate(new X509Certificate(readFileSync(server.certificateFile)).raw);
      // 2. the controller does not trust the gateway's certificate
      const ours = await waitFor(() => run.failures.find((f) => /rejected the gateway's certificate/.test(f.message)), {
        timeoutMs: 15_000,
        what: 'gateway certificate refused by the server',
      });
      assert.equal(ours.code, 'GW_OPCUA_CERT_REJECTED');
      const certFile = clientCertificateFile(pkiDir);
      const cert = readFileSync(certFile, 'utf8');
      await server.trustClient(cert);
      // 3. both trust each other
      await waitFor(() => run.ups === 1 && run.values.find((v) => v.key === 'mode'), { timeoutMs: 15_000, what: 'a secured session' });
      const elapsed = Date.now() - started;
      const attempts = run.connector.health().attempts;
      assert.ok(
        attempts <= Math.ceil(elapsed / 400) + 1,
        `no fast loop: ${attempts} attempts in ${elapsed} ms with refusedRetryMs 400 and reconnectMinMs 10`,
      );
      assert.equal(
        run.logs.filter((l) => l.code === 'GW_OPCUA_CERT_REJECTED' && l.level === 50).length,
        2,
        'each refusal logged once, as an error',
      );
      assert.equal(readFileSync(certFile, 'utf8'), cert, 'one certificate, created once');
    },
  );

  it('a security policy the server does not offer is GW_OPCUA_SECURITY_MISMATCH, retried slowly', async () => {
    const run = connect(join(tmp.path, 'pki-c'), { securityMode: 'SignAndEncrypt', securityPolicy: 'Aes256_Sha256_RsaPss' });
    const f = await waitFor(() => run.failures[0], { timeoutMs: 15_000, what: 'a failure' });
    assert.equal(f.code, 'GW_OPCUA_SECURITY_MISMATCH');
    assert.equal(f.refused, true);
  });
});
