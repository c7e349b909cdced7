// The fleet view shows each site's remote configuration (issue 16's last point): a real mosquitto core, a real gateway,
// `edge-gateway core fleet` as a child process and its page in chromium. A good config pushed with push-config shows
// its version and "applied" in /api/fleet, /metrics and the page; a bad one shows "rejected" with its code and puts the
// site among the sites in trouble.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchConsole } from '../../harness/browser.ts';
import { configPusher, type ConfigPush } from '../../harness/core-config.ts';
import { coreKeyPair } from '../../harness/core-keys.ts';
import { startFleetView, type FleetViewFixture } from '../../harness/fleet-view.ts';
import { startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';
import { parsePrometheus } from '../gateway/status/prom-text.ts';

const SITE = 'mo-fleet-config-01';
const UI_MS = 20_000;

interface Row {
  id: string;
  troubles: string[];
  configVersion: number | null;
  configResult: { version: number; state: string; timeMs: number; codes: string[] } | null;
}

describe('fleet view: config version and last result per site', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let gw: GatewayFixture;
  let fleet: FleetViewFixture;
  let push: ConfigPush;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  const siteRow = async (): Promise<Row | undefined> => {
    const body = (await (await fetch(`${fleet.base}api/fleet`)).json()) as { sites: Row[] };
    return body.sites.find((s) => s.id === SITE);
  };
  const sample = async (name: string, labels: Record<string, string>) => {
    const text = await (await fetch(`${fleet.base}metrics`)).text();
    const family = parsePrometheus(text).get(name);
    return family?.samples.find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
  };

  before(async () => {
    tmp = await tempDir('eg-fleet-config-');
    core = await startMosquitto();
    fleet = await startFleetView({ coreUrl: core.url });
    await fleet.child.waitForJsonLog((l) => String(l.msg).startsWith('subscribed to every site status'), 20_000);
    const key = coreKeyPair(tmp.path, 'config');
    push = configPusher(core.url, SITE, key.privateKey);
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: SITE,
      uplink: { configKey: key.publicKeyFile },
      extra: { remoteConfig: { confirmAfterS: 5 }, health: { intervalS: 5, minGapMs: 500 } },
      devices: [{ id: 'vend-01', kind: 'vending', password: 'pw-vend-01' }],
    });
    await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 10_000);
    context = await launchChromium(join(tmp.path, 'chromium-profile'));
    page = await context.newPage();
    problems = watchConsole(page);
  });

  after(async () => {
    await context?.close();
    await gw?.stop();
    await fleet?.stop();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('a good config: its version and "applied" in /api/fleet, /metrics and the page', async () => {
    const first = await waitFor(siteRow, { timeoutMs: 20_000, what: 'the site in the fleet view' });
    assert.equal(first.configVersion, 0, 'the site file alone');
    assert.equal(first.configResult, null);
    await push(1, { log: { level: 'debug' } });
    const row = await waitFor(
      async () => {
        const r = await siteRow();
        return r?.configVersion === 1 && r.configResult?.state === 'applied' ? r : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 300, what: 'version 1 applied in /api/fleet' },
    );
    assert.equal(row.configResult!.version, 1);
    assert.deepEqual(row.configResult!.codes, []);
    assert.ok(!row.troubles.includes('config-failed'));
    assert.equal(await sample('edge_fleet_site_config_version', { site: SITE }), 1);
    assert.equal(await sample('edge_fleet_site_config_result', { site: SITE, state: 'applied' }), 1);
    assert.equal(await sample('edge_fleet_site_config_result', { site: SITE, state: 'rejected' }), 0);

    await page.goto(fleet.base);
    const cell = page.locator(`tr[data-site="${SITE}"] [data-field="config"]`);
    await cell.waitFor({ timeout: UI_MS });
    await page.waitForFunction(
      (id) => /v1 · applied/.test(document.querySelector(`tr[data-site="${id}"] [data-field="config"]`)?.textContent ?? ''),
      SITE,
      { timeout: UI_MS },
    );
  });

  it('a bad config: "rejected" with its code, the site in trouble, the running version kept', async () => {
    await push(2, { log: { level: 'loud' } });
    const row = await waitFor(
      async () => {
        const r = await siteRow();
        return r?.configResult?.version === 2 ? r : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300, what: 'version 2 result in /api/fleet' },
    );
    assert.equal(row.configResult!.state, 'rejected');
    assert.ok(row.configResult!.codes.includes('GW_CONFIG_INVALID'), row.configResult!.codes.join(','));
    assert.equal(row.configVersion, 1, 'version 1 still runs');
    assert.ok(row.troubles.includes('config-failed'));
    assert.equal(await sample('edge_fleet_site_config_result', { site: SITE, state: 'rejected' }), 1);
    assert.equal(await sample('edge_fleet_sites_in_trouble', { trouble: 'config-failed' }), 1);

    await page.waitForFunction(
      (id) => /v1 · v2 rejected/.test(document.querySelector(`tr[data-site="${id}"] [data-field="config"]`)?.textContent ?? ''),
      SITE,
      { timeout: UI_MS },
    );
    await page.click(`tr[data-site="${SITE}"] button[data-open]`);
    await page.waitForFunction((id) => document.getElementById('detail')?.dataset.site === id, SITE, { timeout: UI_MS });
    const facts = await page.locator('#detail-facts').innerText();
    assert.match(facts, /version 1 running/);
    assert.match(facts, /v2 rejected[\s\S]*GW_CONFIG_INVALID/);
    assert.match(await page.locator(`tr[data-site="${SITE}"] [data-field="trouble"]`).innerText(), /Config failed/);
    assert.deepEqual(problems, [], 'no console errors, no CSP violations');
  });
});
