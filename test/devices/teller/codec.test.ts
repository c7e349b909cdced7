import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { hasCardNumber } from '../../../devices/common/card-number.ts';
import { tellerCodec } from '../../../devices/teller/codec.ts';
import type { CodecContext } from '../../../devices/common/types.ts';
import { pb } from '../../../proto/index.ts';
import { fixtureTests } from '../fixture-checks.ts';
import { HASH_KEY, deviceMessage, goodJson, jsonCtx, protobufCtx } from '../fixture-files.ts';

const decode = (channel: 'tx' | 'telemetry' | 'event' | 'state', doc: unknown, ctx: CodecContext = jsonCtx) =>
  tellerCodec.decode(channel, Buffer.from(JSON.stringify(doc)), ctx);

function tellerOf(doc: unknown, ctx: CodecContext = jsonCtx) {
  const r = decode('tx', doc, ctx);
  assert.ok(r.ok, JSON.stringify(r));
  assert.ok('transaction' in r.message.body);
  return { teller: r.message.body.transaction.teller ?? {}, text: JSON.stringify(r.message) };
}

fixtureTests('teller', tellerCodec);

test('teller: a service transaction carries its fields and a keyed hash in place of the ID number', () => {
  const { teller, text } = tellerOf(goodJson('teller', 'tx-service-id-card.json'));
  assert.deepEqual(teller, {
    serviceCode: 'SS-CARD-INFO',
    department: 'FSS',
    outcome: pb.ServiceOutcome.SERVICE_OUTCOME_COMPLETED,
    durationS: 74,
    identity: pb.IdentityMethod.IDENTITY_METHOD_ID_CARD,
    fee: { amountMinor: 2000, currency: 'MOP' },
    documentPrinted: true,
    citizenRef: createHmac('sha256', HASH_KEY).update('12345678').digest('hex'),
  });
  assert.ok(!text.includes('1234567'), 'the ID number leaked into the decoded message');
});

test('teller: citizenRef is the same for one person however the number is written, and differs by site key', () => {
  const doc = goodJson('teller', 'tx-service-id-card.json');
  const a = tellerOf({ ...doc, idNumber: '1234567(8)' }).teller.citizenRef;
  assert.equal(tellerOf({ ...doc, idNumber: '1234567 8' }).teller.citizenRef, a);
  assert.equal(tellerOf({ ...doc, idNumber: '1234567-8' }).teller.citizenRef, a);
  assert.notEqual(tellerOf({ ...doc, idNumber: '1234568(8)' }).teller.citizenRef, a);
  const otherSite = tellerOf(doc, { format: 'json', hashKey: Buffer.from('another-site-key') }).teller.citizenRef;
  assert.match(a ?? '', /^[0-9a-f]{64}$/);
  assert.notEqual(otherSite, a);
  // a mainland number ending in x is the same person as one ending in X
  assert.equal(
    tellerOf({ ...doc, idNumber: '11010519491231002x' }).teller.citizenRef,
    tellerOf({ ...doc, idNumber: '11010519491231002X' }).teller.citizenRef,
  );
});

test('teller: an 18-digit ID number that happens to pass Luhn is hashed, not refused as a card', () => {
  // find a mainland-style all-digit number that the PAN scanner would flag anywhere else
  let id = '';
  for (let n = 0; !id; n++) {
    const candidate = `44120219900101${String(n).padStart(4, '0')}`;
    if (hasCardNumber(candidate)) id = candidate;
  }
  const doc = goodJson('teller', 'tx-service-id-card.json');
  const { teller, text } = tellerOf({ ...doc, idNumber: id });
  assert.equal(teller.citizenRef, createHmac('sha256', HASH_KEY).update(id).digest('hex'));
  assert.ok(!text.includes(id));
  // the same digits in a field that is forwarded are refused
  const r = decode('tx', { ...doc, outcome: 'failed', failureCode: `X-${id}` });
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'GW_PAYLOAD_CARD_NUMBER');
});

test('teller: refusals about the ID number never quote it', () => {
  const doc = goodJson('teller', 'tx-service-id-card.json');
  for (const [patch, path] of [
    [{ idNumber: '9876543#2' }, '/idNumber'],
    [{ identity: 'none', idNumber: '9876543(2)' }, '/idNumber'],
    [{ idNumber: '98-7-6' }, '/idNumber'],
    [{ idNumber: 98765432 }, '/idNumber'],
  ] as const) {
    const r = decode('tx', { ...doc, ...patch });
    assert.ok(!r.ok);
    assert.equal(r.error.path, path);
    assert.doesNotMatch(r.error.message, /9876|98-7/, r.error.message);
  }
});

test('teller: a free service has no fee; a referral keeps its failure code', () => {
  const free = tellerOf(goodJson('teller', 'tx-service-qr-free.json')).teller;
  assert.equal(free.fee, undefined);
  assert.equal(free.identity, pb.IdentityMethod.IDENTITY_METHOD_QR_DIGITAL_ID);
  const referred = tellerOf(goodJson('teller', 'tx-service-referred.json')).teller;
  assert.equal(referred.outcome, pb.ServiceOutcome.SERVICE_OUTCOME_REFERRED);
  assert.equal(referred.failureCode, 'DEPT-TIMEOUT');
  assert.equal(referred.citizenRef, undefined);
  assert.equal(referred.documentPrinted, undefined);
});

test('teller: telemetry lists every module under its proto name', () => {
  const r = decode('telemetry', goodJson('teller', 'telemetry-components.json'));
  assert.ok(r.ok && 'telemetry' in r.message.body);
  const H = pb.ComponentHealth;
  assert.deepEqual(r.message.body.telemetry.components, [
    { component: 'receipt_paper', health: H.COMPONENT_HEALTH_OK, levelPercent: 64 },
    { component: 'a4_paper', health: H.COMPONENT_HEALTH_LOW, levelPercent: 12 },
    { component: 'printer', health: H.COMPONENT_HEALTH_OK },
    { component: 'card_reader', health: H.COMPONENT_HEALTH_OK },
    { component: 'cash_module', health: H.COMPONENT_HEALTH_OFFLINE, detail: 'not fitted' },
    { component: 'camera', health: H.COMPONENT_HEALTH_OK },
    { component: 'fingerprint_reader', health: H.COMPONENT_HEALTH_FAULT, detail: 'sensor not responding' },
    { component: 'qr_reader', health: H.COMPONENT_HEALTH_OK },
  ]);
});

test('teller: fault events and state', () => {
  const e = decode('event', goodJson('teller', 'event-fault.json'));
  assert.ok(e.ok);
  assert.deepEqual(e.message.body, {
    event: { code: 'PRN-E12', severity: pb.Severity.SEVERITY_ALARM, active: true, component: 'printer', message: 'A4 paper jam in tray 2' },
  });
  const s = decode('state', goodJson('teller', 'state-maintenance.json'));
  assert.ok(s.ok);
  assert.deepEqual(s.message.body, {
    state: {
      online: true,
      mode: pb.ServiceMode.SERVICE_MODE_MAINTENANCE,
      firmware: '5.12.0',
      model: 'STM-900',
      vendor: 'Example Bank Systems',
      detail: 'A4 printer service visit',
    },
  });
});

test('teller: protobuf bodies round-trip; a hash field must hold a hash', () => {
  const teller = {
    serviceCode: 'SS-CARD-INFO',
    department: 'FSS',
    outcome: pb.ServiceOutcome.SERVICE_OUTCOME_FAILED,
    fee: { amountMinor: 500, currency: 'CNY' },
    durationS: 12,
    identity: pb.IdentityMethod.IDENTITY_METHOD_FINGERPRINT,
    citizenRef: 'ab'.repeat(32),
    failureCode: 'FP-NO-MATCH',
  };
  const r = tellerCodec.decode('tx', deviceMessage({ txId: 'T-PB-1', transaction: { teller } }), protobufCtx);
  assert.deepEqual(r, { ok: true, message: { deviceTimeMs: 0, txId: 'T-PB-1', body: { transaction: { teller } } } });
  const clear = tellerCodec.decode(
    'tx',
    deviceMessage({ txId: 'T-PB-2', transaction: { teller: { ...teller, citizenRef: '12345678' } } }),
    protobufCtx,
  );
  assert.ok(!clear.ok);
  assert.equal(clear.error.path, '/teller/citizenRef');
  assert.ok(!clear.error.message.includes('12345678'));

  const fromJson = tellerOf(goodJson('teller', 'tx-service-id-card.json')).teller;
  const again = tellerCodec.decode('tx', deviceMessage({ txId: 'T-PB-3', transaction: { teller: fromJson } }), protobufCtx);
  assert.ok(again.ok);
  assert.deepEqual(again.message.body, { transaction: { teller: fromJson } });
});
