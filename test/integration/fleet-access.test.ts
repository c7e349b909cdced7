// The fleet view's promises about access and about a lost core (issue 15), from outside the process: off loopback it does
// not start without a token; with one, scrapers need Bearer and a browser ?token= once, with the site page's CSP; and
// while the core broker is away it keeps serving, says so, and is complete again when the broker returns; what comes from
// the broker is read as hostile input.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import mqtt from 'mqtt';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, watchConsole } from '../../harness/browser.ts';
import { FleetSim } from '../../harness/fleet-sim.ts';
import { startFleetView } from '../../harness/fleet-view.ts';
import { CLI, REPO } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { canConnect, freePort } from '../../harness/ports.ts';
import { startNode } from '../../harness/process.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';

const UI_MS = 20_000;

describe('fleet view from outside the process: access, hostile input, a lost core', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  before(async () => {
    tmp = await tempDir('eg-fleet-access-');
    core = await startMosquitto();
  });
  after(async () => {
    await core?.stop();
    await tmp?.cleanup();
  });

  it('refuses to start bound to 0.0.0.0 without a token: GW_FLEET_TOKEN_REQUIRED, exit 2, nothing listens', async () => {
    const port = await freePort();
    const child = startNode(CLI, ['core', 'fleet', '--url', core.url, '--http', `0.0.0.0:${port}`], { cwd: REPO });
    const exit = await Promise.race([
      child.exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running:\n${child.tail()}`)), 20_000)),
    ]);
    assert.equal(exit.code, 2, child.tail());
    assert.match(child.tail(), /GW_FLEET_TOKEN_REQUIRED: --http 0\.0\.0\.0 is not a loopback address/);
    assert.equal(await canConnect(port), false);
  });

  it('reads the broker as hostile: bad messages are refused and counted by reason, the good record stays', async () => {
    const sim = new FleetSim({ url: core.url, sites: 2, idPrefix: 'hostile' });
    await sim.start();
    const view = await startFleetView({ coreUrl: core.url });
    const attacker = await mqtt.connectAsync(core.url, { clientId: `attacker-${process.pid}`, reconnectPeriod: 0 });
    try {
      const P = 'gov/v1/site';
      await attacker.publishAsync(`${P}/hostile-00000/health`, Buffer.from('not protobuf at all \u0000\u00ff'), { qos: 1 });
      await attacker.publishAsync(`${P}/hostile-00000/status`, Buffer.from(sim.sites[1]!.status), { qos: 1 }); // another site's
      await attacker.publishAsync(`${P}/bad id!/health`, Buffer.from(sim.sites[0]!.health), { qos: 1 });
      // Over the view's 256 KiB: the broker is asked (MQTT 5 maximum packet size) not to send it at all.
      await attacker.publishAsync(`${P}/hostile-00000/health`, Buffer.alloc(400 * 1024, 0x0a), { qos: 1 });
      await attacker.publishAsync(`${P}/hostile-00001/health`, Buffer.from(sim.sites[1]!.health), { qos: 1 });
      const refused = await waitFor(
        async () => {
          const text = await (await fetch(`${view.base}metrics`)).text();
          const n = (reason: string) =>
            Number(new RegExp(`^edge_fleet_messages_refused_total\\{reason="${reason}"\\} (\\d+)$`, 'm').exec(text)?.[1]);
          return n('not-protobuf') >= 1 && n('site-mismatch') >= 1 && n('site-id') >= 1 ? text : undefined;
        },
        { timeoutMs: 15_000, intervalMs: 200, what: 'the refusals counted by reason' },
      );
      assert.match(refused, /^edge_fleet_messages_refused_total\{reason="too-large"\} 0$/m, 'the oversized one never arrived');
      const body = (await (await fetch(`${view.base}api/fleet`)).json()) as { sites: { id: string; online: boolean; machines: number }[] };
      assert.deepEqual(body.sites.map((s) => s.id).sort(), ['hostile-00000', 'hostile-00001']);
      assert.ok(
        body.sites.every((s) => s.machines > 0),
        'each site keeps its last good health',
      );
      assert.equal((await fetch(`${view.base}healthz`)).status, 200);
    } finally {
      await attacker.endAsync();
      await view.stop();
      await sim.clear().catch(() => undefined);
      await sim.stop();
    }
  });

  it('keeps serving while the core broker is away, says so, and is complete again when it returns', async () => {
    const sim = new FleetSim({ url: core.url, sites: 3, idPrefix: 'away' });
    await sim.start();
    const view = await startFleetView({ coreUrl: core.url });
    try {
      const state = async () =>
        (await (await fetch(`${view.base}api/fleet`)).json()) as { core: { connected: boolean }; summary: { sites: number } };
      await waitFor(async () => (await state()).summary.sites === 3, { timeoutMs: 15_000, intervalMs: 200, what: '3 sites' });
      await core.stop();
      await waitFor(async () => !(await state()).core.connected, { timeoutMs: 15_000, intervalMs: 200, what: 'core shown disconnected' });
      const metrics = await (await fetch(`${view.base}metrics`)).text();
      assert.match(metrics, /^edge_fleet_core_connected 0$/m);
      assert.equal((await state()).summary.sites, 3, 'the sites stay as they last reported');
      await core.restart();
      // mosquitto here keeps no retained messages across a restart: the simulated sites publish again, as gateways do.
      await sim.start();
      await waitFor(async () => (await state()).core.connected, { timeoutMs: 15_000, intervalMs: 200, what: 'core connected again' });
      assert.match(await (await fetch(`${view.base}metrics`)).text(), /^edge_fleet_core_connected 1$/m);
    } finally {
      await view.stop();
      await sim.clear().catch(() => undefined);
      await sim.stop();
    }
  });

  it('with a token: 401 without it, Bearer for a scraper, ?token= once for a browser; CSP on every answer', async () => {
    const token = 'Fq8w2Lz5Rx1Cv7Bn4Mk9Pj3Hg6Dt0Sa';
    const file = join(tmp.path, 'fleet-token');
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    const sim = new FleetSim({ url: core.url, sites: 5 });
    await sim.start();
    const view = await startFleetView({ coreUrl: core.url, args: ['--token-file', file] });
    let context: BrowserContext | undefined;
    try {
      for (const path of ['', 'api/fleet', 'metrics', 'api/fleet/site/sim-00001'])
        assert.equal((await fetch(`${view.base}${path}`)).status, 401, path);
      const wrong = await fetch(`${view.base}metrics`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
      assert.equal(wrong.status, 401);
      const ok = await fetch(`${view.base}metrics`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(ok.status, 200);
      assert.match(await ok.text(), /edge_fleet_sites\{state="online"\}/);
      assert.equal((await fetch(`${view.base}healthz`)).status, 200);
      const pageRes = await fetch(view.base, { headers: { authorization: `Bearer ${token}` } });
      assert.match(pageRes.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
      assert.equal(pageRes.headers.get('x-frame-options'), 'DENY');

      context = await launchChromium(join(tmp.path, 'chromium-profile'));
      const page = await context.newPage();
      const problems = watchConsole(page);
      await page.goto(`${view.base}?token=${token}`);
      assert.equal(page.url(), view.base, 'redirected to the page without the token');
      await page.waitForFunction(() => document.querySelectorAll('#fleet-table tbody tr[data-site]').length === 5, null, {
        timeout: UI_MS,
      });
      assert.ok(!(await page.content()).includes(token), 'the token is nowhere on the page');
      const cookies = await context.cookies(view.base);
      assert.equal(cookies.length, 1);
      assert.equal(cookies[0]!.httpOnly, true);
      assert.equal(cookies[0]!.sameSite, 'Strict');
      assert.deepEqual(problems, []);
    } finally {
      await context?.close();
      await view.stop();
      await sim.stop();
    }
    assert.ok(!view.child.lines().some((l) => l.text.includes(token)), 'the token never appears in the log');
  });
});
