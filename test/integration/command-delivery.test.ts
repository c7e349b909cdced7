// Commands wait for the machine's subscription (issue 13): a waiting command goes out only once the machine has
// subscribed to devices/{id}/cmd, or on reconnect when its persistent session holds that subscription; before, it was
// published the moment CONNECT was accepted and a clean-session machine that subscribed a little later never saw it.
// A real mosquitto core, the gateway as a child process, real MQTT machines.
import assert from 'node:assert/strict';
import type { KeyObject } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import mqtt, { type MqttClient } from 'mqtt';
import { pb, type edge } from '../../proto/index.ts';
import { signedCommand } from '../../harness/core-commands.ts';
import { coreKeyPair } from '../../harness/core-keys.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { connectDevice } from '../../harness/device.ts';
import { startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { sleep, waitFor } from '../../harness/wait.ts';

const SITE = 'mo-cmd-sub-01';
const PREFIX = `gov/v1/site/${SITE}`;

describe("commands wait for the machine's subscription", () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let gw: GatewayFixture;
  let results: CoreListener;
  let corePub: MqttClient;
  let privateKey: KeyObject;

  const stateOf = (id: string) =>
    results.messages
      .map((m) => pb.Envelope.decode(m.payload).commandResult!)
      .filter((r) => r.commandId === id)
      .map((r) => pb.CommandState[r.state!]);
  const send = (topic: string, cmd: edge.v1.ICommand) => {
    return corePub.publishAsync(topic, signedCommand(cmd, privateKey), { qos: 1 });
  };
  const inMinutes = (n: number) => Date.now() + n * 60_000;

  before(async () => {
    tmp = await tempDir('eg-command-sub-');
    core = await startMosquitto();
    results = await listenCore(core.url, [`${PREFIX}/+/cmd/result`]);
    const key = coreKeyPair(tmp.path, 'commands');
    privateKey = key.privateKey;
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: SITE,
      uplink: { commandKey: key.publicKeyFile },
      devices: [
        { id: 'lock-01', kind: 'locker', password: 'pw-lock' },
        { id: 'stm-01', kind: 'teller', password: 'pw-stm' },
      ],
    });
    await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 10_000);
    corePub = await mqtt.connectAsync(core.url, { clientId: 'central-commands-sub', protocolVersion: 4 });
  });

  after(async () => {
    await corePub?.endAsync(true);
    await results?.close();
    await gw?.stop();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('a waiting command reaches a clean-session machine that subscribes 20, 50, 100 or 300 ms after connecting', async () => {
    for (const delayMs of [20, 50, 100, 300]) {
      const commandId = `c-late-sub-${delayMs}`;
      const mark = gw.child.mark();
      await send(`${PREFIX}/lock-01/cmd`, {
        commandId,
        siteId: SITE,
        deviceId: 'lock-01',
        deadlineMs: inMinutes(5),
        setServiceMode: { mode: pb.ServiceMode.SERVICE_MODE_IN_SERVICE, reason: `late ${delayMs}` },
      });
      await gw.child.waitForJsonLog((l) => l.commandId === commandId && /waits for it/.test(String(l.msg)), 10_000, { after: mark });
      // As the simulator does: connect with a clean session, subscribe a little later.
      const got: Record<string, unknown>[] = [];
      const client = await connectDevice(gw.brokerUrl, 'lock-01', 'pw-lock');
      try {
        client.on('message', (_topic, payload) => {
          const doc = JSON.parse(payload.toString()) as Record<string, unknown>;
          got.push(doc);
          client.publish(
            'devices/lock-01/cmd/result',
            JSON.stringify({ commandId: doc.commandId, result: 'succeeded', reason: 'in service' }),
            { qos: 1 },
          );
        });
        await sleep(delayMs);
        await client.subscribeAsync('devices/lock-01/cmd', { qos: 1 });
        await waitFor(() => stateOf(commandId).includes('COMMAND_STATE_SUCCEEDED'), {
          timeoutMs: 10_000,
          what: `${commandId} succeeded (subscribed after ${delayMs} ms)`,
        });
        assert.deepEqual(
          got.map((c) => c.commandId),
          [commandId],
          `received once when subscribing after ${delayMs} ms`,
        );
      } finally {
        await client.endAsync(true);
      }
    }
  });

  it('a machine that unsubscribes from cmd gets no command until it subscribes again, then gets it once', async () => {
    const got: Record<string, unknown>[] = [];
    const client = await connectDevice(gw.brokerUrl, 'lock-01', 'pw-lock');
    try {
      client.on('message', (_topic, payload) => {
        const doc = JSON.parse(payload.toString()) as Record<string, unknown>;
        got.push(doc);
        client.publish('devices/lock-01/cmd/result', JSON.stringify({ commandId: doc.commandId, result: 'succeeded', reason: 'ok' }), {
          qos: 1,
        });
      });
      await client.subscribeAsync('devices/lock-01/cmd', { qos: 1 });
      await client.unsubscribeAsync('devices/lock-01/cmd');
      const mark = gw.child.mark();
      await send(`${PREFIX}/lock-01/cmd`, {
        commandId: 'c-unsub-1',
        siteId: SITE,
        deviceId: 'lock-01',
        deadlineMs: inMinutes(5),
        requestState: {},
      });
      await gw.child.waitForJsonLog((l) => l.commandId === 'c-unsub-1' && /waits for it/.test(String(l.msg)), 10_000, { after: mark });
      await client.subscribeAsync('devices/lock-01/cmd', { qos: 1 });
      await waitFor(() => stateOf('c-unsub-1').includes('COMMAND_STATE_SUCCEEDED'), {
        timeoutMs: 10_000,
        what: 'delivered after subscribing again',
      });
      assert.deepEqual(
        got.map((c) => c.commandId),
        ['c-unsub-1'],
      );
    } finally {
      await client.endAsync(true);
    }
  });

  it('a machine with a persistent session gets a waiting command on reconnect without subscribing again', async () => {
    const first = await connectDevice(gw.brokerUrl, 'stm-01', 'pw-stm', { clean: false });
    await first.subscribeAsync('devices/stm-01/cmd', { qos: 1 });
    await first.endAsync(true);
    const mark = gw.child.mark();
    await send(`${PREFIX}/stm-01/cmd`, {
      commandId: 'c-session-1',
      siteId: SITE,
      deviceId: 'stm-01',
      deadlineMs: inMinutes(5),
      reboot: { reason: 'firmware update' },
    });
    await gw.child.waitForJsonLog((l) => l.commandId === 'c-session-1' && /waits for it/.test(String(l.msg)), 10_000, { after: mark });
    const got: Record<string, unknown>[] = [];
    const again = await connectDevice(gw.brokerUrl, 'stm-01', 'pw-stm', {
      clean: false,
      onMessage: (_topic, payload) => {
        got.push(JSON.parse(payload.toString()) as Record<string, unknown>);
      },
    });
    try {
      await waitFor(() => got[0], { timeoutMs: 10_000, what: 'the command on the restored subscription' });
      again.publish('devices/stm-01/cmd/result', JSON.stringify({ commandId: 'c-session-1', result: 'succeeded', reason: 'rebooting' }), {
        qos: 1,
      });
      await waitFor(() => stateOf('c-session-1').includes('COMMAND_STATE_SUCCEEDED'), {
        timeoutMs: 10_000,
        what: 'delivered on the restored subscription',
      });
      assert.deepEqual(
        got.map((c) => c.commandId),
        ['c-session-1'],
      );
    } finally {
      await again.endAsync(true);
    }
  });
});
