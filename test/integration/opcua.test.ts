// OPC-UA machines (issue 5), end to end on loopback: a locker controller simulated by a real node-opcua server, the
// gateway (in process, from a validated config, so the test can reach its CommandTransport and its counters), a real
// mosquitto core, and Debian's protoc decoding what arrived there. One simulated controller for the whole file; its
// OPC-UA server is restarted once, on the same port, while the controller keeps its memory.
//
// The gateway has three machines: lock-02 (OPC-UA, right password), lock-03 (OPC-UA, wrong password) and vend-01 (MQTT).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import mqtt, { type MqttClient } from 'mqtt';
import { LockerController, LockerOpcuaServer, lockerSimMapping } from '../../devices/locker/sim/opcua-server.ts';
import { checkConfig } from '../../gateway/config/load.ts';
import type { Config } from '../../gateway/config/schema.ts';
import { stateDir } from '../../gateway/part-options.ts';
import { Controller } from '../../gateway/controller.ts';
import { createLogger } from '../../base/log.ts';
import { pb, type edge } from '../../proto/index.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { connectDevice, publishJson } from '../../harness/device.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { freePort } from '../../harness/ports.ts';
import { protocDecode, protocFields, type ProtoFields } from '../../harness/protoc.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { sleep, waitFor } from '../../harness/wait.ts';
import { clientCertificateFile } from '../../protocols/opcua/types.ts';
import { vendingSale } from '../../harness/sale.ts';

const SITE = 'mo-opcua-01';
const PREFIX = `gov/v1/site/${SITE}`;
const REFUSED_RETRY_MS = 1500;
const env = { PW_VEND01: 'vend-secret', PW_LOCK02: 'sim-secret', PW_LOCK03: 'not-the-password' };

describe('OPC-UA locker: simulator -> gateway -> core', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let listener: CoreListener;
  let corePub: MqttClient;
  let locker: LockerController;
  let server: LockerOpcuaServer;
  let port: number;
  let config: Readonly<Config>;
  let raw: Record<string, any>;
  let gw: Controller;
  const logs: Record<string, unknown>[] = [];
  /** Index in logs where the running gateway's lines begin. */
  let gatewayLogStart = 0;

  const serverOptions = () => ({ port, pkiDir: join(tmp.path, 'sim-pki'), users: { gateway: 'sim-secret' } });
  const envelopes = (device: string, channel: string) =>
    listener.messages
      .filter((m) => m.topic === `${PREFIX}/${device}/${channel}`)
      .map((m) => ({ raw: m.payload, env: pb.Envelope.decode(m.payload) }));
  const fields = (payload: Buffer): ProtoFields => protocFields(protocDecode('Envelope', payload));
  const logLines = (pred: (l: Record<string, unknown>) => boolean) => logs.filter(pred);
  const startGateway = async () => {
    const log = createLogger({
      level: 'info',
      pretty: false,
      destination: new Writable({
        write(chunk, _e, cb) {
          for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
          cb();
        },
      }),
    });
    gatewayLogStart = logs.length;
    gw = new Controller(config, log, env);
    await gw.start();
  };
  const txIdsAtCore = () => envelopes('lock-02', 'tx').map((e) => e.env.deviceTxId);
  const command = (cmd: edge.v1.ICommand) =>
    corePub.publishAsync(
      `${PREFIX}/lock-02/cmd`,
      Buffer.from(
        pb.SignedCommand.encode({
          command: pb.Command.encode({ siteId: SITE, deviceId: 'lock-02', deadlineMs: Date.now() + 30_000, ...cmd }).finish(),
        }).finish(),
      ),
      { qos: 1 },
    );
  const resultsOf = (commandId: string) =>
    envelopes('lock-02', 'cmd/result')
      .map((e) => e.env.commandResult!)
      .filter((r) => r.commandId === commandId);

  before(async () => {
    tmp = await tempDir('eg-opcua-');
    core = await startMosquitto();
    listener = await listenCore(core.url, [`${PREFIX}/#`]);
    corePub = await mqtt.connectAsync(core.url, { clientId: 'central-opcua-test', protocolVersion: 4 });
    port = await freePort();
    locker = new LockerController({ compartments: 4, heartbeatMs: 100, doorOpenMs: 0, txPrefix: 'LK' });
    locker.start();
    server = new LockerOpcuaServer(locker, serverOptions());
    await server.start();
    const opcua = (passwordEnv: string, extra: Record<string, unknown> = {}) => ({
      endpointUrl: server.endpointUrl,
      auth: { type: 'userName', userName: 'gateway', passwordEnv },
      // a 2 s stale window: short for the test, long enough that a busy machine does not call a live controller stale
      samplingIntervalMs: 50,
      publishingIntervalMs: 100,
      staleAfterIntervals: 20,
      reconnectMinMs: 50,
      reconnectMaxMs: 500,
      mapping: lockerSimMapping(4),
      ...extra,
    });
    raw = {
      site: { id: SITE, name: 'OPC-UA test site' },
      broker: { host: '127.0.0.1', port: 0 },
      devices: [
        { id: 'vend-01', kind: 'vending', transport: 'mqtt', passwordEnv: 'PW_VEND01' },
        { id: 'lock-02', kind: 'locker', transport: 'opcua', opcua: opcua('PW_LOCK02') },
        // wrong password; a fast reconnect setting, so only refusedRetryMs can be what keeps its retries slow
        {
          id: 'lock-03',
          kind: 'locker',
          transport: 'opcua',
          opcua: opcua('PW_LOCK03', { refusedRetryMs: REFUSED_RETRY_MS, reconnectMinMs: 10, reconnectMaxMs: 100 }),
        },
      ],
      uplink: { url: core.url, reconnectMinMs: 50, reconnectMaxMs: 500, keepaliveS: 5 },
      // the spool's own txId dedup off: what keeps the controller's log from being stored twice here is the OPC-UA path's
      spool: { dir: join(tmp.path, 'spool'), dedupWindow: 0 },
      http: { host: '127.0.0.1', port: 0 },
      log: { level: 'info' },
    };
    config = checkConfig(raw);
    await startGateway();
  });

  after(async () => {
    await gw?.stop();
    await server?.stop();
    locker?.stop();
    await corePub?.endAsync(true);
    await listener?.close();
    await core?.stop();
    await tmp?.cleanup();
  });

  it("values, the transaction log and alarms arrive at the core as the locker's envelopes (decoded by protoc)", async () => {
    await waitFor(() => envelopes('lock-02', 'state').find((e) => e.env.state?.online), {
      timeoutMs: 15_000,
      what: 'lock-02 online state at the core',
    });
    const state = fields(envelopes('lock-02', 'state').at(-1)!.raw);
    assert.equal(state.device_id, 'lock-02');
    assert.equal(state.device_kind, 'DEVICE_KIND_LOCKER');
    const st = state.state as ProtoFields;
    assert.equal(st.online, true);
    assert.equal(st.mode, 'SERVICE_MODE_IN_SERVICE');
    assert.equal(st.firmware, '2.4.1');
    assert.equal(gw.stats.get('lock-02').online, true);

    locker.deposit(2, 'DSI-BIR-2026-004512', '583-920');
    const tx = await waitFor(() => envelopes('lock-02', 'tx').find((e) => e.env.deviceTxId === 'LK-000001'), {
      timeoutMs: 10_000,
      what: 'deposit at the core',
    });
    const f = fields(tx.raw);
    const action = (f.transaction as ProtoFields).locker as ProtoFields;
    assert.equal(f.device_tx_id, 'LK-000001');
    assert.equal(action.action, 'LOCKER_ACTION_TYPE_DEPOSIT');
    assert.equal(action.compartment, 2);
    assert.equal(action.document_ref, 'DSI-BIR-2026-004512');
    assert.equal(action.identity, 'IDENTITY_METHOD_STAFF_BADGE');
    await waitFor(
      () =>
        envelopes('lock-02', 'telemetry').find((e) =>
          e.env.telemetry?.compartments?.some((c) => c.number === 2 && c.occupied && c.documentRef === 'DSI-BIR-2026-004512'),
        ),
      { timeoutMs: 10_000, what: 'telemetry with compartment 2 occupied' },
    );

    locker.pickup('583-920');
    const pick = await waitFor(() => envelopes('lock-02', 'tx').find((e) => e.env.deviceTxId === 'LK-000002'), {
      timeoutMs: 10_000,
      what: 'pickup at the core',
    });
    const pa = (fields(pick.raw).transaction as ProtoFields).locker as ProtoFields;
    assert.equal(pa.action, 'LOCKER_ACTION_TYPE_PICKUP');
    assert.match(String(pa.pickup_code_hash), /^[0-9a-f]{64}$/);
    assert.ok(!pick.raw.includes('583-920') && !pick.raw.includes('583920'), 'the pickup code never leaves the site in clear');

    locker.forceDoor(3);
    const ev = await waitFor(() => envelopes('lock-02', 'event').find((e) => e.env.event?.code === 'DOOR_FORCED'), {
      timeoutMs: 10_000,
      what: 'door alarm at the core',
    });
    const e = fields(ev.raw).event as ProtoFields;
    assert.equal(e.compartment, 3);
    assert.equal(e.severity, 'SEVERITY_CRITICAL');
    assert.equal(e.active, true);
    locker.closeDoor(3);
  });

  it('openCompartment as a method call: the door opens on the controller, the result is "succeeded" and reaches the core', async () => {
    const answer = await gw.opcua.deliver('lock-02', { commandId: 'direct-1', openCompartment: { compartment: 1 } }, Date.now() + 10_000);
    assert.deepEqual(answer, { state: 'succeeded', reason: 'compartment 1 opened' });
    assert.equal(locker.compartments[0]!.door, 'open');
    await waitFor(
      () =>
        envelopes('lock-02', 'telemetry').find((t) =>
          t.env.telemetry?.compartments?.some((c) => c.number === 1 && c.door === pb.DoorState.DOOR_STATE_OPEN),
        ),
      { timeoutMs: 10_000, what: 'telemetry with door 1 open' },
    );
    locker.closeDoor(1);

    await command({ commandId: 'core-open-4', openCompartment: { compartment: 4, reason: 'citizen assisted by phone' } });
    await waitFor(() => resultsOf('core-open-4').some((r) => r.state === pb.CommandState.COMMAND_STATE_SUCCEEDED), {
      timeoutMs: 10_000,
      what: 'succeeded result at the core',
    });
    assert.deepEqual(
      resultsOf('core-open-4').map((r) => pb.CommandState[r.state!]),
      ['COMMAND_STATE_RECEIVED', 'COMMAND_STATE_DELIVERED', 'COMMAND_STATE_SUCCEEDED'],
    );
    assert.equal(locker.compartments[3]!.door, 'open');
    locker.closeDoor(4);

    const missing = await gw.opcua.deliver('lock-02', { commandId: 'direct-2', openCompartment: { compartment: 9 } }, Date.now() + 10_000);
    assert.equal(missing.state, 'failed');
    assert.match(missing.reason, /compartment 9 does not exist/);
  });

  it('setServiceMode as a write: the controller goes out of service and the core sees the new state', async () => {
    await command({ commandId: 'core-mode-1', setServiceMode: { mode: pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE, reason: 'cleaning' } });
    await waitFor(() => resultsOf('core-mode-1').some((r) => r.state === pb.CommandState.COMMAND_STATE_SUCCEEDED), {
      timeoutMs: 10_000,
      what: 'setServiceMode succeeded',
    });
    assert.equal(locker.mode, 'out_of_service');
    await waitFor(() => envelopes('lock-02', 'state').find((e) => e.env.state?.mode === pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE), {
      timeoutMs: 10_000,
      what: 'out-of-service state at the core',
    });
    const refused = await gw.opcua.deliver('lock-02', { commandId: 'direct-3', openCompartment: { compartment: 2 } }, Date.now() + 10_000);
    assert.deepEqual(refused, { state: 'failed', reason: 'the machine answered out_of_service' });
    const back = await gw.opcua.deliver(
      'lock-02',
      { commandId: 'direct-4', setServiceMode: { mode: pb.ServiceMode.SERVICE_MODE_IN_SERVICE } },
      Date.now() + 10_000,
    );
    assert.equal(back.state, 'succeeded');
    assert.equal(locker.mode, 'in_service');
  });

  it('OPC-UA server restarted mid-stream: the gateway reconnects, subscriptions come back, no transaction is recorded twice', async () => {
    const sessionsBefore = gw.opcua.connector('lock-02')!.sessions;
    const onlineStates = () => envelopes('lock-02', 'state').filter((e) => e.env.state?.online).length;
    const onlineBefore = onlineStates();
    await server.stop();
    // the controller keeps working while only its OPC-UA server is down
    locker.deposit(3, 'IAM-LIC-2026-0193', '111-222');
    locker.deposit(4, 'DSAL-PERMIT-2026-077', '333-444');
    await waitFor(() => envelopes('lock-02', 'state').at(-1)?.env.state?.online === false, {
      timeoutMs: 10_000,
      what: 'offline state at the core',
    });
    assert.equal(gw.stats.get('lock-02').online, false);
    await waitFor(() => gw.opcua.connector('lock-02')!.attempts > 0 && !gw.opcua.isConnected('lock-02'), {
      timeoutMs: 5000,
      what: 'reconnecting',
    });

    server = new LockerOpcuaServer(locker, serverOptions());
    await server.start();
    await waitFor(() => onlineStates() > onlineBefore, { timeoutMs: 15_000, what: 'online again at the core' });
    assert.ok(gw.opcua.connector('lock-02')!.sessions > sessionsBefore, 'a new session');
    await waitFor(() => ['LK-000003', 'LK-000004'].every((id) => txIdsAtCore().includes(id)), {
      timeoutMs: 10_000,
      what: 'transactions from the outage at the core',
    });

    // the subscriptions are live again: something new arrives
    locker.pickup('111-222');
    await waitFor(() => txIdsAtCore().includes('LK-000005'), { timeoutMs: 10_000, what: 'a pickup after the restart' });
    const ids = txIdsAtCore();
    assert.deepEqual([...ids].sort(), [...new Set(ids)].sort(), `each transaction once at the core: ${ids.join(', ')}`);
    assert.deepEqual(
      new Set(ids),
      new Set(locker.transactionLog.map((t) => (JSON.parse(t) as { txId: string }).txId)),
      'the whole log, no more',
    );
  });

  it("a gateway restart does not store the controller's log again, and keeps its OPC-UA certificate", async () => {
    const certFile = clientCertificateFile(join(stateDir(config), 'opcua-pki'));
    const cert = readFileSync(certFile, 'utf8');
    await gw.stop();
    await startGateway();
    locker.deposit(1, 'DSI-BIR-2026-004600', '555-666');
    await waitFor(() => txIdsAtCore().includes('LK-000006'), { timeoutMs: 15_000, what: 'a deposit after the gateway restart' });
    const ids = txIdsAtCore();
    assert.equal(ids.length, new Set(ids).size, `each transaction once at the core: ${ids.join(', ')}`);
    assert.equal(readFileSync(certFile, 'utf8'), cert, 'the certificate is created once and kept');
  });

  it('stale data: a controller that stops while its server answers is reported, shown offline, and back when data resumes', async () => {
    const staleLogs = () => logLines((l) => l.code === 'GW_OPCUA_STALE' && l.deviceId === 'lock-02' && l.level === 40).length;
    const before = staleLogs();
    locker.freeze();
    const raised = await waitFor(
      () => envelopes('lock-02', 'event').find((e) => e.env.event?.code === 'GW_OPCUA_STALE' && e.env.event.active),
      { timeoutMs: 10_000, what: 'stale event at the core' },
    );
    assert.equal(fields(raised.raw).event && (fields(raised.raw).event as ProtoFields).severity, 'SEVERITY_WARNING');
    await waitFor(() => !gw.stats.get('lock-02').online, { timeoutMs: 5000, what: 'lock-02 offline in the stats' });
    await waitFor(() => envelopes('lock-02', 'state').at(-1)?.env.state?.online === false, {
      timeoutMs: 5000,
      what: 'offline state at the core',
    });
    locker.resume();
    await waitFor(() => envelopes('lock-02', 'event').find((e) => e.env.event?.code === 'GW_OPCUA_STALE' && !e.env.event.active), {
      timeoutMs: 10_000,
      what: 'stale cleared at the core',
    });
    await waitFor(() => gw.stats.get('lock-02').online, { timeoutMs: 5000, what: 'lock-02 online again' });
    assert.equal(staleLogs() - before, 1, 'logged once');
  });

  it('wrong credentials: a coded error logged once, slow bounded retries, the rest of the gateway unaffected', async () => {
    const authLogs = () => logs.slice(gatewayLogStart).filter((l) => l.code === 'GW_OPCUA_AUTH' && l.deviceId === 'lock-03');
    await waitFor(() => authLogs().length > 0, { timeoutMs: 10_000, what: 'GW_OPCUA_AUTH logged for lock-03' });
    assert.match(String(authLogs()[0]!.msg), /refused the gateway's credentials.*opcua\.auth/);
    assert.equal(authLogs()[0]!.level, 50, 'an error: it needs a person');
    const s = gw.stats.get('lock-03');
    assert.equal(s.online, false);
    assert.equal(s.lastError?.code, 'GW_OPCUA_AUTH');
    // Count the logins the server sees with the wrong password over a few seconds. With reconnectMinMs 10 a fast loop
    // would make hundreds; refusedRetryMs allows one per 1.5-2.25 s.
    const windowMs = 4000;
    const before = server.logins('gateway').failed;
    await sleep(windowMs);
    const attempts = server.logins('gateway').failed - before;
    assert.ok(attempts >= 1, `it keeps trying (${attempts} attempts in ${windowMs} ms)`);
    assert.ok(attempts <= Math.ceil(windowMs / REFUSED_RETRY_MS), `no fast loop: ${attempts} attempts in ${windowMs} ms`);
    assert.equal(authLogs().length, 1, 'logged once, however many attempts');

    assert.equal(gw.stats.get('lock-02').online, true, 'the other OPC-UA machine is unaffected');
    const vend = await connectDevice(`mqtt://127.0.0.1:${gw.broker.port}`, 'vend-01', 'vend-secret');
    try {
      await publishJson(vend, 'devices/vend-01/tx', vendingSale('V-1'));
      await waitFor(() => envelopes('vend-01', 'tx').find((e) => e.env.deviceTxId === 'V-1'), {
        timeoutMs: 10_000,
        what: "the MQTT machine's sale at the core",
      });
    } finally {
      await vend.endAsync(true);
    }
  });

  it('a config reload (SIGHUP) with the right password brings the refused machine online; the others keep their sessions', async () => {
    const sessions = gw.opcua.connector('lock-02')!.sessions;
    const next = structuredClone(raw);
    next.devices[2].opcua.auth.passwordEnv = 'PW_LOCK02';
    gw.reload(checkConfig(next));
    await waitFor(() => gw.stats.get('lock-03').online, { timeoutMs: 15_000, what: 'lock-03 online after the reload' });
    await waitFor(() => envelopes('lock-03', 'state').find((e) => e.env.state?.online), {
      timeoutMs: 10_000,
      what: 'lock-03 state at the core',
    });
    assert.equal(gw.opcua.connector('lock-02')!.sessions, sessions, 'an unchanged machine is not reconnected');
  });
});
