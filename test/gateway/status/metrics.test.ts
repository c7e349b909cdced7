// /metrics content: the gateway's own registry, the names, types and labels central operations will alert on, and
// counters that move with real traffic through a real spool (its fsyncs feed the latency histogram).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { register as globalRegistry } from 'prom-client';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';
import { Spool } from '../../../gateway/spool/spool.ts';
import { GatewayMetrics } from '../../../gateway/status/metrics.ts';
import { tempDir } from '../../../harness/tmp.ts';
import { parsePrometheus, metricValue } from './prom-text.ts';

function append(spool: Spool, route: string): Promise<void> {
  return new Promise((resolve, reject) => {
    spool.append({ cls: 'tx', route, build: () => Buffer.from('x'.repeat(100)) }, (err) => (err ? reject(err) : resolve()));
  });
}

describe('metrics', () => {
  it('exposes per-device, spool, uplink, fsync and command series on its own registry, and they move with traffic', async () => {
    const tmp = await tempDir('eg-metrics-');
    const spool = new Spool({
      dir: tmp.path,
      maxBytes: 8 * 1024 * 1024,
      segmentBytes: 1024 * 1024,
      telemetryTtlMs: 60_000,
      dedupWindow: 100,
    });
    const stats = new DeviceStats();
    const core = { state: { connected: false, reconnects: 0 } };
    const devices = [
      { id: 'vend-01', kind: 'vending' },
      { id: 'lock-01', kind: 'locker' },
    ];
    const metrics = new GatewayMetrics({
      siteId: 'mo-test-01',
      version: '9.9.9',
      devices: () => devices,
      stats,
      spool,
      core,
      lastConfirmAt: () => 0,
    });
    spool.start();
    metrics.start();
    try {
      let m = parsePrometheus(await metrics.text());
      const types: Record<string, string> = {
        edge_gateway_messages_received_total: 'counter',
        edge_gateway_messages_forwarded_total: 'counter',
        edge_gateway_messages_rejected_total: 'counter',
        edge_gateway_device_online: 'gauge',
        edge_gateway_spool_depth: 'gauge',
        edge_gateway_spool_bytes: 'gauge',
        edge_gateway_spool_oldest_age_seconds: 'gauge',
        edge_gateway_spool_full: 'gauge',
        edge_gateway_spool_dropped_total: 'counter',
        edge_gateway_spool_fsync_seconds: 'histogram',
        edge_gateway_uplink_connected: 'gauge',
        edge_gateway_uplink_reconnects_total: 'counter',
        edge_gateway_command_results_total: 'counter',
        edge_gateway_info: 'gauge',
        process_cpu_user_seconds_total: 'counter',
        nodejs_eventloop_lag_seconds: 'gauge',
      };
      for (const [name, type] of Object.entries(types)) assert.equal(m.get(name)?.type, type, name);
      for (const d of devices)
        assert.equal(
          metricValue(m, 'edge_gateway_messages_received_total', { device: d.id, kind: d.kind }),
          0,
          'every configured machine has a series from the start',
        );
      for (const cls of ['tx', 'telemetry', 'state']) assert.equal(metricValue(m, 'edge_gateway_spool_depth', { class: cls }), 0);
      assert.equal(metricValue(m, 'edge_gateway_uplink_connected'), 0);
      assert.equal(metricValue(m, 'edge_gateway_info', { site: 'mo-test-01', version: '9.9.9' }), 1);
      assert.equal(metricValue(m, 'edge_gateway_spool_fsync_seconds_count'), 0);

      for (let i = 0; i < 3; i++) {
        await append(spool, 'vend-01/tx');
        stats.received('vend-01');
      }
      stats.rejected('lock-01', 'GW_PAYLOAD_SCHEMA', 'bad');
      stats.forwarded('vend-01');
      stats.setOnline('vend-01', true);
      core.state.connected = true;
      core.state.reconnects = 2;
      metrics.commandResults.inc({ state: 'succeeded' });
      metrics.commandResults.inc({ state: 'succeeded' });
      metrics.commandResults.inc({ state: 'expired' });

      m = parsePrometheus(await metrics.text());
      assert.equal(metricValue(m, 'edge_gateway_messages_received_total', { device: 'vend-01', kind: 'vending' }), 3);
      assert.equal(metricValue(m, 'edge_gateway_messages_forwarded_total', { device: 'vend-01' }), 1);
      assert.equal(metricValue(m, 'edge_gateway_messages_rejected_total', { device: 'lock-01', kind: 'locker' }), 1);
      assert.equal(metricValue(m, 'edge_gateway_device_online', { device: 'vend-01' }), 1);
      assert.equal(metricValue(m, 'edge_gateway_device_online', { device: 'lock-01' }), 0);
      assert.equal(metricValue(m, 'edge_gateway_spool_depth', { class: 'tx' }), 3);
      assert.ok(metricValue(m, 'edge_gateway_spool_bytes', { class: 'tx' }) >= 300);
      assert.equal(metricValue(m, 'edge_gateway_uplink_connected'), 1);
      assert.equal(metricValue(m, 'edge_gateway_uplink_reconnects_total'), 2);
      assert.ok(metricValue(m, 'edge_gateway_spool_fsync_seconds_count') >= 1, 'each group commit is timed');
      assert.equal(metricValue(m, 'edge_gateway_command_results_total', { state: 'succeeded' }), 2);
      assert.equal(metricValue(m, 'edge_gateway_command_results_total', { state: 'expired' }), 1);

      assert.equal((await globalRegistry.metrics()).includes('edge_gateway_'), false, 'the global registry is left alone');

      // A reload removes a machine: none of its series stay behind.
      devices.splice(
        devices.findIndex((d) => d.id === 'lock-01'),
        1,
      );
      m = parsePrometheus(await metrics.text());
      for (const [name, family] of m) {
        assert.ok(!family.samples.some((s) => s.labels.device === 'lock-01'), `${name} still has the removed machine`);
      }
      assert.equal(metricValue(m, 'edge_gateway_device_online', { device: 'vend-01' }), 1);
    } finally {
      metrics.stop();
      await spool.stop();
      await tmp.cleanup();
    }
    assert.equal(spool.listenerCount('sync'), 0, 'stop() lets go of the spool');
  });
});
