// Password hash checks off the event loop, one at a time, with a bounded queue.
//
// scrypt with the hashes' parameters (N 16384, r 8) takes ~35 ms of CPU and 16 MiB of scratch memory. Run
// synchronously it stalls every machine for as long as someone guesses, so it runs through node:crypto's async scrypt
// on libuv's pool, one check at a time: the event loop stays free, at most one pool thread and one core are spent on
// guesses (the rest of the pool stays free for the spool's file I/O), and at most `maxWaiting` checks wait for their
// turn; one more is refused at once with GW_AUTH_BUSY (the machine retries) rather than queued without end.
//
// Memory: glibc raises its mmap threshold to the size of the last freed mmapped block, so after the first check each
// 16 MiB scratch block comes from the pool thread's own malloc arena and stays there (RSS 97 -> 161 MiB after a few
// guesses landing on four pool threads). The unit sets MALLOC_MMAP_THRESHOLD_ (systemd/edge-gateway.service), which
// keeps the threshold fixed: the block is mapped and unmapped for each check and RSS returns to where it was.
import { scrypt, timingSafeEqual } from 'node:crypto';
import { GatewayError } from '../../base/errors.ts';

/** Largest scratch memory a hash may ask for (128 x r x N bytes); the gateway's own hashes need 16 MiB. */
export const MAX_SCRYPT_SCRATCH = 64 * 1024 * 1024;

export interface ScryptHash {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  expected: Buffer;
}

/** Parses scrypt$N$r$p$saltBase64$hashBase64; undefined if it is not one. */
export function parseScryptHash(encoded: string): ScryptHash | undefined {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  return { n, r, p, salt: Buffer.from(parts[4]!, 'base64'), expected: Buffer.from(parts[5]!, 'base64') };
}

interface Job {
  h: ScryptHash;
  password: Buffer;
  resolve: (ok: boolean) => void;
  reject: (e: Error) => void;
}

export class HashCheckGate {
  private readonly maxWaiting: number;
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
      return Promise.reject(
        new GatewayError('GW_AUTH_BUSY', 'too many password checks waiting; the login was refused unchecked, the machine retries', {
          waiting: this.waiting.length,
        }),
      );
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ h, password: Buffer.from(password), resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.current) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.current = job;
    const { h } = job;
    if (128 * h.r * h.n * h.p > MAX_SCRYPT_SCRATCH) return this.finish(new Error('unsupported scrypt parameters (over 64 MiB)'));
    scrypt(job.password, h.salt, h.expected.length, { N: h.n, r: h.r, p: h.p, maxmem: MAX_SCRYPT_SCRATCH + 1024 * 1024 }, (err, key) =>
      this.finish(err ?? undefined, key),
    );
  }

  private finish(err: Error | undefined, key?: Buffer): void {
    const job = this.current;
    this.current = undefined;
    if (job) {
      if (err || !key) job.reject(err ?? new Error('scrypt failed'));
      else job.resolve(key.length === job.h.expected.length && timingSafeEqual(key, job.h.expected));
    }
    this.next();
  }
}
