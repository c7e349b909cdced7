// Commands wait for the machine's subscription (issue 13): a waiting command goes out only once the machine has
// subscribed to devices/{id}/cmd, or on reconnect when its persistent session holds that subscription; before, it was
// published the moment CONNECT was accepted and a clean-session machine that subscribed a little later never saw it.
// A real mosquitto core, the gateway as a child process, real MQTT machines.
import assert from 'node:assert/strict';
import type { KeyObject } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import mqtt, { type MqttClient } from 'mqtt';
import { pb, type edge } from '../../proto/index.ts';
import { commandStates, inMinutes, signedCommand } from '../../harness/core-commands.ts';
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

  const stateOf = (id: string) => commandStates(results, id);
  /** The core sends `body` to the machine; resolves once the gateway logs that the command waits for its subscription. */
  const sendWaiting = async (deviceId: string, commandId: string, body: edge.v1.ICommand) => {
    const mark = gw.child.mark();
    const cmd = { commandId, siteId: SITE, deviceId, deadlineMs: inMinutes(5), ...body };
    await corePub.publishAsync(`${PREFIX}/${deviceId}/cmd`, signedCommand(cmd, privateKey), { qos: 1 });
    await gw.child.waitForJsonLog((l) => l.commandId === commandId && /waits for it/.test(String(l.msg)), 10_000, { after: mark });
  };
  /** lock-01 records each command it receives in `got` and answers it "succeeded". */
  const answerEach = (client: MqttClient, got: Record<string, unknown>[], reason: string) =>
    client.on('message', (_topic, payload) => {
      const doc = JSON.parse(payload.toString()) as Record<string, unknown>;
      got.push(doc);
      client.publish('devices/lock-01/cmd/result', JSON.stringify({ commandId: doc.commandId, result: 'succeeded', reason }), { qos: 1 });
    });
  /** The core hears the command succeed, and the machine received it exactly once. */
  const succeededOnce = async (commandId: string, got: Record<string, unknown>[], how: string) => {
    await waitFor(() => stateOf(commandId).includes('COMMAND_STATE_SUCCEEDED'), {
      timeoutMs: 10_000,
      what: `${commandId} succeeded, ${how}`,
    });
    assert.deepEqual(
      got.map((c) => c.commandId),
      [commandId],
      `${commandId} received once, ${how}`,
    );
  };

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
      await sendWaiting('lock-01', commandId, {
        setServiceMode: { mode: pb.ServiceMode.SERVICE_MODE_IN_SERVICE, reason: `late ${delayMs}` },
      });
      // As the simulator does: connect with a clean session, subscribe a little later.
      const got: Record<string, unknown>[] = [];
      const client = await connectDevice(gw.brokerUrl, 'lock-01', 'pw-lock');
      try {
        answerEach(client, got, 'in service');
        await sleep(delayMs);
        await client.subscribeAsync('devices/lock-01/cmd', { qos: 1 });
        await succeededOnce(commandId, got, `subscribed after ${delayMs} ms`);
      } finally {
        await client.endAsync(true);
      }
    }
  });

  it('a machine that unsubscribes from cmd gets no command until it subscribes again, then gets it once', async () => {
    const got: Record<string, unknown>[] = [];
    const client = await connectDevice(gw.brokerUrl, 'lock-01', 'pw-lock');
    try {
      answerEach(client, got, 'ok');
      await client.subscribeAsync('devices/lock-01/cmd', { qos: 1 });
      await client.unsubscribeAsync('devices/lock-01/cmd');
      await sendWaiting('lock-01', 'c-unsub-1', { requestState: {} });
      await client.subscribeAsync('devices/lock-01/cmd', { qos: 1 });
      await succeededOnce('c-unsub-1', got, 'after subscribing again');
    } finally {
      await client.endAsync(true);
    }
  });

  it('a machine with a persistent session gets a waiting command on reconnect without subscribing again', async () => {
    const first = await connectDevice(gw.brokerUrl, 'stm-01', 'pw-stm', { clean: false });
    await first.subscribeAsync('devices/stm-01/cmd', { qos: 1 });
    await first.endAsync(true);
    await sendWaiting('stm-01', 'c-session-1', { reboot: { reason: 'firmware update' } });
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
      await succeededOnce('c-session-1', got, 'on the restored subscription');
    } finally {
      await again.endAsync(true);
    }
  });
});
