// RecentMap keeps the newest keys and evicts the oldest, without slowing down as the window slides.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { it } from 'node:test';
import { pairDigest, RecentDigestMap, RecentMap, RecentPairMap } from '../../base/recent-map.ts';

it('keeps the last N keys, evicts the oldest first, updates in place', () => {
  const m = new RecentMap<string, number>(3);
  for (const k of ['a', 'b', 'c']) m.set(k, 1);
  m.set('b', 2);
  assert.equal(m.get('b'), 2);
  m.set('d', 1);
  assert.equal(m.has('a'), false, 'oldest evicted');
  assert.deepEqual(
    ['b', 'c', 'd'].map((k) => m.has(k)),
    [true, true, true],
  );
  assert.equal(m.size, 3);
});

it('slides a window of 100,000 over 1,000,000 keys holding exactly the newest ones', () => {
  const m = new RecentMap<number, number>(100_000);
  for (let i = 0; i < 1_000_000; i++) m.set(i, i);
  assert.equal(m.size, 100_000);
  assert.equal(m.has(899_999), false);
  assert.equal(m.has(900_000), true);
  assert.equal(m.get(999_999), 999_999);
});

/** What both pair maps promise, on a window of 3: one window across every device, oldest evicted first (an update keeps
 * its place), and the same txId on two devices is two keys. */
function assertWindowOfThree(m: {
  set(route: string, txId: string, value: number): void;
  get(route: string, txId: string): number | undefined;
  delete(route: string, txId: string): void;
  readonly size: number;
}): void {
  m.set('vend-01/tx', 'T-1', 1);
  m.set('vend-02/tx', 'T-1', 2);
  m.set('vend-01/tx', 'T-2', 3);
  assert.deepEqual([m.get('vend-01/tx', 'T-1'), m.get('vend-02/tx', 'T-1'), m.get('vend-01/tx', 'T-2')], [1, 2, 3]);
  m.set('vend-01/tx', 'T-1', 9); // an update keeps its place
  m.set('vend-02/tx', 'T-3', 4);
  assert.equal(m.get('vend-01/tx', 'T-1'), undefined, 'the oldest of the whole window went first');
  assert.equal(m.get('vend-02/tx', 'T-1'), 2);
  m.delete('vend-02/tx', 'T-1');
  assert.equal(m.get('vend-02/tx', 'T-1'), undefined);
  assert.equal(m.size, 2);
}

it('pairs: one window across every device, oldest evicted first; the same txId on two devices is two keys', () => {
  assertWindowOfThree(new RecentPairMap<string, string, number>(3));
});

it('pairs: slides a window of 100,000 over 1,000,000 keys on 8 devices holding exactly the newest ones', () => {
  const m = new RecentPairMap<string, string, number>(100_000);
  for (let i = 0; i < 1_000_000; i++) m.set(`vend-0${i % 8}/tx`, `T-${i}`, i);
  assert.equal(m.size, 100_000);
  assert.equal(m.get('vend-07/tx', 'T-899999'), undefined);
  assert.equal(m.get('vend-00/tx', 'T-900000'), 900_000);
  assert.equal(m.get('vend-07/tx', 'T-999999'), 999_999);
});

it('digests: the same window as the pairs (one window, oldest first, an update keeps its place), in typed arrays', () => {
  assertWindowOfThree(new RecentDigestMap(3));
  assert.notDeepEqual(pairDigest('vend-01/tx', 'T-1'), pairDigest('vend-01/t', 'xT-1'), 'the parts do not run together');
});

it('digests: two keys whose first 64 bits are equal are still two keys (all 128 bits compared)', () => {
  const m = new RecentDigestMap(10);
  const first = pairDigest('vend-01/tx', 'T-1');
  // The same first 64 bits (the same home slot too), different last 64: a collision a 64-bit digest would not see.
  const twins = [
    { ...first, word3: (first.word3 + 1) >>> 0 },
    { ...first, word2: (first.word2 ^ 0x80000000) >>> 0 },
    { ...first, word2: (first.word2 + 1) >>> 0, word3: (first.word3 ^ 1) >>> 0 },
  ];
  m.setDigest(first, 1);
  assert.equal(m.getDigest(twins[0]!), undefined, 'a different transaction is not taken for a retry');
  for (const [i, twin] of twins.entries()) m.setDigest(twin, 2 + i);
  assert.equal(m.size, 4);
  assert.deepEqual(
    [first, ...twins].map((d) => m.getDigest(d)),
    [1, 2, 3, 4],
  );
  // Deleting one (backward shift through the shared probe run) leaves the others found.
  m.deleteDigest(twins[0]!);
  assert.deepEqual(
    [first, ...twins].map((d) => m.getDigest(d)),
    [1, undefined, 3, 4],
  );
  m.deleteDigest(first);
  assert.deepEqual(
    [first, ...twins].map((d) => m.getDigest(d)),
    [undefined, undefined, 3, 4],
  );
  assert.equal(m.get('vend-01/tx', 'T-1'), undefined);
  m.set('vend-01/tx', 'T-1', 9);
  assert.equal(m.getDigest(first), 9, 'the public entry point hashes to the same words');
});

it('digests: 128 bits, the first 16 bytes of SHA-256 over route NUL txId', () => {
  const bytes = createHash('sha256').update('vend-01/tx\u0000T-1').digest();
  const d = pairDigest('vend-01/tx', 'T-1');
  assert.deepEqual(
    [d.word0, d.word1, d.word2, d.word3],
    [0, 4, 8, 12].map((at) => bytes.readUInt32LE(at)),
  );
});

it('digests: answer exactly as the pairs map over 300,000 random sets, updates and deletes in a window of 5,000', () => {
  const pairs = new RecentPairMap<string, string, number>(5_000);
  const digests = new RecentDigestMap(5_000);
  let seed = 17;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 0; i < 300_000; i++) {
    const route = `vend-0${random(8)}/tx`;
    const key = `T-${random(12_000)}`;
    const action = random(10);
    if (action < 6) {
      pairs.set(route, key, i);
      digests.set(route, key, i);
    } else if (action < 7) {
      pairs.delete(route, key);
      digests.delete(route, key);
    } else assert.equal(digests.get(route, key), pairs.get(route, key), `step ${i}: ${route} ${key}`);
  }
  assert.equal(digests.size, pairs.size);
});

it('digests: slides a window of 100,000 over 1,000,000 keys holding exactly the newest ones', () => {
  const m = new RecentDigestMap(100_000);
  for (let i = 0; i < 1_000_000; i++) m.set(`vend-0${i % 8}/tx`, `T-${i}`, i);
  assert.equal(m.size, 100_000);
  assert.equal(m.get('vend-07/tx', 'T-899999'), undefined);
  assert.equal(m.get('vend-00/tx', 'T-900000'), 900_000);
  assert.equal(m.get('vend-07/tx', 'T-999999'), 999_999);
});
