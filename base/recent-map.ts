// Maps that keep only the most recent `capacity` keys, evicting the oldest first, in O(1).
// (Evicting with `map.keys().next()` looks O(1) but is not: V8 leaves deleted entries in place until a rehash, so the
// iterator walks over them and a sliding window of 100,000 keys became quadratic: 16 s for 600,000 inserts here.)
import { hash } from 'node:crypto';

/**
 * Keys of two parts (a device's route and its txId), kept as one map per first part, so no joined string is built and
 * held per entry: about 100 bytes an entry instead of 170 (100,000 entries: 10 MiB instead of 17), which the garbage
 * collector walks on every full collection. One window across every first part.
 */
export class RecentPairMap<A, B, V> {
  private readonly groups = new Map<A, Map<B, V>>();
  private readonly ringGroup: (Map<B, V> | undefined)[];
  private readonly ringKey: (B | undefined)[];
  private next = 0;

  constructor(capacity: number) {
    this.ringGroup = new Array<Map<B, V> | undefined>(Math.max(1, capacity));
    this.ringKey = new Array<B | undefined>(Math.max(1, capacity));
  }

  get size(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.size;
    return n;
  }

  get(a: A, b: B): V | undefined {
    return this.groups.get(a)?.get(b);
  }

  has(a: A, b: B): boolean {
    return this.groups.get(a)?.has(b) ?? false;
  }

  /** Adds or updates; a new key may evict the oldest one. */
  set(a: A, b: B, value: V): void {
    let group = this.groups.get(a);
    if (!group) {
      group = new Map();
      this.groups.set(a, group);
    }
    if (group.has(b)) {
      group.set(b, value);
      return;
    }
    const oldGroup = this.ringGroup[this.next];
    if (oldGroup) oldGroup.delete(this.ringKey[this.next]!);
    this.ringGroup[this.next] = group;
    this.ringKey[this.next] = b;
    this.next = (this.next + 1) % this.ringKey.length;
    group.set(b, value);
  }

  /** Forgets a key (its ring slot is reused later; evicting a key no longer present is harmless). */
  delete(a: A, b: B): void {
    this.groups.get(a)?.delete(b);
  }
}

/** The same window for plain keys. */
export class RecentMap<K, V> {
  private readonly pairs: RecentPairMap<0, K, V>;

  constructor(capacity: number) {
    this.pairs = new RecentPairMap(capacity);
  }

  get size(): number {
    return this.pairs.size;
  }

  get(key: K): V | undefined {
    return this.pairs.get(0, key);
  }

  has(key: K): boolean {
    return this.pairs.has(0, key);
  }

  set(key: K, value: V): void {
    this.pairs.set(0, key, value);
  }

  delete(key: K): void {
    this.pairs.delete(0, key);
  }
}

/** A 128-bit digest as four 32-bit words (the first 16 bytes of SHA-256, little-endian words in byte order). */
export interface PairDigest {
  word0: number;
  word1: number;
  word2: number;
  word3: number;
}

/**
 * The 128-bit digest of a key of two parts (a device's route and its txId): the first 16 bytes of SHA-256 over both
 * parts with a NUL between them (an MQTT topic never holds U+0000). A cryptographic hash, so a device cannot make its
 * txIds collide with another device's on purpose. By chance, two different keys within any window share a digest with a
 * probability below 10^-20 (even a window of 10^8 keys: about n^2 / 2^129, 1.5 * 10^-23). That matters because a digest
 * match is taken for the same key: a dedup hit acknowledges an append without storing it. 64 bits were not enough
 * (about 3 in 10^8 per million keys: an acknowledged transaction lost). Fixed (no per-process key): the spool stores
 * digests in its segment summaries.
 */
export function pairDigest(a: string, b: string): PairDigest {
  const digest = hash('sha256', `${a}\u0000${b}`, 'buffer');
  return { word0: digest.readUInt32LE(0), word1: digest.readUInt32LE(4), word2: digest.readUInt32LE(8), word3: digest.readUInt32LE(12) };
}

/**
 * RecentPairMap's window for the spool's dedup (issue 17), compact: keys are 128-bit digests (pairDigest), values are
 * numbers (sequence numbers), both in typed arrays: an open-addressing hash table (linear probing, deletion by backward
 * shift, so no tombstones; a slot's four digest words side by side) and a ring of digests in insertion order for
 * eviction. The garbage collector sees four buffers instead of a Map, an entry and a key string per pair: 100,000 pairs
 * take about 8 MiB (5 with 64-bit digests), none of it walked by a mark-compact. Same semantics as RecentPairMap: an
 * update keeps its place, the oldest inserted key is evicted first, deleting leaves the key's ring slot in place
 * (evicting a key no longer present is harmless). Keys are told apart by all 128 bits, never by a prefix.
 */
export class RecentDigestMap {
  private readonly capacity: number;
  private readonly mask: number;
  /** Four words per slot. */
  private readonly slotWords: Uint32Array;
  private readonly slotValue: Float64Array;
  private readonly slotUsed: Uint8Array;
  /** Four words per ring entry. */
  private readonly ringWords: Uint32Array;
  private ringNext = 0;
  private ringFilled = 0;
  private count = 0;

  constructor(capacity: number) {
    this.capacity = Math.max(1, capacity);
    // At most half full: short probe sequences.
    let slots = 16;
    while (slots < this.capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.slotWords = new Uint32Array(4 * slots);
    this.slotValue = new Float64Array(slots);
    this.slotUsed = new Uint8Array(slots);
    this.ringWords = new Uint32Array(4 * this.capacity);
  }

  get size(): number {
    return this.count;
  }

  get(a: string, b: string): number | undefined {
    return this.getDigest(pairDigest(a, b));
  }

  set(a: string, b: string, value: number): void {
    this.setDigest(pairDigest(a, b), value);
  }

  delete(a: string, b: string): void {
    this.deleteDigest(pairDigest(a, b));
  }

  getDigest(digest: PairDigest): number | undefined {
    const slot = this.find(digest.word0, digest.word1, digest.word2, digest.word3);
    return slot < 0 ? undefined : this.slotValue[slot];
  }

  /** Adds or updates; a new key may evict the oldest one. */
  setDigest(digest: PairDigest, value: number): void {
    const { word0, word1, word2, word3 } = digest;
    const found = this.find(word0, word1, word2, word3);
    if (found >= 0) {
      this.slotValue[found] = value;
      return;
    }
    const ring = this.ringWords;
    const at = 4 * this.ringNext;
    if (this.ringFilled === this.capacity) this.deleteWords(ring[at]!, ring[at + 1]!, ring[at + 2]!, ring[at + 3]!);
    else this.ringFilled++;
    ring[at] = word0;
    ring[at + 1] = word1;
    ring[at + 2] = word2;
    ring[at + 3] = word3;
    this.ringNext = (this.ringNext + 1) % this.capacity;
    let slot = word0 & this.mask;
    while (this.slotUsed[slot]) slot = (slot + 1) & this.mask;
    this.slotUsed[slot] = 1;
    const words = this.slotWords;
    words[4 * slot] = word0;
    words[4 * slot + 1] = word1;
    words[4 * slot + 2] = word2;
    words[4 * slot + 3] = word3;
    this.slotValue[slot] = value;
    this.count++;
  }

  deleteDigest(digest: PairDigest): void {
    this.deleteWords(digest.word0, digest.word1, digest.word2, digest.word3);
  }

  private deleteWords(word0: number, word1: number, word2: number, word3: number): void {
    let hole = this.find(word0, word1, word2, word3);
    if (hole < 0) return;
    this.slotUsed[hole] = 0;
    this.count--;
    const words = this.slotWords;
    // Backward shift: move later entries of the probe run into the hole unless their home slot lies after the hole.
    for (let next = (hole + 1) & this.mask; this.slotUsed[next]; next = (next + 1) & this.mask) {
      const home = words[4 * next]! & this.mask;
      const stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
      if (stays) continue;
      this.slotUsed[hole] = 1;
      words[4 * hole] = words[4 * next]!;
      words[4 * hole + 1] = words[4 * next + 1]!;
      words[4 * hole + 2] = words[4 * next + 2]!;
      words[4 * hole + 3] = words[4 * next + 3]!;
      this.slotValue[hole] = this.slotValue[next]!;
      this.slotUsed[next] = 0;
      hole = next;
    }
  }

  private find(word0: number, word1: number, word2: number, word3: number): number {
    const words = this.slotWords;
    for (let slot = word0 & this.mask; this.slotUsed[slot]; slot = (slot + 1) & this.mask) {
      const at = 4 * slot;
      if (words[at] === word0 && words[at + 1] === word1 && words[at + 2] === word2 && words[at + 3] === word3) return slot;
    }
    return -1;
  }
}
