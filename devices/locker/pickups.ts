// The locker's offline pickup list. The core sends, per locker, the documents ready for collection with a salted SHA-256
// of each pickup code (RefreshPickupList); the gateway keeps it on disk and answers a locker's "is this code right?"
// from it, online or not. A document is collected once: the first successful verification (or a pickup transaction from
// the locker) marks it, and a second attempt is refused. Codes are never stored, logged or answered in clear.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Low } from 'lowdb';
import { openState } from '../../gateway/state-file.ts';
import type { edge } from '../../proto/index.ts';

export interface PickupItem {
  documentRef: string;
  compartment: number;
  codeSalt: string;
  codeHash: string;
  expiresMs: number;
  collectedAt?: number;
}

interface Data { lockers: Record<string, { updatedAt: number; items: PickupItem[] }> }

export type Verification =
  | { ok: true; compartment: number; documentRef: string }
  | { ok: false; reason: 'wrong_code' | 'already_collected' | 'expired' | 'no_list' };

/** hex SHA-256 of salt + code: what the core computes for RefreshPickupList.code_hash. */
export function pickupCodeHash(salt: string, code: string): string {
  return createHash('sha256').update(salt + code.trim()).digest('hex');
}

export class PickupStore {
  private db: Low<Data> | undefined;
  private readonly file: string;
  private readonly clock: () => number;

  constructor(file: string, clock: () => number = Date.now) {
    this.file = file;
    this.clock = clock;
  }

  async open(): Promise<void> {
    this.db = await openState<Data>(this.file, { lockers: {} });
  }

  /** Replaces a locker's list; documents already collected here stay collected (the core may not know yet). */
  async replace(deviceId: string, list: edge.v1.IRefreshPickupList): Promise<number> {
    const data = this.db!.data;
    const before = new Map((data.lockers[deviceId]?.items ?? []).map((i) => [i.documentRef, i]));
    const items: PickupItem[] = (list.items ?? []).map((i) => {
      const item: PickupItem = {
        documentRef: i.documentRef ?? '', compartment: i.compartment ?? 0, codeSalt: i.codeSalt ?? '',
        codeHash: (i.codeHash ?? '').toLowerCase(), expiresMs: Number(i.expiresMs ?? 0),
      };
      const collectedAt = before.get(item.documentRef)?.collectedAt;
      if (collectedAt !== undefined) item.collectedAt = collectedAt;
      return item;
    });
    data.lockers[deviceId] = { updatedAt: this.clock(), items };
    await this.db!.write();
    return items.length;
  }

  /** Checks a code typed or scanned at the locker; a match marks the document collected (on disk) before answering. */
  async verify(deviceId: string, code: string): Promise<Verification> {
    const locker = this.db!.data.lockers[deviceId];
    if (!locker) return { ok: false, reason: 'no_list' };
    for (const item of locker.items) {
      if (!hashMatches(pickupCodeHash(item.codeSalt, code), item.codeHash)) continue;
      if (item.collectedAt !== undefined) return { ok: false, reason: 'already_collected' };
      if (item.expiresMs > 0 && this.clock() > item.expiresMs) return { ok: false, reason: 'expired' };
      item.collectedAt = this.clock();
      await this.db!.write();
      return { ok: true, compartment: item.compartment, documentRef: item.documentRef };
    }
    return { ok: false, reason: 'wrong_code' };
  }

  /** A pickup transaction from the locker (for example verified by ID card at the locker itself). */
  async markCollected(deviceId: string, documentRef: string): Promise<void> {
    const item = this.db?.data.lockers[deviceId]?.items.find((i) => i.documentRef === documentRef);
    if (!item || item.collectedAt !== undefined) return;
    item.collectedAt = this.clock();
    await this.db!.write();
  }

  count(deviceId: string): { total: number; collected: number } {
    const items = this.db?.data.lockers[deviceId]?.items ?? [];
    return { total: items.length, collected: items.filter((i) => i.collectedAt !== undefined).length };
  }
}

function hashMatches(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex'), y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
