import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codecFor, KINDS } from '../../devices/registry.ts';
import { pb } from '../../proto/index.ts';

test('every kind has a codec that names its kind and its proto kind', () => {
  assert.deepEqual([...KINDS].sort(), ['locker', 'teller', 'vending']);
  const expected = {
    teller: pb.DeviceKind.DEVICE_KIND_TELLER,
    vending: pb.DeviceKind.DEVICE_KIND_VENDING,
    locker: pb.DeviceKind.DEVICE_KIND_LOCKER,
  };
  for (const kind of KINDS) {
    const codec = codecFor(kind);
    assert.equal(codec.kind, kind);
    assert.equal(codec.protoKind, expected[kind]);
    assert.equal(typeof codec.decode, 'function');
  }
});
