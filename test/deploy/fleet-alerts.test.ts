// The fleet's shipped alerting (issue 15): deploy/prometheus/fleet-alerts.yml passes Debian's `promtool check rules` and
// its unit tests (`promtool test rules fleet-alerts.test.yml`), and it and deploy/grafana/fleet-dashboard.json query only
// metric names that a live fleet view (real mosquitto, simulated sites) really exports, in PromQL promtool accepts.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FleetSim } from '../../harness/fleet-sim.ts';
import { startFleetView, type FleetViewFixture } from '../../harness/fleet-view.ts';
import { REPO } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { assertBrokenRuleFails, assertExported, assertRulesCheck, metricNames, promtool, ruleExprs } from '../../harness/promtool.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';
import { parsePrometheus } from '../gateway/status/prom-text.ts';

const DASHBOARD = join(REPO, 'deploy', 'grafana', 'fleet-dashboard.json');

interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets: { expr: string; refId: string }[];
}

describe('fleet alert rules and dashboard', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let sim: FleetSim;
  let fleet: FleetViewFixture;
  let exported: Set<string>;

  before(async () => {
    tmp = await tempDir('eg-fleet-deploy-');
    core = await startMosquitto();
    // 100 sites: every simulated trouble occurs, so every per-site series has samples.
    sim = new FleetSim({ url: core.url, sites: 100 });
    await sim.start();
    fleet = await startFleetView({ coreUrl: core.url });
    const text = await waitFor(
      async () => {
        const t = await (await fetch(`${fleet.base}metrics`)).text();
        return t.includes('edge_fleet_sites{state="online"} 97') ? t : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 200, what: '100 simulated sites in the fleet /metrics' },
    );
    exported = new Set([...parsePrometheus(text).values()].flatMap((f) => f.samples.map((s) => s.name)));
  });

  after(async () => {
    await fleet?.stop();
    await sim?.stop();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('promtool check rules accepts fleet-alerts.yml, with every trouble the issue names', () => {
    assertRulesCheck('fleet-alerts.yml', [
      'EdgeSiteOffline',
      'EdgeSiteOldestUnsentTooOld',
      'EdgeSiteOutageHoursLow',
      'EdgeSiteSpoolFull',
      'EdgeSiteSpoolCorrupt',
      'EdgeSiteMachinesOffline',
      'EdgeSiteClockSkew',
      'EdgeSiteCommandFailures',
    ]);
  });

  it('promtool test rules: each alert fires for its site after its time, and not for a healthy one', () => {
    assert.match(promtool(['test', 'rules', 'fleet-alerts.test.yml']), /SUCCESS/);
  });

  it('a broken rule fails the check (the check can fail)', () => {
    assertBrokenRuleFails(tmp.path, 'edge_fleet_site_online');
  });

  it('every metric the alert rules use is exported by the live fleet view', () => {
    const exprs = ruleExprs('fleet-alerts.yml');
    assert.ok(exprs.length >= 8);
    assertExported(exprs, 'edge_fleet_', exported, 'fleet');
  });

  it('the Grafana dashboard is valid JSON whose every panel queries exported metrics in PromQL promtool parses', () => {
    const dash = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
      uid: string;
      title: string;
      panels: Panel[];
      templating: { list: { name: string; query: unknown }[] };
    };
    assert.equal(dash.uid, 'edge-gateway-fleet');
    assert.ok(dash.templating.list.some((v) => v.name === 'datasource'));
    assert.ok(dash.panels.length >= 8);
    assert.equal(new Set(dash.panels.map((p) => p.id)).size, dash.panels.length, 'panel ids are unique');
    const exprs: string[] = [];
    for (const p of dash.panels) {
      assert.ok(p.title && p.type, `panel ${p.id} has a title and a type`);
      assert.ok(p.gridPos.x + p.gridPos.w <= 24, `panel ${p.title} fits the 24-column grid`);
      assert.ok(p.targets.length > 0, `panel ${p.title} has a query`);
      for (const t of p.targets) {
        const names = metricNames(t.expr, 'edge_fleet_');
        assert.ok(names.length > 0, `${p.title}: "${t.expr}" queries a fleet metric`);
        for (const n of names) assert.ok(exported.has(n), `${p.title}: ${n} is on the fleet /metrics`);
        exprs.push(t.expr);
      }
    }
    // Grafana's $site becomes a regex; then each query must be PromQL that promtool parses (as a recording rule).
    const rules = exprs.map((e, i) => `      - record: dashboard:query_${i}\n        expr: ${JSON.stringify(e.replaceAll('$site', '.*'))}`);
    const file = join(tmp.path, 'dashboard-queries.yml');
    writeFileSync(file, `groups:\n  - name: dashboard\n    rules:\n${rules.join('\n')}\n`);
    assert.match(promtool(['check', 'rules', file], tmp.path), new RegExp(`SUCCESS: ${exprs.length} rules found`));
  });
});
