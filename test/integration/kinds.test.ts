// The three machine kinds end to end (issue 4): simulated machines -> gateway -> real mosquitto core; envelopes decode
// with protoc and carry each kind's fields; personal data never reaches the core, the logs or an error reply in clear.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SimulatedMachine } from '../../devices/sim/mqtt-machine.ts';
import type { Kind } from '../../devices/registry.ts';
import { pb } from '../../proto/index.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { connectDevice, publishBytes, publishJson } from '../../harness/device.ts';
import { CLI, REPO, startGateway, type GatewayFixture } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { startNode } from '../../harness/process.ts';
import { asList, protocDecode, protocFields, type ProtoFields } from '../../harness/protoc.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { sleep, waitFor } from '../../harness/wait.ts';

const SITE = 'mo-kinds-01';
const DEVICES: { id: string; kind: Kind }[] = [
  { id: 'vend-01', kind: 'vending' },
  { id: 'stm-01', kind: 'teller' },
  { id: 'lock-01', kind: 'locker' },
  { id: 'vend-02', kind: 'vending' },
];
const PB_DEVICE = { id: 'vend-pb', kind: 'vending' as const, format: 'protobuf' as const };

describe('machine kinds end to end', () => {
  let tmp: TempDir;
  let core: Mosquitto;
  let gw: GatewayFixture;
  let listener: CoreListener;

  before(async () => {
    tmp = await tempDir('eg-kinds-');
    core = await startMosquitto();
    listener = await listenCore(core.url, [`gov/v1/site/${SITE}/#`]);
    gw = await startGateway({
      dir: tmp.path,
      coreUrl: core.url,
      siteId: SITE,
      devices: [...DEVICES, PB_DEVICE].map((d) => ({ ...d, password: `pw-${d.id}` })),
    });
  });
  after(async () => {
    await listener?.close();
    await gw?.stop();
    await core?.stop();
    await tmp?.cleanup();
  });

  const txOf = (id: string) => listener.messages.filter((m) => m.topic === `gov/v1/site/${SITE}/${id}/tx`);

  for (const d of DEVICES.slice(0, 3)) {
    it(`${d.kind}: simulated traffic arrives as envelopes protoc decodes, with the kind's fields`, async () => {
      const sim = new SimulatedMachine({
        url: gw.brokerUrl,
        deviceId: d.id,
        password: `pw-${d.id}`,
        kind: d.kind,
        rate: 40,
        badShare: 0,
        peaks: false,
      });
      await sim.start();
      try {
        await waitFor(() => txOf(d.id).length >= 3 && listener.messages.some((m) => m.topic.endsWith(`/${d.id}/state`)), {
          timeoutMs: 15_000,
          what: `${d.kind} tx and state at the core`,
        });
      } finally {
        await sim.stop();
      }
      for (const m of txOf(d.id)) {
        const f = protocFields(protocDecode('Envelope', m.payload));
        assert.equal(f.device_id, d.id);
        const tx = f.transaction as ProtoFields;
        if (d.kind === 'vending') {
          const sale = tx.sale as ProtoFields;
          assert.equal((sale.total as ProtoFields).currency, 'MOP');
          assert.ok(asList(sale.items).length >= 1);
        } else if (d.kind === 'teller') {
          const t = tx.teller as ProtoFields;
          assert.match(String(t.service_code), /^[A-Z-]+$/);
          assert.ok(t.department);
        } else {
          const l = tx.locker as ProtoFields;
          assert.match(String(l.action), /^LOCKER_ACTION_TYPE_/);
          assert.match(String(l.result), /^LOCKER_RESULT_/);
        }
      }
      const state = pb.Envelope.decode(listener.messages.find((m) => m.topic.endsWith(`/${d.id}/state`))!.payload);
      assert.equal(state.state?.online, true);
    });
  }

  it('a machine speaking protobuf: txId and clock reach the core, a resent transaction is stored once, a bad one is answered', async () => {
    const dev = await connectDevice(gw.brokerUrl, PB_DEVICE.id, `pw-${PB_DEVICE.id}`);
    const errors: { code: string; path?: string }[] = [];
    await dev.subscribeAsync(`devices/${PB_DEVICE.id}/error`, { qos: 1 });
    dev.on('message', (_t, payload) => errors.push(JSON.parse(payload.toString())));
    const sale = {
      items: [{ sku: 'FORM-A12', quantity: 2, unitPriceMinor: 500 }],
      total: { amountMinor: 1000, currency: 'MOP' },
      payment: pb.PaymentMethod.PAYMENT_METHOD_CARD,
    };
    const bytes = Buffer.from(pb.DeviceMessage.encode({ txId: 'PB-0001', timeMs: 1795340000250, transaction: { sale } }).finish());
    try {
      await publishBytes(dev, `devices/${PB_DEVICE.id}/tx`, bytes);
      await publishBytes(dev, `devices/${PB_DEVICE.id}/tx`, bytes); // the firmware resends: its PUBACK was lost
      await publishBytes(dev, `devices/${PB_DEVICE.id}/tx`, Buffer.from(pb.DeviceMessage.encode({ transaction: { sale } }).finish()));
      await publishBytes(
        dev,
        `devices/${PB_DEVICE.id}/tx`,
        Buffer.from(pb.DeviceMessage.encode({ txId: 'PB-0002', transaction: { sale } }).finish()),
      );
      await waitFor(() => txOf(PB_DEVICE.id).some((m) => pb.Envelope.decode(m.payload).deviceTxId === 'PB-0002') && errors.length >= 1, {
        timeoutMs: 10_000,
        what: 'PB-0002 at the core and the refusal answered',
      });
    } finally {
      await dev.endAsync(true);
    }
    const arrived = txOf(PB_DEVICE.id).map((m) => pb.Envelope.decode(m.payload));
    assert.deepEqual(
      arrived.map((e) => e.deviceTxId),
      ['PB-0001', 'PB-0002'],
      'the resent PB-0001 is stored and sent once',
    );
    assert.equal(Number(arrived[0]!.deviceTimeMs), 1795340000250);
    assert.equal(Number(arrived[0]!.transaction?.sale?.total?.amountMinor), 1000);
    const f = protocFields(protocDecode('Envelope', txOf(PB_DEVICE.id)[0]!.payload));
    assert.equal(f.device_tx_id, 'PB-0001');
    assert.deepEqual(
      errors.map((e) => [e.code, e.path]),
      [['GW_PAYLOAD_SCHEMA', '/txId']],
    );
  });

  it('the simulator speaks protobuf for a machine configured so: its traffic arrives with txIds and clocks, none refused', async () => {
    const before = txOf(PB_DEVICE.id).length;
    const sim = new SimulatedMachine({
      url: gw.brokerUrl,
      deviceId: PB_DEVICE.id,
      password: `pw-${PB_DEVICE.id}`,
      kind: 'vending',
      rate: 40,
      badShare: 0,
      peaks: false,
      format: 'protobuf',
    });
    await sim.start();
    try {
      await waitFor(() => txOf(PB_DEVICE.id).length >= before + 3 && sim.counters.acked >= 10, {
        timeoutMs: 15_000,
        what: 'simulated protobuf sales at the core',
      });
    } finally {
      await sim.stop();
    }
    assert.equal(sim.counters.errors, 0, 'no message of the simulator was refused');
    for (const m of txOf(PB_DEVICE.id).slice(before)) {
      const e = pb.Envelope.decode(m.payload);
      assert.match(e.deviceTxId, /^\S+$/);
      assert.ok(Number(e.deviceTimeMs) > 0);
      assert.ok(e.transaction?.sale?.total?.currency);
    }
  });

  it('ID numbers and pickup codes never appear in clear at the core, in the logs or in error replies', async () => {
    const stm = await connectDevice(gw.brokerUrl, 'stm-01', 'pw-stm-01');
    const lock = await connectDevice(gw.brokerUrl, 'lock-01', 'pw-lock-01');
    const replies: string[] = [];
    for (const c of [stm, lock]) c.on('message', (_t, p) => replies.push(p.toString()));
    await stm.subscribeAsync('devices/stm-01/error', { qos: 1 });
    await lock.subscribeAsync('devices/lock-01/error', { qos: 1 });
    try {
      const service = {
        txId: 'S-PII-1',
        time: '2026-11-22T10:00:00Z',
        serviceCode: 'CERT-BIRTH',
        department: 'DSI',
        outcome: 'completed',
        durationS: 95,
        documentPrinted: true,
        identity: 'id_card',
        idNumber: '5215299(3)',
        fee: { amount: 1000, currency: 'MOP' },
      };
      await publishJson(stm, 'devices/stm-01/tx', service);
      await publishJson(lock, 'devices/lock-01/tx', {
        txId: 'L-PII-1',
        time: '2026-11-22T10:01:00Z',
        action: 'pickup',
        compartment: 5,
        documentRef: 'DSI-BIR-2026-000777',
        identity: 'pickup_code',
        pickupCode: '730-118',
        result: 'ok',
      });
      // Bad ones carrying the same secrets: refused, and the refusal must not echo them.
      await publishJson(stm, 'devices/stm-01/tx', { ...service, txId: 'S-PII-2', durationS: -5 });
      await publishJson(lock, 'devices/lock-01/tx', {
        txId: 'L-PII-2',
        action: 'pickup',
        identity: 'pickup_code',
        pickupCode: '730-118',
        result: 'maybe',
      });
      const stmTx = await listener.waitFor(
        (m) => m.topic.endsWith('/stm-01/tx') && pb.Envelope.decode(m.payload).deviceTxId === 'S-PII-1',
        10_000,
      );
      const lockTx = await listener.waitFor(
        (m) => m.topic.endsWith('/lock-01/tx') && pb.Envelope.decode(m.payload).deviceTxId === 'L-PII-1',
        10_000,
      );
      await waitFor(() => replies.length >= 2, { timeoutMs: 5000, what: 'two error replies' });
      await sleep(300);
      const teller = pb.Envelope.decode(stmTx.payload).transaction!.teller!;
      assert.match(teller.citizenRef ?? '', /^[0-9a-f]{64}$/, 'the ID number travels as a keyed hash');
      assert.match(pb.Envelope.decode(lockTx.payload).transaction!.locker!.pickupCodeHash ?? '', /^[0-9a-f]{64}$/);
      const everything = [
        ...listener.messages.map((m) => m.payload.toString('latin1')),
        ...replies,
        ...gw.child.lines().map((l) => l.text),
      ].join('\n');
      for (const secret of ['5215299', '730-118', '730118']) assert.ok(!everything.includes(secret), `"${secret}" leaked`);
    } finally {
      await stm.endAsync(true);
      await lock.endAsync(true);
    }
  });

  it('edge-gateway simulate drives machines from the config against the running gateway', async () => {
    const child = startNode(
      CLI,
      ['simulate', '--kind', 'vending', '--devices', '2', '--rate', '20', '--config', gw.configPath, '--seconds', '4', '--bad-share', '0'],
      { env: gw.env, cwd: REPO },
    );
    const exit = await child.exited;
    assert.equal(exit.code, 0, child.tail(20));
    await waitFor(() => txOf('vend-02').length > 0, { timeoutMs: 10_000, what: 'vend-02 transactions at the core' });
    assert.match(child.tail(50), /acknowledged [1-9]/);
  });
});
