// Password hash checks off the event loop, one at a time, with a bounded queue.
//
// scrypt with the hashes' parameters (N 16384, r 8) takes ~60 ms of CPU and 16 MiB of memory. Run synchronously it
// stalls every machine for as long as someone guesses; run through crypto.scrypt it lands on libuv's pool threads, and
// glibc keeps each thread's 16 MiB block in that thread's own arena, so four pool threads hold 64 MiB for good (measured:
// RSS 97 -> 161 MiB after six guesses, over the unit's 150 MiB budget). So checks run on one dedicated worker thread:
// the event loop stays free, the pool stays free for the spool's file I/O, at most one core is spent on guesses, and
// the memory is one 16 MiB block. At most `maxWaiting` checks wait for their turn; one more is refused at once with
// GW_AUTH_BUSY (the machine retries) rather than queued without end.
import { timingSafeEqual } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { GatewayError } from '../errors.ts';

/** Inline (eval) so the one-file build in dist/ needs no second file. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', (m) => {
  try {
    const key = scryptSync(m.password, m.salt, m.keylen, { N: m.n, r: m.r, p: m.p, maxmem: m.maxmem });
    parentPort.postMessage({ key });
  } catch (e) {
    parentPort.postMessage({ error: String(e && e.message) });
  }
});
`;

export interface ScryptHash { n: number; r: number; p: number; salt: Buffer; expected: Buffer }

/** Parses scrypt$N$r$p$saltBase64$hashBase64; undefined if it is not one. */
export function parseScryptHash(encoded: string): ScryptHash | undefined {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  return { n, r, p, salt: Buffer.from(parts[4]!, 'base64'), expected: Buffer.from(parts[5]!, 'base64') };
}

interface Job { h: ScryptHash; password: Buffer; resolve: (ok: boolean) => void; reject: (e: Error) => void }

export class HashCheckGate {
  private readonly maxWaiting: number;
  private worker: Worker | undefined;
  private current: Job | undefined;
  private readonly waiting: Job[] = [];

  constructor(maxWaiting = 32) {
    this.maxWaiting = Math.max(0, maxWaiting);
  }

  get busy(): { running: number; waiting: number } {
    return { running: this.current ? 1 : 0, waiting: this.waiting.length };
  }

  /** Whether `password` matches the scrypt hash `encoded`; rejects with GW_AUTH_BUSY when the queue is full. */
  verify(encoded: string, password: Buffer): Promise<boolean> {
    const h = parseScryptHash(encoded);
    if (!h) return Promise.resolve(false);
    if (this.current && this.waiting.length >= this.maxWaiting) {
      return Promise.reject(new GatewayError('GW_AUTH_BUSY', 'too many password checks waiting; the login was refused unchecked, the machine retries', { waiting: this.waiting.length }));
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ h, password: Buffer.from(password), resolve, reject });
      this.next();
    });
  }

  /** Ends the worker thread (the controller's stop); a later check starts a new one. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private next(): void {
    if (this.current) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.current = job;
    const { h } = job;
    const w = this.thread();
    w.ref(); // a check in flight keeps the process alive; an idle checker does not (finish)
    w.postMessage({ password: job.password, salt: h.salt, keylen: h.expected.length, n: h.n, r: h.r, p: h.p, maxmem: 256 * h.n * h.r + 1024 * 1024 });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1, codeRangeSizeMb: 2 } });
    w.on('message', (m: { key?: Uint8Array; error?: string }) => this.finish(m.key ? undefined : new Error(m.error ?? 'scrypt failed'), m.key));
    const lost = (e: Error): void => {
      if (this.worker === w) this.worker = undefined;
      this.finish(e);
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`password check thread exited (${code})`)));
    this.worker = w;
    return w;
  }

  private finish(err: Error | undefined, key?: Uint8Array): void {
    const job = this.current;
    this.current = undefined;
    if (this.waiting.length === 0) this.worker?.unref();
    if (job) {
      if (err || !key) job.reject(err ?? new Error('scrypt failed'));
      else job.resolve(key.length === job.h.expected.length && timingSafeEqual(key, job.h.expected));
    }
    this.next();
  }
}
