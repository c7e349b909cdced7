// The locker's offline pickup list. The core sends, per locker, the documents ready for collection (RefreshPickupList),
// each code protected as code_mac = HMAC-SHA256(site pickup key, salt + ":" + code) under a key the core and the site
// share (devices/common/keyed-hash.ts, derivePickupKey); the gateway keeps the list on disk and answers a locker's "is
// this code right?" from it, online or not. A document is collected once: the first successful verification (or a
// pickup transaction from the locker) marks it, and a second attempt is refused. Codes are never stored, logged or
// answered in clear.
//
// Why a key: the list travels over the core's command topics. With a bare SHA-256(salt + code), whoever reads those
// topics tries all 10^6 six-digit codes in about a second; with an HMAC they cannot test a single guess without the key.
// The old format is refused, not accepted side by side: a core that still sends it leaks every code it sends.
import { timingSafeEqual } from 'node:crypto';
import type { Low } from 'lowdb';
import { openState } from '../../base/state-file.ts';
import type { edge } from '../../proto/index.ts';
import { KEYED_HASH_PATTERN, PICKUP_SALT_PATTERN, pickupCodeMac } from '../../devices/common/keyed-hash.ts';
import type { Lockout } from '../../devices/locker/pickup-lockouts.ts';

export interface PickupItem {
  documentRef: string;
  compartment: number;
  codeSalt: string;
  codeMac: string;
  expiresMs: number;
  collectedAt?: number;
}

interface Data {
  lockers: Record<string, { updatedAt: number; items: PickupItem[] }>;
  /** Lock-outs kept across a restart (PickupLockouts.saved()). */
  lockouts?: Lockout[];
}

export type Verification =
  | { ok: true; compartment: number; documentRef: string }
  | { ok: false; reason: 'wrong_code' | 'already_collected' | 'expired' | 'no_list' };

/** Why a list was refused: the code for the command result and the log, and what the core must change. */
export interface ListRefusal {
  code: 'GW_PICKUP_LIST_UNKEYED' | 'GW_PICKUP_KEY_MISSING' | 'GW_PICKUP_LIST_INVALID';
  message: string;
}

const MAX_ITEMS = 2000;

/** Checks a list from the core before it replaces anything; the message names the item index, never a code or MAC. */
export function checkPickupList(list: edge.v1.IRefreshPickupList): ListRefusal | undefined {
  const items = list.items ?? [];
  if (items.length > MAX_ITEMS)
    return { code: 'GW_PICKUP_LIST_INVALID', message: `the list has ${items.length} items; at most ${MAX_ITEMS}` };
  for (const [i, it] of items.entries()) {
    if (it.codeHash) {
      return {
        code: 'GW_PICKUP_LIST_UNKEYED',
        message:
          `/items/${i}/codeHash: unkeyed SHA-256 code hashes are refused (anyone reading the command ` +
          `topic recovers the codes); send codeMac = HMAC-SHA256(site pickup key, salt + ":" + code) as ` +
          `devices/locker/README.md describes`,
      };
    }
    if (!it.codeMac || !KEYED_HASH_PATTERN.test(it.codeMac))
      return { code: 'GW_PICKUP_LIST_INVALID', message: `/items/${i}/codeMac must be 64 lower-case hex characters (HMAC-SHA256)` };
    if (!it.codeSalt || !PICKUP_SALT_PATTERN.test(it.codeSalt))
      return { code: 'GW_PICKUP_LIST_INVALID', message: `/items/${i}/codeSalt must be 8..64 characters A-Z a-z 0-9 _ -` };
    if (!it.documentRef || it.documentRef.length > 64)
      return { code: 'GW_PICKUP_LIST_INVALID', message: `/items/${i}/documentRef must be 1..64 characters` };
    if (!it.compartment || it.compartment > 999)
      return { code: 'GW_PICKUP_LIST_INVALID', message: `/items/${i}/compartment must be 1..999` };
  }
  return undefined;
}

export class PickupStore {
  private db: Low<Data> | undefined;
  private readonly file: string;
  private readonly key: Buffer | undefined;
  private readonly clock: () => number;
  /** Items of the old, unkeyed format found on disk at open and dropped (the core must send the list again). */
  droppedAtOpen = 0;

  /** `key`: the site pickup key; without it lists are refused and every code is answered no_list. */
  constructor(file: string, key: Buffer | undefined, clock: () => number = Date.now) {
    this.file = file;
    this.key = key;
    this.clock = clock;
  }

  async open(): Promise<void> {
    this.db = await openState<Data>(this.file, { lockers: {} });
    for (const locker of Object.values(this.db.data.lockers)) {
      const keep = locker.items.filter((i) => typeof i.codeMac === 'string' && KEYED_HASH_PATTERN.test(i.codeMac));
      this.droppedAtOpen += locker.items.length - keep.length;
      locker.items = keep;
    }
    if (this.droppedAtOpen > 0) await this.db.write();
  }

  /**
   * Replaces a locker's list, or refuses it and keeps the previous one. Documents already collected here stay collected
   * (the core may not know yet).
   */
  async replace(deviceId: string, list: edge.v1.IRefreshPickupList): Promise<{ count: number } | ListRefusal> {
    if (!this.key)
      return {
        code: 'GW_PICKUP_KEY_MISSING',
        message:
          'this site has no pickup key: set pickups.codeKeyEnv or pickups.codeKeyFile to the key the core derives for it (devices/locker/README.md)',
      };
    const refusal = checkPickupList(list);
    if (refusal) return refusal;
    const data = this.db!.data;
    const before = new Map((data.lockers[deviceId]?.items ?? []).map((i) => [i.documentRef, i]));
    const items: PickupItem[] = (list.items ?? []).map((i) => {
      const item: PickupItem = {
        documentRef: i.documentRef!,
        compartment: i.compartment!,
        codeSalt: i.codeSalt!,
        codeMac: i.codeMac!,
        expiresMs: Number(i.expiresMs ?? 0),
      };
      const collectedAt = before.get(item.documentRef)?.collectedAt;
      if (collectedAt !== undefined) item.collectedAt = collectedAt;
      return item;
    });
    data.lockers[deviceId] = { updatedAt: this.clock(), items };
    await this.db!.write();
    return { count: items.length };
  }

  /**
   * Checks a code typed or scanned at the locker. Synchronous on purpose: the caller checks the lock-out, the code and
   * records a wrong one in one turn of the event loop, so a burst of guesses read from one socket cannot all be checked
   * before the first wrong one is counted. A match marks the document collected in memory; the caller awaits
   * `flush()` (on disk) before it answers. `compartment` (when the locker sends the one the citizen chose) limits the
   * check to that compartment's documents; `skip` leaves out compartments whose code entry is locked, so a lock-out
   * cannot be bypassed by not naming one.
   */
  check(deviceId: string, code: string, opts: { compartment?: number; skip?: (compartment: number) => boolean } = {}): Verification {
    const locker = this.db!.data.lockers[deviceId];
    if (!locker || !this.key) return { ok: false, reason: 'no_list' };
    for (const item of locker.items) {
      if (opts.compartment !== undefined && item.compartment !== opts.compartment) continue;
      if (opts.skip?.(item.compartment)) continue;
      if (!macMatches(pickupCodeMac(this.key, item.codeSalt, code), item.codeMac)) continue;
      if (item.collectedAt !== undefined) return { ok: false, reason: 'already_collected' };
      if (item.expiresMs > 0 && this.clock() > item.expiresMs) return { ok: false, reason: 'expired' };
      item.collectedAt = this.clock();
      return { ok: true, compartment: item.compartment, documentRef: item.documentRef };
    }
    return { ok: false, reason: 'wrong_code' };
  }

  /** check() and flush() in one, for callers without attempt limits. */
  async verify(
    deviceId: string,
    code: string,
    opts: { compartment?: number; skip?: (compartment: number) => boolean } = {},
  ): Promise<Verification> {
    const v = this.check(deviceId, code, opts);
    if (v.ok) await this.flush();
    return v;
  }

  /** Writes what check() changed. */
  async flush(): Promise<void> {
    await this.db!.write();
  }

  /** A pickup transaction from the locker (for example verified by ID card at the locker itself). */
  async markCollected(deviceId: string, documentRef: string): Promise<void> {
    const item = this.db?.data.lockers[deviceId]?.items.find((i) => i.documentRef === documentRef);
    if (!item || item.collectedAt !== undefined) return;
    item.collectedAt = this.clock();
    await this.db!.write();
  }

  /** Lock-outs saved by the last run. */
  savedLockouts(): Lockout[] {
    return this.db?.data.lockouts ?? [];
  }

  async saveLockouts(lockouts: Lockout[]): Promise<void> {
    this.db!.data.lockouts = lockouts;
    await this.db!.write();
  }

  count(deviceId: string): { total: number; collected: number } {
    const items = this.db?.data.lockers[deviceId]?.items ?? [];
    return { total: items.length, collected: items.filter((i) => i.collectedAt !== undefined).length };
  }
}

function macMatches(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex'),
    y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
