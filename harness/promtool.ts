// Debian's promtool against the shipped Prometheus rules (deploy/prometheus/): check and unit-test them, and read the
// metric names their expressions query, so a test can hold them against a live /metrics.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './gateway.ts';

export const PROMTOOL = '/usr/bin/promtool';
export const RULES_DIR = join(REPO, 'deploy', 'prometheus');

/** Runs promtool (in the rules folder unless told) and returns its output; a failure fails the test with promtool's words. */
export function promtool(args: string[], cwd = RULES_DIR): string {
  assert.ok(existsSync(PROMTOOL), `${PROMTOOL} is missing: apt-get install -y prometheus (scripts/debian-deps.sh)`);
  try {
    return execFileSync(PROMTOOL, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    assert.fail(`promtool ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

/** promtool check rules accepts the file, and every alert named is in it. */
export function assertRulesCheck(file: string, alerts: string[]): void {
  assert.match(promtool(['check', 'rules', file]), /SUCCESS: \d+ rules found/);
  const text = readFileSync(join(RULES_DIR, file), 'utf8');
  for (const alert of alerts) assert.match(text, new RegExp(`alert: ${alert}\\n`), `${alert} is there`);
}

/** The check can fail: a rule whose expression does not parse, written into `dir`, is refused. */
export function assertBrokenRuleFails(dir: string, metric: string): void {
  const bad = join(dir, 'bad.yml');
  writeFileSync(bad, `groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: ${metric} ==\n`);
  assert.throws(() => execFileSync(PROMTOOL, ['check', 'rules', bad], { stdio: 'pipe' }));
}

/** The `expr:` lines of a rules file in RULES_DIR (each rule here is on one line). */
export function ruleExprs(file: string): string[] {
  return [...readFileSync(join(RULES_DIR, file), 'utf8').matchAll(/^\s+expr: (.+)$/gm)].map((m) => m[1]!);
}

/** The metric names starting with `prefix` ("edge_fleet_") that a PromQL expression uses. */
export function metricNames(expr: string, prefix: string): string[] {
  return [...new Set(expr.match(new RegExp(`\\b${prefix}[a-z0-9_]+`, 'g')) ?? [])];
}

/** Every metric each expression queries is in `exported`; each expression queries at least one. */
export function assertExported(exprs: string[], prefix: string, exported: ReadonlySet<string>, where: string): void {
  for (const expr of exprs) {
    const names = metricNames(expr, prefix);
    assert.ok(names.length > 0, `${expr} queries a ${prefix} metric`);
    for (const n of names) assert.ok(exported.has(n), `${n} (in "${expr}") is on the ${where} /metrics`);
  }
}
