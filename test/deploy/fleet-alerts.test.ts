// The fleet's shipped alerting (issue 15): deploy/prometheus/fleet-alerts.yml passes Debian's `promtool check rules` and
// its unit tests (`promtool test rules fleet-alerts.test.yml`), and it and deploy/grafana/fleet-dashboard.json query only
// metric names that a live fleet view (real mosquitto, simulated sites) really exports, in PromQL promtool accepts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FleetSim } from '../../harness/fleet-sim.ts';
import { startFleetView, type FleetViewFixture } from '../../harness/fleet-view.ts';
import { REPO } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';
import { parsePrometheus } from '../gateway/status/prom-text.ts';

const PROMTOOL = '/usr/bin/promtool';
const RULES_DIR = join(REPO, 'deploy', 'prometheus');
const DASHBOARD = join(REPO, 'deploy', 'grafana', 'fleet-dashboard.json');

function promtool(args: string[], cwd = RULES_DIR): string {
  assert.ok(existsSync(PROMTOOL), `${PROMTOOL} is missing: apt-get install -y prometheus (scripts/debian-deps.sh)`);
  try {
    return execFileSync(PROMTOOL, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    assert.fail(`promtool ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

/** The edge_fleet_ names a PromQL expression uses. */
function fleetNames(expr: string): string[] {
  return [...new Set(expr.match(/\bedge_fleet_[a-z0-9_]+/g) ?? [])];
}

/** The `expr:` lines of a rules file (each rule here is on one line). */
function ruleExprs(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s+expr: (.+)$/gm)].map((m) => m[1]!);
}

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
    const out = promtool(['check', 'rules', 'fleet-alerts.yml']);
    assert.match(out, /SUCCESS: \d+ rules found/);
    const text = readFileSync(join(RULES_DIR, 'fleet-alerts.yml'), 'utf8');
    for (const alert of [
      'EdgeSiteOffline',
      'EdgeSiteOldestUnsentTooOld',
      'EdgeSiteOutageHoursLow',
      'EdgeSiteSpoolFull',
      'EdgeSiteSpoolCorrupt',
      'EdgeSiteMachinesOffline',
      'EdgeSiteClockSkew',
      'EdgeSiteCommandFailures',
    ]) {
      assert.match(text, new RegExp(`alert: ${alert}\\n`), `${alert} is there`);
    }
  });

  it('promtool test rules: each alert fires for its site after its time, and not for a healthy one', () => {
    assert.match(promtool(['test', 'rules', 'fleet-alerts.test.yml']), /SUCCESS/);
  });

  it('a broken rule fails the check (the check can fail)', () => {
    const bad = join(tmp.path, 'bad.yml');
    writeFileSync(bad, 'groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: edge_fleet_site_online ==\n');
    assert.throws(() => execFileSync(PROMTOOL, ['check', 'rules', bad], { stdio: 'pipe' }));
  });

  it('every metric the alert rules use is exported by the live fleet view', () => {
    const exprs = ruleExprs(join(RULES_DIR, 'fleet-alerts.yml'));
    assert.ok(exprs.length >= 8);
    for (const expr of exprs) {
      const names = fleetNames(expr);
      assert.ok(names.length > 0, `${expr} queries a fleet metric`);
      for (const n of names) assert.ok(exported.has(n), `${n} (in "${expr}") is on the fleet /metrics`);
    }
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
        const names = fleetNames(t.expr);
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
