// Commands from the core to the machines (issue 6) and the locker's offline pickup verification (issue 4), with a real
// mosquitto core, the gateway as a child process from a config file, and real MQTT machines.
import assert from 'node:assert/strict';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import mqtt, { type MqttClient } from 'mqtt';
import { derivePickupKey, pickupCodeMac } from '../../devices/common/keyed-hash.ts';
import { pb, type edge } from '../../proto/index.ts';
import { commandResults, commandStates, inMinutes, signedCommand } from '../../harness/core-commands.ts';
import { coreKeyPair } from '../../harness/core-keys.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { commandedMachine, publishJson } from '../../harness/device.ts';
import { startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { sleep, waitFor } from '../../harness/wait.ts';

const SITE = 'mo-cmd-01';
/** The core derives each site's pickup key from its master key (devices/locker/README.md). */
const PICKUP_KEY = derivePickupKey(Buffer.from('test master key for pickup codes'), SITE);
const PREFIX = `gov/v1/site/${SITE}`;

describe('commands from the core', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let gw: GatewayFixture;
  let results: CoreListener;
  let txs: CoreListener;
  let corePub: MqttClient;
  let privateKey: KeyObject;
  let otherKey: KeyObject;

  const stateOf = (id: string) => commandStates(results, id);
  /** key null: unsigned. */
  const send = (topic: string, cmd: edge.v1.ICommand, key: KeyObject | null = privateKey, tamper = false) =>
    corePub.publishAsync(topic, signedCommand(cmd, key, tamper), { qos: 1 });

  before(async () => {
    tmp = await tempDir('eg-commands-');
    // A persistent core and persistent listener sessions: what the gateway publishes while a listener is still
    // reconnecting after the core restarts is queued for it, as for a real central subscriber.
    core = await startMosquitto({ persistence: true });
    results = await listenCore(core.url, [`${PREFIX}/+/cmd/result`], { mqtt: { clean: false, clientId: 'test-results' } });
    txs = await listenCore(core.url, [`${PREFIX}/+/tx`], { mqtt: { clean: false, clientId: 'test-txs' } });
    const key = coreKeyPair(tmp.path, 'commands');
    privateKey = key.privateKey;
    otherKey = generateKeyPairSync('ed25519').privateKey;
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: SITE,
      uplink: { commandKey: key.publicKeyFile },
      extra: { pickups: { codeKeyEnv: 'SITE_PICKUP_KEY' } },
      env: { SITE_PICKUP_KEY: PICKUP_KEY.toString('hex') },
      devices: [
        { id: 'lock-01', kind: 'locker', password: 'pw-lock' },
        { id: 'vend-01', kind: 'vending', password: 'pw-vend' },
        { id: 'stm-01', kind: 'teller', password: 'pw-stm' },
      ],
    });
    await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 10_000);
    corePub = await mqtt.connectAsync(core.url, { clientId: 'central-commands', protocolVersion: 4 });
  });

  after(async () => {
    await corePub?.endAsync(true);
    await results?.close();
    await txs?.close();
    await gw?.stop();
    await core?.stop();
    await tmp?.cleanup();
  });

  it('opens a compartment on an MQTT locker; received, delivered and succeeded reach the core', async () => {
    const lock = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock');
    try {
      await send(`${PREFIX}/lock-01/cmd`, {
        commandId: 'c-open-1',
        siteId: SITE,
        deviceId: 'lock-01',
        deadlineMs: inMinutes(5),
        openCompartment: { compartment: 12, reason: 'citizen assisted by phone' },
      });
      await waitFor(() => stateOf('c-open-1').includes('COMMAND_STATE_SUCCEEDED'), { timeoutMs: 10_000, what: 'succeeded result' });
      assert.deepEqual(stateOf('c-open-1'), ['COMMAND_STATE_RECEIVED', 'COMMAND_STATE_DELIVERED', 'COMMAND_STATE_SUCCEEDED']);
      // /metrics counts it once, by how it ended (not received and delivered as well).
      const metrics = await (await fetch(`http://127.0.0.1:${gw.httpPort}/metrics`)).text();
      assert.match(metrics, /^edge_gateway_command_results_total\{state="succeeded"\} 1$/m);
      assert.doesNotMatch(metrics, /edge_gateway_command_results_total\{state="(received|delivered)"\}/);
      assert.equal(lock.commands.length, 1);
      assert.equal(lock.commands[0]!.command, 'openCompartment');
      assert.equal(lock.commands[0]!.compartment, 12);
    } finally {
      await lock.client.endAsync(true);
    }
  });

  it('a repeated command id runs once and is answered twice with the same result', async () => {
    const lock = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock');
    try {
      const cmd = {
        commandId: 'c-dup-1',
        siteId: SITE,
        deviceId: 'lock-01',
        deadlineMs: inMinutes(5),
        openCompartment: { compartment: 3 },
      };
      await send(`${PREFIX}/lock-01/cmd`, cmd);
      await waitFor(() => stateOf('c-dup-1').includes('COMMAND_STATE_SUCCEEDED'), { timeoutMs: 10_000, what: 'first result' });
      await send(`${PREFIX}/lock-01/cmd`, cmd);
      await waitFor(() => stateOf('c-dup-1').filter((s) => s === 'COMMAND_STATE_SUCCEEDED').length === 2, {
        timeoutMs: 10_000,
        what: 'second identical result',
      });
      await sleep(300);
      assert.equal(lock.commands.filter((c) => c.commandId === 'c-dup-1').length, 1, 'executed once');
    } finally {
      await lock.client.endAsync(true);
    }
  });

  it('a command past its deadline is answered expired and the machine never sees it', async () => {
    const lock = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock');
    try {
      await send(`${PREFIX}/lock-01/cmd`, {
        commandId: 'c-late-1',
        siteId: SITE,
        deviceId: 'lock-01',
        deadlineMs: Date.now() - 1000,
        openCompartment: { compartment: 4 },
      });
      await waitFor(() => stateOf('c-late-1').includes('COMMAND_STATE_EXPIRED'), { timeoutMs: 10_000, what: 'expired result' });
      await sleep(300);
      assert.equal(lock.commands.filter((c) => c.commandId === 'c-late-1').length, 0);
    } finally {
      await lock.client.endAsync(true);
    }
  });

  it('bad signature, missing signature and a tampered body are rejected and never executed', async () => {
    const lock = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock');
    try {
      const base = { siteId: SITE, deviceId: 'lock-01', deadlineMs: inMinutes(5), openCompartment: { compartment: 7 } };
      await send(`${PREFIX}/lock-01/cmd`, { ...base, commandId: 'c-forged-1' }, otherKey);
      await send(`${PREFIX}/lock-01/cmd`, { ...base, commandId: 'c-unsigned-1' }, null);
      await send(`${PREFIX}/lock-01/cmd`, { ...base, commandId: 'c-tampered-1' }, privateKey, true);
      for (const id of ['c-forged-1', 'c-unsigned-1']) {
        await waitFor(() => stateOf(id).includes('COMMAND_STATE_REJECTED'), { timeoutMs: 10_000, what: `${id} rejected` });
      }
      await gw.child.waitForJsonLog((l) => l.code === 'GW_COMMAND_SIGNATURE' && l.commandId === 'c-tampered-1', 10_000);
      await sleep(300);
      assert.equal(lock.commands.length, 0, 'no forged command reached the locker');
      // The real command with a forged id is still executed afterwards: a forgery cannot block it.
      await send(`${PREFIX}/lock-01/cmd`, { ...base, commandId: 'c-forged-1' });
      await waitFor(() => stateOf('c-forged-1').includes('COMMAND_STATE_SUCCEEDED'), { timeoutMs: 10_000, what: 'genuine command runs' });
    } finally {
      await lock.client.endAsync(true);
    }
  });

  it('an offline machine gets its command when it returns, also across a gateway restart, exactly once', async () => {
    await send(`${PREFIX}/vend-01/cmd`, {
      commandId: 'c-prices-1',
      siteId: SITE,
      deviceId: 'vend-01',
      deadlineMs: inMinutes(5),
      setPrices: { currency: 'MOP', prices: [{ sku: 'FORM-A12', unitPriceMinor: 600, title: 'Form A12' }] },
    });
    await waitFor(() => stateOf('c-prices-1').includes('COMMAND_STATE_RECEIVED'), { timeoutMs: 10_000, what: 'received' });
    gw.child.kill('SIGKILL');
    await gw.child.exited;
    await gw.restart();
    const vend = await commandedMachine(gw.brokerUrl, 'vend-01', 'pw-vend');
    try {
      await waitFor(() => stateOf('c-prices-1').includes('COMMAND_STATE_SUCCEEDED'), {
        timeoutMs: 15_000,
        what: 'succeeded after restart',
      });
      assert.equal(vend.commands.length, 1);
      assert.deepEqual(vend.commands[0]!.prices, [{ sku: 'FORM-A12', unitPrice: 600, title: 'Form A12' }]);
    } finally {
      await vend.client.endAsync(true);
    }
  });

  it("a command delivered just before a kill -9 is not delivered again; the machine's later answer settles it", async () => {
    const quiet = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock', false);
    await send(`${PREFIX}/lock-01/cmd`, {
      commandId: 'c-inflight-1',
      siteId: SITE,
      deviceId: 'lock-01',
      deadlineMs: inMinutes(5),
      setServiceMode: { mode: pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE, reason: 'maintenance' },
    });
    await waitFor(() => quiet.commands.length === 1, { timeoutMs: 10_000, what: 'delivered to the locker' });
    await waitFor(() => stateOf('c-inflight-1').includes('COMMAND_STATE_DELIVERED'), { timeoutMs: 10_000, what: 'delivered result' });
    gw.child.kill('SIGKILL');
    await gw.child.exited;
    await quiet.client.endAsync(true);
    await gw.restart();
    const lock = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock', false);
    try {
      await sleep(500);
      assert.equal(lock.commands.length, 0, 'not delivered a second time');
      lock.client.publish(
        'devices/lock-01/cmd/result',
        JSON.stringify({ commandId: 'c-inflight-1', result: 'succeeded', reason: 'out of service' }),
        { qos: 1 },
      );
      await waitFor(() => stateOf('c-inflight-1').includes('COMMAND_STATE_SUCCEEDED'), { timeoutMs: 10_000, what: 'late answer counts' });
    } finally {
      await lock.client.endAsync(true);
    }
  });

  it('a locker verifies pickup codes from the local list while the core is down; the pickup reaches the core later', async () => {
    const salt = 'b7e1c2d4a9';
    await send(`${PREFIX}/lock-01/cmd`, {
      commandId: 'c-list-1',
      siteId: SITE,
      deviceId: 'lock-01',
      deadlineMs: inMinutes(5),
      refreshPickupList: {
        items: [
          {
            documentRef: 'DSI-BIR-2026-004512',
            compartment: 12,
            codeSalt: salt,
            codeMac: pickupCodeMac(PICKUP_KEY, salt, '583-920'),
            expiresMs: inMinutes(60 * 24),
          },
        ],
      },
    });
    await waitFor(() => stateOf('c-list-1').includes('COMMAND_STATE_SUCCEEDED'), { timeoutMs: 10_000, what: 'list stored' });
    await core.stop();
    await gw.child.waitForJsonLog((l) => l.code === 'GW_UPLINK_DOWN', 20_000);
    const lock = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock');
    try {
      const ask = async (reqId: string, pickupCode: string) => {
        await publishJson(lock.client, 'devices/lock-01/req', { reqId, type: 'verifyPickup', pickupCode });
        return waitFor(() => lock.answers.find((a) => a.reqId === reqId), { timeoutMs: 5000, what: `answer ${reqId}` });
      };
      assert.deepEqual(await ask('r-1', '111-111'), { reqId: 'r-1', ok: false, reason: 'wrong_code' });
      assert.deepEqual(await ask('r-2', '583-920'), { reqId: 'r-2', ok: true, compartment: 12, documentRef: 'DSI-BIR-2026-004512' });
      await publishJson(lock.client, 'devices/lock-01/tx', {
        txId: 'L-0009001',
        time: new Date().toISOString(),
        action: 'pickup',
        compartment: 12,
        documentRef: 'DSI-BIR-2026-004512',
        identity: 'pickup_code',
        pickupCode: '583-920',
        result: 'ok',
        offline: true,
      });
      assert.deepEqual(await ask('r-3', '583-920'), { reqId: 'r-3', ok: false, reason: 'already_collected' });
      assert.ok(!JSON.stringify(lock.answers).includes('583-920'), 'the code is never echoed');
      await core.restart();
      const msg = await txs.waitFor((m) => pb.Envelope.decode(m.payload).deviceTxId === 'L-0009001', 30_000);
      const env = pb.Envelope.decode(msg.payload);
      assert.equal(env.transaction?.locker?.offline, true);
      assert.equal(env.transaction?.locker?.documentRef, 'DSI-BIR-2026-004512');
      assert.ok(env.transaction?.locker?.pickupCodeHash, 'the code travels only as a hash');
      assert.ok(!msg.payload.includes(Buffer.from('583-920')), 'no pickup code in clear at the core');
    } finally {
      await lock.client.endAsync(true);
    }
  });

  it(
    'every kind: each command it supports reaches it and succeeds; one it does not is rejected unseen; a ' +
      'site-wide requestState re-publishes the site status',
    async () => {
      const machines = {
        'lock-01': await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock'),
        'vend-01': await commandedMachine(gw.brokerUrl, 'vend-01', 'pw-vend'),
        'stm-01': await commandedMachine(gw.brokerUrl, 'stm-01', 'pw-stm'),
      };
      const status = await listenCore(core.url, [`${PREFIX}/status`]);
      try {
        const mode = { mode: pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE, reason: 'printer repair' };
        const plan: [keyof typeof machines, string, edge.v1.ICommand][] = [
          ['lock-01', 'openCompartment', { openCompartment: { compartment: 7 } }],
          ['lock-01', 'setServiceMode', { setServiceMode: mode }],
          ['lock-01', 'requestState', { requestState: {} }],
          [
            'vend-01',
            'setPrices',
            { setPrices: { currency: 'MOP', prices: [{ sku: 'FORM-A12', unitPriceMinor: 600, title: 'Form A12' }] } },
          ],
          ['vend-01', 'reboot', { reboot: { reason: 'firmware update' } }],
          ['stm-01', 'setServiceMode', { setServiceMode: mode }],
          ['stm-01', 'reboot', { reboot: { reason: 'firmware update' } }],
          ['stm-01', 'requestState', { requestState: {} }],
        ];
        for (const [i, [device, , body]] of plan.entries()) {
          await send(`${PREFIX}/${device}/cmd`, {
            commandId: `c-kind-${i}`,
            siteId: SITE,
            deviceId: device,
            deadlineMs: inMinutes(5),
            ...body,
          });
        }
        await waitFor(() => plan.every((_, i) => stateOf(`c-kind-${i}`).includes('COMMAND_STATE_SUCCEEDED')), {
          timeoutMs: 15_000,
          what: 'every supported command succeeded',
        });
        for (const [i, [device, name]] of plan.entries()) {
          const got = machines[device].commands.filter((c) => c.commandId === `c-kind-${i}`);
          assert.deepEqual(
            got.map((c) => c.command),
            [name],
            `${device} received ${name} once`,
          );
        }
        assert.equal(machines['vend-01'].commands.find((c) => c.command === 'setPrices')!.currency, 'MOP');

        // Not for this kind: answered rejected, and the machine never sees it.
        await send(`${PREFIX}/vend-01/cmd`, {
          commandId: 'c-kind-wrong',
          siteId: SITE,
          deviceId: 'vend-01',
          deadlineMs: inMinutes(5),
          openCompartment: { compartment: 1 },
        });
        await send(`${PREFIX}/stm-01/cmd`, {
          commandId: 'c-kind-wrong-2',
          siteId: SITE,
          deviceId: 'stm-01',
          deadlineMs: inMinutes(5),
          setPrices: { currency: 'MOP' },
        });
        await waitFor(
          () => stateOf('c-kind-wrong').includes('COMMAND_STATE_REJECTED') && stateOf('c-kind-wrong-2').includes('COMMAND_STATE_REJECTED'),
          { timeoutMs: 10_000, what: 'unsupported commands rejected' },
        );
        const reasons = commandResults(results, 'c-kind-wrong');
        assert.match(reasons[0]!.reason ?? '', /not supported by vending/);

        // The whole site: the site status is published again (retained), for a core that lost track of the site.
        const before = status.messages.length;
        await send(`${PREFIX}/cmd`, { commandId: 'c-site-1', siteId: SITE, deviceId: '_site', deadlineMs: inMinutes(5), requestState: {} });
        await waitFor(() => stateOf('c-site-1').includes('COMMAND_STATE_SUCCEEDED') && status.messages.length > before, {
          timeoutMs: 10_000,
          what: 'site status re-published',
        });
        assert.equal(pb.SiteStatus.decode(status.messages.at(-1)!.payload).online, true);
        await sleep(200);
        for (const m of Object.values(machines))
          assert.equal(m.commands.filter((c) => c.commandId === 'c-kind-wrong' || c.commandId === 'c-kind-wrong-2').length, 0);
      } finally {
        await status.close();
        for (const m of Object.values(machines)) await m.client.endAsync(true);
      }
    },
  );

  it('a machine can never publish a command', async () => {
    const lock = await commandedMachine(gw.brokerUrl, 'lock-01', 'pw-lock');
    const errors: unknown[] = [];
    try {
      await lock.client.subscribeAsync('devices/lock-01/error', { qos: 1 });
      lock.client.on('message', (t, p) => {
        if (t.endsWith('/error')) errors.push(JSON.parse(p.toString()));
      });
      await publishJson(lock.client, 'devices/lock-01/cmd', { commandId: 'evil', command: 'openCompartment', compartment: 1 });
      await waitFor(() => errors.find((e) => (e as { code: string }).code === 'GW_ACL_PUBLISH_DENIED'), {
        timeoutMs: 5000,
        what: 'refusal',
      });
      await sleep(200);
      assert.equal(lock.commands.length, 0);
    } finally {
      await lock.client.endAsync(true);
    }
  });
});
