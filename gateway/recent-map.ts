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
