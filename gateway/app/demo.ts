// `npm start`: the gateway on an embedded default, with simulated machines (one of each kind) publishing through its
// device broker exactly as real firmware would, and a stand-in core broker in the same process. A real site points
// uplink.url at the central core instead.
import { randomBytes, randomInt } from 'node:crypto';
import { createServer as createTcpServer } from 'node:net';
import { join } from 'node:path';
import { Aedes } from 'aedes';
import mqtt from 'mqtt';
import { derivePickupKey, pickupCodeMac } from '../../devices/common/keyed-hash.ts';
import { SimulatedMachine } from '../../devices/sim/mqtt-machine.ts';
import { kindEntry, KINDS, type Kind } from '../../devices/registry.ts';
import { pb } from '../../proto/index.ts';
import { stopOnSignals } from '../../base/signals.ts';
import { checkConfig } from '../config/load.ts';
import { Controller } from '../controller.ts';
import { createLogger } from '../../base/log.ts';
import { TimeServer } from '../../core/time-server.ts';

/** One simulated MQTT machine of every kind, as its registry entry names it (devices/registry.ts). */
const DEMO_DEVICES: { id: string; kind: Kind; rate: number }[] = KINDS.map((kind) => {
  const { deviceId, rate } = kindEntry(kind).simulator.demo;
  return { id: deviceId, kind, rate };
});

/** The preferred port when it is free, else one the OS picks: a demo must start even where 1883 is taken. */
function portOr(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const s = createTcpServer();
    s.once('error', () => resolve(0));
    s.listen(preferred, '127.0.0.1', () => s.close(() => resolve(preferred)));
  });
}

/** A loopback port the OS picks (node-opcua needs a real port number to put in its endpoint URL). */
function anyPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createTcpServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(a && typeof a === 'object' ? a.port : 0));
    });
  });
}

async function startStandInCore(port: number): Promise<{ port: number; close(): Promise<void> }> {
  const broker = await Aedes.createBroker();
  const server = createTcpServer(broker.handle);
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  const addr = server.address();
  return {
    port: addr && typeof addr === 'object' ? addr.port : port,
    close: () =>
      new Promise<void>((r) => {
        server.close();
        broker.close(() => r());
      }),
  };
}

export async function runDemo(_args: string[]): Promise<void> {
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'info', pretty: true });
  const core = await startStandInCore(await portOr(1884));
  log.warn(
    { component: 'demo' },
    `STAND-IN core broker on mqtt://127.0.0.1:${core.port} (in this process). A real site sets uplink.url to the central core.`,
  );
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The stand-in core's master key for pickup codes; the site gets only its derived key (devices/locker/README.md).
  const pickupMaster = randomBytes(32);
  env.DEMO_PICKUP_KEY = derivePickupKey(pickupMaster, 'mo-demo-01').toString('hex');
  const passwords = new Map<string, string>();
  for (const d of DEMO_DEVICES) {
    const pw = randomBytes(12).toString('hex');
    passwords.set(d.id, pw);
    env[`DEMO_${d.id.replace(/\W/g, '_').toUpperCase()}_PASSWORD`] = pw;
  }
  // One locker controller that speaks OPC-UA instead of MQTT (devices/locker/README.md, "OPC-UA"): lock-02.
  const { LockerController, LockerOpcuaServer, lockerSimMapping } = await import('../../devices/locker/sim/opcua-server.ts');
  // the simulator forgets its transaction counter between runs, a real controller does not: a run stamp keeps txIds unique
  const opcuaLocker = new LockerController({ compartments: 12, txPrefix: `LK02-${Date.now().toString(36)}` });
  const opcuaPassword = randomBytes(12).toString('hex');
  env.DEMO_LOCK02_OPCUA_PASSWORD = opcuaPassword;
  const opcuaServer = new LockerOpcuaServer(opcuaLocker, {
    port: (await portOr(4840)) || (await anyPort()),
    pkiDir: join(process.cwd(), 'state', 'demo-opcua-simulator-pki'),
    users: { gateway: opcuaPassword },
  });
  opcuaLocker.start();
  await opcuaServer.start();
  log.info({ component: 'demo', deviceId: 'lock-02' }, `simulated OPC-UA locker controller on ${opcuaServer.endpointUrl}`);
  const config = checkConfig({
    site: { id: 'mo-demo-01', name: 'Demo 24-hour self-service centre' },
    broker: { host: '127.0.0.1', port: await portOr(1883) },
    devices: [
      ...DEMO_DEVICES.map((d) => ({
        id: d.id,
        kind: d.kind,
        transport: 'mqtt',
        passwordEnv: `DEMO_${d.id.replace(/\W/g, '_').toUpperCase()}_PASSWORD`,
      })),
      {
        id: 'lock-02',
        kind: 'locker',
        transport: 'opcua',
        name: 'Locker bank (OPC-UA controller)',
        opcua: {
          endpointUrl: opcuaServer.endpointUrl,
          auth: { type: 'userName', userName: 'gateway', passwordEnv: 'DEMO_LOCK02_OPCUA_PASSWORD' },
          mapping: lockerSimMapping(12),
        },
      },
    ],
    uplink: { url: `mqtt://127.0.0.1:${core.port}`, topicPrefix: 'gov/v1/site', reconnectMinMs: 200, reconnectMaxMs: 5000 },
    spool: { dir: join(process.cwd(), 'state', 'demo', 'spool'), maxBytes: 256 * 1024 * 1024, segmentBytes: 8 * 1024 * 1024 },
    http: { host: '127.0.0.1', port: await portOr(8080) },
    pickups: { codeKeyEnv: 'DEMO_PICKUP_KEY' },
    log: { level: 'info', pretty: true },
  });
  const ctl = new Controller(config, log, env);
  await ctl.start();

  // What the core sees: count envelopes per kind of body, as a central subscriber would.
  const seen = { envelopes: 0, last: '' };
  const watcher = await mqtt.connectAsync(`mqtt://127.0.0.1:${core.port}`, { clientId: 'demo-core-watcher', protocolVersion: 4 });
  await watcher.subscribeAsync('gov/v1/site/+/+/+', { qos: 1 });
  watcher.on('message', (topic, payload) => {
    // The stand-in core's own commands, and the clock exchange with its time responder: not envelopes.
    if (topic.endsWith('/cmd') || topic.endsWith('/time/req') || topic.endsWith('/time/res')) return;
    seen.envelopes++;
    try {
      const env = pb.Envelope.decode(payload);
      seen.last = `${topic} seq=${env.sequence} ${env.body ?? ''}${env.deviceTxId ? ` txId=${env.deviceTxId}` : ''}`;
    } catch {
      seen.last = `${topic} (undecodable)`;
    }
  });

  // The stand-in core sends lock-01 its documents ready for collection, codes protected by the site's pickup key.
  const siteKey = derivePickupKey(pickupMaster, 'mo-demo-01');
  const items = [12, 7, 3].map((compartment) => {
    const codeSalt = randomBytes(9).toString('base64url');
    return {
      documentRef: `DSI-BIR-2026-${String(4500 + compartment).padStart(6, '0')}`,
      compartment,
      codeSalt,
      codeMac: pickupCodeMac(siteKey, codeSalt, String(randomInt(1e6)).padStart(6, '0')),
      expiresMs: Date.now() + 7 * 86_400_000,
    };
  });
  const list = pb.Command.encode({
    commandId: `demo-list-${Date.now()}`,
    siteId: 'mo-demo-01',
    deviceId: 'lock-01',
    issuedMs: Date.now(),
    deadlineMs: Date.now() + 300_000,
    refreshPickupList: { items },
  }).finish();
  await watcher.publishAsync('gov/v1/site/mo-demo-01/lock-01/cmd', Buffer.from(pb.SignedCommand.encode({ command: list }).finish()), {
    qos: 1,
  });

  const url = `mqtt://127.0.0.1:${ctl.broker.port}`;
  const sims: SimulatedMachine[] = [];
  for (const d of DEMO_DEVICES) {
    const sim = new SimulatedMachine({
      url,
      deviceId: d.id,
      password: passwords.get(d.id)!,
      kind: d.kind,
      rate: d.rate,
      badShare: 0.02,
      peaks: false,
    });
    try {
      await sim.start();
      sims.push(sim);
    } catch (e) {
      log.warn({ component: 'demo', deviceId: d.id, err: (e as Error).message }, 'simulator not available for this kind');
    }
  }
  log.info({ component: 'demo' }, `devices connect to ${url}; core topics gov/v1/site/mo-demo-01/#; Ctrl-C stops everything`);
  log.info(
    { component: 'demo' },
    `status page: ${ctl.http.address} (JSON at ${ctl.http.address}api/status, Prometheus at ${ctl.http.address}metrics)`,
  );

  const summary = setInterval(() => {
    const s = ctl.spool.stats();
    log.info(
      { component: 'demo' },
      `in ${ctl.stats.totalReceived} | rejected ${ctl.stats.totalRejected} | out ${ctl.uplink.sent} | ` +
        `queued ${s.depth} | core got ${seen.envelopes} | last: ${seen.last}`,
    );
  }, 5000);

  // deposits and pickups at the OPC-UA locker, as staff and citizens would make them
  // The core's time responder, so the gateway measures its clock against the stand-in core's (GatewayHealth's clock).
  const time = new TimeServer({ url: `mqtt://127.0.0.1:${core.port}`, prefix: 'gov/v1/site' });
  await time.start();
  const lockerTraffic = setInterval(() => opcuaLocker.randomTraffic(), 4000);

  await stopOnSignals(async () => {
    clearInterval(summary);
    clearInterval(lockerTraffic);
    for (const s of sims) await s.stop();
    await watcher.endAsync(true);
    await time.stop();
    await ctl.stop();
    await opcuaServer.stop();
    opcuaLocker.stop();
    await core.close();
  }, log);
}
