// Pickup lock-outs with the uplink cut (issue 12), continued from attack-pickups.test.ts: a locker locked while the core
// is unreachable, the event delivered when it returns, the lock kept across a restart.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import mqtt from 'mqtt';
import { derivePickupKey, pickupCodeMac } from '../../devices/common/keyed-hash.ts';
import { pb } from '../../proto/index.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { startProxy, type TcpProxy } from '../../harness/tcp-proxy.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';

import { LOCK, MASTER, ask, locker } from './pickup-attacks.ts';

describe('pickup lock-outs with the uplink cut', { timeout: 120_000 }, () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let proxy: TcpProxy;
  let gw: GatewayFixture;
  let events: CoreListener;

  before(async () => {
    tmp = await tempDir('eg-pickups-offline-');
    core = await startMosquitto();
    proxy = await startProxy(core.port);
    events = await listenCore(core.url, [`gov/v1/site/mo-offline-01/+/event`, `gov/v1/site/mo-offline-01/+/cmd/result`]);
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: `mqtt://127.0.0.1:${proxy.port}`,
      siteId: 'mo-offline-01',
      devices: [LOCK],
      extra: { pickups: { codeKeyEnv: 'SITE_PICKUP_KEY', maxWrongPerLocker: 5, lockoutS: 600 } },
      env: { SITE_PICKUP_KEY: derivePickupKey(MASTER, 'mo-offline-01').toString('hex') },
    });
    await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 15_000);
  });
  after(async () => {
    await gw?.stop();
    await events?.close();
    await proxy?.close();
    await core?.stop();
    await tmp?.cleanup();
  });

  it(
    'five wrong codes while the core is unreachable lock the locker; the event reaches the core when the ' +
      'uplink is back; a restart keeps the lock-out',
    async () => {
      const key = derivePickupKey(MASTER, 'mo-offline-01');
      const codeSalt = 'offline-salt-1';
      const bytes = Buffer.from(
        pb.Command.encode({
          commandId: 'c-offline-list',
          siteId: 'mo-offline-01',
          deviceId: LOCK.id,
          issuedMs: Date.now(),
          deadlineMs: Date.now() + 300_000,
          refreshPickupList: {
            items: [
              { documentRef: 'DOC-OFFLINE-1', compartment: 4, codeSalt, codeMac: pickupCodeMac(key, codeSalt, '424242'), expiresMs: 0 },
            ],
          },
        }).finish(),
      );
      const pub = await mqtt.connectAsync(core.url, { clientId: 'central-offline', protocolVersion: 4 });
      await pub.publishAsync(
        `gov/v1/site/mo-offline-01/${LOCK.id}/cmd`,
        Buffer.from(pb.SignedCommand.encode({ command: bytes }).finish()),
        {
          qos: 1,
        },
      );
      await pub.endAsync(true);
      await events.waitFor((m) => pb.Envelope.decode(m.payload).commandResult?.state === pb.CommandState.COMMAND_STATE_SUCCEEDED, 10_000);
      proxy.cut();
      await gw.child.waitForJsonLog((l) => l.code === 'GW_UPLINK_DOWN', 20_000);
      const m = await locker(gw.brokerPort, LOCK.id, LOCK.password, '127.0.0.66');
      try {
        const reasons: (string | undefined)[] = [];
        for (let i = 0; i < 6; i++) reasons.push((await ask(m, LOCK.id, `o-${i}`, String(100_000 + i))).reason);
        reasons.push((await ask(m, LOCK.id, 'o-right', '424242')).reason);
        assert.deepEqual(reasons, ['wrong_code', 'wrong_code', 'wrong_code', 'wrong_code', 'locked', 'locked', 'locked']);
      } finally {
        await m.client.endAsync(true);
      }
      assert.equal(events.messages.filter((x) => x.topic.endsWith('/event')).length, 0, 'nothing reached the core while cut');
      proxy.restore();
      const ev = await events.waitFor(
        (x) => x.topic.endsWith(`${LOCK.id}/event`) && pb.Envelope.decode(x.payload).event?.code === 'GW_PICKUP_LOCKED_OUT',
        30_000,
      );
      assert.equal(pb.Envelope.decode(ev.payload).event?.active, true);
      // A restart does not lift it (a crash or a power cut must not reset an attacker's count).
      await gw.stop();
      await gw.restart();
      const again = await locker(gw.brokerPort, LOCK.id, LOCK.password, '127.0.0.1');
      try {
        assert.equal((await ask(again, LOCK.id, 'after-restart', '424242')).reason, 'locked');
      } finally {
        await again.client.endAsync(true);
      }
    },
  );
});
