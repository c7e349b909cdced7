// Health upstream and clock trust (issue 15) with real parts: the gateway as a process, mosquitto as the core behind a
// TCP proxy that cuts the uplink, the core's time responder with a shifted clock, real MQTT machines with right, fast
// and reset clocks. What the core sees is read by protoc from the retained {topicPrefix}/{siteId}/health.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { MqttClient } from 'mqtt';
import { chromium } from 'playwright-core';
import { TimeServer } from '../../core/time-server.ts';
import { listenCore, type CoreListener, type CoreMessage } from '../../harness/core-listener.ts';
import { connectDevice, publishJson } from '../../harness/device.ts';
import { startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { asList, protocDecode, protocFields, type ProtoFields } from '../../harness/protoc.ts';
import { startProxy, type TcpProxy } from '../../harness/tcp-proxy.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';
import { pb } from '../../proto/index.ts';
import { vendingSale } from '../../harness/sale.ts';

const SITE = 'mo-health-01';
const PREFIX = 'gov/v1/site';
const HEALTH = `${PREFIX}/${SITE}/health`;
const CORE_AHEAD_MS = 120_000;
const TEN_MIN = 600_000;
const CHROMIUM = '/usr/bin/chromium';

let txNo = 0;
function sale(timeMs: number) {
  txNo++;
  return vendingSale(`H-${txNo}`, { time: new Date(timeMs).toISOString() });
}

const health = (m: CoreMessage): ProtoFields => protocFields(protocDecode('GatewayHealth', m.payload));
const machine = (h: ProtoFields, id: string) => (asList(h.machines) as ProtoFields[]).find((m) => m.device_id === id);
const spoolClass = (h: ProtoFields, cls: string) =>
  (asList((h.spool as ProtoFields).classes) as ProtoFields[]).find((c) => c.spool_class === cls) ?? {};

describe('health upstream and clock trust', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let proxy: TcpProxy;
  let time: TimeServer;
  let gw: GatewayFixture;
  let listener: CoreListener;
  const machines: MqttClient[] = [];

  before(async () => {
    tmp = await tempDir('eg-health-');
    core = await startMosquitto();
    proxy = await startProxy(core.port);
    time = new TimeServer({ url: core.url, prefix: PREFIX, group: 'health-test', clock: () => Date.now() + CORE_AHEAD_MS });
    await time.start();
    listener = await listenCore(core.url, [HEALTH, `${PREFIX}/${SITE}/status`]);
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: `mqtt://127.0.0.1:${proxy.port}`,
      siteId: SITE,
      devices: [
        { id: 'vend-right', kind: 'vending', password: 'right-secret-1' },
        { id: 'vend-fast', kind: 'vending', password: 'fast-secret-1' },
        { id: 'vend-1970', kind: 'vending', password: 'reset-secret-1' },
        { id: 'lock-never', kind: 'locker', password: 'never-secret-1' },
      ],
      extra: { health: { intervalS: 5, minGapMs: 300 }, clock: { maxSkewMs: 60_000, probeIntervalS: 5 } },
    });
  });

  after(async () => {
    for (const m of machines) await m.endAsync(true);
    await listener?.close();
    await gw?.stop();
    await time?.stop();
    await proxy?.close();
    await core?.stop();
    await tmp?.cleanup();
  });

  async function latestHealth(what: string, pred: (h: ProtoFields) => boolean, timeoutMs = 20_000): Promise<ProtoFields> {
    return waitFor(
      () => {
        const last = listener.messages.filter((m) => m.topic === HEALTH).at(-1);
        const h = last && health(last);
        return h && pred(h) ? h : undefined;
      },
      { timeoutMs, intervalMs: 100, what },
    );
  }

  it('the birth names the health topic, and the retained health lists every machine and the spool', async () => {
    const birth = await listener.waitFor((m) => m.topic.endsWith('/status'), 15_000);
    assert.equal(pb.SiteStatus.decode(birth.payload).healthTopic, HEALTH);
    const h = await latestHealth('a health message', (x) => (x.uplink as ProtoFields | undefined)?.connected === true);
    assert.equal(h.site_id, SITE);
    assert.match(String(h.config_hash), /^[0-9a-f]{64}$/);
    assert.deepEqual(
      (asList(h.machines) as ProtoFields[]).map((m) => m.device_id),
      ['vend-right', 'vend-fast', 'vend-1970', 'lock-never'],
    );
    assert.equal(machine(h, 'lock-never')!.kind, 'DEVICE_KIND_LOCKER');
    assert.deepEqual(
      (asList((h.spool as ProtoFields).classes) as ProtoFields[]).map((c) => c.spool_class),
      ['tx', 'telemetry', 'state'],
    );
    assert.ok(Number((h.spool as ProtoFields).quota_bytes) > 0);
    // A subscriber that comes later gets it at once: it is retained.
    const late = await listenCore(core.url, HEALTH);
    try {
      const m = await late.waitFor(() => true, 5000);
      assert.equal(m.retain, true);
    } finally {
      await late.close();
    }
  });

  it("measures the gateway's offset to a core 2 minutes ahead within its uncertainty, and flags it", async () => {
    const h = await latestHealth('a clock estimate', (x) => (x.clock as ProtoFields | undefined)?.known === true);
    const c = h.clock as ProtoFields;
    assert.ok(Math.abs(Number(c.offset_ms) - CORE_AHEAD_MS) <= Number(c.uncertainty_ms), `offset ${c.offset_ms} +- ${c.uncertainty_ms}`);
    assert.equal(c.skewed, true);
    const metrics = await (await fetch(`http://127.0.0.1:${gw.httpPort}/metrics`)).text();
    assert.match(metrics, /^edge_gateway_clock_skewed 1$/m);
    const offset = Number(/^edge_gateway_clock_offset_ms (\S+)$/m.exec(metrics)?.[1]);
    assert.ok(Math.abs(offset - CORE_AHEAD_MS) <= Number(c.uncertainty_ms) + 5, `metrics offset ${offset}`);
    await gw.child.waitForJsonLog((l) => l.code === 'GW_CLOCK_SKEW', 5000);
  });

  it('reports a machine 10 minutes ahead as skewed and one reset to 1970 as jumped, not trusted', async () => {
    const right = await connectDevice(gw.brokerUrl, 'vend-right', 'right-secret-1');
    const fast = await connectDevice(gw.brokerUrl, 'vend-fast', 'fast-secret-1');
    const reset = await connectDevice(gw.brokerUrl, 'vend-1970', 'reset-secret-1');
    machines.push(right, fast, reset);
    for (let i = 0; i < 4; i++) {
      await publishJson(right, 'devices/vend-right/tx', sale(Date.now()));
      await publishJson(fast, 'devices/vend-fast/tx', sale(Date.now() + TEN_MIN));
      await publishJson(reset, 'devices/vend-1970/tx', sale(5000 + i * 1000));
    }
    const h = await latestHealth(
      'machine clocks in the health',
      (x) => Number(machine(x, 'vend-right')?.received ?? 0) === 4 && (machine(x, 'vend-fast')?.clock as ProtoFields)?.skewed === true,
    );
    const fastClock = machine(h, 'vend-fast')!.clock as ProtoFields;
    assert.ok(Math.abs(Number(fastClock.offset_ms) - TEN_MIN) < 5000, `offset ${fastClock.offset_ms}`);
    assert.equal(fastClock.trusted, true, 'steady, only fast');
    const rightClock = machine(h, 'vend-right')!.clock as ProtoFields;
    assert.deepEqual([rightClock.skewed ?? false, rightClock.trusted], [false, true]);
    const resetClock = machine(h, 'vend-1970')!.clock as ProtoFields;
    assert.deepEqual([resetClock.jumped, resetClock.trusted ?? false], [true, false]);
    assert.equal(machine(h, 'vend-right')!.online, true);
    assert.equal(machine(h, 'lock-never')!.online ?? false, false);
    // The same on /api/status and /metrics, and each raised once in the log.
    const status = (await (await fetch(`http://127.0.0.1:${gw.httpPort}/api/status`)).json()) as {
      clock: { devices: Record<string, { skewed: boolean; trusted: boolean }> };
    };
    assert.deepEqual([status.clock.devices['vend-fast']?.skewed, status.clock.devices['vend-1970']?.trusted], [true, false]);
    const metrics = await (await fetch(`http://127.0.0.1:${gw.httpPort}/metrics`)).text();
    assert.match(metrics, /^edge_gateway_device_clock_skewed\{device="vend-fast",kind="vending"\} 1$/m);
    assert.match(metrics, /^edge_gateway_device_clock_trusted\{device="vend-1970",kind="vending"\} 0$/m);
    assert.match(metrics, /^edge_gateway_clock_events_total\{code="GW_DEVICE_CLOCK_JUMP"\} 1$/m);
    const skewLines = gw.child.lines().filter((l) => /"code":"GW_DEVICE_CLOCK_SKEW"/.test(l.text) && /"deviceId":"vend-fast"/.test(l.text));
    assert.equal(skewLines.length, 1, 'logged once per change, not per message');
  });

  it('the status page shows the clock against the core and flags the fast and the reset machine', async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
    const browser = await chromium.launchPersistentContext(join(tmp.path, 'chromium'), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      headless: true,
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(`http://127.0.0.1:${gw.httpPort}/`);
      const clock = page.locator('#uplink-clock');
      await clock.filter({ hasText: 'behind the core' }).waitFor({ timeout: 15_000 });
      assert.match(await clock.innerText(), /Off\s+2\s+min\b.* behind the core \(± \d+ ms\)/);
      const status = (id: string) => page.locator(`tr[data-device="${id}"] [data-field="status"]`).innerText({ timeout: 15_000 });
      await page.locator('tr[data-device="vend-fast"] [data-field="status"]', { hasText: 'Clock' }).waitFor({ timeout: 15_000 });
      assert.match(await status('vend-fast'), /Clock\s+\+10\s+min/);
      assert.match(await status('vend-1970'), /Clock jumped/);
      assert.doesNotMatch(await status('vend-right'), /Clock/);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });

  it('after a cut uplink, the health goes out as soon as it is back, with the backlog that built up', async () => {
    const right = machines[0]!;
    proxy.cut();
    await waitFor(
      async () => {
        const s = (await (await fetch(`http://127.0.0.1:${gw.httpPort}/api/status`)).json()) as { uplink: { connected: boolean } };
        return !s.uplink.connected;
      },
      { timeoutMs: 15_000, what: 'the gateway to see the uplink down' },
    );
    for (let i = 0; i < 6; i++) await publishJson(right, 'devices/vend-right/tx', sale(Date.now()));
    const before = listener.messages.filter((m) => m.topic === HEALTH).length;
    proxy.restore();
    const back = await waitFor(
      () =>
        listener.messages
          .filter((m) => m.topic === HEALTH)
          .slice(before)
          .map(health)
          .find((h) => h.reason === 'uplink_up'),
      { timeoutMs: 20_000, intervalMs: 100, what: 'a health message with reason uplink_up' },
    );
    const tx = spoolClass(back, 'tx');
    assert.ok(Number(tx.depth) >= 6, `tx depth ${tx.depth}: the backlog as it stood when the uplink came back`);
    assert.ok(Number(tx.oldest_unsent_age_ms) > 0);
    assert.ok(Number((back.uplink as ProtoFields).reconnects) >= 1);
    // Then the backlog drains, and a later health says so.
    await latestHealth('the backlog drained', (h) => Number(spoolClass(h, 'tx').depth ?? 0) === 0, 30_000);
  });
});
