// The site's shipped alerting (issue 15): deploy/prometheus/site-alerts.yml passes Debian's `promtool check rules` and
// its unit tests (`promtool test rules site-alerts.test.yml`), and every metric it queries is one a real gateway
// process announces on its /metrics (so a renamed gauge cannot leave an alert silently watching nothing).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO, startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { parsePrometheus } from '../gateway/status/prom-text.ts';

const PROMTOOL = '/usr/bin/promtool';
const RULES_DIR = join(REPO, 'deploy', 'prometheus');
const RULES = join(RULES_DIR, 'site-alerts.yml');

function promtool(args: string[], cwd = RULES_DIR): string {
  assert.ok(existsSync(PROMTOOL), `${PROMTOOL} is missing: apt-get install -y prometheus (scripts/debian-deps.sh)`);
  try {
    return execFileSync(PROMTOOL, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    assert.fail(`promtool ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

describe('site alert rules', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let gw: GatewayFixture;
  let announced: Set<string>;

  before(async () => {
    tmp = await tempDir('eg-site-alerts-');
    core = await startMosquitto();
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      devices: [{ id: 'vend-01', kind: 'vending', password: 'vend-secret-1' }],
    });
    const families = parsePrometheus(await (await fetch(`http://127.0.0.1:${gw.httpPort}/metrics`)).text());
    announced = new Set([...families.keys(), ...[...families.values()].flatMap((f) => f.samples.map((s) => s.name))]);
  });

  after(async () => {
    await gw?.stop();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('promtool check rules accepts site-alerts.yml, with every trouble the issue names', () => {
    assert.match(promtool(['check', 'rules', 'site-alerts.yml']), /SUCCESS: \d+ rules found/);
    const text = readFileSync(RULES, 'utf8');
    for (const alert of [
      'EdgeGatewayUplinkDown',
      'EdgeGatewayOldestUnsentTooOld',
      'EdgeGatewayOutageHoursLow',
      'EdgeGatewaySpoolFull',
      'EdgeGatewaySpoolCorrupt',
      'EdgeGatewayMachineOffline',
      'EdgeGatewayClockSkew',
      'EdgeGatewayMachineClockSkew',
      'EdgeGatewayMachineClockUntrusted',
      'EdgeGatewayCommandFailures',
    ]) {
      assert.match(text, new RegExp(`alert: ${alert}\\n`), `${alert} is there`);
    }
  });

  it('promtool test rules: each alert fires for the site in trouble after its time, never for the healthy one', () => {
    assert.match(promtool(['test', 'rules', 'site-alerts.test.yml']), /SUCCESS/);
  });

  it('a wrong expectation fails the unit test, and a broken rule fails the check (both checks can fail)', () => {
    const tests = readFileSync(join(RULES_DIR, 'site-alerts.test.yml'), 'utf8').replace(
      'rule_files:\n  - site-alerts.yml',
      `rule_files:\n  - ${RULES}`,
    );
    const same = join(tmp.path, 'same.test.yml');
    writeFileSync(same, tests);
    assert.match(promtool(['test', 'rules', same], tmp.path), /SUCCESS/, 'the copy passes as it is');
    const wrong = join(tmp.path, 'wrong.test.yml');
    writeFileSync(
      wrong,
      tests.replace("summary: 'site-a:8080: spool full, new transactions refused'", "summary: 'site-a:8080: all is well'"),
    );
    assert.throws(() => execFileSync(PROMTOOL, ['test', 'rules', wrong], { stdio: 'pipe' }));
    const bad = join(tmp.path, 'bad.yml');
    writeFileSync(bad, 'groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: edge_gateway_spool_full ==\n');
    assert.throws(() => execFileSync(PROMTOOL, ['check', 'rules', bad], { stdio: 'pipe' }));
  });

  it('every metric the rules query is announced on a real gateway /metrics', () => {
    const exprs = [...readFileSync(RULES, 'utf8').matchAll(/^\s+expr: (.+)$/gm)].map((m) => m[1]!);
    assert.equal(exprs.length, 10);
    for (const expr of exprs) {
      const names = [...new Set(expr.match(/\bedge_gateway_[a-z0-9_]+/g) ?? [])];
      assert.ok(names.length > 0, `${expr} queries a gateway metric`);
      for (const n of names) assert.ok(announced.has(n), `${n} (in "${expr}") is on the gateway's /metrics`);
    }
  });
});
