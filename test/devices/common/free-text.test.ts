// Free text for people (event messages, component and state details, model and vendor) keeps a strict character set in
// both payload formats: letters, marks, digits, punctuation and symbols of any script and the plain space.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codecFor } from '../../../devices/registry.ts';
import type { CodecContext } from '../../../devices/common/types.ts';
import { pb } from '../../../proto/index.ts';

const hashKey = Buffer.from('free-text-key-0123456789abcdef');
const json: CodecContext = { format: 'json', hashKey };
const protobuf: CodecContext = { format: 'protobuf', hashKey };
const teller = codecFor('teller');

const ALLOWED = [
  'A4 paper jam in tray 2',
  '打印机卡纸（托盘 2）',
  'Impressora avariada — café',
  'Ошибка №7: 50% ✓',
  'e\u0301 (combining accent)',
];
const REFUSED: [string, string][] = [
  ['a tab', 'jam\ttray'],
  ['a line break', 'jam\ntray'],
  ['a NUL', 'jam\u0000tray'],
  ['a bidi override', 'jam \u202etray'],
  ['a zero-width space', 'jam\u200btray'],
  ['a soft hyphen', 'jam\u00adtray'],
  ['a no-break space', 'jam\u00a0tray'],
  ['an ideographic space', '卡纸\u3000托盘'],
  ['a private-use character', 'jam \ue000'],
  ['a lone surrogate', 'jam \ud800'],
];

function eventJson(message: string) {
  return teller.decode(
    'event',
    Buffer.from(JSON.stringify({ code: 'PRN-E12', severity: 'alarm', active: true, component: 'printer', message })),
    json,
  );
}
function eventPb(message: string) {
  return teller.decode(
    'event',
    Buffer.from(
      pb.DeviceMessage.encode({
        timeMs: 0,
        event: { code: 'PRN-E12', severity: pb.Severity.SEVERITY_ALARM, active: true, message },
      }).finish(),
    ),
    protobuf,
  );
}
function statePb(detail: string) {
  return teller.decode(
    'state',
    Buffer.from(
      pb.DeviceMessage.encode({ timeMs: 0, state: { online: true, mode: pb.ServiceMode.SERVICE_MODE_IN_SERVICE, detail } }).finish(),
    ),
    protobuf,
  );
}

test('free text of any script is accepted in both formats', () => {
  for (const m of ALLOWED) {
    for (const r of [eventJson(m), eventPb(m), statePb(m)]) assert.ok(r.ok, `${m}: ${r.ok ? '' : r.error.message}`);
  }
});

test('controls, invisible, bidi and other odd characters are refused in both formats, naming the field', () => {
  for (const [what, m] of REFUSED) {
    for (const [fmt, r, path] of [
      ['json', eventJson(m), '/message'],
      ['protobuf', eventPb(m), '/message'],
      ['protobuf state', statePb(m), '/detail'],
    ] as const) {
      assert.ok(!r.ok, `${what} (${fmt}) accepted`);
      if (fmt !== 'json' && what === 'a lone surrogate') continue; // UTF-8 on the wire cannot carry one: not protobuf at all
      assert.equal(r.error.code, 'GW_PAYLOAD_SCHEMA', `${what} (${fmt})`);
      assert.equal(r.error.path, path, `${what} (${fmt})`);
      assert.match(r.error.message, /free text/, `${what} (${fmt})`);
    }
  }
});

test('free text is bounded in protobuf as in JSON', () => {
  const r = eventPb('x'.repeat(201));
  assert.ok(!r.ok);
  assert.match(r.error.message, /at most 200/);
});
