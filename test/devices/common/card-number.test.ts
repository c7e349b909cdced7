import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  hasCardNumber,
  jsonNumbersHaveCardNumber,
  luhnValid,
  numberTokenIsCard,
  numericStringIsCard,
} from '../../../devices/common/card-number.ts';
import { CARD_NUMBER_BYPASSES as BYPASSES } from './card-bypasses.ts';

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
    `x${VISA}0000 4111`, // a 20-digit group ends the run: nothing joins across it
    '2026-11-22T09:30:00Z',
    '2026-11-22 09:30:00.250', // groups of 2 never join: dates and times are not cards
    '22/11/2026 09:30:00',
    'DSI-BIR-2026-004512',
    '+853 2888 1234', // a phone number
    '+86 138 0013 8000',
    '192.168.100.200:1883', // an address and port (groups of 3)
    '41 11 11 11 11 11 11 11', // groups of 2: not how a card is printed
    'slot 4111, 1111, 1111, 1111', // a comma is not a separator: lists of numbers stay apart
  ]) {
    assert.ok(!hasCardNumber(s), s);
  }
});

test('every bypass of issue 12 is found: separators of any kind and run length, Unicode digits, invisible characters, number forms', () => {
  for (const [name, s] of BYPASSES) {
    assert.ok(hasCardNumber(s) || numericStringIsCard(s), name);
  }
});

test('every Unicode decimal digit is read with its value (checked against Intl numbering systems)', () => {
  for (const nu of ['arab', 'arabext', 'deva', 'beng', 'thai', 'fullwide', 'mathbold', 'tamldec', 'khmr', 'mymr', 'adlm']) {
    const digits = [...new Intl.NumberFormat(`en-u-nu-${nu}`, { useGrouping: false }).format(4111111111111111)];
    assert.ok(hasCardNumber(digits.join('')), nu);
    assert.ok(!hasCardNumber([...new Intl.NumberFormat(`en-u-nu-${nu}`, { useGrouping: false }).format(4111111111111112)].join('')), nu);
  }
});

test('numbers in any JSON form are read as the integer they denote', () => {
  for (const s of [
    VISA,
    `-${VISA}`,
    '4.111111111111111e15',
    '4.111111111111111E+15',
    '41111111111111110e-1',
    '0.4111111111111111e16',
    `${VISA}.0`,
    `${VISA}.75`,
    ' 4111111111111111 ',
  ]) {
    assert.ok(numericStringIsCard(s), s);
    assert.ok(numberTokenIsCard(s.trim(), 0, s.trim().length), s);
  }
  for (const s of ['4.111111111111112e15', '1e300', '4111111111111111e5', '123', '4111-1111', 'e15', '4.e15', '1.2.3', '']) {
    assert.ok(!numericStringIsCard(s), s);
  }
});

test('the scanner is linear: long adversarial strings finish at once', { timeout: 5000 }, () => {
  const big = 1 << 20;
  for (const s of [
    '1 '.repeat(big / 2),
    '1-'.repeat(big / 2),
    '1'.repeat(big),
    '12 -'.repeat(big / 4),
    `${'9'.repeat(12)} `.repeat(big / 13),
  ]) {
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
  assert.ok(jsonNumbersHaveCardNumber('{"a":4.000000000000000006e18}')); // 19 digits, rounded by JSON.parse
  assert.ok(jsonNumbersHaveCardNumber('{"a":[true,-4000000000000000006.0]}'));
  assert.ok(!jsonNumbersHaveCardNumber('{"a":4.000000000000000006e19}'));
});
