// Shared pieces of the remote-config unit tests: a site file, the core's key pair on disk, signed messages, a fake clock.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { signConfig } from '../../../proto/config-signing.ts';
import { coreKeyPair } from '../../../harness/core-keys.ts';

export const SITE = 'mo-rc-01';
export const HASH = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA==';

export interface CoreKeys {
  privateKey: KeyObject;
  otherKey: KeyObject;
  publicKeyFile: string;
}

/** The core's config key pair (public half in dir/core-config.pub.pem) and a stranger's key, for forged signatures. */
export function coreKeys(dir: string): CoreKeys {
  return { ...coreKeyPair(dir, 'config'), otherKey: generateKeyPairSync('ed25519').privateKey };
}

/** A site file as an operator writes it (raw JSON, defaults not filled in). */
export function siteFile(dir: string, keyFile: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    site: { id: SITE, name: 'Remote config site' },
    devices: [{ id: 'vend-01', kind: 'vending', transport: 'mqtt', passwordHash: HASH }],
    uplink: { url: 'mqtt://127.0.0.1:1883', configKey: keyFile },
    spool: { dir: join(dir, 'spool') },
    ...extra,
  };
}

export function signed(
  key: KeyObject,
  version: number,
  doc: unknown,
  opts: { siteId?: string; activateAtMs?: number; raw?: Buffer } = {},
): Buffer {
  return signConfig(
    { siteId: opts.siteId ?? SITE, version, document: opts.raw ?? Buffer.from(JSON.stringify(doc)), activateAtMs: opts.activateAtMs },
    key,
  );
}

/** Timers that move only when the test says so. */
export class FakeClock {
  time = 1_800_000_000_000;
  private pending: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;

  now = (): number => this.time;

  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.pending.push({ at: this.time + ms, fn, id });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.pending = this.pending.filter((p) => p.id !== handle);
  };

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  async advance(ms: number): Promise<void> {
    // Let what is already under way (a message being handled) reach its first timer before time moves.
    await new Promise((r) => setImmediate(r));
    const end = this.time + ms;
    for (;;) {
      this.pending.sort((a, b) => a.at - b.at);
      const next = this.pending[0];
      if (!next || next.at > end) break;
      this.pending.shift();
      this.time = next.at;
      next.fn();
      await new Promise((r) => setImmediate(r));
    }
    this.time = end;
    await new Promise((r) => setImmediate(r));
  }
}
