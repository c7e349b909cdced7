import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { citizenRef, keyedHash, normaliseIdNumber, normalisePickupCode } from '../../../devices/common/keyed-hash.ts';

const K1 = Buffer.from('site-one-key');
const K2 = Buffer.from('site-two-key');

test('keyedHash is hex HMAC-SHA256, deterministic per key, different between keys', () => {
  assert.equal(keyedHash(K1, '12345678'), createHmac('sha256', K1).update('12345678').digest('hex'));
  assert.equal(keyedHash(K1, '12345678'), keyedHash(K1, '12345678'));
  assert.notEqual(keyedHash(K1, '12345678'), keyedHash(K2, '12345678'));
  assert.notEqual(keyedHash(K1, '12345678'), keyedHash(K1, '12345679'));
  assert.match(keyedHash(K1, 'x'), /^[0-9a-f]{64}$/);
});

test('ID numbers and pickup codes are normalised before hashing', () => {
  assert.equal(normaliseIdNumber('1234567(8)'), '12345678');
  assert.equal(normaliseIdNumber(' a123456 (7) '), 'A1234567');
  assert.equal(normaliseIdNumber('11010519491231002x'), '11010519491231002X');
  assert.equal(normalisePickupCode('583-920'), '583920');
  assert.equal(normalisePickupCode('ab 12 cd'), 'AB12CD');
});

test('citizenRef refuses numbers too short to identify anyone, without quoting them', () => {
  const r = citizenRef(K1, '(12)-3');
  assert.ok('rule' in r);
  assert.doesNotMatch(r.rule, /12|3/);
  assert.deepEqual(citizenRef(K1, '1234567(8)'), { ref: keyedHash(K1, '12345678') });
});
