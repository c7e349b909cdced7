// The fleet model reads the core broker as hostile input: each kind of bad message is refused with its counted reason,
// the site keeps its last good record, the number of sites is capped without evicting known ones, and strings are
// checked before they reach the page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FleetModel } from '../../../core/fleet/model.ts';
import { simSite } from '../../../harness/fleet-sim.ts';
import { pb } from '../../../proto/index.ts';

const P = 'gov/v1/site';
const NOW = Date.UTC(2026, 11, 1, 6, 0, 0);

function model(maxSites = 10): FleetModel {
  return new FleetModel({ prefix: P, maxSites, maxPayloadBytes: 4096, history: { slots: 12, bucketMs: 60_000 }, now: () => NOW });
}

function health(siteId: string, extra: Record<string, unknown> = {}): Buffer {
  return Buffer.from(pb.GatewayHealth.encode({ siteId, timeMs: NOW, gatewayVersion: '1.4.0', ...extra }).finish());
}

describe('fleet model', () => {
  it('takes a simulated site: status and health under one record, the backlog in its history', () => {
    const m = model();
    const s = simSite(5, NOW);
    assert.equal(m.apply(`${P}/${s.id}/status`, Buffer.from(s.status)), undefined);
    assert.equal(m.apply(`${P}/${s.id}/health`, Buffer.from(s.health)), undefined);
    const r = m.sites.get(s.id)!;
    assert.equal(r.status?.online, true);
    assert.equal(r.status?.siteName, 'Service point 5');
    assert.ok(r.health!.machines.length >= 2);
    assert.ok(Math.max(...r.history.series(NOW).map((v) => v ?? 0)) > 0, 'the backlog is in the sparkline');
    assert.equal(m.accepted, 2);
  });

  it('refuses each kind of bad message with its reason and keeps the last good record', () => {
    const m = model();
    const good = health('mo-a-01', { spool: { classes: [{ spoolClass: 'tx', depth: 3 }] } });
    m.apply(`${P}/mo-a-01/health`, good);
    const cases: [string, Buffer, string][] = [
      [`${P}/mo-a-01/other`, good, 'topic'],
      [`${P}/mo-a-01/x/health`, good, 'topic'],
      [`elsewhere/mo-a-01/health`, good, 'topic'],
      [`${P}/-bad/health`, good, 'site-id'],
      [`${P}/${'a'.repeat(65)}/health`, good, 'site-id'],
      [`${P}/mo-a-01/health`, Buffer.alloc(5000, 1), 'too-large'],
      [`${P}/mo-a-01/health`, Buffer.from([0x0a, 0xff, 0xff]), 'not-protobuf'],
      [`${P}/mo-a-01/health`, health('mo-b-02'), 'site-mismatch'],
      [`${P}/mo-a-01/status`, Buffer.from(pb.SiteStatus.encode({ siteId: 'mo-b-02', online: true }).finish()), 'site-mismatch'],
    ];
    for (const [topic, payload, reason] of cases) assert.equal(m.apply(topic, payload), reason, `${topic} -> ${reason}`);
    assert.deepEqual(m.refused, { topic: 3, 'site-id': 2, 'too-large': 1, 'not-protobuf': 1, 'site-mismatch': 2, 'site-limit': 0 });
    assert.equal(m.sites.size, 1);
    assert.equal(m.sites.get('mo-a-01')!.health!.spool.classes[0]!.depth, 3, 'the last good health stays');
  });

  it('caps the number of sites: a new site beyond --max-sites is refused, known sites still update', () => {
    const m = model(3);
    for (const id of ['s-1', 's-2', 's-3']) assert.equal(m.apply(`${P}/${id}/health`, health(id)), undefined);
    assert.equal(m.apply(`${P}/s-4/health`, health('s-4')), 'site-limit');
    assert.equal(m.apply(`${P}/s-2/health`, health('s-2', { uptimeS: 9 })), undefined);
    assert.equal(m.sites.get('s-2')!.health!.uptimeS, 9);
    assert.deepEqual([...m.sites.keys()], ['s-1', 's-2', 's-3']);
    assert.equal(m.refused['site-limit'], 1);
  });

  it('an empty retained payload forgets that half; a site with neither half is removed', () => {
    const m = model();
    const s = simSite(1, NOW);
    m.apply(`${P}/${s.id}/status`, Buffer.from(s.status));
    m.apply(`${P}/${s.id}/health`, Buffer.from(s.health));
    m.apply(`${P}/${s.id}/health`, Buffer.alloc(0));
    assert.equal(m.sites.get(s.id)!.health, undefined);
    m.apply(`${P}/${s.id}/status`, Buffer.alloc(0));
    assert.equal(m.sites.has(s.id), false);
  });

  it('keeps only checked strings: markup and controls out of names, unknown codes and versions replaced, machines cut', () => {
    const m = model();
    m.apply(
      `${P}/mo-x-01/status`,
      Buffer.from(
        pb.SiteStatus.encode({
          siteId: 'mo-x-01',
          siteName: 'Hall\u0000 <b>1</b>\u202e',
          online: true,
          gatewayVersion: '1.0 <script>',
        }).finish(),
      ),
    );
    const machines = Array.from({ length: 300 }, (_, i) => ({
      deviceId: i === 0 ? '<img src=x>' : `m-${i}`,
      lastErrorCode: i === 1 ? 'card 4111' : 'GW_PAYLOAD_SCHEMA',
    }));
    const big = new FleetModel({
      prefix: P,
      maxSites: 10,
      maxPayloadBytes: 65_536,
      history: { slots: 4, bucketMs: 60_000 },
      now: () => NOW,
    });
    big.apply(`${P}/mo-x-01/health`, health('mo-x-01', { machines, configHash: 'zz', reason: 'Robert; DROP' }));
    const r = m.sites.get('mo-x-01')!;
    assert.equal(r.status!.siteName, 'Hall <b>1</b>', 'controls removed; the page sets it as text');
    assert.equal(r.status!.version, 'invalid');
    const h = big.sites.get('mo-x-01')!.health!;
    assert.equal(h.machines.length, 256);
    assert.equal(h.machinesCut, 44);
    assert.equal(h.machines[0]!.id, 'invalid');
    assert.equal(h.machines[1]!.lastErrorCode, 'GW_INVALID', 'free text never passes as a code');
    assert.equal(h.machines[2]!.lastErrorCode, 'GW_PAYLOAD_SCHEMA');
    assert.equal(h.configHash, 'invalid');
    assert.equal(h.reason, 'other');
  });

  it('takes config results: the version, state, time and codes only; hostile results are refused and counted', () => {
    const m = model();
    m.apply(`${P}/mo-a-01/status`, Buffer.from(pb.SiteStatus.encode({ siteId: 'mo-a-01', online: true, configVersion: 3 }).finish()));
    const result = (siteId: string, extra: Record<string, unknown>) =>
      Buffer.from(pb.ConfigResult.encode({ siteId, version: 4, timeMs: NOW, activeVersion: 3, ...extra }).finish());
    const bad = result('mo-a-01', {
      state: pb.ConfigState.CONFIG_STATE_REJECTED,
      problems: [
        { path: '/devices/0', code: 'GW_CONFIG_REMOTE_INVALID', message: 'a free text <b>message</b> the view never keeps' },
        { path: '', code: 'not a code' },
      ],
    });
    assert.equal(m.apply(`${P}/mo-a-01/config/result`, bad), undefined);
    const r = m.sites.get('mo-a-01')!;
    assert.deepEqual(r.configResult, {
      version: 4,
      state: 'rejected',
      timeMs: NOW,
      activeVersion: 3,
      codes: ['GW_CONFIG_REMOTE_INVALID', 'GW_INVALID'],
    });
    assert.equal(m.apply(`${P}/mo-a-01/config/result`, result('mo-b-02', {})), 'site-mismatch');
    assert.equal(m.apply(`${P}/mo-a-01/config/result`, Buffer.from([0x0a, 0xff, 0xff])), 'not-protobuf');
    assert.equal(m.apply(`${P}/mo-a-01/config/other`, bad), 'topic');
    assert.equal(m.apply(`${P}/mo-a-01/config`, bad), 'topic');
    assert.equal(m.apply(`${P}/mo-a-01/config/result`, Buffer.alloc(5000, 1)), 'too-large');
    assert.equal(m.apply(`${P}/mo-a-01/config/result`, result('mo-a-01', { state: 99 })), undefined);
    assert.equal(m.sites.get('mo-a-01')!.configResult?.state, 'other', 'an unknown state is "other"');
    const many = result('mo-a-01', { state: 2, problems: Array.from({ length: 50 }, () => ({ code: 'GW_CONFIG_REMOTE_INVALID' })) });
    m.apply(`${P}/mo-a-01/config/result`, many);
    assert.equal(m.sites.get('mo-a-01')!.configResult?.codes.length, 8, 'codes are capped');
    assert.equal(m.sites.get('mo-a-01')!.status?.configVersion, 3);
  });
});
