// What machines send back outside the four channels (command answers, locker questions) passes the same guards as any
// device payload: a card number in free text never reaches the log, the core or a reply.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnswer } from '../../devices/common/command-json.ts';
import { parseVerifyRequest } from '../../devices/locker/requests.ts';

const PAN = '4111111111111111';

test('a command answer with a card number in its reason is refused, and the refusal does not repeat it', () => {
  const r = parseAnswer(Buffer.from(JSON.stringify({ commandId: 'c-1', result: 'failed', reason: `card ${PAN} jammed` })));
  assert.ok('error' in r);
  assert.match(r.error, /card number/);
  assert.ok(!r.error.includes(PAN));
  assert.deepEqual(parseAnswer(Buffer.from(JSON.stringify({ commandId: 'c-1', result: 'failed', reason: 'printer jammed' }))), {
    commandId: 'c-1',
    state: 'failed',
    reason: 'printer jammed',
  });
  assert.ok('error' in parseAnswer(Buffer.from([0xff, 0xfe])), 'not UTF-8');
  assert.ok('error' in parseAnswer(Buffer.from('['.repeat(100))), 'nested too deep');
});

test("a command answer's reason is free text by the schemas' rule: controls, bidi overrides and over-long reasons are refused", () => {
  for (const reason of ['door\nopened', 'door \u202eopened', 'door\u200bopened', 'door\u0000', 'x'.repeat(201)]) {
    const r = parseAnswer(Buffer.from(JSON.stringify({ commandId: 'c-1', result: 'succeeded', reason })));
    assert.ok('error' in r, JSON.stringify(reason));
    assert.match(r.error, /^\/reason must be/);
  }
  assert.deepEqual(parseAnswer(Buffer.from(JSON.stringify({ commandId: 'c-1', result: 'failed', reason: '門鎖故障 — 50% ✓' }))), {
    commandId: 'c-1',
    state: 'failed',
    reason: '門鎖故障 — 50% ✓',
  });
});

test('a pickup question: a card number anywhere is refused; a pickup code that happens to pass the Luhn check is not', () => {
  const r = parseVerifyRequest(Buffer.from(JSON.stringify({ reqId: 'r-1', type: 'verifyPickup', pickupCode: '583920', note: PAN })));
  assert.ok('error' in r);
  assert.ok(!r.error.includes(PAN));
  // 16 digits passing the Luhn check, as a pickup code may: it is hashed, never forwarded, so it is not refused
  assert.deepEqual(parseVerifyRequest(Buffer.from(JSON.stringify({ reqId: 'r-2', type: 'verifyPickup', pickupCode: PAN }))), {
    reqId: 'r-2',
    pickupCode: PAN,
  });
});
