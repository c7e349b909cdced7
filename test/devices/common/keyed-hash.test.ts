import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import {
  citizenRef,
  derivePickupKey,
  keyedHash,
  normaliseIdNumber,
  normalisePickupCode,
  pickupCodeMac,
} from '../../../devices/common/keyed-hash.ts';

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

test('the site pickup key is HKDF-SHA256(master, salt "edge-gateway pickup-code key v1", info site id): the documented example', () => {
  // devices/locker/README.md "Pickup list": the same figures come from `openssl kdf ... HKDF` and Python's hmac module.
  const master = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
  const key = derivePickupKey(master, 'mo-demo-01');
  assert.equal(key.toString('hex'), '9f88a0f7edd940c1cb93ecaf0059c5d6afc741e70133f453ed6cc6ddd1428d82');
  assert.notDeepEqual(derivePickupKey(master, 'mo-demo-02'), key, 'each site has its own key');
  assert.equal(pickupCodeMac(key, 'k3Jx9QpL', '583-920'), '2d5bb92fd02a5905e51c51e2066e106fa6eec54e54ea3e7f938bd715621a28cc');
  assert.equal(pickupCodeMac(key, 'k3Jx9QpL', '583920'), pickupCodeMac(key, 'k3Jx9QpL', '583-920'), 'grouping does not matter');
  assert.notEqual(pickupCodeMac(key, 'k3Jx9QpM', '583920'), pickupCodeMac(key, 'k3Jx9QpL', '583920'), 'the salt is part of it');
});
