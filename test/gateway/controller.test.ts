// The controller's wiring, heard on its bus: a real gateway in this process (aedes on a free port, a real spool),
// mosquitto as the core behind a proxy that cuts it. One sale from a machine is told as stored and then as confirmed
// with the machine's id and class, the machine's session and online flag as it comes and goes, the uplink going up
// and down, and a reload with what it changed: the events the site health report and remote configuration rely on.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { MqttClient } from 'mqtt';
import { pino } from 'pino';
import { checkConfig } from '../../gateway/config/load.ts';
import { Controller } from '../../gateway/controller.ts';
import type { GatewayEvents } from '../../gateway/events/events.ts';
import { closeDevice, connectDevice, publishJson } from '../../harness/device.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { startProxy, type TcpProxy } from '../../harness/tcp-proxy.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { waitFor } from '../../harness/wait.ts';
import { vendingSale } from '../../harness/sale.ts';

const SALE = vendingSale('V-000777');
const ENV = { PW_VEND: 'pw-vend', PW_LOCK: 'pw-lock' };
type Heard = { [E in keyof GatewayEvents]: { event: E; payload: GatewayEvents[E] } }[keyof GatewayEvents];

describe('controller: the bus tells what the parts did', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let proxy: TcpProxy;
  let ctl: Controller;
  let device: MqttClient | undefined;
  const heard: Heard[] = [];
  const config = (devices: Record<string, unknown>[]) =>
    checkConfig({
      site: { id: 'mo-bus-01', name: 'Bus test site' },
      broker: { host: '127.0.0.1', port: 0 },
      devices,
      uplink: { url: `mqtt://127.0.0.1:${proxy.port}`, reconnectMinMs: 50, reconnectMaxMs: 200 },
      spool: { dir: join(tmp.path, 'spool') },
      http: { host: '127.0.0.1', port: 0 },
      log: { level: 'fatal' },
    });
  const vend = { id: 'vend-01', kind: 'vending', transport: 'mqtt', passwordEnv: 'PW_VEND' };
  const of = <E extends keyof GatewayEvents>(event: E): GatewayEvents[E][] =>
    heard.filter((h) => h.event === event).map((h) => h.payload as GatewayEvents[E]);

  before(async () => {
    tmp = await tempDir('controller-bus');
    core = await startMosquitto();
    proxy = await startProxy(core.port);
    ctl = new Controller(config([vend]), pino({ level: 'silent' }), ENV);
    for (const event of [
      'device.connected',
      'device.disconnected',
      'device.subscription',
      'device.online',
      'record.stored',
      'record.confirmed',
      'uplink.connected',
      'uplink.disconnected',
      'config.reloaded',
    ] as const) {
      ctl.bus.on(event, (payload) => heard.push({ event, payload } as Heard));
    }
    await ctl.start();
  });

  after(async () => {
    if (device) await closeDevice(device);
    await ctl?.stop();
    await proxy?.close();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('a sale is told as stored, then as confirmed by the core with its device id and class', async () => {
    await waitFor(() => of('uplink.connected').length === 1, { what: 'uplink.connected' });
    device = await connectDevice(`mqtt://127.0.0.1:${ctl.broker.port}`, 'vend-01', 'pw-vend');
    await device.subscribeAsync('devices/vend-01/cmd', { qos: 1 });
    await publishJson(device, 'devices/vend-01/tx', SALE);
    const stored = of('record.stored');
    assert.equal(stored.length, 1, 'the PUBACK came after the record was stored');
    assert.deepEqual(
      { deviceId: stored[0]!.deviceId, channel: stored[0]!.channel, cls: stored[0]!.cls, txId: stored[0]!.message.txId },
      { deviceId: 'vend-01', channel: 'tx', cls: 'tx', txId: 'V-000777' },
    );
    const confirmed = await waitFor(() => of('record.confirmed')[0], { what: 'record.confirmed' });
    assert.deepEqual({ ...confirmed, seq: typeof confirmed.seq }, { deviceId: 'vend-01', channel: 'tx', cls: 'tx', seq: 'number' });
    const status = ctl.status() as { devices: { id: string; forwarded: number; online: boolean }[] };
    assert.deepEqual(
      status.devices.map((d) => [d.id, d.forwarded, d.online]),
      [['vend-01', 1, true]],
      'the confirmation is counted for the machine',
    );
  });

  it("the machine's session, its subscription and its online flag are told as they come and go", async () => {
    assert.deepEqual(of('device.connected'), [{ deviceId: 'vend-01' }]);
    await waitFor(() => of('device.subscription').length > 0, { what: 'device.subscription' });
    assert.deepEqual(of('device.subscription'), [{ deviceId: 'vend-01', channel: 'cmd', active: true }]);
    await closeDevice(device!);
    device = undefined;
    await waitFor(() => of('device.disconnected').length === 1, { what: 'device.disconnected' });
    assert.deepEqual(of('device.online'), [
      { deviceId: 'vend-01', online: true },
      { deviceId: 'vend-01', online: false },
    ]);
  });

  it('the uplink going down and up again is told, with the backlog', async () => {
    proxy.cut();
    const down = await waitFor(() => of('uplink.disconnected')[0], { what: 'uplink.disconnected' });
    assert.equal(down.backlog, 0, 'the sale was confirmed before the cut');
    proxy.restore();
    await waitFor(() => of('uplink.connected').length === 2, { what: 'the second uplink.connected', timeoutMs: 10_000 });
  });

  it('a reload is told with the machines it added, removed and changed, and the new config', () => {
    const next = config([{ id: 'lock-01', kind: 'locker', transport: 'mqtt', passwordEnv: 'PW_LOCK' }]);
    const result = ctl.reload(next);
    const told = of('config.reloaded');
    assert.equal(told.length, 1);
    assert.equal(told[0]!.config, next);
    assert.deepEqual(
      { added: told[0]!.added, removed: told[0]!.removed, changed: told[0]!.changed, needRestart: told[0]!.needRestart },
      result,
    );
    assert.deepEqual([result.added, result.removed], [['lock-01'], ['vend-01']]);
  });
});
