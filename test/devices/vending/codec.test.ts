import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vendingCodec } from '../../../devices/vending/codec.ts';
import { pb } from '../../../proto/index.ts';
import { fixtureTests } from '../fixture-checks.ts';
import { deviceMessage, goodJson, jsonCtx, protobufCtx } from '../fixture-files.ts';

const decode = (channel: 'tx' | 'telemetry' | 'event' | 'state', doc: unknown) =>
  vendingCodec.decode(channel, Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc)), jsonCtx);

fixtureTests('vending', vendingCodec);

test('vending: the reference sale decodes into the proto shape, exactly', () => {
  const raw =
    '{"txId":"V-000123","time":"2026-11-22T09:30:00Z","type":"sale","items":[{"sku":"FORM-A12","qty":2,"unitPrice":500}],"total":1000,"currency":"MOP","payment":"card"}';
  assert.deepEqual(decode('tx', raw), {
    ok: true,
    message: {
      deviceTimeMs: Date.UTC(2026, 10, 22, 9, 30),
      txId: 'V-000123',
      body: {
        transaction: {
          sale: {
            items: [{ sku: 'FORM-A12', quantity: 2, unitPriceMinor: 500 }],
            total: { amountMinor: 1000, currency: 'MOP' },
            payment: pb.PaymentMethod.PAYMENT_METHOD_CARD,
          },
        },
      },
    },
  });
});

test('vending: optional sale fields (slot, receiptNo, cardLast4) and a +08:00 clock', () => {
  const r = decode('tx', goodJson('vending', 'tx-sale-receipt.json'));
  assert.ok(r.ok);
  assert.equal(r.message.deviceTimeMs, Date.UTC(2026, 10, 22, 9, 42, 5, 250));
  const sale = 'transaction' in r.message.body ? r.message.body.transaction.sale : undefined;
  assert.deepEqual(
    sale?.items?.map((i) => [i.sku, i.quantity, i.unitPriceMinor, i.slot]),
    [
      ['BOOK-0042', 1, 12000, 14],
      ['FORM-A12', 3, 500, 2],
    ],
  );
  assert.equal(sale?.receiptNo, 'R2611-0087');
  assert.equal(sale?.cardLast4, '4242');
  assert.deepEqual(sale?.total, { amountMinor: 13500, currency: 'MOP' });
});

test('vending: a free form is a sale of total 0', () => {
  const r = decode('tx', goodJson('vending', 'tx-sale-free.json'));
  assert.ok(r.ok && 'transaction' in r.message.body);
  assert.equal(r.message.body.transaction.sale?.payment, pb.PaymentMethod.PAYMENT_METHOD_FREE);
  assert.equal(r.message.body.transaction.sale?.total?.amountMinor, 0);
});

test('vending: a total mismatch says both sums and names the txId', () => {
  const doc = goodJson('vending', 'tx-sale.json');
  const r = decode('tx', { ...doc, items: [{ sku: 'FORM-A12', qty: 3, unitPrice: 300 }] });
  assert.deepEqual(r, {
    ok: false,
    error: { code: 'GW_SALE_TOTAL_MISMATCH', message: 'items add up to 900 but total is 1000', path: '/total', txId: 'V-000123' },
  });
});

test('vending: sums near 2^53 are exact or refused, never rounded into a match', () => {
  const doc = goodJson('vending', 'tx-sale.json');
  const big = Number.MAX_SAFE_INTEGER;
  // 99 * (2^53 - 1) rounds in floating point; it must not be accepted as equal to any total
  const r = decode('tx', { ...doc, items: [{ sku: 'A', qty: 99, unitPrice: big }], total: big });
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'GW_SALE_TOTAL_MISMATCH');
  assert.match(r.error.message, /more than 2\^53 - 1/);
  // (2^53 - 3) + 2 is exact; (2^53 - 1) - 1 would pass the Luhn check and be refused as a card number
  const ok = decode('tx', {
    ...doc,
    items: [
      { sku: 'A', qty: 1, unitPrice: big - 2 },
      { sku: 'B', qty: 1, unitPrice: 2 },
    ],
    total: big,
  });
  assert.ok(ok.ok, JSON.stringify(ok));
});

test('vending: every schema problem is listed with its path', () => {
  const doc = goodJson('vending', 'tx-sale.json');
  const r = decode('tx', { ...doc, items: [{ sku: 'FORM-A12', qty: 2.5, unitPrice: 500 }], currency: 'mop' });
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'GW_PAYLOAD_SCHEMA');
  assert.equal(r.error.path, '/items/0/qty');
  assert.match(r.error.message, /\/items\/0\/qty must be integer/);
  assert.match(r.error.message, /\/currency must be an ISO 4217 code/);
});

test('vending: telemetry carries stock, components and metrics', () => {
  const r = decode('telemetry', goodJson('vending', 'telemetry-stock.json'));
  assert.ok(r.ok && 'telemetry' in r.message.body);
  const t = r.message.body.telemetry;
  assert.deepEqual(t.stock, [
    { slot: 2, sku: 'FORM-A12', quantity: 18, capacity: 40 },
    { slot: 14, sku: 'BOOK-0042', quantity: 0, capacity: 10 },
  ]);
  assert.deepEqual(
    t.components?.map((c) => [c.component, c.health, c.levelPercent]),
    [
      ['cash_box', pb.ComponentHealth.COMPONENT_HEALTH_OK, 35],
      ['coin_hopper', pb.ComponentHealth.COMPONENT_HEALTH_LOW, 12],
      ['printer', pb.ComponentHealth.COMPONENT_HEALTH_OK, 80],
      ['door', pb.ComponentHealth.COMPONENT_HEALTH_OK, undefined],
    ],
  );
  assert.deepEqual(t.metrics, [
    { name: 'temperature', value: 24.5, unit: 'Cel' },
    { name: 'humidity', value: 48, unit: '%' },
    { name: 'light', value: 0, unit: 'lx' },
  ]);
});

test('vending: events carry code, severity, slot and whether raised or cleared', () => {
  const jam = decode('event', goodJson('vending', 'event-jam.json'));
  assert.ok(jam.ok);
  assert.deepEqual(jam.message.body, {
    event: {
      code: 'JAM',
      severity: pb.Severity.SEVERITY_ALARM,
      active: true,
      component: 'dispenser',
      slot: 14,
      message: 'spiral motor stalled',
    },
  });
  const cleared = decode('event', goodJson('vending', 'event-cash-box-cleared.json'));
  assert.ok(cleared.ok);
  assert.deepEqual(cleared.message.body, {
    event: { code: 'CASH_BOX_FULL', severity: pb.Severity.SEVERITY_WARNING, active: false, component: 'cash_box' },
  });
});

test('vending: state', () => {
  const r = decode('state', goodJson('vending', 'state-in-service.json'));
  assert.ok(r.ok);
  assert.deepEqual(r.message.body, {
    state: { online: true, mode: pb.ServiceMode.SERVICE_MODE_IN_SERVICE, firmware: '2.4.1', model: 'PV-300', vendor: 'Acme Vending' },
  });
});

test('vending: protobuf bodies round-trip through the codec', () => {
  const sale = {
    items: [{ sku: 'FORM-A12', quantity: 2, unitPriceMinor: 500, slot: 2 }],
    total: { amountMinor: 1000, currency: 'MOP' },
    payment: pb.PaymentMethod.PAYMENT_METHOD_QR_WALLET,
    receiptNo: 'R2611-0090',
  };
  const tx = vendingCodec.decode('tx', deviceMessage({ txId: 'V-PB-0090', timeMs: 1795340000250, transaction: { sale } }), protobufCtx);
  assert.deepEqual(tx, { ok: true, message: { deviceTimeMs: 1795340000250, txId: 'V-PB-0090', body: { transaction: { sale } } } });

  const telemetry = {
    stock: [{ slot: 1, sku: 'FORM-A12', quantity: 3, capacity: 40 }],
    components: [{ component: 'printer', health: pb.ComponentHealth.COMPONENT_HEALTH_OK, levelPercent: 50 }],
    metrics: [{ name: 'temperature', value: 21.5, unit: 'Cel' }],
  };
  const t = vendingCodec.decode('telemetry', deviceMessage({ telemetry }), protobufCtx);
  assert.deepEqual(t, { ok: true, message: { deviceTimeMs: 0, body: { telemetry } } });

  const event = { code: 'SOLD_OUT', severity: pb.Severity.SEVERITY_INFO, active: true, slot: 14 };
  const e = vendingCodec.decode('event', deviceMessage({ event }), protobufCtx);
  assert.deepEqual(e, { ok: true, message: { deviceTimeMs: 0, body: { event } } });

  // what the JSON path produced encodes and decodes back to the same body
  const fromJson = decode('tx', goodJson('vending', 'tx-sale-receipt.json'));
  assert.ok(fromJson.ok && 'transaction' in fromJson.message.body);
  const again = vendingCodec.decode(
    'tx',
    deviceMessage({ txId: fromJson.message.txId, timeMs: fromJson.message.deviceTimeMs, transaction: fromJson.message.body.transaction }),
    protobufCtx,
  );
  assert.deepEqual(again, fromJson, 'the same message whichever format it came in');
});

test('vending: a protobuf transaction needs its txId, the body of its channel and a sane clock', () => {
  const sale = {
    items: [{ sku: 'FORM-A12', quantity: 1, unitPriceMinor: 500 }],
    total: { amountMinor: 500, currency: 'MOP' },
    payment: pb.PaymentMethod.PAYMENT_METHOD_CASH,
  };
  const cases: [string, Buffer, string, string][] = [
    ['no txId', deviceMessage({ transaction: { sale } }), '/txId', 'is required'],
    ['txId with a space', deviceMessage({ txId: 'V 1', transaction: { sale } }), '/txId', 'printable'],
    [
      'telemetry on tx',
      deviceMessage({ txId: 'V-1', telemetry: { metrics: [{ name: 'temperature', value: 20 }] } }),
      '/telemetry',
      'not allowed',
    ],
    ['no body', deviceMessage({ txId: 'V-1' }), '/transaction', 'is required'],
    ['clock before 1970', deviceMessage({ txId: 'V-1', timeMs: -1, transaction: { sale } }), '/timeMs', 'Unix milliseconds'],
  ];
  for (const [what, bytes, path, words] of cases) {
    const r = vendingCodec.decode('tx', bytes, protobufCtx);
    assert.ok(!r.ok, what);
    assert.equal(r.error.code, 'GW_PAYLOAD_SCHEMA', what);
    assert.equal(r.error.path, path, what);
    assert.match(r.error.message, new RegExp(words), what);
  }
  const pan = vendingCodec.decode('tx', deviceMessage({ txId: '4111111111111111', transaction: { sale } }), protobufCtx);
  assert.ok(!pan.ok);
  assert.equal(pan.error.code, 'GW_PAYLOAD_CARD_NUMBER');
  assert.equal(pan.error.txId, undefined, 'a card number is never echoed as the txId');
  assert.ok(!JSON.stringify(pan).includes('4111111111111111'));
  const named = vendingCodec.decode(
    'tx',
    deviceMessage({ txId: 'V-77', transaction: { sale: { ...sale, total: { amountMinor: 400, currency: 'MOP' } } } }),
    protobufCtx,
  );
  assert.ok(!named.ok);
  assert.equal(named.error.txId, 'V-77', 'a refusal names the transaction, as for JSON');
});
