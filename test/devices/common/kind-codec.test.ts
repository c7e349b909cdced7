import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileSchema } from '../../../devices/common/schema-compile.ts';
import { makeKindCodec } from '../../../devices/common/kind-codec.ts';
import { codecFor, KINDS } from '../../../devices/registry.ts';
import { CHANNELS, type Channel, type DecodeResult } from '../../../devices/common/types.ts';
import { ERROR_CODES } from '../../../base/errors.ts';
import { pb } from '../../../proto/index.ts';
import { deviceMessage, goodFixtures, jsonCtx, protobufCtx } from '../fixture-files.ts';

/** A small seeded generator, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function assertWellFormed(r: DecodeResult, what: string): void {
  assert.equal(typeof r.ok, 'boolean', what);
  if (!r.ok) {
    assert.ok(r.error.code in ERROR_CODES, `${what}: ${r.error.code}`);
    assert.equal(typeof r.error.message, 'string', what);
  }
}

test('decode never throws: random bytes, mutated fixtures and swapped formats, every kind and channel', () => {
  const random = prng(20261122);
  let cases = 0;
  for (const kind of KINDS) {
    const codec = codecFor(kind);
    const fixtures = goodFixtures(kind);
    for (let i = 0; i < 400; i++) {
      const f = fixtures[i % fixtures.length]!;
      const bytes = Buffer.from(f.bytes);
      const mode = i % 4;
      let input: Buffer;
      if (mode === 0) input = Buffer.from(Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * 256)));
      else if (mode === 1) input = bytes.subarray(0, Math.floor(random() * bytes.length));
      else {
        for (let k = 0; k < 1 + Math.floor(random() * 4); k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        input = bytes;
      }
      for (const channel of CHANNELS) {
        for (const ctx of [jsonCtx, protobufCtx]) {
          assertWellFormed(codec.decode(channel, input, ctx), `${kind}/${channel}/${ctx.format}/${f.file}/${i}`);
          cases++;
        }
      }
    }
  }
  assert.ok(cases > 9000);
});

test('values of every JSON type in every top-level field are refused cleanly', () => {
  const odd: unknown[] = [null, true, -1, 1e308, 0.1, '', 'x'.repeat(10_000), [], [null], {}, { a: { b: 1 } }];
  for (const kind of KINDS) {
    const codec = codecFor(kind);
    for (const f of goodFixtures(kind)) {
      const doc = JSON.parse(f.bytes.toString('utf8'));
      for (const key of Object.keys(doc)) {
        for (const v of odd) {
          const r = codec.decode(f.channel, Buffer.from(JSON.stringify({ ...doc, [key]: v })), jsonCtx);
          assertWellFormed(r, `${kind}/${f.file}/${key}`);
        }
      }
    }
  }
});

test('a codec fault becomes a refusal, never a throw, and does not repeat the fault message', () => {
  const codec = makeKindCodec({
    kind: 'vending',
    protoKind: pb.DeviceKind.DEVICE_KIND_VENDING,
    txKind: 'sale',
    json: Object.fromEntries(
      CHANNELS.map((c) => [
        c,
        {
          validate: compileSchema({ type: 'object' }),
          normalise: () => {
            throw new Error('secret 1234567(8)');
          },
        },
      ]),
    ) as never,
    checkProtobuf: () => {
      throw new TypeError('boom');
    },
  });
  const r = codec.decode('state', Buffer.from('{"a":1}'), jsonCtx);
  assert.deepEqual(r, { ok: false, error: { code: 'GW_PAYLOAD_SCHEMA', message: 'payload could not be checked (codec fault: Error)' } });
  const p = codec.decode('event', deviceMessage({ event: { code: 'X', severity: 1 } }), protobufCtx);
  assert.deepEqual(p, {
    ok: false,
    error: { code: 'GW_PAYLOAD_SCHEMA', message: 'payload could not be checked (codec fault: TypeError)' },
  });
});

test('an unknown channel is refused', () => {
  const r = codecFor('vending').decode('req' as Channel, Buffer.from('{}'), jsonCtx);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'GW_PAYLOAD_SCHEMA');
});

test('a message for another channel is refused by the schema, naming the stray fields', () => {
  const sale = goodFixtures('vending').find((f) => f.file === 'tx-sale.json')!;
  const r = codecFor('vending').decode('state', sale.bytes, jsonCtx);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'GW_PAYLOAD_SCHEMA');
  assert.match(r.error.message, /\/txId is not an allowed property/);
  assert.equal(r.error.txId, undefined);
});

test('a 1 MiB deeply nested payload is refused by every codec on every channel, promptly', { timeout: 5000 }, () => {
  const half = 1 << 19;
  const deep = Buffer.from(`{"txId":"V-1","x":${'['.repeat(half - 20)}${']'.repeat(half - 20)}}`);
  assert.ok(deep.length > 1_000_000);
  for (const kind of KINDS) {
    for (const channel of CHANNELS) {
      const r = codecFor(kind).decode(channel, deep, jsonCtx);
      assert.ok(!r.ok);
      assert.equal(r.error.code, 'GW_PAYLOAD_SCHEMA');
      assert.match(r.error.message, /deeper than 32 levels/);
    }
  }
});
