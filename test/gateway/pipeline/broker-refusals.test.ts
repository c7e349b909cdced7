// Refusals before authentication: counted by code and reason (never per claimed name), counted on a configured machine
// when the login named one, logged at most once per window with a keyed fingerprint instead of the name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pino from 'pino';
import { BrokerRefusals, fingerprint } from '../../../gateway/pipeline/broker-refusals.ts';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';

const KEY = Buffer.alloc(32, 7);

function setup() {
  let now = 1_000_000;
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'info' },
    {
      write: (l: string) => {
        lines.push(JSON.parse(l) as Record<string, unknown>);
      },
    },
  );
  const stats = new DeviceStats(() => now);
  const heard: { deviceId?: string; code: string; message: string }[] = [];
  stats.onRejected((r) => heard.push(r));
  const refusals = new BrokerRefusals({ stats, log, hashKey: KEY, logEveryMs: 10_000, clock: () => now });
  return {
    stats,
    refusals,
    lines,
    heard,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('refusals before authentication', () => {
  it('10,000 unknown names leave two counters, no per-name entry, and a handful of log lines without the names', () => {
    const { stats, refusals, lines, heard, advance } = setup();
    for (let i = 0; i < 10_000; i++) {
      refusals.refuse({
        code: 'GW_AUTH_FAILED',
        reason: 'unknown device id',
        source: '10.0.0.66',
        claimedId: `attacker-${i}-${'x'.repeat(100)}`,
      });
      if (i % 1000 === 999) advance(5_000);
    }
    refusals.refuse({ code: 'GW_MQTT_PACKET_TOO_LARGE', reason: 'packet larger than broker.maxPayloadBytes allows', source: '10.0.0.66' });
    assert.deepEqual(stats.snapshot(), {}, 'no per-device entry for a name that is not configured');
    assert.deepEqual(stats.refusalCounts(), [
      { code: 'GW_AUTH_FAILED', reason: 'unknown device id', count: 10_000 },
      { code: 'GW_MQTT_PACKET_TOO_LARGE', reason: 'packet larger than broker.maxPayloadBytes allows', count: 1 },
    ]);
    assert.ok(
      heard.every((r) => r.deviceId === undefined && !r.message.includes('attacker')),
      'the status page hears only the fixed reason',
    );
    assert.ok(!JSON.stringify(lines).includes('attacker'), 'no name in the log');
    const auth = lines.filter((l) => l.code === 'GW_AUTH_FAILED');
    assert.equal(auth.length, 5, 'one line per 10 s over 50 s');
    assert.equal(auth[0]!.idFingerprint, fingerprint(KEY, `attacker-0-${'x'.repeat(100)}`));
    assert.match(String(auth[0]!.idFingerprint), /^[0-9a-f]{8}$/);
    assert.equal(auth[1]!.suppressed, 1999, 'the next line says how many were not logged');
  });

  it("a wrong password for a configured machine is that machine's rejection, and counted by code", () => {
    const { stats, refusals, lines } = setup();
    for (let i = 0; i < 3; i++)
      refusals.refuse({ code: 'GW_AUTH_FAILED', reason: 'wrong password', source: '10.0.0.5', deviceId: 'vend-01' });
    assert.equal(stats.snapshot()['vend-01']!.rejected, 3);
    assert.equal(stats.snapshot()['vend-01']!.lastError?.message, 'wrong password');
    assert.deepEqual(stats.refusalCounts(), [{ code: 'GW_AUTH_FAILED', reason: 'wrong password', count: 3 }]);
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.deviceId, 'vend-01');
  });

  it('distinct reasons are bounded: past the cap they fold into "other"', () => {
    const { stats } = setup();
    for (let i = 0; i < 500; i++) stats.refused('GW_AUTH_FAILED', `reason ${i}`);
    const counts = stats.refusalCounts();
    assert.equal(counts.length, 65);
    assert.equal(counts.find((c) => c.reason === 'other')?.count, 436);
  });
});
