// Remote configuration end to end (issue 16): a real mosquitto core, the gateway as a child process restarted the way
// systemd restarts it (any non-zero exit, after a pause), real MQTT machines. The spool is hashed before and after every
// change: nothing but the records the machines append may differ.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import mqtt, { type MqttClient } from 'mqtt';
import { signConfig } from '../../proto/config-signing.ts';
import { pb } from '../../proto/index.ts';
import { configPusher, configResults, configState, waitConfigResult, type ConfigPush } from '../../harness/core-config.ts';
import { coreKeyPair } from '../../harness/core-keys.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { connectDevice, publishJson } from '../../harness/device.ts';
import { CLI, REPO, startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { freePort } from '../../harness/ports.ts';
import { SequentialDevice, saleBytes } from '../../harness/sequential-device.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { sleep, waitFor } from '../../harness/wait.ts';
import { assertOnlyAppended, digest, spoolSnapshot } from './remote-config-spool.ts';

const SITE = 'mo-remote-01';
const PREFIX = `gov/v1/site/${SITE}`;
const CONFIRM_S = 6;
const NEW_MACHINE = { id: 'vend-02', kind: 'vending', transport: 'mqtt', passwordEnv: 'PW_VEND_02' };

/** Restarts the gateway whenever it exits while the test runs, after 300 ms, as systemd's Restart= does (RestartSec). */
function supervise(gw: GatewayFixture): { exits: (number | null)[]; stop(): Promise<void> } {
  let stopping = false;
  const exits: (number | null)[] = [];
  const loop = (async () => {
    while (!stopping && exits.length < 12) {
      const { code } = await gw.child.exited;
      if (stopping) return;
      exits.push(code);
      await sleep(300);
      if (stopping) return;
      // A start that fails (exits before its broker listens) rejects here; the loop then sees that exit too.
      await gw.restart().catch(() => undefined);
    }
  })();
  return {
    exits,
    async stop() {
      stopping = true;
      await gw.stop();
      await loop;
    },
  };
}

describe('remote configuration from the core', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let gw: GatewayFixture;
  let supervisor: ReturnType<typeof supervise>;
  let results: CoreListener;
  let txs: CoreListener;
  let statuses: CoreListener;
  let corePub: MqttClient;
  let coreKey: KeyObject;
  let push: ConfigPush;
  let spoolDir: string;

  const resultsFor = (version: number) => configResults(results, version);
  const waitResult = (version: number, state: string, timeoutMs?: number) => waitConfigResult(results, version, state, timeoutMs);
  /** Everything stored is confirmed and the delivery position saved (cursor.json: within a second of moving). */
  const settled = async () => {
    await waitFor(async () => (await status()).spool.depth === 0, { timeoutMs: 20_000, what: 'spool drained' });
    await sleep(1500);
    return spoolSnapshot(spoolDir);
  };
  const status = async () => (await (await fetch(`http://127.0.0.1:${gw.httpPort}/api/status`)).json()) as Record<string, any>;

  before(async () => {
    tmp = await tempDir('eg-remote-config-');
    core = await startMosquitto();
    results = await listenCore(core.url, [`${PREFIX}/config/result`]);
    txs = await listenCore(core.url, [`${PREFIX}/+/tx`]);
    statuses = await listenCore(core.url, [`${PREFIX}/status`]);
    const key = coreKeyPair(tmp.path, 'config');
    coreKey = key.privateKey;
    push = configPusher(core.url, SITE, coreKey);
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: SITE,
      uplink: { configKey: key.publicKeyFile },
      extra: { remoteConfig: { confirmAfterS: CONFIRM_S } },
      // The new machine's password is in the site's environment; the remote document only names it.
      // EDGE_GATEWAY_SUPERVISED: supervise() below starts it again after an exit, as systemd does (INVOCATION_ID there).
      env: { PW_VEND_02: 'pw-vend-02', EDGE_GATEWAY_SUPERVISED: '1' },
      devices: [{ id: 'vend-01', kind: 'vending', password: 'pw-vend-01' }],
    });
    spoolDir = join(tmp.path, 'spool');
    await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 10_000);
    supervisor = supervise(gw);
    corePub = await mqtt.connectAsync(core.url, { clientId: 'central-config', protocolVersion: 4 });
    // A sale stored before any change, so the spool has records whose bytes the changes must leave alone.
    const m = await connectDevice(gw.brokerUrl, 'vend-01', 'pw-vend-01');
    await publishJson(m, 'devices/vend-01/tx', JSON.parse(saleBytes('vend-01', 0).toString()));
    await m.endAsync(true);
    await waitFor(() => txs.messages.length >= 1, { timeoutMs: 10_000, what: 'the first sale at the core' });
  });

  after(async () => {
    await corePub?.endAsync(true);
    await supervisor?.stop();
    await results?.close();
    await txs?.close();
    await statuses?.close();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('a good config adds a machine live, which can then connect and publish; status and metrics show the version', async () => {
    const before = await settled();
    await push(1, { devices: [NEW_MACHINE], log: { level: 'debug' } });
    const applied = await waitResult(1, 'APPLIED');
    assert.equal(Number(applied.activeVersion), 1);
    assert.deepEqual(applied.restartSections, []);
    assert.deepEqual(supervisor.exits, [], 'applied live, no restart');
    assert.deepEqual(digest(spoolSnapshot(spoolDir)), digest(before), 'the spool is byte for byte as it was');
    const machine = await connectDevice(gw.brokerUrl, 'vend-02', 'pw-vend-02');
    await publishJson(machine, 'devices/vend-02/tx', JSON.parse(saleBytes('vend-02', 1).toString()));
    await machine.endAsync(true);
    await waitFor(() => txs.messages.some((m) => m.topic === `${PREFIX}/vend-02/tx`), {
      timeoutMs: 10_000,
      what: 'vend-02 sale at the core',
    });
    const s = await status();
    assert.equal(s.config.version, 1);
    assert.equal(s.config.lastResult.state, 'applied');
    assert.ok(s.devices.some((d: { id: string }) => d.id === 'vend-02'));
    const metrics = await (await fetch(`http://127.0.0.1:${gw.httpPort}/metrics`)).text();
    assert.match(metrics, /^edge_gateway_config_version 1$/m);
    // The site's retained health message carries it too (published again after the live change).
    await waitFor(() => statuses.messages.some((m) => Number(pb.SiteStatus.decode(m.payload).configVersion) === 1), {
      timeoutMs: 10_000,
      what: 'SiteStatus with config_version 1',
    });
  });

  it(
    "the same version again is answered, not applied twice; an older version, another site's config and " +
      'a bad signature are refused with their codes',
    async () => {
      const before = await settled();
      const forger = generateKeyPairSync('ed25519').privateKey;
      const doc = Buffer.from(JSON.stringify({ devices: [] }));
      await push(2, { devices: [NEW_MACHINE], log: { level: 'info' } });
      await waitResult(2, 'APPLIED');
      // The retained config again (as at every reconnect): its result again, nothing applied twice.
      await push(2, { devices: [NEW_MACHINE], log: { level: 'info' } });
      await waitFor(() => resultsFor(2).filter((r) => configState(r) === 'APPLIED').length === 2, {
        timeoutMs: 10_000,
        what: 'v2 answered twice',
      });
      await push(1, { devices: [] });
      await corePub.publishAsync(`${PREFIX}/config`, signConfig({ siteId: 'mo-other-01', version: 3, document: doc }, coreKey), { qos: 1 });
      await corePub.publishAsync(`${PREFIX}/config`, signConfig({ siteId: SITE, version: 3, document: doc }, forger), { qos: 1 });
      const codeOf = async (version: number, code: string) => {
        const r = await waitFor(() => resultsFor(version).find((x) => x.problems[0]?.code === code), { timeoutMs: 10_000, what: code });
        assert.equal(configState(r), 'REJECTED');
        assert.equal(Number(r.activeVersion), 2);
      };
      await codeOf(1, 'GW_CONFIG_REMOTE_STALE');
      await codeOf(3, 'GW_CONFIG_REMOTE_WRONG_SITE');
      await codeOf(3, 'GW_CONFIG_REMOTE_SIGNATURE');
      const s = await status();
      assert.ok(
        s.devices.some((d: { id: string }) => d.id === 'vend-02'),
        'vend-02 is still configured',
      );
      assert.equal(s.config.highestVersion, 2, "neither the other site's nor the forged version counts");
      assert.equal(s.config.lastResult.version, 2);
      assert.deepEqual(digest(spoolSnapshot(spoolDir)), digest(before));
    },
  );

  it('a wrong uplink URL is rolled back within the confirmation time; a machine publishing throughout loses nothing', async () => {
    const before = spoolSnapshot(spoolDir);
    const device = new SequentialDevice({
      url: gw.brokerUrl,
      deviceId: 'vend-01',
      password: 'pw-vend-01',
      window: 5,
      payload: (n) => saleBytes('vend-01', 1000 + n),
      reconnectMs: 100,
    });
    let produced = 0;
    const producer = setInterval(() => device.sendUpTo(++produced), 50);
    try {
      await waitFor(() => device.acked.size >= 10, { timeoutMs: 10_000, what: 'the machine publishing' });
      const deadPort = await freePort();
      await push(4, { uplink: { url: `mqtt://127.0.0.1:${deadPort}` } });
      const pending = await waitResult(4, 'PENDING_RESTART');
      assert.deepEqual(pending.restartSections, ['uplink']);
      const rolledBack = await waitResult(4, 'ROLLED_BACK', 60_000);
      assert.equal(rolledBack.problems[0]?.code, 'GW_CONFIG_REMOTE_UNHEALTHY');
      assert.match(rolledBack.problems[0]?.message ?? '', /not connected to the core/);
      assert.equal(Number(rolledBack.activeVersion), 2, 'back to version 2');
      // Decided CONFIRM_S after the restarted process began (plus its restart), not later.
      const decidedAfterMs = Number(rolledBack.timeMs) - Number(pending.timeMs);
      assert.ok(decidedAfterMs >= CONFIRM_S * 1000 && decidedAfterMs < (CONFIRM_S + 10) * 1000, `decided after ${decidedAfterMs} ms`);
      assert.deepEqual(supervisor.exits, [75, 75], 'one restart to apply it, one to roll it back');
      await waitFor(async () => (await status()).uplink.connected, { timeoutMs: 10_000, what: 'connected to the core again' });
      const last = produced;
      clearInterval(producer);
      await waitFor(() => device.acked.size === last, { timeoutMs: 20_000, what: 'every sale acknowledged' });
      const atCore = () =>
        new Set(txs.messages.filter((m) => m.topic === `${PREFIX}/vend-01/tx`).map((m) => pb.Envelope.decode(m.payload).deviceTxId));
      await waitFor(() => [...device.acked].every((n) => atCore().has(`vend-01-${1000 + n}`)), {
        timeoutMs: 20_000,
        what: `all ${last} acknowledged sales at the core`,
      });
      assert.ok(device.connects >= 3, 'the machine reconnected across both restarts');
    } finally {
      clearInterval(producer);
      await device.stop();
    }
    assertOnlyAppended(before, spoolSnapshot(spoolDir));
    assert.equal((await status()).config.version, 2);
  });

  it('a config that crashes the gateway at start is abandoned at the next start; the last good one runs', async () => {
    const before = await settled();
    const exitsBefore = supervisor.exits.length;
    // The status page's new port is taken by someone else: the start under test fails (EADDRINUSE) and the process dies.
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as { port: number }).port;
    try {
      await push(5, { http: { port } });
      await waitResult(5, 'PENDING_RESTART');
      const rolledBack = await waitResult(5, 'ROLLED_BACK', 60_000);
      assert.equal(rolledBack.problems[0]?.code, 'GW_CONFIG_REMOTE_CRASHED');
      assert.equal(Number(rolledBack.activeVersion), 2);
      assert.deepEqual(supervisor.exits.slice(exitsBefore), [75, 1], 'the restart to apply it, then the failed start');
      const s = await waitFor(async () => (await status()).config, { timeoutMs: 10_000, what: 'status page back' });
      assert.equal(s.version, 2);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    assert.deepEqual(digest(spoolSnapshot(spoolDir)), digest(before));
    // What an operator sees at the site.
    const shown = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', CLI, 'config', 'show', '--active', '--config', gw.configPath],
      {
        cwd: REPO,
        timeout: 20_000,
      },
    );
    assert.match(shown.stdout, /active: remote version 2 over the site file, confirmed/);
    assert.match(shown.stdout, /last result: version 5 rolled_back .*GW_CONFIG_REMOTE_CRASHED/);
  });
});
