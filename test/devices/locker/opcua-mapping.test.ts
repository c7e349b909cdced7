// The locker's OPC-UA mapping, pure: node values and events become the same edge.v1 messages an MQTT locker's JSON
// does (through the same codec), commands become method calls and writes, answers become command results.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyedHash } from '../../../devices/common/keyed-hash.ts';
import {
  applyLockerValues,
  doorWord,
  LOCKER_OPCUA_ROLES,
  lockerAnswer,
  lockerCommand,
  lockerEvent,
  lockerState,
  lockerTelemetry,
  lockerTransactions,
  modeWord,
  newLockerSnapshot,
  severityWord,
} from '../../../devices/locker/opcua-mapping.ts';
import type { DecodeResult } from '../../../devices/common/types.ts';
import type { OpcuaMappingConfig } from '../../../protocols/opcua/types.ts';
import { monitorPlan } from '../../../gateway/opcua/plan.ts';
import { pb } from '../../../proto/index.ts';
import type { Sample, ValueChange } from '../../../protocols/opcua/types.ts';

const ctx = { format: 'json' as const, hashKey: Buffer.alloc(32, 7) };
// the simulator's node ids (devices/locker/sim/opcua-server.ts lockerSimMapping), written out so this pure test does not load node-opcua
const simMapping = (units: number): OpcuaMappingConfig => ({
  units,
  values: {
    heartbeat: 'ns=1;s=Locker.Heartbeat',
    serviceMode: 'ns=1;s=Locker.ServiceMode',
    door: 'ns=1;s=Locker.C{n}.DoorOpen',
    occupied: 'ns=1;s=Locker.C{n}.Occupied',
  },
  events: { alarms: { notifier: 'ns=1;s=Locker', fields: { code: '1:Code', compartment: '1:Compartment', active: '1:Active' } } },
  methods: { openCompartment: { object: 'ns=1;s=Locker', method: 'ns=1;s=Locker.OpenCompartment' } },
});
const T = Date.parse('2026-11-22T21:00:00Z');
const s = (
  value: unknown,
  dataType = typeof value === 'boolean' ? 'Boolean' : typeof value === 'number' ? 'Int32' : 'String',
  at = T,
): Sample => ({ value, dataType, sourceTimeMs: at, good: true });
const ch = (key: string, sample: Sample): ValueChange => ({ key, sample });

function ok(r: DecodeResult | undefined) {
  assert.ok(r, 'a message');
  if (!r.ok) assert.fail(`refused: ${r.error.code} ${r.error.message}`);
  return r.message;
}

describe('locker over OPC-UA: values', () => {
  it("door and occupancy flags become Telemetry compartments, with the controller's timestamp", () => {
    const snap = newLockerSnapshot(3);
    const due = applyLockerValues(snap, [
      ch('door.1', s(false)),
      ch('occupied.1', s(false)),
      ch('door.2', s(true)),
      ch('occupied.2', s(true)),
      ch('documentRef.2', s('DSI-BIR-2026-004512')),
      ch('door.3', s(false)),
      ch('occupied.3', s(false)),
      ch('documentRef.3', s('LEFT-OVER')),
      ch('heartbeat', s(17, 'UInt32')),
    ]);
    assert.deepEqual(due, { telemetry: true, state: false, transactions: false });
    const m = ok(lockerTelemetry(snap, ctx));
    assert.equal(m.deviceTimeMs, T);
    assert.deepEqual('telemetry' in m.body && m.body.telemetry.compartments, [
      { number: 1, door: pb.DoorState.DOOR_STATE_CLOSED, occupied: false },
      { number: 2, door: pb.DoorState.DOOR_STATE_OPEN, occupied: true, documentRef: 'DSI-BIR-2026-004512' },
      // a reference left in an empty compartment is not forwarded (the schema would refuse the contradiction)
      { number: 3, door: pb.DoorState.DOOR_STATE_CLOSED, occupied: false },
    ]);
  });

  it('a value that did not really change makes no message; the heartbeat alone makes none', () => {
    const snap = newLockerSnapshot(1);
    applyLockerValues(snap, [ch('door.1', s(false)), ch('occupied.1', s(false)), ch('serviceMode', s(1))]);
    assert.deepEqual(applyLockerValues(snap, [ch('door.1', s(false, 'Boolean', T + 5000)), ch('heartbeat', s(3))]), {
      telemetry: false,
      state: false,
      transactions: false,
    });
    assert.deepEqual(applyLockerValues(snap, [ch('serviceMode', s(3))]), { telemetry: false, state: true, transactions: false });
  });

  it('state: service mode as edge.v1 number or word, online flag, firmware and model, every compartment', () => {
    const snap = newLockerSnapshot(1);
    assert.equal(lockerState(snap, true, ctx), undefined, 'nothing before the service mode is known');
    applyLockerValues(snap, [
      ch('serviceMode', s(2)),
      ch('firmware', s('2.4.1')),
      ch('model', s('DL-24')),
      ch('door.1', s(false)),
      ch('occupied.1', s(false)),
    ]);
    const m = ok(lockerState(snap, false, ctx));
    assert.ok('state' in m.body);
    assert.equal(m.body.state.online, false);
    assert.equal(m.body.state.mode, pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE);
    assert.equal(m.body.state.firmware, '2.4.1');
    assert.equal(m.body.state.model, 'DL-24');
    assert.equal(m.body.state.compartments?.length, 1);
    assert.equal(modeWord(s('maintenance')), 'maintenance');
    assert.equal(modeWord(s(9)), undefined);
  });

  it('state: a model or vendor that is not free text (a tab, a bidi override) is left out, the state is kept', () => {
    const snap = newLockerSnapshot(1);
    applyLockerValues(snap, [
      ch('serviceMode', s(1)),
      ch('model', s('DL\t24')),
      ch('vendor', s('Acme \u202eLtd')),
      ch('door.1', s(false)),
      ch('occupied.1', s(false)),
    ]);
    const m = ok(lockerState(snap, true, ctx));
    assert.ok('state' in m.body);
    assert.equal(m.body.state.model ?? '', '');
    assert.equal(m.body.state.vendor ?? '', '');
  });

  it('door sensors: Boolean, words, edge.v1 numbers; a bad reading is a fault', () => {
    assert.equal(doorWord(s(true)), 'open');
    assert.equal(doorWord(s('FORCED')), 'forced');
    assert.equal(doorWord(s(pb.DoorState.DOOR_STATE_CLOSED)), 'closed');
    assert.equal(doorWord({ ...s(false), good: false }), 'fault');
    assert.equal(doorWord(s(42)), 'fault');
  });
});

describe('locker over OPC-UA: transaction log', () => {
  const deposit = {
    txId: 'LK-000001',
    time: '2026-11-22T08:15:00+08:00',
    action: 'deposit',
    compartment: 12,
    documentRef: 'DSI-BIR-2026-004512',
    identity: 'staff_badge',
    result: 'ok',
  };
  const pickup = {
    txId: 'LK-000002',
    time: '2026-11-22T21:03:44+08:00',
    action: 'pickup',
    compartment: 12,
    documentRef: 'DSI-BIR-2026-004512',
    identity: 'pickup_code',
    pickupCode: '583-920',
    result: 'ok',
  };

  it("every entry of the log decodes as the MQTT locker's tx: txId, action, and the pickup code only as a keyed hash", () => {
    const results = lockerTransactions(s([JSON.stringify(deposit), JSON.stringify(pickup), ''], 'String'), ctx);
    assert.equal(results.length, 2, 'empty slots of the ring are skipped');
    const [d, p] = results.map((r) => ok(r));
    assert.equal(d!.txId, 'LK-000001');
    assert.equal(d!.deviceTimeMs, Date.parse(deposit.time));
    const action = 'transaction' in p!.body ? p!.body.transaction.locker! : assert.fail('a transaction');
    assert.equal(action.action, pb.LockerActionType.LOCKER_ACTION_TYPE_PICKUP);
    assert.equal(action.pickupCodeHash, keyedHash(ctx.hashKey, '583920'));
    assert.ok(!JSON.stringify(p).includes('583'), 'the pickup code itself is nowhere in the message');
  });

  it('a single LastTransaction string works too; a bad entry is refused with its txId, the others still pass', () => {
    assert.equal(lockerTransactions(s(JSON.stringify(deposit)), ctx).length, 1);
    const [bad, good] = lockerTransactions(
      s([JSON.stringify({ ...deposit, txId: 'LK-9', identity: 'pickup_code' }), JSON.stringify(pickup)]),
      ctx,
    );
    assert.ok(bad && !bad.ok);
    assert.equal(bad.error.code, 'GW_PAYLOAD_SCHEMA');
    assert.equal(bad.error.txId, 'LK-9');
    assert.ok(good?.ok);
    assert.deepEqual(lockerTransactions({ ...s('x'), good: false }, ctx), [], 'a bad reading of the log is no transaction');
  });
});

describe('locker over OPC-UA: alarm events', () => {
  const names = { code: '1:Code', compartment: '1:Compartment', active: '1:Active' };
  it("a door alarm becomes the locker's door event, severity from the OPC UA 1-1000 scale", () => {
    const m = ok(
      lockerEvent(
        { Message: 'door opened without a command', Severity: 900, Time: T, '1:Code': 'DOOR_FORCED', '1:Compartment': 7, '1:Active': true },
        names,
        ctx,
      ),
    );
    assert.ok('event' in m.body);
    assert.equal(m.body.event.code, 'DOOR_FORCED');
    assert.equal(m.body.event.compartment, 7);
    assert.equal(m.body.event.component, 'door');
    assert.equal(m.body.event.severity, pb.Severity.SEVERITY_CRITICAL);
    assert.equal(m.body.event.active, true);
    assert.equal(m.deviceTimeMs, T);
    assert.deepEqual([1, 201, 501, 801].map(severityWord), ['info', 'warning', 'alarm', 'critical']);
  });

  it('a door alarm whose message free text may not hold (a line break, a card number) is forwarded without the message', () => {
    for (const Message of ['door opened\nwithout a command', 'door \u202eforced', 'card 4111 1111 1111 1111 at the door']) {
      const m = ok(
        lockerEvent({ Message, Severity: 900, Time: T, '1:Code': 'DOOR_FORCED', '1:Compartment': 7, '1:Active': true }, names, ctx),
      );
      assert.ok('event' in m.body, JSON.stringify(Message));
      assert.equal(m.body.event.code, 'DOOR_FORCED');
      assert.equal(m.body.event.message ?? '', '');
    }
  });

  it('any other alarm is forwarded as a plain event; a card number in its message is dropped', () => {
    const m = ok(lockerEvent({ Message: 'card 4111 1111 1111 1111 stuck', Severity: 300, '1:Code': 'ups on battery' }, names, ctx));
    assert.ok('event' in m.body);
    assert.equal(m.body.event.code, 'UPS_ON_BATTERY');
    assert.equal(m.body.event.severity, pb.Severity.SEVERITY_WARNING);
    assert.equal(m.body.event.message ?? '', '');
  });
});

describe('locker over OPC-UA: commands', () => {
  const mapping = simMapping(12);
  const snap = newLockerSnapshot(12);
  applyLockerValues(snap, [ch('serviceMode', s(1))]);

  it('openCompartment is a method call with the compartment as UInt32; a compartment the locker lacks is refused', () => {
    const plan = lockerCommand({ openCompartment: { compartment: 4 } }, snap, mapping);
    assert.deepEqual(plan, {
      call: { object: 'ns=1;s=Locker', method: 'ns=1;s=Locker.OpenCompartment', args: [{ dataType: 'UInt32', value: 4 }] },
      what: 'compartment 4 opened',
    });
    assert.deepEqual(lockerCommand({ openCompartment: { compartment: 13 } }, snap, mapping), {
      refuse: 'compartment 13 does not exist (this locker has 12)',
    });
  });

  it('setServiceMode writes the variable in its own type: the edge.v1 number, or the word', () => {
    const plan = lockerCommand({ setServiceMode: { mode: pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE } }, snap, mapping);
    assert.deepEqual(plan, {
      write: { ref: 'ns=1;s=Locker.ServiceMode', dataType: 'Int32', value: 2 },
      what: 'service mode set to out_of_service',
    });
    const words = newLockerSnapshot(12);
    applyLockerValues(words, [ch('serviceMode', s('in_service'))]);
    const p2 = lockerCommand({ setServiceMode: { mode: pb.ServiceMode.SERVICE_MODE_MAINTENANCE } }, words, mapping);
    assert.ok('write' in p2);
    assert.deepEqual(p2.write, { ref: 'ns=1;s=Locker.ServiceMode', dataType: 'String', value: 'maintenance' });
  });

  it('requestState re-publishes; what the mapping cannot do is refused with a reason', () => {
    assert.deepEqual(lockerCommand({ requestState: {} }, snap, mapping), { republishState: true });
    assert.ok('refuse' in lockerCommand({ reboot: {} }, snap, mapping), 'no reboot method mapped');
    assert.ok('refuse' in lockerCommand({ setPrices: { currency: 'MOP' } }, snap, mapping));
  });

  it("the controller's answer becomes the result", () => {
    const what = { what: 'compartment 4 opened' };
    assert.deepEqual(lockerAnswer(what, { good: true, status: 'Good', outputs: ['opened'] }), {
      state: 'succeeded',
      reason: 'compartment 4 opened',
    });
    assert.deepEqual(lockerAnswer(what, { good: true, status: 'Good', outputs: [0] }), {
      state: 'succeeded',
      reason: 'compartment 4 opened',
    });
    assert.deepEqual(lockerAnswer(what, { good: true, status: 'Good', outputs: ['out_of_service'] }), {
      state: 'failed',
      reason: 'the machine answered out_of_service',
    });
    assert.deepEqual(lockerAnswer(what, { good: false, status: 'BadUserAccessDenied', outputs: [] }), {
      state: 'failed',
      reason: 'the machine refused: BadUserAccessDenied',
    });
    // What the server answers is shown only when it is short free text without a card number; never serialised whole.
    const reason = (first: unknown) => lockerAnswer(what, { good: true, status: 'Good', outputs: [first] }).reason;
    assert.equal(reason('jammed\n\u202edoor'), 'the machine answered a 12-character text it cannot show');
    assert.equal(reason('card 4111 1111 1111 1111'), 'the machine answered a 24-character text it cannot show');
    assert.equal(reason(4111111111111111), 'the machine answered a value of type number');
    assert.equal(reason(Array.from({ length: 100_000 }, (_, i) => i)), 'the machine answered an array of 100000 values');
    assert.equal(reason(7), 'the machine answered 7');
  });
});

describe('locker over OPC-UA: what the connector subscribes to', () => {
  it("per-compartment roles run over {n}; the heartbeat is watched; events select the standard fields and the mapping's", () => {
    const plan = monitorPlan(LOCKER_OPCUA_ROLES, simMapping(2));
    assert.deepEqual(
      plan.values.filter((v) => v.key.startsWith('door.')),
      [
        { key: 'door.1', ref: 'ns=1;s=Locker.C1.DoorOpen' },
        { key: 'door.2', ref: 'ns=1;s=Locker.C2.DoorOpen' },
      ],
    );
    assert.equal(plan.heartbeatKey, 'heartbeat');
    assert.deepEqual(plan.events, [
      { key: 'alarms', notifier: 'ns=1;s=Locker', fields: ['Message', 'Severity', 'Time', '1:Code', '1:Compartment', '1:Active'] },
    ]);
    assert.deepEqual(plan.eventNames.alarms, { code: '1:Code', compartment: '1:Compartment', active: '1:Active' });
  });
});
