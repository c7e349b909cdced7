// Password hash checks off the event loop, one at a time, with a bounded queue.
//
// scrypt with the hashes' parameters (N 16384, r 8) takes ~25-60 ms of CPU and 16 MiB of scratch memory. Run
// synchronously it stalls every machine for as long as someone guesses. Through crypto.scrypt it lands on libuv's pool
// threads, and glibc keeps each thread's 16 MiB block in that thread's own arena: four pool threads held 64 MiB for
// good (RSS 97 -> 161 MiB after six guesses, over the unit's 150 MiB budget); OpenSSL's scrypt on one worker thread still
// grew the process by ~45 MiB over a few hundred guesses. So the checks run on one dedicated worker thread with scrypt
// written out in JavaScript (RFC 7914) over one scratch array that is allocated once and reused: the event loop stays
// free, the pool stays free for the spool's file I/O, at most one core is spent on guesses, and the memory is the
// worker plus one 16 MiB array, whatever the number of guesses. At most `maxWaiting` checks wait for their turn; one
// more is refused at once with GW_AUTH_BUSY (the machine retries) rather than queued without end.
import { timingSafeEqual } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { GatewayError } from '../errors.ts';

/** Largest scratch array a hash may ask for (128 x r x N bytes); the gateway's own hashes need 16 MiB. */
export const MAX_SCRYPT_SCRATCH = 64 * 1024 * 1024;

/**
 * scrypt (RFC 7914) as plain JavaScript source, so it runs the same in the worker (eval'd, no build step) and in tests.
 * `scrypt(pbkdf2Sync, password, salt, N, r, p, dkLen, scratch)` returns [key, scratch]: the caller keeps the scratch
 * (Uint32Array) for the next call. PBKDF2-HMAC-SHA256 with one iteration comes from node:crypto.
 */
export const SCRYPT_SOURCE = `
function scrypt(pbkdf2Sync, password, salt, N, r, p, dkLen, scratch) {
  if (!(N > 1 && (N & (N - 1)) === 0) || r < 1 || p < 1 || 128 * r * N > ${MAX_SCRYPT_SCRATCH}) throw new Error('unsupported scrypt parameters');
  const w = 32 * r;
  const words = w * N;
  const V = scratch && scratch.length >= words ? scratch : new Uint32Array(words);
  const XY = new Uint32Array(2 * w);
  const X = new Uint32Array(16);
  const x = new Uint32Array(16);
  const Bbytes = pbkdf2Sync(password, salt, 1, p * 128 * r, 'sha256');
  for (let part = 0; part < p; part++) {
    const off = part * 128 * r;
    for (let k = 0; k < w; k++) XY[k] = Bbytes.readUInt32LE(off + 4 * k);
    for (let i = 0; i < N; i++) {
      V.set(XY.subarray(0, w), i * w);
      blockMix();
    }
    for (let i = 0; i < N; i++) {
      const j = XY[(2 * r - 1) * 16] & (N - 1);
      const base = j * w;
      for (let k = 0; k < w; k++) XY[k] ^= V[base + k];
      blockMix();
    }
    for (let k = 0; k < w; k++) Bbytes.writeUInt32LE(XY[k], off + 4 * k);
  }
  return [pbkdf2Sync(password, Bbytes, 1, dkLen, 'sha256'), V];

  // BlockMix_salsa20/8 on XY[0, w) into XY[w, 2w), then back in the shuffled order (even blocks, then odd ones).
  function blockMix() {
    for (let k = 0; k < 16; k++) X[k] = XY[(2 * r - 1) * 16 + k];
    for (let i = 0; i < 2 * r; i++) {
      for (let k = 0; k < 16; k++) X[k] ^= XY[i * 16 + k];
      salsa();
      XY.set(X, w + i * 16);
    }
    for (let i = 0; i < r; i++) {
      XY.copyWithin(i * 16, w + 2 * i * 16, w + 2 * i * 16 + 16);
      XY.copyWithin((r + i) * 16, w + (2 * i + 1) * 16, w + (2 * i + 1) * 16 + 16);
    }
  }

  // Salsa20/8 core on X, in place.
  function salsa() {
    x.set(X);
    for (let i = 0; i < 8; i += 2) {
      x[4] ^= R(x[0] + x[12], 7); x[8] ^= R(x[4] + x[0], 9); x[12] ^= R(x[8] + x[4], 13); x[0] ^= R(x[12] + x[8], 18);
      x[9] ^= R(x[5] + x[1], 7); x[13] ^= R(x[9] + x[5], 9); x[1] ^= R(x[13] + x[9], 13); x[5] ^= R(x[1] + x[13], 18);
      x[14] ^= R(x[10] + x[6], 7); x[2] ^= R(x[14] + x[10], 9); x[6] ^= R(x[2] + x[14], 13); x[10] ^= R(x[6] + x[2], 18);
      x[3] ^= R(x[15] + x[11], 7); x[7] ^= R(x[3] + x[15], 9); x[11] ^= R(x[7] + x[3], 13); x[15] ^= R(x[11] + x[7], 18);
      x[1] ^= R(x[0] + x[3], 7); x[2] ^= R(x[1] + x[0], 9); x[3] ^= R(x[2] + x[1], 13); x[0] ^= R(x[3] + x[2], 18);
      x[6] ^= R(x[5] + x[4], 7); x[7] ^= R(x[6] + x[5], 9); x[4] ^= R(x[7] + x[6], 13); x[5] ^= R(x[4] + x[7], 18);
      x[11] ^= R(x[10] + x[9], 7); x[8] ^= R(x[11] + x[10], 9); x[9] ^= R(x[8] + x[11], 13); x[10] ^= R(x[9] + x[8], 18);
      x[12] ^= R(x[15] + x[14], 7); x[13] ^= R(x[12] + x[15], 9); x[14] ^= R(x[13] + x[12], 13); x[15] ^= R(x[14] + x[13], 18);
    }
    for (let k = 0; k < 16; k++) X[k] += x[k];
  }

  function R(a, b) {
    return (a << b) | (a >>> (32 - b));
  }
}
`;

/** Inline (eval) so the one-file build in dist/ needs no second file. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { pbkdf2Sync } = require('node:crypto');
${SCRYPT_SOURCE}
let scratch;
parentPort.on('message', (m) => {
  try {
    const [key, V] = scrypt(pbkdf2Sync, Buffer.from(m.password), Buffer.from(m.salt), m.n, m.r, m.p, m.keylen, scratch);
    scratch = V;
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
    w.postMessage({ password: job.password, salt: h.salt, keylen: h.expected.length, n: h.n, r: h.r, p: h.p });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1, codeRangeSizeMb: 2 } });
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
