import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasCardNumber, jsonNumbersHaveCardNumber, luhnValid, numberTokenIsCard, numericStringIsCard } from '../../../devices/common/card-number.ts';

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

// Issue 12, point 8: each of these reached the core before the guard normalised.
const BYPASSES: [string, string][] = [
  ['underscores', '4111_1111_1111_1111'],
  ['dots', '4111.1111.1111.1111'],
  ['slashes', '4111/1111/1111/1111'],
  ['colons', '4111:1111:1111:1111'],
  ['tabs', '4111\t1111\t1111\t1111'],
  ['double spaces', '4111  1111  1111  1111'],
  ['spaced dashes', '4111 - 1111 - 1111 - 1111'],
  ['non-breaking spaces', '4111\u00a01111\u00a01111\u00a01111'],
  ['narrow no-break spaces', '4111\u202f1111\u202f1111\u202f1111'],
  ['en dashes', '4111\u20131111\u20131111\u20131111'],
  ['em dashes and minus signs', '4111\u20141111\u22121111\u20141111'],
  ['ideographic spaces', '4111\u30001111\u30001111\u30001111'],
  ['full-width digits', '\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11'],
  ['full-width digits and hyphens', '\uff14\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11'],
  ['Arabic-Indic digits', '\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661'],
  ['Devanagari digits', '\u096a\u0967\u0967\u0967 \u0967\u0967\u0967\u0967 \u0967\u0967\u0967\u0967 \u0967\u0967\u0967\u0967'],
  ['mathematical bold digits', '\ud835\udfd2\ud835\udfcf\ud835\udfcf\ud835\udfcf111111111111'],
  ['a zero-width space inside', '4111\u200b1111\u200b1111\u200b1111'],
  ['a soft hyphen inside', '41111111\u00ad11111111'],
  ['a decimal number', '4111111111111111.0'],
  ['an exponent form', '4.111111111111111e15'],
  ['digits mixed with separators of every kind', '4111 _.1111/:1111\t-1111'],
];

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
  for (const s of [VISA, `-${VISA}`, '4.111111111111111e15', '4.111111111111111E+15', '41111111111111110e-1', '0.4111111111111111e16', `${VISA}.0`, `${VISA}.75`, ' 4111111111111111 ']) {
    assert.ok(numericStringIsCard(s), s);
    assert.ok(numberTokenIsCard(s.trim(), 0, s.trim().length), s);
  }
  for (const s of ['4.111111111111112e15', '1e300', '4111111111111111e5', '123', '4111-1111', 'e15', '4.e15', '1.2.3', '']) {
    assert.ok(!numericStringIsCard(s), s);
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
  assert.ok(jsonNumbersHaveCardNumber('{"a":4.000000000000000006e18}')); // 19 digits, rounded by JSON.parse
  assert.ok(jsonNumbersHaveCardNumber('{"a":[true,-4000000000000000006.0]}'));
  assert.ok(!jsonNumbersHaveCardNumber('{"a":4.000000000000000006e19}'));
});
