// SiteHealth on the gateway's bus, over a real spool and the real device counters: a machine coming online publishes
// the health at once, flapping does not flood, stored records feed the machine clocks, the uplink going down stops the
// publishing and coming back publishes at once, and stop() leaves the bus as it found it.
// The bus events are the ones the pipeline emits (gateway/events/events.ts); timers and the clock are the test's.
import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { pino } from 'pino';
import { createGatewayBus, type GatewayEventName } from '../../../gateway/events/events.ts';
import { SiteHealth } from '../../../gateway/health/site-health.ts';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';
import { Spool } from '../../../gateway/spool/spool.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';
import { pb } from '../../../proto/index.ts';

const CONFIG = { site: { id: 'mo-unit-01' } };
const EVENTS: GatewayEventName[] = ['record.stored', 'uplink.connected', 'uplink.disconnected', 'device.online', 'spool.alarm'];

describe('site health on the bus', () => {
  let tmp: TempDir;
  let spool: Spool;
  before(async () => {
    tmp = await tempDir('eg-site-health-');
    spool = new Spool({ dir: tmp.path, maxBytes: 4 * 1024 * 1024, segmentBytes: 1024 * 1024, telemetryTtlMs: 60_000, dedupWindow: 10 });
    spool.start();
  });
  after(async () => {
    await spool.stop();
    await tmp.cleanup();
  });

  it('publishes on start, at once when a machine comes online, folds a flapping machine, and feeds machine clocks', () => {
    let now = Date.UTC(2026, 11, 1, 9, 0, 0);
    mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
    const advance = (ms: number) => {
      now += ms;
      mock.timers.tick(ms);
    };
    try {
      const bus = createGatewayBus(pino({ level: 'silent' }));
      const stats = new DeviceStats(() => now, bus);
      let connected = true;
      const sent: { topic: string; reason: string; retain: boolean; qos: number }[] = [];
      const health = new SiteHealth({
        siteId: 'mo-unit-01',
        topicPrefix: 'gov/v1/site',
        version: '0.0.0-test',
        startedMs: now,
        health: { enabled: true, intervalS: 60, minGapMs: 5000, inflowWindowS: 3600, configVersion: '' },
        clock: { maxSkewMs: 60_000, probeIntervalS: 60, samples: 8, deviceSamples: 15, lagToleranceMs: 2000, trustAfterSamples: 10 },
        spoolDir: tmp.path,
        config: () => CONFIG, // the same object until a reload replaces it
        devices: () => [{ id: 'vend-01', kind: 'vending', transport: 'mqtt' }],
        stats,
        spool,
        appendedBytes: () => spool.appendedBytes.total,
        uplink: () => ({ connected, sinceMs: 0, reconnects: 0, lastConfirmMs: 0 }),
        commandsFailed: () => 0,
        send: (topic, payload, opts) => {
          if (!connected) return false;
          if (topic.endsWith('/health'))
            sent.push({ topic, reason: pb.GatewayHealth.decode(payload).reason, retain: opts.retain, qos: opts.qos });
          return true;
        },
        bus,
        log: pino({ level: 'silent' }),
        now: () => now,
      });
      health.start();
      assert.deepEqual(sent, [{ topic: 'gov/v1/site/mo-unit-01/health', reason: 'start', retain: true, qos: 1 }]);

      advance(10_000);
      stats.setOnline('vend-01', true); // the bus hears device.online; the health goes out at once
      assert.deepEqual(
        sent.map((s) => s.reason),
        ['start', 'machine_online'],
      );
      for (let i = 0; i < 20; i++) {
        stats.setOnline('vend-01', i % 2 === 1);
        advance(100);
      }
      advance(6000);
      assert.ok(sent.length <= 4, `${sent.length} messages for 20 flaps`);

      for (let i = 0; i < 4; i++) {
        bus.emit('record.stored', {
          deviceId: 'vend-01',
          channel: 'tx',
          cls: 'tx',
          message: { deviceTimeMs: now + 600_000, body: {} } as never,
        });
        advance(1000);
      }
      const clock = health.clockReport().devices['vend-01'];
      assert.deepEqual([clock?.skewed, clock?.trusted, clock?.offsetMs], [true, true, 600_000]);

      // The uplink goes down: nothing is built or sent; back: the latest at once.
      connected = false;
      bus.emit('uplink.disconnected', { backlog: 0 });
      const before = sent.length;
      advance(180_000);
      assert.equal(sent.length, before);
      connected = true;
      bus.emit('uplink.connected', { backlog: 0 });
      assert.equal(sent.at(-1)?.reason, 'uplink_up');

      health.stop();
      for (const e of EVENTS) assert.equal(bus.listenerCount(e), 0, `${e} left`);
      const after = sent.length;
      advance(300_000);
      assert.equal(sent.length, after, 'nothing after stop');
    } finally {
      mock.timers.reset();
    }
  });
});
