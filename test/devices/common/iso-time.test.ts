import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoTime } from '../../../devices/common/iso-time.ts';

test('date-times with a zone become Unix milliseconds', () => {
  const cases: [string, number][] = [
    ['2026-11-22T09:30:00Z', Date.UTC(2026, 10, 22, 9, 30)],
    ['2026-11-22T17:30:00+08:00', Date.UTC(2026, 10, 22, 9, 30)],
    ['2026-11-22T04:00:00-05:30', Date.UTC(2026, 10, 22, 9, 30)],
    ['2026-11-22t09:30:00z', Date.UTC(2026, 10, 22, 9, 30)],
    ['2026-11-22T09:30:00.5Z', Date.UTC(2026, 10, 22, 9, 30, 0, 500)],
    ['2026-11-22T09:30:00.25Z', Date.UTC(2026, 10, 22, 9, 30, 0, 250)],
    ['2026-11-22T09:30:00.123456789Z', Date.UTC(2026, 10, 22, 9, 30, 0, 123)],
    ['2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
    ['2000-02-29T00:00:00Z', Date.UTC(2000, 1, 29)],
    ['1970-01-01T00:00:00Z', 0],
    ['9999-12-31T23:59:59Z', Date.UTC(9999, 11, 31, 23, 59, 59)],
  ];
  for (const [text, ms] of cases) assert.equal(parseIsoTime(text), ms, text);
  // agree with the platform where it is strict enough to compare
  for (const [text] of cases) assert.equal(parseIsoTime(text), Date.parse(text.toUpperCase()), text);
});

test('no zone, impossible dates and other shapes are refused', () => {
  for (const text of [
    '2026-11-22T09:30:00',
    '2026-11-22 09:30:00Z',
    '2026-11-22',
    '2026-13-01T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-11-22T24:00:00Z',
    '2026-11-22T09:60:00Z',
    '2026-11-22T09:30:60Z',
    '2026-11-22T09:30:00.Z',
    '2026-11-22T09:30:00.1234567890Z',
    '2026-11-22T09:30:00+0800',
    '2026-11-22T09:30:00+08',
    '2026-11-22T09:30:00+24:00',
    '1969-12-31T23:59:59Z',
    '+02026-11-22T09:30:00Z',
    '2026-11-22T09:30:00Z ',
    '２０２６-11-22T09:30:00Z',
    '',
  ]) {
    assert.equal(parseIsoTime(text), undefined, text);
  }
});

test('the one-entry memo never answers for a different string', () => {
  assert.equal(parseIsoTime('2026-11-22T09:30:00Z'), Date.UTC(2026, 10, 22, 9, 30));
  assert.equal(parseIsoTime('2026-11-22T09:30:01Z'), Date.UTC(2026, 10, 22, 9, 30, 1));
  assert.equal(parseIsoTime('bad'), undefined);
  assert.equal(parseIsoTime('2026-11-22T09:30:00Z'), Date.UTC(2026, 10, 22, 9, 30));
});
