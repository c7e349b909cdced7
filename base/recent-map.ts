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

/**
 * A 64-bit digest of a key of two parts (a device's route and its txId), as two 32-bit halves: the first 8 bytes of
 * SHA-256 over both parts with a NUL between them (an MQTT topic never holds U+0000). A cryptographic hash, so a device
 * cannot make its txIds collide with another device's on purpose; by chance, two of a million keys share a digest with a
 * probability of about 3 in 10^8. Fixed (no per-process key): the spool stores digests in its segment summaries.
 */
export function pairDigest(a: string, b: string): { high: number; low: number } {
  const digest = hash('sha256', `${a}\u0000${b}`, 'buffer');
  return { high: digest.readUInt32LE(0), low: digest.readUInt32LE(4) };
}

/**
 * RecentPairMap's window for the spool's dedup (issue 17), compact: keys are 64-bit digests (pairDigest), values are
 * numbers (sequence numbers), both in typed arrays: an open-addressing hash table (linear probing, deletion by backward
 * shift, so no tombstones) and a ring of digests in insertion order for eviction. The garbage collector sees six buffers
 * instead of a Map, an entry and a key string per pair: 100,000 pairs take about 4 MiB, none of it walked by a
 * mark-compact. Same semantics as RecentPairMap: an update keeps its place, the oldest inserted key is evicted first,
 * deleting leaves the key's ring slot in place (evicting a key no longer present is harmless).
 */
export class RecentDigestMap {
  private readonly capacity: number;
  private readonly mask: number;
  private readonly slotHigh: Uint32Array;
  private readonly slotLow: Uint32Array;
  private readonly slotValue: Float64Array;
  private readonly slotUsed: Uint8Array;
  private readonly ringHigh: Uint32Array;
  private readonly ringLow: Uint32Array;
  private ringNext = 0;
  private ringFilled = 0;
  private count = 0;

  constructor(capacity: number) {
    this.capacity = Math.max(1, capacity);
    // At most half full: short probe sequences.
    let slots = 16;
    while (slots < this.capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.slotHigh = new Uint32Array(slots);
    this.slotLow = new Uint32Array(slots);
    this.slotValue = new Float64Array(slots);
    this.slotUsed = new Uint8Array(slots);
    this.ringHigh = new Uint32Array(this.capacity);
    this.ringLow = new Uint32Array(this.capacity);
  }

  get size(): number {
    return this.count;
  }

  get(a: string, b: string): number | undefined {
    const { high, low } = pairDigest(a, b);
    return this.getDigest(high, low);
  }

  set(a: string, b: string, value: number): void {
    const { high, low } = pairDigest(a, b);
    this.setDigest(high, low, value);
  }

  delete(a: string, b: string): void {
    const { high, low } = pairDigest(a, b);
    this.deleteDigest(high, low);
  }

  getDigest(high: number, low: number): number | undefined {
    const slot = this.find(high, low);
    return slot < 0 ? undefined : this.slotValue[slot];
  }

  /** Adds or updates; a new key may evict the oldest one. */
  setDigest(high: number, low: number, value: number): void {
    const found = this.find(high, low);
    if (found >= 0) {
      this.slotValue[found] = value;
      return;
    }
    if (this.ringFilled === this.capacity) this.deleteDigest(this.ringHigh[this.ringNext]!, this.ringLow[this.ringNext]!);
    else this.ringFilled++;
    this.ringHigh[this.ringNext] = high;
    this.ringLow[this.ringNext] = low;
    this.ringNext = (this.ringNext + 1) % this.capacity;
    let slot = low & this.mask;
    while (this.slotUsed[slot]) slot = (slot + 1) & this.mask;
    this.slotUsed[slot] = 1;
    this.slotHigh[slot] = high;
    this.slotLow[slot] = low;
    this.slotValue[slot] = value;
    this.count++;
  }

  deleteDigest(high: number, low: number): void {
    let hole = this.find(high, low);
    if (hole < 0) return;
    this.slotUsed[hole] = 0;
    this.count--;
    // Backward shift: move later entries of the probe run into the hole unless their home slot lies after the hole.
    for (let next = (hole + 1) & this.mask; this.slotUsed[next]; next = (next + 1) & this.mask) {
      const home = this.slotLow[next]! & this.mask;
      const stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
      if (stays) continue;
      this.slotUsed[hole] = 1;
      this.slotHigh[hole] = this.slotHigh[next]!;
      this.slotLow[hole] = this.slotLow[next]!;
      this.slotValue[hole] = this.slotValue[next]!;
      this.slotUsed[next] = 0;
      hole = next;
    }
  }

  private find(high: number, low: number): number {
    for (let slot = low & this.mask; this.slotUsed[slot]; slot = (slot + 1) & this.mask)
      if (this.slotLow[slot] === low && this.slotHigh[slot] === high) return slot;
    return -1;
  }
}
