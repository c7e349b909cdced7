// The site's shipped alerting (issue 15): deploy/prometheus/site-alerts.yml passes Debian's `promtool check rules` and
// its unit tests (`promtool test rules site-alerts.test.yml`), and every metric it queries is one a real gateway
// process announces on its /metrics (so a renamed gauge cannot leave an alert silently watching nothing).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import {
  assertBrokenRuleFails,
  assertExported,
  assertRulesCheck,
  PROMTOOL,
  promtool,
  ruleExprs,
  RULES_DIR,
} from '../../harness/promtool.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { parsePrometheus } from '../gateway/status/prom-text.ts';

const RULES = join(RULES_DIR, 'site-alerts.yml');

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
    assertRulesCheck('site-alerts.yml', [
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
    ]);
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
    assertBrokenRuleFails(tmp.path, 'edge_gateway_spool_full');
  });

  it('every metric the rules query is announced on a real gateway /metrics', () => {
    const exprs = ruleExprs('site-alerts.yml');
    assert.equal(exprs.length, 10);
    assertExported(exprs, 'edge_gateway_', announced, "gateway's");
  });
});
