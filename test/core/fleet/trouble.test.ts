// Trouble first: what the page and /metrics say is wrong with a site, and the order the page lists sites in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FleetModel } from '../../../core/fleet/model.ts';
import { compareVersions, DEFAULT_RULES } from '../../../core/fleet/trouble.ts';
import { FleetView } from '../../../core/fleet/view.ts';
import { pb } from '../../../proto/index.ts';
import { profileOf, simSite, type SimProfile } from '../../../harness/fleet-sim.ts';

const P = 'gov/v1/site';
const NOW = Date.UTC(2026, 11, 1, 6, 0, 0);

function fleetOf(n: number): FleetView {
  return new FleetView(modelOf(n), DEFAULT_RULES, undefined, () => NOW);
}

function modelOf(n: number): FleetModel {
  const m = new FleetModel({
    prefix: P,
    maxSites: 100_000,
    maxPayloadBytes: 65_536,
    history: { slots: 12, bucketMs: 300_000 },
    now: () => NOW,
  });
  for (let i = 0; i < n; i++) {
    const s = simSite(i, NOW);
    m.apply(`${P}/${s.id}/status`, Buffer.from(s.status));
    m.apply(`${P}/${s.id}/health`, Buffer.from(s.health));
  }
  return m;
}

const EXPECTED: Record<SimProfile, string> = {
  healthy: '',
  offline: 'offline',
  backlogged: 'backlog-old',
  'outage-low': 'outage-hours-low',
  'spool-full': 'spool-full',
  corrupt: 'corrupt',
  'machines-offline': 'machines-offline',
  'clock-skew': 'clock-skew',
  'machine-clock-jump': 'clock-skew',
  'old-version': 'old-version',
};

describe('site trouble and order', () => {
  it('flags each simulated trouble on its site and nothing on a healthy one', () => {
    const rows = fleetOf(200).snapshot().rows;
    for (const r of rows) {
      const profile = profileOf(Number(r.id.slice(4)));
      const want = EXPECTED[profile];
      if (want === '') assert.deepEqual(r.facts.troubles, [], `${r.id} (${profile})`);
      else assert.ok(r.facts.troubles.includes(want as never), `${r.id} (${profile}) has ${want}: ${r.facts.troubles}`);
    }
  });

  it('lists trouble first: offline, then spool full, ... , old version, then the healthy sites', () => {
    const rows = fleetOf(300).snapshot().rows;
    const firstTrouble = rows.map((r) => r.facts.troubles[0] ?? 'none');
    const order = [
      'offline',
      'silent',
      'spool-full',
      'corrupt',
      'outage-hours-low',
      'backlog-old',
      'machines-offline',
      'clock-skew',
      'old-version',
      'none',
    ];
    const ranks = firstTrouble.map((t) => order.indexOf(t));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
      'sorted by first trouble',
    );
    assert.equal(firstTrouble[0], 'offline');
    // Among equals, the older backlog first, then by id.
    const healthy = rows.filter((r) => r.facts.troubles.length === 0).map((r) => [r.facts.oldestUnsentAgeMs, r.id] as const);
    assert.deepEqual(
      healthy,
      [...healthy].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1)),
    );
  });

  it('an offline site keeps ageing: its oldest unsent grows with the time since its last health', () => {
    const r = fleetOf(3)
      .snapshot()
      .rows.find((x) => x.id === 'sim-00002')!;
    assert.equal(r.facts.online, false);
    assert.ok(r.facts.oldestUnsentAgeMs > r.facts.healthAgeMs!, 'reported age plus time since the report');
  });

  it('a skewed gateway clock is flagged with its offset; a small offset is not', () => {
    const rows = fleetOf(20).snapshot().rows;
    const skewed = rows.find((r) => r.id === 'sim-00016')!;
    assert.equal(skewed.facts.clockSkewed, true);
    assert.equal(Math.abs(skewed.facts.clockOffsetMs!), 45_000);
    const fine = rows.find((r) => r.id === 'sim-00030' || r.id === 'sim-00019')!;
    assert.equal(fine.facts.clockSkewed, false);
  });

  it('compares versions numerically, pre-releases before their release', () => {
    assert.ok(compareVersions('1.10.0', '1.9.3') > 0);
    assert.ok(compareVersions('1.2.0-rc.1', '1.2.0') < 0);
    assert.equal(compareVersions('1.2', '1.2.0'), 0);
    assert.ok(compareVersions('invalid', '1.0.0') < 0);
  });

  it('a rejected or rolled back last config result is trouble and sorts before a healthy site; applied is not', () => {
    const model = modelOf(40);
    const view = new FleetView(model, DEFAULT_RULES, undefined, () => NOW);
    const healthy = view.snapshot().rows.filter((r) => r.facts.troubles.length === 0);
    assert.ok(healthy.length >= 3);
    const result = (siteId: string, state: number) =>
      Buffer.from(
        pb.ConfigResult.encode({ siteId, version: 7, state, timeMs: NOW, problems: [{ code: 'GW_CONFIG_REMOTE_UNHEALTHY' }] }).finish(),
      );
    const [a, b, c] = healthy.map((r) => r.id);
    model.apply(`${P}/${a}/config/result`, result(a!, pb.ConfigState.CONFIG_STATE_REJECTED));
    model.apply(`${P}/${b}/config/result`, result(b!, pb.ConfigState.CONFIG_STATE_ROLLED_BACK));
    model.apply(`${P}/${c}/config/result`, result(c!, pb.ConfigState.CONFIG_STATE_APPLIED));
    const rows = new FleetView(model, DEFAULT_RULES, undefined, () => NOW + 1).snapshot().rows;
    const at = (id: string) => rows.findIndex((r) => r.id === id);
    assert.deepEqual(rows[at(a!)]!.facts.troubles, ['config-failed']);
    assert.deepEqual(rows[at(b!)]!.facts.troubles, ['config-failed']);
    assert.deepEqual(rows[at(c!)]!.facts.troubles, []);
    assert.deepEqual(rows[at(b!)]!.facts.configResult, {
      version: 7,
      state: 'rolled_back',
      timeMs: NOW,
      codes: ['GW_CONFIG_REMOTE_UNHEALTHY'],
    });
    const firstHealthy = rows.findIndex((r) => r.facts.troubles.length === 0);
    assert.ok(at(a!) < firstHealthy && at(b!) < firstHealthy, 'a failed config sorts before the healthy sites');
  });
});
