import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasCardNumber, jsonNumbersHaveCardNumber, luhnValid } from '../../../devices/common/card-number.ts';

// Published test card numbers (they pass Luhn and belong to no account).
const VISA = '4111111111111111';
const MASTERCARD = '5500000000000004';
const AMEX = '378282246310005'; // 15 digits
const VISA13 = '4222222222222';
const MAESTRO19 = '6759649826438453001'.slice(0, 18) + luhnDigit('675964982643845300');

function luhnDigit(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid([...(body + d)].map(Number), body.length + 1)) return String(d);
  throw new Error('unreachable');
}

test('luhn: known valid and invalid numbers', () => {
  for (const n of [VISA, MASTERCARD, AMEX, VISA13, MAESTRO19]) assert.ok(luhnValid([...n].map(Number), n.length), n);
  assert.ok(!luhnValid([...'4111111111111112'].map(Number), 16));
});

test('card numbers are found bare, grouped by spaces or dashes, and inside text', () => {
  for (const s of [
    VISA,
    MASTERCARD,
    AMEX,
    VISA13,
    MAESTRO19,
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '3782 822463 10005',
    '4111 1111-1111 1111',
    `card ${VISA} approved`,
    `ref:${VISA};`,
    `A${VISA}Z`,
    `-${VISA}-`,
    `paid 12.00 with 5500 0000 0000 0004 at 09:30`,
  ]) {
    assert.ok(hasCardNumber(s), s);
  }
});

test('what is not a card number is not flagged', () => {
  for (const s of [
    '',
    '411111111111', // 12 digits
    '4111111111111112', // 16 digits, Luhn fails
    '1234567890123456', // Luhn fails
    `${VISA}0000`, // 20 digits: too long to be a PAN
    '4111  1111  1111  1111', // double spaces end a group
    '4111 - 1111 - 1111 - 1111', // so do spaced dashes
    '2026-11-22T09:30:00Z',
    'DSI-BIR-2026-004512',
    '+853 2888 1234', // a phone number
    '4111.1111.1111.1111', // dots are not grouping characters
  ]) {
    assert.ok(!hasCardNumber(s), s);
  }
});

test('the scanner is linear: long adversarial strings finish at once', { timeout: 5000 }, () => {
  const big = 1 << 20;
  for (const s of ['1 '.repeat(big / 2), '1-'.repeat(big / 2), '1'.repeat(big), '12 -'.repeat(big / 4), `${'9'.repeat(12)} `.repeat(big / 13)]) {
    assert.equal(hasCardNumber(s), false, s.slice(0, 16));
  }
  assert.ok(hasCardNumber(`${'x'.repeat(big)} ${VISA}`));
});

test('number tokens of raw JSON are scanned, string contents are not', () => {
  assert.ok(jsonNumbersHaveCardNumber(`{"a":${VISA}}`));
  assert.ok(jsonNumbersHaveCardNumber(`[1,2,${MAESTRO19}]`));
  assert.ok(!jsonNumbersHaveCardNumber(`{"a":"${VISA}"}`));
  assert.ok(!jsonNumbersHaveCardNumber(`{"a":"x\\"${VISA}"}`));
  assert.ok(!jsonNumbersHaveCardNumber(`{"a":${VISA}0}`));
});
