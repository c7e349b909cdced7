// A map that keeps only the most recent `capacity` keys, evicting the oldest first, in O(1).
// (Evicting with `map.keys().next()` looks O(1) but is not: V8 leaves deleted entries in place until a rehash, so the
// iterator walks over them and a sliding window of 100,000 keys became quadratic: 16 s for 600,000 inserts here.)
export class RecentMap<K, V> {
  private readonly map = new Map<K, V>();
  private readonly ring: (K | undefined)[];
  private next = 0;

  constructor(capacity: number) {
    this.ring = new Array<K | undefined>(Math.max(1, capacity));
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Adds or updates; a new key may evict the oldest one. */
  set(key: K, value: V): void {
    if (this.map.has(key)) {
      this.map.set(key, value);
      return;
    }
    const old = this.ring[this.next];
    if (old !== undefined) this.map.delete(old);
    this.ring[this.next] = key;
    this.next = (this.next + 1) % this.ring.length;
    this.map.set(key, value);
  }

  /** Forgets a key (its ring slot is reused later; evicting a key no longer present is harmless). */
  delete(key: K): void {
    this.map.delete(key);
  }
}

/**
 * The same window for keys of two parts (a device's route and its txId), kept as one map per first part, so no joined
 * string is built and held per entry: about 100 bytes an entry instead of 170 (100,000 entries: 10 MiB instead of 17),
 * which the garbage collector walks on every full collection.
 */
export class RecentPairMap<V> {
  private readonly groups = new Map<string, Map<string, V>>();
  private readonly ringGroup: (Map<string, V> | undefined)[];
  private readonly ringKey: (string | undefined)[];
  private next = 0;

  constructor(capacity: number) {
    this.ringGroup = new Array<Map<string, V> | undefined>(Math.max(1, capacity));
    this.ringKey = new Array<string | undefined>(Math.max(1, capacity));
  }

  get size(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.size;
    return n;
  }

  get(a: string, b: string): V | undefined {
    return this.groups.get(a)?.get(b);
  }

  /** Adds or updates; a new key may evict the oldest one. */
  set(a: string, b: string, value: V): void {
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

  delete(a: string, b: string): void {
    this.groups.get(a)?.delete(b);
  }
}
