// A machine's last error is masked once, when it is stored: a repeat of the same message (a flood of one refusal) keeps
// the masked text, and a different message is masked on its own. With a bus, a machine going online or offline is told
// once per change, and the core's confirmations are counted per machine (the device id read from the record's route).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { pino } from 'pino';
import { createGatewayBus, type GatewayEvents } from '../../../gateway/events/events.ts';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';
import { parseRoute, recordRoute } from '../../../gateway/pipeline/route.ts';

it('a repeated rejection keeps its masked message; a new one is masked anew; every one is counted and heard', () => {
  const stats = new DeviceStats(() => 1000);
  const heard: string[] = [];
  stats.onRejected((r) => heard.push(r.message));
  const card = 'receipt 4111 1111 1111 1111 refused';
  for (let i = 0; i < 3; i++) stats.rejected('vend-01', 'GW_PAYLOAD_CARD_NUMBER', card);
  stats.rejected('vend-01', 'GW_TOPIC_UNKNOWN', 'mail ops@example.com');
  stats.rejected('vend-01', 'GW_PAYLOAD_CARD_NUMBER', card);
  const c = stats.snapshot()['vend-01']!;
  assert.equal(c.rejected, 5);
  assert.equal(c.lastError?.code, 'GW_PAYLOAD_CARD_NUMBER');
  assert.equal(c.lastError?.message, 'receipt [number] refused');
  assert.deepEqual(heard, [
    'receipt [number] refused',
    'receipt [number] refused',
    'receipt [number] refused',
    'mail [email]',
    'receipt [number] refused',
  ]);
  assert.ok(!JSON.stringify(stats.snapshot()).includes('4111'), 'the raw message is kept for comparison only, never shown');
});

it('a refusal before authentication tells its reason, masked once when its count is made', () => {
  const stats = new DeviceStats(() => 1000);
  const heard: string[] = [];
  stats.onRejected((r) => heard.push(r.message));
  stats.refused('GW_AUTH_FAILED', 'unknown device id');
  stats.refused('GW_AUTH_FAILED', 'unknown device id');
  assert.deepEqual(heard, ['unknown device id', 'unknown device id']);
  assert.deepEqual(stats.refusalCounts(), [{ code: 'GW_AUTH_FAILED', reason: 'unknown device id', count: 2 }]);
});

it('tells device.online once per change of the flag, and counts record.confirmed per machine between start and stop', () => {
  const bus = createGatewayBus(pino({ level: 'silent' }));
  const stats = new DeviceStats(() => 1000, bus);
  const told: GatewayEvents['device.online'][] = [];
  bus.on('device.online', (e) => told.push(e));
  stats.setOnline('lock-02', false); // never online: no change
  stats.setOnline('lock-02', true);
  stats.setOnline('lock-02', true); // a takeover by the same id: still online
  stats.setOnline('lock-02', false);
  assert.deepEqual(told, [
    { deviceId: 'lock-02', online: true },
    { deviceId: 'lock-02', online: false },
  ]);
  const confirm = (route: string) => bus.emit('record.confirmed', { ...parseRoute(route), cls: 'tx', seq: 1 });
  confirm(recordRoute('vend-01', 'tx'));
  assert.equal(stats.get('vend-01').forwarded, 0, 'not counted before start()');
  stats.start();
  confirm(recordRoute('vend-01', 'tx'));
  confirm(recordRoute('vend-01', 'cmd/result'));
  confirm(recordRoute('', 'cmd/result'));
  stats.stop();
  confirm(recordRoute('vend-01', 'tx'));
  assert.equal(stats.get('vend-01').forwarded, 2);
  assert.equal(stats.get('_site').forwarded, 1, 'a whole-site command result is counted under "_site", as before');
  assert.deepEqual(parseRoute('vend-01/cmd/result'), { deviceId: 'vend-01', channel: 'cmd/result' });
});
