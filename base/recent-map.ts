// Maps that keep only the most recent `capacity` keys, evicting the oldest first, in O(1).
// (Evicting with `map.keys().next()` looks O(1) but is not: V8 leaves deleted entries in place until a rehash, so the
// iterator walks over them and a sliding window of 100,000 keys became quadratic: 16 s for 600,000 inserts here.)

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
