// The device table a reload replaces: which machines were added, removed and changed, an unchanged machine keeping its
// entry (its credential, with the last good password cached), and a reload with a missing secret changing nothing.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkConfig } from '../../../gateway/config/load.ts';
import { HashCheckGate } from '../../../gateway/config/password-checks.ts';
import { DeviceTable } from '../../../gateway/pipeline/device-table.ts';

const config = (devices: Record<string, unknown>[]) =>
  checkConfig({
    site: { id: 'mo-table-01', name: 'Table test site' },
    broker: { host: '127.0.0.1', port: 0, deviceBudget: { messagesPerS: 40 } },
    devices,
    uplink: { url: 'mqtt://127.0.0.1:1' },
    spool: { dir: '/tmp/edge-gateway-device-table-test' },
  });
const env = { PW_VEND: 'pw-vend', PW_LOCK: 'pw-lock', PW_TELL: 'pw-tell' };
const vend = { id: 'vend-01', kind: 'vending', transport: 'mqtt', passwordEnv: 'PW_VEND' };
const lock = { id: 'lock-01', kind: 'locker', transport: 'mqtt', passwordEnv: 'PW_LOCK' };
const tell = { id: 'tell-01', kind: 'teller', transport: 'mqtt', passwordEnv: 'PW_TELL' };

function table(devices: Record<string, unknown>[]) {
  const first = config(devices);
  return new DeviceTable(first.devices, {
    hashKey: Buffer.alloc(32, 7),
    env,
    hashChecks: new HashCheckGate(),
    defaultBudget: () => first.broker.deviceBudget,
  });
}

it('a reload reports added, removed and changed machines, and keeps the entry of one that did not change', async () => {
  const devices = table([vend, lock]);
  const vendBefore = devices.get('vend-01');
  assert.equal(await vendBefore?.credential.check(Buffer.from('pw-vend')), true);
  const change = devices.prepare(config([vend, { ...lock, budget: { messagesPerS: 5 } }, tell]).devices);
  assert.deepEqual([change.added, change.removed, change.changed], [['tell-01'], [], ['lock-01']]);
  assert.deepEqual(devices.ids(), ['vend-01', 'lock-01'], 'nothing changes before apply()');
  change.apply();
  assert.deepEqual(devices.ids(), ['vend-01', 'lock-01', 'tell-01']);
  assert.equal(devices.get('vend-01'), vendBefore);
  assert.equal(devices.budgetOf('lock-01').messagesPerS, 5);
  assert.equal(devices.budgetOf('tell-01').messagesPerS, 40, "the site's default budget");
  const removal = devices.prepare(config([tell]).devices);
  assert.deepEqual([removal.added, removal.removed, removal.changed], [[], ['vend-01', 'lock-01'], []]);
  removal.apply();
  assert.equal(devices.has('vend-01'), false);
  assert.equal(devices.budgetOf('vend-01').messagesPerS, 40, 'a machine no longer configured gets the default');
});

it('a new machine whose secret is missing throws, and the table stays as it was', () => {
  const devices = table([vend]);
  const ghost = { id: 'vend-02', kind: 'vending', transport: 'mqtt', passwordEnv: 'PW_NOWHERE' };
  assert.throws(() => devices.prepare(config([vend, ghost]).devices), /PW_NOWHERE/);
  assert.deepEqual(devices.ids(), ['vend-01']);
});
