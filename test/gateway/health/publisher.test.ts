// When the site's health goes out: every interval, at once on a change, never twice within the minimum gap (a
// flapping machine cannot flood the core), nothing while the uplink is down, the latest the moment it is back.
// Timers and the clock are driven by the test (node:test mock timers), so nothing here depends on the machine's speed.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import type { HealthReason } from '../../../gateway/health/build.ts';
import { HealthPublisher } from '../../../gateway/health/publisher.ts';

let now = 0;
function advance(ms: number): void {
  now += ms;
  mock.timers.tick(ms);
}

function rig(opts: { intervalMs?: number; minGapMs?: number } = {}) {
  const sent: { reason: HealthReason; at: number }[] = [];
  let connected = true;
  let built = 0;
  const p = new HealthPublisher({
    topic: 'gov/v1/site/s1/health',
    intervalMs: opts.intervalMs ?? 60_000,
    minGapMs: opts.minGapMs ?? 5000,
    build: (reason) => {
      built++;
      return Buffer.from(reason);
    },
    connected: () => connected,
    publish: (topic, payload) => {
      assert.equal(topic, 'gov/v1/site/s1/health');
      sent.push({ reason: payload.toString() as HealthReason, at: now });
      return true;
    },
    clock: () => now,
  });
  return {
    p,
    sent,
    built: () => built,
    setConnected(v: boolean) {
      connected = v;
    },
  };
}

describe('health publisher', () => {
  beforeEach(() => {
    now = 1_000_000;
    mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  });
  afterEach(() => mock.timers.reset());

  it('publishes at start, then every interval', () => {
    const r = rig();
    r.p.start();
    advance(60_000);
    advance(60_000);
    assert.deepEqual(
      r.sent.map((s) => s.reason),
      ['start', 'interval', 'interval'],
    );
    r.p.stop();
    advance(120_000);
    assert.equal(r.sent.length, 3, 'nothing after stop');
  });

  it('a flapping machine: 50 changes in 10 s give one message at once and one at the end of each gap', () => {
    const r = rig();
    r.p.start();
    advance(30_000);
    for (let i = 0; i < 50; i++) {
      r.p.changed(i % 2 ? 'machine_online' : 'machine_offline');
      advance(200);
    }
    advance(10_000);
    const changes = r.sent.slice(1);
    assert.ok(changes.length <= 4, `${changes.length} messages for 50 changes`);
    assert.equal(changes[0]!.reason, 'machine_offline');
    assert.equal(changes[0]!.at, 1_030_000, 'the first change goes out at once');
    for (let i = 1; i < r.sent.length; i++) assert.ok(r.sent[i]!.at - r.sent[i - 1]!.at >= 5000, 'never within the gap');
    assert.ok(r.p.health().folded > 40);
  });

  it('builds and sends nothing while the uplink is down; publishes the latest at once when it is back', () => {
    const r = rig();
    r.p.start();
    r.setConnected(false);
    const builtBefore = r.built();
    advance(300_000);
    r.p.changed('spool_full');
    advance(10_000);
    assert.equal(r.built(), builtBefore, 'nothing built, nothing queued');
    assert.equal(r.sent.length, 1);
    r.setConnected(true);
    r.p.changed('uplink_up');
    assert.deepEqual(r.sent[1], { reason: 'uplink_up', at: now });
  });

  it('a change just after a publish waits for the gap, then goes out with the state of that moment', () => {
    const r = rig({ minGapMs: 5000 });
    r.p.start();
    advance(1000);
    r.p.changed('config_reloaded');
    assert.equal(r.sent.length, 1);
    advance(4000);
    assert.deepEqual(r.sent[1], { reason: 'config_reloaded', at: now });
  });
});
