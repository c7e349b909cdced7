// A machine's last error is masked once, when it is stored: a repeat of the same message (a flood of one refusal) keeps
// the masked text, and a different message is masked on its own.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';

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
