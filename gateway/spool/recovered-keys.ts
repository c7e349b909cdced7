// The dedup keys a start recovers, fed to the spool's window in sequence order, only the newest `window` of them: the
// window would evict every older one anyway, and a key's digest (SHA-256, about a microsecond) is then computed only for
// the keys that stay, not for every keyed record of a spool scanned through (a first start without summaries: 4.4
// million records per GiB). Sources come oldest first: a summary's digests, or the keyed records a scan found (kept in
// a ring of the newest `window`, digested at the end unless the scan needed the digest already).
import { pairDigest } from '../../base/recent-map.ts';
import { type DigestedKey, KEY_WORDS } from './summary.ts';

type Source = { words: Uint32Array; base: number } | { first: number; count: number };

export class RecoveredKeys {
  private readonly window: number;
  private readonly sources: Source[] = [];
  private readonly routes: (string | undefined)[];
  private readonly keys: (string | undefined)[];
  private readonly digests: Uint32Array;
  private readonly digested: Uint8Array;
  private readonly seqs: Float64Array;
  /** Scanned keyed records so far; the ring holds the last `window` of them. */
  private scanned = 0;

  constructor(window: number) {
    this.window = Math.max(0, window);
    const ring = Math.max(1, this.window);
    this.routes = new Array(ring);
    this.keys = new Array(ring);
    this.digests = new Uint32Array(4 * ring);
    this.digested = new Uint8Array(ring);
    this.seqs = new Float64Array(ring);
  }

  get wanted(): boolean {
    return this.window > 0;
  }

  /** A summary's keys: [digest's four words, seq − base] words. */
  addSummary(base: number, words: Uint32Array): void {
    this.sources.push({ words, base });
  }

  /** The next keyed record a scan found; `digest` when the scan computed it already. */
  addScanned(route: string, key: string, seq: number, digest: DigestedKey | undefined): void {
    const last = this.sources[this.sources.length - 1];
    if (last && 'first' in last && last.first + last.count === this.scanned) last.count++;
    else this.sources.push({ first: this.scanned, count: 1 });
    const slot = this.scanned++ % this.digested.length;
    this.seqs[slot] = seq;
    this.digested[slot] = digest ? 1 : 0;
    this.routes[slot] = digest ? undefined : route;
    this.keys[slot] = digest ? undefined : key;
    if (!digest) return;
    this.digests[4 * slot] = digest.word0;
    this.digests[4 * slot + 1] = digest.word1;
    this.digests[4 * slot + 2] = digest.word2;
    this.digests[4 * slot + 3] = digest.word3;
  }

  /** Hands the newest `window` keys to `onKey`, oldest first, and lets go of the strings. */
  feed(onKey: ((key: DigestedKey, seq: number) => void) | undefined): void {
    if (!onKey || this.window === 0) return;
    // From the newest source back: how many keys each gives.
    let need = this.window;
    let from = this.sources.length;
    const takes: number[] = [];
    while (from > 0 && need > 0) {
      const source = this.sources[--from]!;
      const count = 'words' in source ? source.words.length / KEY_WORDS : source.count;
      const take = Math.min(count, need);
      takes.unshift(take);
      need -= take;
    }
    takes.forEach((take, i) => {
      const source = this.sources[from + i]!;
      if ('words' in source) {
        const words = source.words;
        for (let w = words.length - KEY_WORDS * take; w < words.length; w += KEY_WORDS)
          onKey({ word0: words[w]!, word1: words[w + 1]!, word2: words[w + 2]!, word3: words[w + 3]! }, source.base + words[w + 4]!);
        return;
      }
      // All of these are in the ring: every scanned key after them is taken too, and there are at most `window`.
      for (let n = source.first + source.count - take; n < source.first + source.count; n++) {
        const slot = n % this.digested.length;
        const digest = this.digested[slot]
          ? {
              word0: this.digests[4 * slot]!,
              word1: this.digests[4 * slot + 1]!,
              word2: this.digests[4 * slot + 2]!,
              word3: this.digests[4 * slot + 3]!,
            }
          : pairDigest(this.routes[slot]!, this.keys[slot]!);
        onKey(digest, this.seqs[slot]!);
      }
    });
    this.routes.fill(undefined);
    this.keys.fill(undefined);
  }
}
