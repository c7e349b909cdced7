import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pb } from '../../proto/index.ts';
import { asList, protocDecode, protocFields } from '../../harness/protoc.ts';

test('protoc decodes an Envelope encoded by protobufjs; protocFields finds the fields', () => {
  const bytes = pb.Envelope.encode({ messageId: 'm1', siteId: 's', sequence: 7 }).finish();
  const text = protocDecode('Envelope', bytes);
  assert.match(text, /sequence: 7/);
  const fields = protocFields(text);
  assert.deepEqual(fields, { message_id: 'm1', site_id: 's', sequence: 7 });
});

test('nested messages, repeated fields, enums, escaped and non-ASCII strings', () => {
  const bytes = pb.Envelope.encode({
    messageId: 'm2',
    siteId: '澳門 "quoted"\n',
    deviceKind: pb.DeviceKind.DEVICE_KIND_VENDING,
    sequence: 2 ** 53 + 2,
    replayed: true,
    transaction: {
      sale: {
        items: [
          { sku: 'A', quantity: 2, unitPriceMinor: 300 },
          { sku: 'B', quantity: 1, unitPriceMinor: 400 },
        ],
        total: { amountMinor: 1000, currency: 'MOP' },
      },
    },
  }).finish();
  const fields = protocFields(protocDecode('edge.v1.Envelope', bytes));
  assert.equal(fields.site_id, '澳門 "quoted"\n');
  assert.equal(fields.device_kind, 'DEVICE_KIND_VENDING');
  assert.equal(fields.sequence, 2n ** 53n + 2n);
  assert.equal(fields.replayed, true);
  assert.deepEqual(fields.transaction, {
    sale: {
      items: [
        { sku: 'A', quantity: 2, unit_price_minor: 300 },
        { sku: 'B', quantity: 1, unit_price_minor: 400 },
      ],
      total: { amount_minor: 1000, currency: 'MOP' },
    },
  });
});

test('a single repeated element stays a scalar; asList normalises', () => {
  const bytes = pb.SiteStatus.encode({ siteId: 's', deviceIds: ['only'] }).finish();
  const fields = protocFields(protocDecode('SiteStatus', bytes));
  assert.equal(fields.device_ids, 'only');
  assert.deepEqual(asList(fields.device_ids), ['only']);
  assert.deepEqual(asList(fields.missing), []);
});

test('protocDecode reports protoc failure with its stderr', () => {
  assert.throws(() => protocDecode('NoSuchMessage', new Uint8Array()), /protoc --decode=edge.v1.NoSuchMessage failed.*NoSuchMessage/);
  assert.throws(() => protocDecode('Envelope', new Uint8Array([0xff, 0xff, 0xff])), /failed/);
});

test('protocFields parses floats, negatives and unknown numeric fields; rejects broken input', () => {
  assert.deepEqual(protocFields('a: -3\nb: 1.5\nc: inf\n15: 4\nd <\n  e: "x\\101\\x42"\n>\n'), {
    a: -3,
    b: 1.5,
    c: Infinity,
    '15': 4,
    d: { e: 'xAB' },
  });
  assert.throws(() => protocFields('a {\n b: 1\n'), /missing "}"/);
});
