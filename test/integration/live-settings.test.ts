// Settings applied live (issue 16, gateway/remote-config/live-settings.ts): a real mosquitto core, the gateway as a child
// process, a real MQTT machine that stays connected throughout. A SIGHUP reload and a remote config each change
// broker.deviceBudget, and the machine over the new limit is limited at its next publishes, on the same connection and
// the same process; a remote health.intervalS change makes the health message come at the new interval.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { MqttClient } from 'mqtt';
import { pb } from '../../proto/index.ts';
import { configPusher, waitConfigResult, type ConfigPush } from '../../harness/core-config.ts';
import { coreKeyPair } from '../../harness/core-keys.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { connectDevice, publishJson } from '../../harness/device.ts';
import { startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';

const SITE = 'mo-live-01';
const PREFIX = `gov/v1/site/${SITE}`;
const LENIENT = { messagesPerS: 1000, burst: 1000 };
const STRICT = { messagesPerS: 1, burst: 2 };

/** edge_gateway_device_limited_total for vend-01's dropped QoS 0 publishes (0 when absent). */
function dropped(metrics: string): number {
  for (const line of metrics.split('\n')) {
    if (!line.startsWith('edge_gateway_device_limited_total{')) continue;
    if (line.includes('device="vend-01"') && line.includes('code="GW_DEVICE_RATE_LIMITED"') && line.includes('action="dropped"')) {
      return Number(line.split(' ').pop());
    }
  }
  return 0;
}

describe('settings applied live', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let gw: GatewayFixture;
  let results: CoreListener;
  let health: CoreListener;
  let txs: CoreListener;
  let push: ConfigPush;
  let machine: MqttClient;
  let machineClosed = false;
  let sent = 0;

  const metrics = async () => (await fetch(`http://127.0.0.1:${gw.httpPort}/metrics`)).text();
  /** 20 QoS 0 sales at once, on the machine's one connection. */
  const burst = async () => {
    for (let i = 0; i < 20; i++) {
      await publishJson(machine, 'devices/vend-01/tx', { ...SALE, txId: `L-${sent++}` }, 0);
    }
  };
  /** The drop count stops moving: every publish of the last burst has been judged (QoS 0 has no reply to wait for). */
  const settled = async () => {
    let last = -1;
    await waitFor(
      async () => {
        const now = dropped(await metrics());
        const still = now === last;
        last = now;
        return still;
      },
      { timeoutMs: 10_000, intervalMs: 250, what: 'the drop count settled' },
    );
  };
  const sighup = async (edit: (cfg: Record<string, any>) => void) => {
    const cfg = JSON.parse(readFileSync(gw.configPath, 'utf8')) as Record<string, any>;
    edit(cfg);
    writeFileSync(gw.configPath, JSON.stringify(cfg, null, 2));
    const mark = gw.child.mark();
    gw.child.kill('SIGHUP');
    return gw.child.waitForJsonLog((l) => l.msg === 'config reloaded', 10_000, { after: mark });
  };

  before(async () => {
    tmp = await tempDir('eg-live-');
    core = await startMosquitto();
    results = await listenCore(core.url, [`${PREFIX}/config/result`]);
    health = await listenCore(core.url, [`${PREFIX}/health`]);
    txs = await listenCore(core.url, [`${PREFIX}/+/tx`]);
    const key = coreKeyPair(tmp.path, 'config');
    push = configPusher(core.url, SITE, key.privateKey);
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: SITE,
      uplink: { configKey: key.publicKeyFile },
      broker: { deviceBudget: LENIENT },
      extra: { health: { intervalS: 3600 }, remoteConfig: { confirmAfterS: 5 } },
      devices: [{ id: 'vend-01', kind: 'vending', password: 'pw-vend-01' }],
    });
    await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 10_000);
    machine = await connectDevice(gw.brokerUrl, 'vend-01', 'pw-vend-01');
    machine.on('close', () => {
      machineClosed = true;
    });
  });

  after(async () => {
    await machine?.endAsync(true);
    await gw?.stop();
    await results?.close();
    await health?.close();
    await txs?.close();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('SIGHUP: a stricter broker.deviceBudget limits the connected machine at once, a lenient one frees it', async () => {
    const pid = gw.child.pid;
    await burst();
    assert.equal(dropped(await metrics()), 0, 'within the lenient budget nothing is dropped');

    const log = await sighup((cfg) => {
      cfg.broker.deviceBudget = STRICT;
    });
    assert.deepEqual(log.added, []);
    assert.deepEqual(log.changed, []);
    assert.ok(!gw.child.lines().some((l) => /take effect after a restart/.test(l.text)), 'no restart asked for');
    await burst();
    await waitFor(async () => dropped(await metrics()) >= 15, { timeoutMs: 10_000, what: 'QoS 0 over the new rate dropped' });
    await settled();

    await sighup((cfg) => {
      cfg.broker.deviceBudget = LENIENT;
    });
    const before = dropped(await metrics());
    await burst();
    assert.equal(dropped(await metrics()), before, 'the lenient budget again: nothing more is dropped');
    assert.equal(machineClosed, false, 'the machine kept its connection');
    assert.equal(gw.child.pid, pid);
    assert.ok(gw.child.running);
  });

  it('SIGHUP: uplink.maxRate holds at once for what the machine sends next, on the same uplink connection', async () => {
    const RATE = 20;
    const pid = gw.child.pid;
    const connects = gw.child.lines().filter((l) => /connected to core/.test(l.text)).length;
    const log = await sighup((cfg) => {
      cfg.uplink.maxRate = RATE;
    });
    assert.deepEqual(log.live, ['uplink.maxRate']);
    const ids = new Set<string>();
    const startedAt = Date.now();
    for (let i = 0; i < 3 * RATE; i++) {
      const txId = `R-${sent++}`;
      ids.add(txId);
      await publishJson(machine, 'devices/vend-01/tx', { ...SALE, txId }, 1);
    }
    const arrived = () => txs.messages.filter((m) => ids.has(pb.Envelope.decode(m.payload).deviceTxId));
    await waitFor(() => arrived().length === ids.size, { timeoutMs: 20_000, what: `${ids.size} sales at the core` });
    // At most a second's worth at once plus the rate since (an upper bound: a busy machine only delivers later). Without
    // the new limit all 60 would arrive within milliseconds of their PUBACKs.
    for (const [i, t] of arrived()
      .map((m) => m.receivedAt)
      .sort((a, b) => a - b)
      .entries()) {
      const allowed = RATE * (1 + (t - startedAt) / 1000) + 1;
      assert.ok(i + 1 <= allowed, `${i + 1} at the core ${t - startedAt} ms after the first publish; at most ${Math.floor(allowed)}`);
    }
    await sighup((cfg) => {
      cfg.uplink.maxRate = 0;
    });
    assert.equal(gw.child.lines().filter((l) => /connected to core/.test(l.text)).length, connects, 'the uplink never reconnected');
    assert.equal(gw.child.pid, pid);
  });

  it('remote config: a stricter deviceBudget is applied live (no restart section) and limits the machine at once', async () => {
    const before = dropped(await metrics());
    await push(1, { broker: { deviceBudget: STRICT } });
    const applied = await waitConfigResult(results, 1, 'APPLIED');
    assert.deepEqual(applied.restartSections, []);
    await burst();
    await waitFor(async () => dropped(await metrics()) >= before + 15, { timeoutMs: 10_000, what: 'dropped under the remote budget' });
    assert.equal(machineClosed, false);
    assert.ok(gw.child.running);
  });

  it('remote config: health.intervalS takes effect live', async () => {
    const intervals = () => health.messages.filter((m) => pb.GatewayHealth.decode(m.payload).reason === 'interval');
    assert.equal(intervals().length, 0, 'at 3600 s no interval message yet');
    await push(2, { broker: { deviceBudget: STRICT }, health: { intervalS: 5 } });
    const applied = await waitConfigResult(results, 2, 'APPLIED');
    assert.deepEqual(applied.restartSections, []);
    await waitFor(() => intervals().length >= 2, { timeoutMs: 20_000, what: 'two interval health messages at 5 s' });
    const [a, b] = intervals().slice(-2);
    const gap = b!.receivedAt - a!.receivedAt;
    assert.ok(gap >= 4000, `interval messages ${gap} ms apart, not sooner than the new interval`);
    assert.ok(gw.child.running);
  });
});

const SALE = {
  time: '2026-11-22T09:30:00Z',
  type: 'sale',
  items: [{ sku: 'FORM-A12', qty: 2, unitPrice: 500 }],
  total: 1000,
  currency: 'MOP',
  payment: 'cash',
};
