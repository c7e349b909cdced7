// What feeds "latest errors": device rejections counted in DeviceStats, uplink failures from the core connection's state,
// spool alarms and corruptions from the spool's events; all driven here by hand, with a fake clock.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';
import { StatusWatch } from '../../../gateway/status/watch.ts';

function setup() {
  let now = 1_800_000_000_000;
  const clock = () => now;
  const stats = new DeviceStats(clock);
  const core = { state: { connected: false, attempts: 1, lastError: undefined as string | undefined } };
  const spool = Object.assign(new EventEmitter(), { corruptions: [{ segment: '/var/lib/x/spool/tx/0000000000000001.seg', offset: 40 }] });
  const watch = new StatusWatch({ stats, core, spool, startedAt: now, clock, intervalMs: 60_000 });
  return {
    stats,
    core,
    spool,
    watch,
    tick: (ms: number) => {
      now += ms;
    },
  };
}

describe('status watch', () => {
  it('lists each rejection as it is counted, folding repeats of the same error into a count', () => {
    const { stats, watch, tick } = setup();
    watch.start();
    try {
      stats.rejected('vend-01', 'GW_PAYLOAD_NOT_JSON', 'payload is not valid JSON');
      stats.rejected('vend-01', 'GW_PAYLOAD_NOT_JSON', 'payload is not valid JSON');
      stats.rejected('stm-01', 'GW_PAYLOAD_SCHEMA', '/time must be a date-time');
      stats.rejected('vend-01', 'GW_SALE_TOTAL_MISMATCH', 'items add up to 900 but total is 1000');
      tick(1000);
      stats.rejected('vend-01', 'GW_PAYLOAD_NOT_JSON', 'payload is not valid JSON');
      const devices = watch.errors.list().filter((e) => e.source === 'device');
      // A repeat of any listed error is folded into its count and moved to the top (not only a repeat of the newest):
      // errors alternating between a few kinds cannot push the others out of the list.
      assert.deepEqual(
        devices.map((e) => [e.deviceId, e.code, e.count]),
        [
          ['vend-01', 'GW_PAYLOAD_NOT_JSON', 3],
          ['vend-01', 'GW_SALE_TOTAL_MISMATCH', 1],
          ['stm-01', 'GW_PAYLOAD_SCHEMA', 1],
        ],
        'two different errors from one machine within a second are both listed',
      );
      assert.equal(devices[0]!.at, new Date(1_800_000_001_000).toISOString());
      watch.stop();
      stats.rejected('vend-01', 'GW_PAYLOAD_NOT_JSON', 'after stop');
      assert.equal(watch.errors.list().filter((e) => e.source === 'device').length, 3, 'stop() unsubscribes');
    } finally {
      watch.stop();
    }
  });

  it('reports the uplink lost, then failed attempts folded into one entry; refusals as GW_UPLINK_REFUSED', () => {
    const { core, watch, tick } = setup();
    core.state.connected = true;
    watch.start();
    try {
      watch.sample();
      assert.equal(watch.errors.list().filter((e) => e.source === 'uplink').length, 0, 'a connected uplink is no error');
      core.state.connected = false;
      watch.sample();
      assert.equal(watch.errors.list()[0]!.code, 'GW_UPLINK_DOWN');
      for (let i = 0; i < 3; i++) {
        tick(500);
        core.state.attempts++;
        core.state.lastError = 'connect ECONNREFUSED 127.0.0.1:1884';
        watch.sample();
      }
      const top = watch.errors.list()[0]!;
      assert.equal(top.message, 'core connection failed: connect ECONNREFUSED 127.0.0.1:1884');
      assert.equal(top.count, 3);
      core.state.attempts++;
      core.state.lastError = 'Connection refused: Not authorized';
      watch.sample();
      assert.equal(watch.errors.list()[0]!.code, 'GW_UPLINK_REFUSED');
    } finally {
      watch.stop();
    }
  });

  it('reports spool alarms and corruptions (also those found at open), and lets go of the spool at stop', () => {
    const { spool, watch } = setup();
    watch.start();
    spool.emit('alarm', { code: 'GW_SPOOL_FULL', active: true });
    spool.emit('alarm', { code: 'GW_SPOOL_FULL', active: false });
    spool.emit('corrupt', { segment: '/var/lib/x/spool/tx/0000000000000002.seg', offset: 7, skipped: 1, quarantined: '/q' });
    watch.stop();
    const list = watch.errors.list();
    assert.deepEqual(
      list.map((e) => e.code),
      ['GW_SPOOL_CORRUPT', 'GW_SPOOL_FULL', 'GW_SPOOL_CORRUPT'],
    );
    assert.match(list[0]!.message, /spool tx segment 2 /);
    assert.ok(!list[0]!.message.includes('/var/lib'), 'only the segment name, not the path');
    assert.equal(spool.listenerCount('alarm') + spool.listenerCount('corrupt'), 0);
  });
});
