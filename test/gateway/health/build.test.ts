// The GatewayHealth a site sends to the core, built from explicit inputs and read back by protoc (a decoder nobody here
// wrote): every figure the fleet view shows is there, and nothing a machine typed (its error messages) leaves the site.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildHealth, codeOf, encodeHealth, spoolFreeBytes, type HealthSnapshot } from '../../../gateway/health/build.ts';
import { outageHoursLeft } from '../../../gateway/health/capacity.ts';
import { configHash } from '../../../gateway/health/config-hash.ts';
import { maskText } from '../../../base/outside-text.ts';
import { asList, protocDecode, protocFields, type ProtoFields } from '../../../harness/protoc.ts';

const NOW = Date.UTC(2026, 11, 1, 9, 30, 0);

function snapshot(): HealthSnapshot {
  return {
    siteId: 'mo-nam-van-01',
    nowMs: NOW,
    version: '1.2.3',
    configVersion: 'change-481',
    configHash: configHash({ site: { id: 'mo-nam-van-01' } }),
    startedMs: NOW - 3_600_000,
    sequence: 7,
    reason: 'uplink_up',
    uplink: { connected: true, sinceMs: NOW - 1000, reconnects: 2, lastConfirmMs: NOW - 500, lastError: undefined },
    spool: {
      classes: {
        tx: { depth: 120, bytes: 48_000, inflight: 10, oldestAgeMs: 5_400_000, segments: 1 },
        telemetry: { depth: 3, bytes: 600, inflight: 0, oldestAgeMs: 20_000, segments: 1 },
        state: { depth: 0, bytes: 0, inflight: 0, oldestAgeMs: 0, segments: 1 },
      },
      depth: 123,
      diskBytes: 60_000,
      maxBytes: 1_000_000,
      full: false,
      drops: { ttl: 4, quota: 1, superseded: 9 },
      corruptions: 1,
      lastSequence: 9001,
      appendRate: 0.5,
      drainRate: 12.25,
      drainEtaS: 10,
      outageHoursLeft: 3,
    },
    filesystemFreeBytes: 500_000,
    outageHoursLeft: outageHoursLeft(500_000, 100_000),
    machines: [
      {
        id: 'vend-01',
        kind: 'vending',
        transport: 'mqtt',
        counters: {
          online: true,
          lastSeen: NOW - 2000,
          received: 50,
          rejected: 2,
          forwarded: 48,
          lastError: { code: 'GW_SALE_TOTAL_MISMATCH', message: maskText('card 4111111111111111 total 900'), at: NOW - 60_000 },
        },
        today: { received: 40, rejected: 2, forwarded: 38 },
        clock: { known: true, offsetMs: 600_000, trusted: true, jumped: false, skewed: true, sampleTimeMs: NOW - 2000, samples: 15 },
      },
      { id: 'lock-01', kind: 'locker', transport: 'opcua', today: { received: 0, rejected: 0, forwarded: 0 } },
    ],
    countsSinceMs: NOW - 3_600_000,
    clock: {
      known: true,
      offsetMs: -42,
      uncertaintyMs: 3,
      roundTripMs: 4,
      sampleTimeMs: NOW - 10_000,
      skewed: false,
      samples: 3,
      maxSkewMs: 60_000,
    },
    commandsFailed: 1,
  };
}

describe('GatewayHealth builder', () => {
  it('carries the spool, the machines, the uplink and the clocks, as protoc reads them', () => {
    const bytes = encodeHealth(snapshot());
    const text = protocDecode('GatewayHealth', bytes);
    const h = protocFields(text);
    assert.equal(h.site_id, 'mo-nam-van-01');
    assert.equal(h.gateway_version, '1.2.3');
    assert.equal(h.config_version, 'change-481');
    assert.match(String(h.config_hash), /^[0-9a-f]{64}$/);
    assert.equal(h.uptime_s, 3600);
    assert.equal(h.reason, 'uplink_up');
    const uplink = h.uplink as ProtoFields;
    assert.deepEqual([uplink.connected, uplink.reconnects], [true, 2]);
    const spool = h.spool as ProtoFields;
    const tx = asList(spool.classes).find((c) => (c as ProtoFields).spool_class === 'tx') as ProtoFields;
    assert.deepEqual([tx.depth, tx.bytes, tx.oldest_unsent_age_ms], [120, 48_000, 5_400_000]);
    assert.equal(spool.free_bytes, 500_000, 'the filesystem has less room than the quota leaves');
    assert.deepEqual([spool.outage_hours_left, spool.outage_hours_known], [5, true]);
    assert.deepEqual([spool.corruptions, spool.drops_ttl, spool.drops_superseded], [1, 4, 9]);
    const machines = asList(h.machines) as ProtoFields[];
    assert.deepEqual(
      machines.map((m) => [m.device_id, m.kind, m.transport, m.online ?? false]),
      [
        ['vend-01', 'DEVICE_KIND_VENDING', 'mqtt', true],
        ['lock-01', 'DEVICE_KIND_LOCKER', 'opcua', false],
      ],
    );
    const vend = machines[0]!;
    assert.deepEqual([vend.received, vend.rejected, vend.forwarded, vend.last_error_code], [40, 2, 38, 'GW_SALE_TOTAL_MISMATCH']);
    assert.deepEqual([(vend.clock as ProtoFields).offset_ms, (vend.clock as ProtoFields).skewed], [600_000, true]);
    const clock = h.clock as ProtoFields;
    assert.deepEqual([clock.offset_ms, clock.uncertainty_ms, clock.known], [-42, 3, true]);
    // Codes only: the machine's own text (a card number in it, masked or not) never leaves the site.
    assert.doesNotMatch(text, /4111|card|total 900/);
  });

  it('reports the outage hours as unknown while nothing comes in, and the uplink error by its code only', () => {
    const s = snapshot();
    s.outageHoursLeft = null;
    s.uplink = { ...s.uplink, connected: false, lastError: 'GW_UPLINK_TLS: certificate has expired for 10.0.0.9' };
    const h = buildHealth(s);
    assert.deepEqual([h.spool?.outageHoursKnown, h.uplink?.lastErrorCode], [false, 'GW_UPLINK_TLS']);
    assert.equal(codeOf('connect ECONNREFUSED 127.0.0.1:1883'), '');
  });

  it('free room is the smaller of the quota left and the filesystem', () => {
    assert.equal(spoolFreeBytes({ maxBytes: 1000, diskBytes: 100 }, 50), 50);
    assert.equal(spoolFreeBytes({ maxBytes: 1000, diskBytes: 100 }), 900);
    assert.equal(spoolFreeBytes({ maxBytes: 1000, diskBytes: 1200 }, 5000), 0);
  });

  it('the config hash does not depend on key order', () => {
    assert.equal(configHash({ a: 1, b: { c: [1, 2], d: 'x' } }), configHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    assert.notEqual(configHash({ a: 1 }), configHash({ a: 2 }));
  });
});
