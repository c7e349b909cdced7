// Test cases every kind runs on its own fixtures: each good fixture decodes, each bad fixture fails with the code its
// name carries, no refusal repeats a secret, and a tx refusal names the device's txId when it had a readable one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KindCodec } from '../../devices/common/types.ts';
import type { Kind } from '../../devices/registry.ts';
import { badFixtures, goodFixtures, secretsIn } from './fixture-files.ts';
import { MAX_DEPTH, nestingExceeds } from '../../devices/common/json-payload.ts';

export function fixtureTests(kind: Kind, codec: KindCodec): void {
  test(`${kind}: every good fixture decodes`, () => {
    const good = goodFixtures(kind);
    assert.ok(good.length >= 4, 'fixtures missing');
    for (const f of good) {
      const r = codec.decode(f.channel, f.bytes, f.ctx);
      assert.ok(r.ok, `${f.file}: ${r.ok ? '' : JSON.stringify(r.error)}`);
      const doc = JSON.parse(f.bytes.toString('utf8'));
      if (f.channel === 'tx') assert.equal(r.message.txId, doc.txId, f.file);
      else assert.equal(r.message.txId, undefined, f.file);
      assert.equal(r.message.deviceTimeMs, doc.time ? Date.parse(doc.time) : 0, `${f.file}: deviceTimeMs`);
    }
  });

  test(`${kind}: every bad fixture fails with the code in its name, and never repeats a secret`, () => {
    const bad = badFixtures(kind);
    assert.ok(bad.length >= 8, 'fixtures missing');
    for (const f of bad) {
      const r = codec.decode(f.channel, f.bytes, f.ctx);
      assert.equal(r.ok, false, `${f.file} was accepted`);
      if (r.ok) continue;
      assert.equal(r.error.code, f.code, `${f.file}: ${JSON.stringify(r.error)}`);
      assert.ok(r.error.message.length > 10, `${f.file}: message too thin`);
      const said = `${r.error.message} ${r.error.path ?? ''} ${r.error.txId ?? ''}`;
      for (const secret of secretsIn(f.bytes)) assert.ok(!said.includes(secret), `${f.file}: error repeats a secret: ${said}`);
    }
  });

  test(`${kind}: a refused JSON tx names its txId`, () => {
    // a payload that is not UTF-8 JSON has no readable txId
    for (const f of badFixtures(kind).filter((x) => x.channel === 'tx' && x.ctx.format === 'json' && x.code !== 'GW_PAYLOAD_NOT_JSON')) {
      const doc = JSON.parse(f.bytes.toString('utf8')) as { txId?: unknown } | undefined;
      const r = codec.decode(f.channel, f.bytes, f.ctx);
      assert.ok(!r.ok);
      // a payload nested too deep is refused before it is parsed, so its txId is never read
      const unread = nestingExceeds(f.bytes, MAX_DEPTH);
      const readable = typeof doc?.txId === 'string' && !unread ? doc.txId : undefined;
      assert.equal(r.error.txId, readable, f.file);
    }
  });
}
