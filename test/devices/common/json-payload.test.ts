import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCardNumber, MAX_DEPTH, nestingExceeds, parseJsonPayload, type JsonPayload } from '../../../devices/common/json-payload.ts';
import { isRefusal } from '../../../devices/common/refusal.ts';

const VISA = '4111111111111111';

function parsed(text: string): JsonPayload {
  const p = parseJsonPayload(Buffer.from(text));
  assert.ok(!isRefusal(p), text);
  return p;
}

test('parse: empty, not UTF-8, not JSON and not an object are refused with the right code', () => {
  const code = (b: Buffer) => {
    const p = parseJsonPayload(b);
    return isRefusal(p) ? p.code : 'accepted';
  };
  assert.equal(code(Buffer.alloc(0)), 'GW_PAYLOAD_NOT_JSON');
  assert.equal(code(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d])), 'GW_PAYLOAD_NOT_JSON');
  assert.equal(code(Buffer.from('{"a":')), 'GW_PAYLOAD_NOT_JSON');
  assert.equal(code(Buffer.from('[1,2]')), 'GW_PAYLOAD_SCHEMA');
  assert.equal(code(Buffer.from('"text"')), 'GW_PAYLOAD_SCHEMA');
  assert.equal(code(Buffer.from('null')), 'GW_PAYLOAD_SCHEMA');
  assert.equal(code(Buffer.from('\ufeff{"a":1}')), 'accepted');
});

test('parse: a JSON syntax error names the position but never quotes the payload', () => {
  const p = parseJsonPayload(Buffer.from(`{"idNumber": 1234567(8)}`));
  assert.ok(isRefusal(p));
  assert.doesNotMatch(p.message, /1234567/);
});

test('nesting: 32 levels pass, 33 are refused; brackets inside strings do not count', () => {
  const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
  assert.ok(!nestingExceeds(Buffer.from(nest(MAX_DEPTH)), MAX_DEPTH));
  assert.ok(nestingExceeds(Buffer.from(nest(MAX_DEPTH + 1)), MAX_DEPTH));
  assert.ok(!nestingExceeds(Buffer.from(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`), MAX_DEPTH));
  const p = parseJsonPayload(Buffer.from(`{"a":${nest(MAX_DEPTH)}}`));
  assert.ok(isRefusal(p));
  assert.equal(p.code, 'GW_PAYLOAD_SCHEMA');
  assert.match(p.message, /deeper than 32/);
});

test('a 1 MiB deeply nested payload is refused at once, without crashing', { timeout: 5000 }, () => {
  const half = 1 << 19;
  for (const text of ['['.repeat(half) + ']'.repeat(half), `${'{"a":'.repeat(half / 5)}1${'}'.repeat(half / 5)}`, '['.repeat(1 << 20)]) {
    const p = parseJsonPayload(Buffer.from(text));
    assert.ok(isRefusal(p));
    assert.equal(p.code, 'GW_PAYLOAD_SCHEMA');
  }
});

test('a 1 MiB flat payload parses and is walked', { timeout: 5000 }, () => {
  const items = Array.from({ length: 20000 }, (_, i) => ({ sku: `SKU-${i}`, qty: i % 99, note: 'x'.repeat(20) }));
  const p = parsed(JSON.stringify({ items }));
  assert.equal(findCardNumber(p), undefined);
  items[19999]!.note = `card ${VISA}`;
  assert.equal(findCardNumber(parsed(JSON.stringify({ items })))?.path, '/items/19999/note');
});

test('the PAN guard looks at every string, key and number, at any depth, and says where but not what', () => {
  const cases: [string, string][] = [
    [`{"note":"${VISA}"}`, '/note'],
    [`{"a":{"b":[1,2,{"c":"4111 1111 1111 1111"}]}}`, '/a/b/2/c'],
    [`{"a":[["x","4111-1111-1111-1111"]]}`, '/a/0/1'],
    [`{"pan":${VISA}}`, '/pan'],
    [`{"a":[${VISA}]}`, '/a/0'],
    [`{"a/b~c":"${VISA}"}`, '/*'],
    [`{"1234567(8)":{"x":"${VISA}"}}`, '/*/x'],
    [`{"x":{"${VISA}":true}}`, '/x'],
  ];
  for (const [text, path] of cases) {
    const r = findCardNumber(parsed(text));
    assert.equal(r?.code, 'GW_PAYLOAD_CARD_NUMBER', text);
    assert.equal(r?.path, path, text);
    assert.ok(!r?.message.includes('4111'), r?.message);
  }
});

test('the PAN guard reads integers beyond 2^53 from the raw text, where JSON.parse rounded them', () => {
  const pan19 = '4000000000000000006'; // 19 digits, passes Luhn, > 2^53
  assert.ok(Number(pan19) > Number.MAX_SAFE_INTEGER);
  const r = findCardNumber(parsed(`{"amount":${pan19}}`));
  assert.equal(r?.code, 'GW_PAYLOAD_CARD_NUMBER');
  assert.equal(findCardNumber(parsed('{"amount":9007199254740993}')), undefined);
});

test('the PAN guard leaves numbers and ids that are not card numbers alone', () => {
  for (const text of [
    '{"total":411111111111}',
    '{"total":4111111111111112}',
    '{"t":1795339800000}',
    '{"x":1e300}',
    '{"x":-1e300}',
    '{"ref":"DSI-BIR-2026-004512"}',
  ]) {
    assert.equal(findCardNumber(parsed(text)), undefined, text);
  }
});

test('exempt fields are skipped only at the top level and only as strings', () => {
  const exempt = { exempt: new Set(['idNumber']) };
  assert.equal(findCardNumber(parsed(`{"idNumber":"${VISA}"}`), exempt), undefined);
  assert.equal(findCardNumber(parsed(`{"idNumber":${VISA}}`), exempt)?.path, '/idNumber');
  assert.equal(findCardNumber(parsed(`{"x":{"idNumber":"${VISA}"}}`), exempt)?.path, '/x/idNumber');
  assert.equal(findCardNumber(parsed(`{"idNumber":"${VISA}"}`))?.path, '/idNumber');
});

test('numbers can be left out of the scan (decoded protobuf: typed fields such as Unix-ms times)', () => {
  const p = parsed(`{"depositedMs":${VISA},"note":"ok"}`);
  assert.equal(findCardNumber(p)?.path, '/depositedMs');
  assert.equal(findCardNumber(p, { numbers: false }), undefined);
  assert.equal(findCardNumber(parsed(`{"n":1,"s":"${VISA}"}`), { numbers: false })?.path, '/s');
});

test('the PAN guard reads numbers in any JSON form, as values and as strings, and names the field', () => {
  const cases: [string, string][] = [
    ['{"r":4.111111111111111e15}', '/r'],
    ['{"r":41111111111111110e-1}', '/r'],
    ['{"r":4111111111111111.0}', '/r'],
    ['{"r":"4111111111111111.0"}', '/r'],
    ['{"r":"4.111111111111111E+15"}', '/r'],
    ['{"r":"4111_1111_1111_1111"}', '/r'],
    ['{"r":["\\uff14\\uff11\\uff11\\uff11\\u00a01111 1111 1111"]}', '/r/0'],
    ['{"r":4.000000000000000006e18}', ''],
  ];
  for (const [text, path] of cases) {
    const r = findCardNumber(parsed(text));
    assert.equal(r?.code, 'GW_PAYLOAD_CARD_NUMBER', text);
    assert.equal(r?.path ?? '', path, text);
  }
  for (const text of ['{"t":"2026-11-22 09:30:00.250"}', '{"ip":"192.168.100.200:1883"}', '{"x":1.5e300}', '{"amount":"1234567.89"}']) {
    assert.equal(findCardNumber(parsed(text)), undefined, text);
  }
});
