import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { lockerCodec } from '../../../devices/locker/codec.ts';
import type { CodecContext } from '../../../devices/common/types.ts';
import { pb } from '../../../proto/index.ts';
import { fixtureTests } from '../fixture-checks.ts';
import { HASH_KEY, deviceMessage, goodJson, jsonCtx, protobufCtx } from '../fixture-files.ts';

const hmac = (v: string, key = HASH_KEY) => createHmac('sha256', key).update(v).digest('hex');
const decode = (channel: 'tx' | 'telemetry' | 'event' | 'state', doc: unknown, ctx: CodecContext = jsonCtx) =>
  lockerCodec.decode(channel, Buffer.from(JSON.stringify(doc)), ctx);

function actionOf(doc: unknown, ctx: CodecContext = jsonCtx) {
  const r = decode('tx', doc, ctx);
  assert.ok(r.ok, JSON.stringify(r));
  assert.ok('transaction' in r.message.body);
  return { locker: r.message.body.transaction.locker ?? {}, text: JSON.stringify(r.message) };
}

const A = pb.LockerActionType;
const R = pb.LockerResult;
const I = pb.IdentityMethod;

fixtureTests('locker', lockerCodec);

test('locker: a deposit by staff', () => {
  assert.deepEqual(actionOf(goodJson('locker', 'tx-deposit.json')).locker, {
    action: A.LOCKER_ACTION_TYPE_DEPOSIT,
    identity: I.IDENTITY_METHOD_STAFF_BADGE,
    result: R.LOCKER_RESULT_OK,
    compartment: 12,
    documentRef: 'DSI-BIR-2026-004512',
  });
});

test('locker: a pickup by code carries the keyed hash of the code, never the code', () => {
  const { locker, text } = actionOf(goodJson('locker', 'tx-pickup-code.json'));
  assert.deepEqual(locker, {
    action: A.LOCKER_ACTION_TYPE_PICKUP,
    identity: I.IDENTITY_METHOD_PICKUP_CODE,
    result: R.LOCKER_RESULT_OK,
    compartment: 12,
    documentRef: 'DSI-BIR-2026-004512',
    pickupCodeHash: hmac('583920'),
  });
  assert.ok(!text.includes('583'));
  // grouping and case do not change the hash; the site key does
  const doc = goodJson('locker', 'tx-pickup-code.json');
  assert.equal(actionOf({ ...doc, pickupCode: '583920' }).locker.pickupCodeHash, locker.pickupCodeHash);
  assert.equal(actionOf({ ...doc, pickupCode: 'ab 12 cd' }).locker.pickupCodeHash, hmac('AB12CD'));
  assert.notEqual(actionOf(doc, { format: 'json', hashKey: Buffer.from('other-site') }).locker.pickupCodeHash, locker.pickupCodeHash);
});

test('locker: a pickup by ID card while the core was unreachable', () => {
  const { locker, text } = actionOf(goodJson('locker', 'tx-pickup-id-card.json'));
  assert.equal(locker.citizenRef, hmac('52152993'));
  assert.equal(locker.identity, I.IDENTITY_METHOD_ID_CARD);
  assert.equal(locker.offline, true);
  assert.equal(locker.pickupCodeHash, undefined);
  assert.ok(!text.includes('5215299'));
});

test('locker: a wrong code needs no compartment; a retrieve is staff work', () => {
  const wrong = actionOf(goodJson('locker', 'tx-pickup-wrong-code.json')).locker;
  assert.equal(wrong.result, R.LOCKER_RESULT_WRONG_CODE);
  assert.equal(wrong.compartment, undefined);
  assert.equal(wrong.pickupCodeHash, hmac('111111'));
  const back = actionOf(goodJson('locker', 'tx-retrieve.json')).locker;
  assert.deepEqual([back.action, back.identity, back.compartment], [A.LOCKER_ACTION_TYPE_RETRIEVE, I.IDENTITY_METHOD_STAFF_BADGE, 3]);
});

test('locker: refusals about codes and ID numbers never quote them', () => {
  const doc = goodJson('locker', 'tx-pickup-code.json');
  for (const patch of [
    { pickupCode: '58#3920' },
    { pickupCode: '583920583920583920' },
    { identity: 'qr', pickupCode: '583920' },
    { identity: 'pickup_code', idNumber: '5215299(3)' },
    { identity: 'id_card', pickupCode: undefined, idNumber: '52#15299' },
    { identity: 'id_card', pickupCode: undefined, idNumber: '(52)' },
  ]) {
    const r = decode('tx', { ...doc, ...patch });
    assert.ok(!r.ok, JSON.stringify(patch));
    assert.doesNotMatch(`${r.error.message} ${r.error.path}`, /583|5215|52#|\(52\)/, r.error.message);
  }
});

test('locker: telemetry compartments with deposit times and overdue flags', () => {
  const r = decode('telemetry', goodJson('locker', 'telemetry-compartments.json'));
  assert.ok(r.ok && 'telemetry' in r.message.body);
  const D = pb.DoorState;
  assert.deepEqual(r.message.body.telemetry, {
    compartments: [
      {
        number: 3,
        door: D.DOOR_STATE_CLOSED,
        occupied: true,
        documentRef: 'DSAL-PERMIT-2026-077',
        depositedMs: Date.UTC(2026, 10, 5, 2, 20),
        overdue: true,
      },
      {
        number: 7,
        door: D.DOOR_STATE_CLOSED,
        occupied: true,
        documentRef: 'IAM-LIC-2026-0193',
        depositedMs: Date.UTC(2026, 10, 21, 6, 2, 11),
      },
      { number: 12, door: D.DOOR_STATE_CLOSED, occupied: false },
      { number: 13, door: D.DOOR_STATE_FAULT, occupied: false },
    ],
    components: [{ component: 'ups', health: pb.ComponentHealth.COMPONENT_HEALTH_OK, levelPercent: 100 }],
    metrics: [{ name: 'temperature', value: 26, unit: 'Cel' }],
  });
});

test('locker: door events name the compartment; state carries compartments', () => {
  const forced = decode('event', goodJson('locker', 'event-door-forced.json'));
  assert.ok(forced.ok);
  assert.deepEqual(forced.message.body, {
    event: { code: 'DOOR_FORCED', severity: pb.Severity.SEVERITY_CRITICAL, active: true, component: 'door', compartment: 7 },
  });
  const closed = decode('event', goodJson('locker', 'event-door-closed-again.json'));
  assert.ok(closed.ok && 'event' in closed.message.body);
  assert.deepEqual([closed.message.body.event.code, closed.message.body.event.active], ['DOOR_LEFT_OPEN', false]);
  const s = decode('state', goodJson('locker', 'state-in-service.json'));
  assert.ok(s.ok && 'state' in s.message.body);
  assert.equal(s.message.body.state.mode, pb.ServiceMode.SERVICE_MODE_IN_SERVICE);
  assert.deepEqual(
    s.message.body.state.compartments?.map((c) => [c.number, c.occupied, c.documentRef]),
    [
      [1, false, undefined],
      [2, true, 'DSI-BIR-2026-004498'],
    ],
  );
});

test('locker: protobuf bodies round-trip; the same action rules apply', () => {
  const locker = {
    action: A.LOCKER_ACTION_TYPE_PICKUP,
    compartment: 4,
    documentRef: 'DSI-BIR-2026-000001',
    identity: I.IDENTITY_METHOD_PICKUP_CODE,
    result: R.LOCKER_RESULT_OK,
    pickupCodeHash: hmac('123456'),
    offline: true,
  };
  const r = lockerCodec.decode('tx', deviceMessage({ txId: 'L-PB-1', timeMs: 1795158131000, transaction: { locker } }), protobufCtx);
  assert.deepEqual(r, { ok: true, message: { deviceTimeMs: 1795158131000, txId: 'L-PB-1', body: { transaction: { locker } } } });
  const byStaff = lockerCodec.decode(
    'tx',
    deviceMessage({ txId: 'L-PB-2', transaction: { locker: { ...locker, identity: I.IDENTITY_METHOD_STAFF_BADGE } } }),
    protobufCtx,
  );
  assert.ok(!byStaff.ok);
  assert.equal(byStaff.error.path, '/locker/identity');

  const state = {
    online: true,
    mode: pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE,
    compartments: [{ number: 1, door: pb.DoorState.DOOR_STATE_FORCED, occupied: true, documentRef: 'X-1', depositedMs: 1795158131000 }],
  };
  const s = lockerCodec.decode('state', deviceMessage({ state }), protobufCtx);
  assert.deepEqual(s, { ok: true, message: { deviceTimeMs: 0, body: { state } } });
});
