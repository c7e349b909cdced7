// The fleet at the core as an operator sees it (issue 15): Debian's mosquitto as the core, 1,000 simulated sites
// (harness/fleet-sim.ts) plus real gateways as child processes, the fleet view as a child process (`edge-gateway core
// fleet`), and its page in Debian's chromium through playwright-core. The page must list every site trouble first and
// show a site's detail on click; a site whose uplink is cut must turn offline and show its backlog once it is back; a
// skewed clock must be flagged; and /api/fleet and /metrics must agree. Access and a lost core: fleet-access.test.ts.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import mqtt from 'mqtt';
import type { BrowserContext, Page } from 'playwright-core';
import { SimulatedMachine } from '../../devices/sim/mqtt-machine.ts';
import { launchChromium, watchConsole } from '../../harness/browser.ts';
import { FleetSim, SIM_OLD_VERSION, SIM_SKEW_MS } from '../../harness/fleet-sim.ts';
import { startFleetView, type FleetViewFixture } from '../../harness/fleet-view.ts';
import { REPO, startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { startProxy, type TcpProxy } from '../../harness/tcp-proxy.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';
import { parsePrometheus } from '../gateway/status/prom-text.ts';

const OUT = join(REPO, 'test-output');
const SIM_SITES = 1000;
const UI_MS = 20_000;
/** Real gateways: one straight to the core, one behind a proxy that cuts its uplink, one with a machine whose clock is off. */
const DIRECT = 'mo-real-direct';
const CUT = 'mo-real-cut';
const SKEWED = 'mo-real-skew';
const REAL = [DIRECT, CUT, SKEWED];
const MACHINE_SKEW_MS = 2 * 3_600_000;

interface FleetRow {
  id: string;
  online: boolean;
  level: string;
  troubles: string[];
  depth: number;
  machinesOffline: number;
  clockSkewed: boolean;
  machineClocksSkewed: number;
  oldestUnsentAgeMs: number;
  outageHoursLeft: number | null;
  version: string;
  history: (number | null)[];
}
interface FleetBody {
  summary: { sites: number; online: number; byTrouble: Record<string, number> };
  sites: FleetRow[];
}

function launch(dir: string): Promise<BrowserContext> {
  return launchChromium(dir);
}

async function fleetJson(base: string, headers: Record<string, string> = {}): Promise<FleetBody> {
  const res = await fetch(`${base}api/fleet`, { headers });
  assert.equal(res.status, 200);
  return (await res.json()) as FleetBody;
}

function siteOf(body: FleetBody, id: string): FleetRow | undefined {
  return body.sites.find((s) => s.id === id);
}

/** Sends live teller telemetry whose device time is `skewMs` off, as a machine with a wrong clock does. */
async function skewedMachine(brokerUrl: string, id: string, password: string, skewMs: number, count: number): Promise<void> {
  const client = await mqtt.connectAsync(brokerUrl, { clientId: id, username: id, password, protocolVersion: 4, reconnectPeriod: 0 });
  try {
    for (let i = 0; i < count; i++) {
      const time = new Date(Date.now() + skewMs).toISOString();
      const ok = { status: 'ok' };
      await client.publishAsync(`devices/${id}/telemetry`, JSON.stringify({ time, receiptPaper: ok, a4Paper: ok, printer: ok }), {
        qos: 1,
      });
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.endAsync();
  }
}

describe('fleet view: 1,000 simulated sites and real gateways, in a real browser', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let sim: FleetSim;
  let proxy: TcpProxy;
  const gateways = new Map<string, GatewayFixture>();
  const machines: SimulatedMachine[] = [];
  let fleet: FleetViewFixture;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  before(async () => {
    tmp = await tempDir('eg-fleet-');
    core = await startMosquitto();
    sim = new FleetSim({ url: core.url, sites: SIM_SITES });
    await sim.start();
    proxy = await startProxy(core.port);
    for (const siteId of REAL) {
      const dir = join(tmp.path, siteId);
      mkdirSync(dir);
      const gw = await startGateway({
        dir,
        siteId,
        coreUrl: siteId === CUT ? `mqtt://127.0.0.1:${proxy.port}` : core.url,
        devices: [
          { id: 'vend-01', kind: 'vending', password: 'pw-vend-01' },
          { id: 'stm-01', kind: 'teller', password: 'pw-stm-01' },
        ],
        // A slow drain, so the backlog built during the cut is still there when the uplink returns.
        uplink: siteId === CUT ? { maxRate: 5 } : {},
        extra: { health: { intervalS: 5, minGapMs: 500 }, clock: { maxSkewMs: 60_000, probeIntervalS: 5 } },
      });
      gateways.set(siteId, gw);
      const m = new SimulatedMachine({
        url: gw.brokerUrl,
        deviceId: 'vend-01',
        password: 'pw-vend-01',
        kind: 'vending',
        rate: 3,
        peaks: false,
        badShare: 0,
      });
      await m.start();
      machines.push(m);
    }
    fleet = await startFleetView({ coreUrl: core.url, args: ['--history-bucket-s', '2'] });
    context = await launch(join(tmp.path, 'chromium-profile'));
    page = await context.newPage();
    problems = watchConsole(page);
  });

  after(async () => {
    await context?.close();
    for (const m of machines) await m.stop();
    for (const gw of gateways.values()) await gw.stop();
    await fleet?.stop();
    await proxy?.close();
    await sim?.stop();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('knows every site at once from the retained messages: 1,000 simulated and the real gateways, with their health', async () => {
    const body = await waitFor(
      async () => {
        const b = await fleetJson(fleet.base);
        return REAL.every((id) => siteOf(b, id)?.online && siteOf(b, id)!.history.some((v) => v !== null)) &&
          b.summary.sites === SIM_SITES + REAL.length
          ? b
          : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500, what: 'every simulated and real site, real ones online with a health' },
    );
    assert.equal(body.summary.byTrouble.offline, SIM_SITES * 0.03, '3% of the simulated sites are offline');
    for (const id of REAL) {
      assert.match(siteOf(body, id)!.version, /^\d+\.\d+\.\d+/);
      assert.ok(!siteOf(body, id)!.troubles.includes('old-version'), `${id} runs the newest version`);
    }
    assert.equal(body.summary.byTrouble['old-version'], SIM_SITES * 0.08, 'only the simulated old ones are old');
  });

  it('renders 1,000+ rows trouble first; clicking a site shows its detail; saves a screenshot', async () => {
    await page.goto(fleet.base);
    await page.waitForFunction((n) => document.querySelectorAll('#fleet-table tbody tr[data-site]').length >= n, SIM_SITES + REAL.length, {
      timeout: UI_MS,
    });
    const order = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#fleet-table tbody tr[data-site]')].map((tr) => ({
        id: tr.dataset.site!,
        troubles: tr.querySelector<HTMLElement>('[data-field="trouble"]')!.dataset.troubles!.split(' ').filter(Boolean),
      })),
    );
    const RANK = [
      'offline',
      'silent',
      'spool-full',
      'corrupt',
      'outage-hours-low',
      'backlog-old',
      'machines-offline',
      'config-failed',
      'clock-skew',
      'old-version',
    ];
    const ranks = order.map((r) => (r.troubles.length ? RANK.indexOf(r.troubles[0]!) : RANK.length));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
      'rows are sorted by their first trouble',
    );
    assert.deepEqual(order[0]!.troubles.slice(0, 1), ['offline'], 'an offline site heads the page');
    assert.ok(order.at(-1)!.troubles.length === 0, 'healthy sites come last');
    assert.match(await page.locator('#summary').innerText(), /1,003 sites/);
    // Finding a site: the list narrows as one types, and widens again.
    await page.fill('#filter', 'mo-real');
    await page.waitForFunction(() => document.querySelectorAll('#fleet-table tbody tr[data-site]').length === 3, null, { timeout: UI_MS });
    await page.fill('#filter', '');
    await page.waitForFunction((n) => document.querySelectorAll('#fleet-table tbody tr[data-site]').length === n, SIM_SITES + REAL.length, {
      timeout: UI_MS,
    });
    mkdirSync(OUT, { recursive: true });
    const shot = join(OUT, 'fleet-page.png');
    await page.screenshot({ path: shot });

    // A skewed simulated site: its detail shows the gateway clock flagged.
    await page.click('tr[data-site="sim-00016"] button[data-open]');
    await page.waitForFunction(() => document.getElementById('detail')?.dataset.site === 'sim-00016', null, { timeout: UI_MS });
    assert.match(await page.locator('#detail-facts').innerText(), /SKEWED/);
    assert.match(await page.locator('#detail-title').innerText(), /sim-00016 · Service point 16/);
    assert.ok((await page.locator('#detail-machines tbody tr').count()) >= 2, 'its machines are listed');
    const skewShot = join(OUT, 'fleet-page-skewed-site.png');
    await page.screenshot({ path: skewShot });
    // A real gateway's detail: its machines and spool classes, from its own health.
    await page.click(`tr[data-site="${DIRECT}"] button[data-open]`);
    await page.waitForFunction((id) => document.getElementById('detail')?.dataset.site === id, DIRECT, { timeout: UI_MS });
    await page.waitForSelector('#detail-machines tr[data-machine="vend-01"]', { timeout: UI_MS });
    assert.match(await page.locator('#detail-machines tr[data-machine="vend-01"]').innerText(), /vending[\s\S]*Online/);
    assert.ok((await page.locator('#detail-spool tbody tr').count()) >= 1);
    const detailShot = join(OUT, 'fleet-page-detail.png');
    await page.screenshot({ path: detailShot });
    // On a phone each site is a card, without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#fleet-table thead')!).position === 'absolute', null, {
      timeout: UI_MS,
    });
    await page.click('#detail-close');
    const phoneShot = join(OUT, 'fleet-page-phone.png');
    await page.screenshot({ path: phoneShot });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'no sideways scrolling on a phone');
    await page.setViewportSize({ width: 1400, height: 900 });
    console.log(`screenshots: ${shot} ${skewShot} ${detailShot} ${phoneShot}`);
    assert.deepEqual(problems, [], 'no console errors, no CSP violations');
  });

  it('a site whose uplink is cut shows offline; after it returns, the backlog it built shows in its row', async () => {
    const peak = (h: (number | null)[]) => Math.max(0, ...h.map((v) => v ?? 0));
    const before = peak(siteOf(await fleetJson(fleet.base), CUT)!.history);
    proxy.cut();
    await waitFor(async () => siteOf(await fleetJson(fleet.base), CUT)?.online === false, {
      timeoutMs: 20_000,
      intervalMs: 250,
      what: `${CUT} offline in /api/fleet (its last will)`,
    });
    await page.waitForFunction(
      (id) => document.querySelector(`tr[data-site="${id}"] [data-field="state"]`)?.getAttribute('data-state') === 'offline',
      CUT,
      {
        timeout: UI_MS,
      },
    );
    assert.match(await page.locator(`tr[data-site="${CUT}"] [data-field="state"]`).innerText(), /Offline/, 'said in words');
    // The machine keeps selling while the uplink is down: the site's spool grows (it cannot tell the core yet).
    await new Promise((r) => setTimeout(r, 6000));
    proxy.restore();
    // About 18 sales queued in 6 s (3/s), drained at most 5/s: the health sent when the uplink is back shows them.
    const back = await waitFor(
      async () => {
        const s = siteOf(await fleetJson(fleet.base), CUT);
        return s?.online && peak(s.history) >= before + 10 ? s : undefined;
      },
      {
        timeoutMs: 30_000,
        intervalMs: 250,
        what: `${CUT} back online with the backlog of the cut (peak before: ${before}) in its sparkline`,
      },
    );
    assert.ok(peak(back.history) >= before + 10);
    await page.waitForFunction(
      (id) => document.querySelector(`tr[data-site="${id}"] [data-field="state"]`)?.getAttribute('data-state') === 'online',
      CUT,
      { timeout: UI_MS },
    );
    assert.ok((await page.locator(`tr[data-site="${CUT}"] svg.spark polyline`).count()) >= 1, 'the sparkline is drawn');
    const label = (await page.locator(`tr[data-site="${CUT}"] svg.spark`).getAttribute('aria-label')) ?? '';
    assert.ok(Number(/peak (\d+)/.exec(label)?.[1]) >= before + 10, `the page's sparkline shows the peak: ${label}`);
  });

  it('flags skewed clocks: simulated gateways off the core, and a real machine whose clock is two hours ahead', async () => {
    const body = await fleetJson(fleet.base);
    for (const id of ['sim-00016', 'sim-00017']) {
      const s = siteOf(body, id)!;
      assert.ok(s.troubles.includes('clock-skew'), `${id}: ${s.troubles}`);
      assert.equal(s.clockSkewed, true);
    }
    assert.equal(siteOf(body, 'sim-00020')!.clockSkewed, false);
    assert.equal(SIM_SKEW_MS, 45_000);
    const gw = gateways.get(SKEWED)!;
    await skewedMachine(gw.brokerUrl, 'stm-01', 'pw-stm-01', MACHINE_SKEW_MS, 25);
    const s = await waitFor(
      async () => {
        const r = siteOf(await fleetJson(fleet.base), SKEWED);
        return r && r.machineClocksSkewed > 0 ? r : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500, what: `${SKEWED}: the machine's skewed clock in its health` },
    );
    assert.ok(s.troubles.includes('clock-skew'));
    await page.waitForFunction(
      (id) => document.querySelector(`tr[data-site="${id}"] [data-field="trouble"]`)?.getAttribute('data-troubles')?.includes('clock-skew'),
      SKEWED,
      {
        timeout: UI_MS,
      },
    );
    assert.equal(siteOf(await fleetJson(fleet.base), DIRECT)!.machineClocksSkewed, 0, 'the others are not flagged');
  });

  it('/api/fleet and /metrics say the same for every site', async () => {
    const [body, text] = await Promise.all([fleetJson(fleet.base), fetch(`${fleet.base}metrics`).then((r) => r.text())]);
    const metric = new Map<string, number>();
    for (const f of parsePrometheus(text).values())
      for (const s of f.samples) metric.set(`${s.name}|${s.labels.site ?? ''}|${s.labels.state ?? ''}`, s.value);
    const m = (name: string, site: string) => metric.get(`${name}|${site}|`);
    // The real gateways move between the two reads; the simulated sites do not.
    const simulated = body.sites.filter((s) => s.id.startsWith('sim-'));
    assert.equal(simulated.length, SIM_SITES);
    for (const s of simulated) {
      assert.equal(m('edge_fleet_site_online', s.id), s.online ? 1 : 0, s.id);
      assert.equal(m('edge_fleet_site_backlog_depth', s.id), s.depth, s.id);
      assert.equal(m('edge_fleet_site_machines_offline', s.id), s.machinesOffline, s.id);
      assert.equal(m('edge_fleet_site_clock_skewed', s.id), s.clockSkewed ? 1 : 0, s.id);
      assert.equal(m('edge_fleet_site_outage_hours_left', s.id), s.outageHoursLeft ?? undefined, s.id);
      assert.equal(m('edge_fleet_site_old_version', s.id), s.version === SIM_OLD_VERSION ? 1 : 0, s.id);
    }
    assert.equal(metric.get('edge_fleet_sites||online')! + metric.get('edge_fleet_sites||offline')!, body.summary.sites);
    // A thousand sites' JSON is compressed on the wire for a client that takes gzip (every browser, fetch).
    const zipped = await fetch(`${fleet.base}api/fleet`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.equal(((await zipped.json()) as FleetBody).sites.length, body.sites.length);
    // So is /metrics (about a MiB here, 8.3 MiB at 10,000 sites): the same text, a fraction of the bytes.
    const zippedMetrics = await fetch(`${fleet.base}metrics`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(zippedMetrics.headers.get('content-encoding'), 'gzip');
    assert.ok(Number(zippedMetrics.headers.get('content-length')) < text.length / 4, 'compressed to under a quarter');
    const unzippedText = await zippedMetrics.text();
    assert.equal(unzippedText.split('\n').filter((l) => l.startsWith('edge_fleet_site_online{')).length, body.sites.length);
    for (const id of REAL) assert.equal(m('edge_fleet_site_online', id), 1, id);
  });
});
