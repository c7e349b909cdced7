import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePending, compileSchema, describeSchemaErrors } from '../../../devices/common/schema-compile.ts';
import { CURRENCY, MINOR_UNITS, TIME } from '../../../devices/common/schema-parts.ts';

const validate = compileSchema({
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'currency'],
  properties: {
    amount: MINOR_UNITS,
    currency: CURRENCY,
    time: TIME,
    kind: { type: 'string', enum: ['a', 'b'] },
    type: { type: 'string', const: 'sale' },
    list: { type: 'array', maxItems: 1, items: { type: 'integer' } },
  },
});

function refusal(doc: unknown) {
  assert.equal(validate(doc), false);
  return describeSchemaErrors(validate.errors);
}

test('ajv errors become one message, every problem with its JSON path', () => {
  const r = refusal({ amount: 1.5, currency: 'mop', kind: 'c', type: 'refund', time: '2026-11-22T09:30:00' });
  assert.equal(r.code, 'GW_PAYLOAD_SCHEMA');
  assert.equal(r.path, '/amount');
  assert.equal(
    r.message,
    [
      '/amount must be integer',
      '/currency must be an ISO 4217 code of 3 upper-case letters, e.g. "MOP"',
      '/time must be an ISO 8601 date-time with zone, e.g. "2026-11-22T09:30:00Z" or "2026-11-22T17:30:00+08:00"',
      '/kind must be one of a, b',
      '/type must be "sale"',
    ].join('; '),
  );
});

test('a missing field is named by its own path', () => {
  assert.deepEqual(refusal({ currency: 'MOP' }), { code: 'GW_PAYLOAD_SCHEMA', message: '/amount is required', path: '/amount' });
});

test('unknown property names are echoed only when they look like identifiers', () => {
  assert.equal(refusal({ amount: 1, currency: 'MOP', operator: 'x' }).message, '/operator is not an allowed property');
  const odd = refusal({ amount: 1, currency: 'MOP', 'A123456(7)': true });
  assert.equal(odd.message, 'payload has a property that is not allowed');
  assert.doesNotMatch(odd.message, /A123456/);
});

test('money must be a non-negative safe integer', () => {
  assert.match(refusal({ amount: -1, currency: 'MOP' }).message, /\/amount must be >= 0/);
  assert.match(refusal({ amount: 2 ** 53, currency: 'MOP' }).message, /\/amount must be <= 9007199254740991/);
  assert.ok(validate({ amount: Number.MAX_SAFE_INTEGER, currency: 'MOP' }));
});

test('long lists are cut after five problems', () => {
  const r = refusal({ list: [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5] });
  assert.match(r.message, /\(and \d+ more\)$/);
});

test('every kind schema compiles under strict mode (they compile at first use or just after start, not at import)', async () => {
  await import('../../../devices/registry.ts');
  compilePending();
  const bad = compileSchema({ type: 'object', properties: { a: { type: 'string', minimum: 1 } } });
  assert.throws(() => compilePending(), /strict mode/, 'a schema typo still fails loudly, when it is compiled');
  assert.throws(() => bad({ a: 'x' }), /strict mode/, 'and at its first use');
  assert.equal(compilePending(), 0, 'nothing left');
});

test('a validator compiled at its first use answers like one compiled at once, errors included', () => {
  const lazy = compileSchema<{ n: number }>({ type: 'object', required: ['n'], properties: { n: { type: 'integer' } } });
  assert.equal(lazy({ n: 1 }), true);
  assert.equal(lazy.errors, null);
  assert.equal(lazy({ n: 'x' }), false);
  const errors = lazy.errors as { instancePath: string }[] | null;
  assert.equal(errors?.[0]?.instancePath, '/n');
  assert.equal(lazy({ n: 2 }), true);
  assert.equal(lazy.errors, null, 'errors of the last call only');
});
