// The status page as a site engineer sees it (issue 7): the real gateway started from a config file as a child process,
// Debian's mosquitto as the core, simulated machines publishing over MQTT, and Debian's chromium driven through
// playwright-core. The page must show the site and its machines, turn a stopped machine offline and show the core down
// with the backlog growing without a reload, load nothing it may not (no CSP violation, no console error), and keep its
// promises about access: a token when configured, and no start at all off loopback without one.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { SimulatedMachine } from '../../devices/sim/mqtt-machine.ts';
import { parsePrometheus, metricValue } from '../gateway/status/prom-text.ts';
import { launchChromium, watchConsole } from '../../harness/browser.ts';
import { CLI, REPO, envName, startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { canConnect, freePort } from '../../harness/ports.ts';
import { startNode } from '../../harness/process.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';

const OUT = join(REPO, 'test-output');
const SITE = 'mo-status-01';
const MACHINES = [
  { id: 'vend-01', kind: 'vending' as const, rate: 5 },
  { id: 'stm-01', kind: 'teller' as const, rate: 2 },
  { id: 'lock-01', kind: 'locker' as const, rate: 2 },
];
const UI_MS = 15_000;

/** A fresh profile per run, in the test's own temp dir: nothing from an earlier run (cookies, cache) can help the page. */
function launch(dir: string): Promise<BrowserContext> {
  return launchChromium(dir, { width: 1280, height: 900 });
}

function text(page: Page, selector: string): Promise<string> {
  return page.locator(selector).innerText({ timeout: UI_MS });
}

/** Total messages waiting as the page shows them (sum over the spool classes). */
function pageDepth(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#spool-table [data-field="depth"]')].reduce((n, el) => n + Number((el as HTMLElement).dataset.value), 0),
  );
}

describe('status page in a real browser', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let gw: GatewayFixture;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let base: string;
  const sims = new Map<string, SimulatedMachine>();

  before(async () => {
    tmp = await tempDir('eg-status-page-');
    core = await startMosquitto();
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: SITE,
      devices: MACHINES.map((m) => ({ id: m.id, kind: m.kind, password: `pw-${m.id}` })),
    });
    base = `http://127.0.0.1:${gw.httpPort}/`;
    for (const m of MACHINES) {
      // badShare only arms sendOne(() => 0) below to send one truncated message on demand; at random it is ~never.
      const sim = new SimulatedMachine({
        url: gw.brokerUrl,
        deviceId: m.id,
        password: `pw-${m.id}`,
        kind: m.kind,
        rate: m.rate,
        badShare: 1e-9,
      });
      await sim.start();
      sims.set(m.id, sim);
    }
    context = await launch(join(tmp.path, 'chromium-profile'));
    page = await context.newPage();
    problems = watchConsole(page);
  });

  after(async () => {
    await context?.close();
    for (const s of sims.values()) await s.stop();
    await gw?.stop();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('shows the site, the uplink and every machine online', async () => {
    await page.goto(base);
    await page.waitForFunction(() => document.querySelectorAll('#devices-table tbody tr[data-device]').length === 3, null, {
      timeout: UI_MS,
    });
    assert.equal(await text(page, 'h1'), 'Test site');
    assert.equal(await text(page, '#site-id'), SITE);
    await page.waitForFunction(() => document.querySelectorAll('#devices-table [data-state="online"]').length === 3, null, {
      timeout: UI_MS,
    });
    for (const m of MACHINES) {
      const row = page.locator(`tr[data-device="${m.id}"]`);
      assert.equal(await row.locator('th').innerText(), m.id);
      assert.match(await row.innerText(), new RegExp(`${m.kind}[\\s\\S]*MQTT[\\s\\S]*Online`));
    }
    await page.waitForFunction(() => document.getElementById('uplink-state')?.dataset.state === 'connected', null, { timeout: UI_MS });
    assert.match(await text(page, '#uplink-state'), /Connected since/);
    // Traffic shows up as it arrives: the vending machine's count for today rises without a reload.
    await page.waitForFunction(
      () => Number(document.querySelector('tr[data-device="vend-01"] td[data-label="Today"]')?.textContent?.replace(/\D/g, '')) > 0,
      null,
      { timeout: UI_MS },
    );
    // A machine's bad message: its row shows the code and message, and it heads the latest errors.
    sims.get('stm-01')!.sendOne(() => 0);
    await page.waitForSelector('#errors-table tr[data-code="GW_PAYLOAD_NOT_JSON"]', { timeout: UI_MS });
    assert.match(await text(page, '#errors-table tr[data-code="GW_PAYLOAD_NOT_JSON"]'), /Machine stm-01[\s\S]*payload is not valid JSON/);
    assert.match(
      await text(page, 'tr[data-device="stm-01"] td[data-label="Last error"]'),
      /^GW_PAYLOAD_NOT_JSON: payload is not valid JSON/,
    );
  });

  it('turns a stopped machine offline on the page without a reload', async () => {
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await sims.get('lock-01')!.stop();
    sims.delete('lock-01');
    await page.waitForFunction(
      () => document.querySelector('tr[data-device="lock-01"] [data-field="status"]')?.getAttribute('data-state') === 'offline',
      null,
      { timeout: UI_MS },
    );
    assert.match(
      await text(page, 'tr[data-device="lock-01"] [data-field="status"]'),
      /Offline/,
      'offline is said in words, not only in colour',
    );
    assert.match(await text(page, 'tr[data-device="vend-01"] [data-field="status"]'), /Online/);
    assert.match(await text(page, '#summary'), /2 of 3 machines online/);
    assert.equal(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      true,
      'the page was not reloaded',
    );
  });

  it('shows the core down and the backlog growing while a machine keeps publishing; saves screenshots', async () => {
    await core.stop();
    await page.waitForFunction(() => document.getElementById('uplink-state')?.dataset.state === 'down', null, { timeout: UI_MS });
    assert.match(await text(page, '#uplink-state'), /Down since/);
    assert.match(await text(page, '#summary'), /Core unreachable/);
    const first = await pageDepth(page);
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('#spool-table [data-field="depth"]')].reduce(
          (s, el) => s + Number((el as HTMLElement).dataset.value),
          0,
        ) >=
        n + 5,
      first,
      { timeout: UI_MS, polling: 250 },
    );
    await page.waitForSelector('#errors-table tr[data-code="GW_UPLINK_DOWN"]', { timeout: UI_MS });
    assert.equal(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      true,
      'still the same document',
    );

    mkdirSync(OUT, { recursive: true });
    const laptop = join(OUT, 'status-page.png');
    await page.screenshot({ path: laptop, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#devices-table thead')!).position === 'absolute', null, {
      timeout: UI_MS,
    });
    const phone = join(OUT, 'status-page-phone.png');
    await page.screenshot({ path: phone, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(`screenshots: ${laptop} ${phone}`);
    assert.ok(width <= 1280, 'no horizontal scrolling on a laptop');
  });

  it('shows the core back and the backlog sent when it returns', async () => {
    const peak = await pageDepth(page);
    await core.restart();
    await page.waitForFunction(() => document.getElementById('uplink-state')?.dataset.state === 'connected', null, { timeout: UI_MS });
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('#spool-table [data-field="depth"]')].reduce(
          (s, el) => s + Number((el as HTMLElement).dataset.value),
          0,
        ) < n,
      peak,
      { timeout: UI_MS, polling: 250 },
    );
    assert.match(await text(page, '#uplink-reconnects'), /^[1-9]/);
    assert.deepEqual(problems, [], 'no console errors, no CSP violations');
  });

  it('/api/status and /metrics from the running gateway agree with the traffic', async () => {
    const status = (await (await fetch(`${base}api/status`)).json()) as {
      devices: { id: string; received: number; online: boolean }[];
      uplink: { connected: boolean };
    };
    const vend = status.devices.find((d) => d.id === 'vend-01')!;
    assert.ok(vend.received > 0);
    const metrics = parsePrometheus(await (await fetch(`${base}metrics`)).text());
    const received = metricValue(metrics, 'edge_gateway_messages_received_total', { device: 'vend-01', kind: 'vending' });
    assert.ok(received >= vend.received, 'the counter is at least what the status said a moment ago');
    assert.equal(metricValue(metrics, 'edge_gateway_device_online', { device: 'lock-01', kind: 'locker' }), 0);
    assert.ok(metricValue(metrics, 'edge_gateway_uplink_reconnects_total') >= 1);
    assert.ok(metricValue(metrics, 'edge_gateway_spool_fsync_seconds_count') > 0);
    await waitFor(
      async () =>
        metricValue(parsePrometheus(await (await fetch(`${base}metrics`)).text()), 'edge_gateway_messages_received_total', {
          device: 'vend-01',
          kind: 'vending',
        }) > received,
      { timeoutMs: 10_000, intervalMs: 200, what: 'vend-01 received counter moving' },
    );
    assert.deepEqual(await (await fetch(`${base}healthz`)).json(), { alive: true });
    assert.equal((await fetch(`${base}readyz`)).status, 200);
  });
});

/** GET / with exactly these headers (fetch would not let a test set Host); resolves with the status code. */
function rawGet(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/status', headers, agent: false, timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    req.end();
  });
}

/** A gateway child process with http settings of our choosing (the shared fixture always binds 127.0.0.1, no token). */
async function configFile(dir: string, http: Record<string, unknown>): Promise<{ file: string; brokerPort: number; httpPort: number }> {
  const brokerPort = await freePort();
  const httpPort = await freePort();
  const file = join(dir, 'config.json');
  writeFileSync(
    file,
    JSON.stringify({
      site: { id: SITE, name: 'Token site' },
      broker: { host: '127.0.0.1', port: brokerPort },
      devices: [{ id: 'vend-01', kind: 'vending', transport: 'mqtt', passwordEnv: envName('vend-01') }],
      uplink: { url: `mqtt://127.0.0.1:${await freePort()}`, reconnectMinMs: 100, reconnectMaxMs: 500 },
      spool: { dir: join(dir, 'spool') },
      http: { port: httpPort, ...http },
    }),
  );
  return { file, brokerPort, httpPort };
}

describe('status page access from outside the process', () => {
  let tmp: TempDir;
  before(async () => {
    tmp = await tempDir('eg-status-access-');
  });
  after(async () => {
    await tmp?.cleanup();
  });

  it('refuses to start bound to 0.0.0.0 without a token: coded error, exit 2, nothing ever listens', async () => {
    const dir = join(tmp.path, 'refuse');
    mkdirSync(dir);
    const { file, brokerPort, httpPort } = await configFile(dir, { host: '0.0.0.0' });
    const child = startNode(CLI, ['run', '--config', file], { env: { [envName('vend-01')]: 'pw' }, cwd: REPO });
    const exit = await Promise.race([
      child.exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running:\n${child.tail()}`)), 20_000)),
    ]);
    assert.equal(exit.code, 2, child.tail());
    const err = child
      .lines()
      .filter((l) => l.stream === 'stderr')
      .map((l) => l.text)
      .join('\n');
    assert.match(err, /^GW_CONFIG_HTTP_TOKEN_REQUIRED: http\.host is "0\.0\.0\.0"/m);
    assert.match(err, /http\.tokenEnv/);
    assert.ok(!child.lines().some((l) => /listening/.test(l.text)), 'neither the page nor the device broker started');
    assert.equal(await canConnect(httpPort), false);
    assert.equal(await canConnect(brokerPort), false);
  });

  it(
    'with a token: refused without it; a browser opening ?token= once gets a session of its own, bound ' +
      'to its Host, until it signs out',
    async () => {
      const dir = join(tmp.path, 'token');
      mkdirSync(dir);
      const token = 'Zq3v9X1mB7pL0sT4wY8nC2dF6hJ5kR0a';
      const { file, httpPort } = await configFile(dir, { host: '127.0.0.1', tokenEnv: 'STATUS_TOKEN' });
      const child = startNode(CLI, ['run', '--config', file], { env: { [envName('vend-01')]: 'pw', STATUS_TOKEN: token }, cwd: REPO });
      let context: BrowserContext | undefined;
      let second: BrowserContext | undefined;
      try {
        const listening = await child.waitForJsonLog((l) => l.msg === 'status page listening', 20_000);
        assert.equal(listening.access, 'token required');
        const base = `http://127.0.0.1:${httpPort}/`;
        assert.equal((await fetch(`${base}api/status`)).status, 401);
        assert.equal((await fetch(`${base}metrics`)).status, 401);
        assert.equal((await fetch(`${base}api/status`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
        assert.equal((await fetch(`${base}healthz`)).status, 200);

        context = await launch(join(dir, 'chromium-profile'));
        const page = await context.newPage();
        const problems = watchConsole(page);
        const denied = await page.goto(base);
        assert.equal(denied?.status(), 401);
        await page.goto(`${base}?token=${token}`);
        assert.equal(page.url(), base, 'redirected to the page without the token');
        await page.waitForFunction(() => document.getElementById('site-id')?.textContent === 'mo-status-01', null, { timeout: UI_MS });
        assert.equal(await text(page, 'h1'), 'Token site');
        assert.ok(!(await page.content()).includes(token), 'the token is nowhere on the page');
        const cookies = await context.cookies(base);
        assert.equal(cookies.length, 1);
        assert.equal(cookies[0]!.httpOnly, true);
        assert.equal(cookies[0]!.sameSite, 'Strict');
        assert.equal(cookies[0]!.path, '/');
        assert.match(cookies[0]!.value, /^[A-Za-z0-9_-]{43}$/, 'a random session id of its own');
        assert.ok(!cookies[0]!.value.includes(token));
        await page.waitForSelector('#session:not([hidden])', { timeout: UI_MS });
        assert.match(await text(page, '#session'), /Signed in on this browser until \d\d:\d\d/);

        // A second browser gets its own session; this one's cookie is no key under another Host.
        second = await launch(join(dir, 'chromium-profile-2'));
        const page2 = await second.newPage();
        await page2.goto(`${base}?token=${token}`);
        await page2.waitForFunction(() => document.getElementById('site-id')?.textContent === 'mo-status-01', null, { timeout: UI_MS });
        const cookie2 = (await second.cookies(base))[0]!;
        assert.notEqual(cookie2.value, cookies[0]!.value, 'two browsers, two sessions');
        const session = `${cookies[0]!.name}=${cookies[0]!.value}`;
        assert.equal(await rawGet(httpPort, { cookie: session, host: `localhost:${httpPort}` }), 401, 'replayed under another Host');
        assert.equal(await rawGet(httpPort, { cookie: session, host: `127.0.0.1:${httpPort}` }), 200);

        // Sign out: the session ends on the gateway, and the page says the token is needed again.
        await page.click('#logout');
        await page.waitForLoadState();
        assert.match(await page.content(), /signedOut/);
        assert.equal((await context.cookies(base)).length, 0, 'the cookie is gone from the browser');
        assert.equal(await rawGet(httpPort, { cookie: session, host: `127.0.0.1:${httpPort}` }), 401, 'and the session from the gateway');
        await page.goto(base);
        await page.waitForFunction(() => /token/.test(document.body.innerText), null, { timeout: UI_MS });
        assert.equal(await page2.evaluate(async () => (await fetch('/api/status')).status), 200, 'the other browser is still signed in');
        assert.deepEqual(
          problems.filter((p) => !p.includes('401')),
          [],
          'no console errors beyond the refused visits',
        );
      } finally {
        await context?.close();
        await second?.close();
        await child.stop(15_000);
      }
      assert.ok(!child.lines().some((l) => l.text.includes(token)), "the token never appears in the gateway's log");
    },
  );
});
