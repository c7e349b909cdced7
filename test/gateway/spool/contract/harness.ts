// What every contract case needs: a spool implementation behind a factory, a real directory that is removed afterwards,
// a clock the test moves by hand, and the spool's events recorded from before start() (corruption may be found while
// opening). Nothing here is mocked: the spool writes real files.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import type { GatewayError } from '../../../../base/errors.ts';
import type {
  AppendCallback,
  AppendRequest,
  AppendResult,
  OutRecord,
  SpoolClass,
  SpoolOptions,
  SpoolStats,
} from '../../../../gateway/spool/spool.ts';

/** The public surface a spool implementation offers the gateway; the contract holds every implementation to it. */
export interface SpoolUnderTest {
  start(): void | Promise<void>;
  stop(): Promise<void>;
  append(req: AppendRequest, cb: AppendCallback): void;
  appendAsync(req: AppendRequest): Promise<AppendResult>;
  read(max: number): Promise<OutRecord[]>;
  confirm(cls: SpoolClass, seq: number): void;
  rewind(): void;
  stats(): SpoolStats;
  diskBytes(): number;
  readonly lastSequence: number;
  // `any` as in EventEmitter's own signature: each event has its own payload type (AlarmEvent, a corruption report).
  on(event: 'alarm' | 'corrupt' | 'durable', listener: (...args: any[]) => void): unknown;
}

export type MakeSpool = (opts: SpoolOptions) => SpoolUnderTest;

export interface AlarmEvent {
  code: string;
  active: boolean;
}

export interface FakeClock {
  now(): number;
  advance(ms: number): void;
}

export function fakeClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)): FakeClock {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface Rig {
  readonly dir: string;
  readonly clock: FakeClock;
  readonly opts: SpoolOptions;
  /** The spool opened last. */
  spool: SpoolUnderTest;
  readonly alarms: AlarmEvent[];
  readonly corruptions: unknown[];
  /** Creates a spool on the same directory, clock and options, listens to its events, starts it. */
  open(): Promise<SpoolUnderTest>;
  /** Clean stop, then open again: what a restart of the gateway does. */
  reopen(): Promise<SpoolUnderTest>;
  close(): Promise<void>;
}

export const DEFAULTS: Omit<SpoolOptions, 'dir'> = {
  maxBytes: 64 * 1024 * 1024,
  segmentBytes: 1024 * 1024,
  telemetryTtlMs: 24 * 3600 * 1000,
  dedupWindow: 10_000,
};

/** A started spool in a fresh temp dir (or `dir`), stopped and removed when the test ends. */
export async function rig(
  t: TestContext,
  make: MakeSpool,
  over: Partial<SpoolOptions> = {},
  o: { start?: boolean; dir?: string } = {},
): Promise<Rig> {
  const dir = o.dir ?? mkdtempSync(path.join(os.tmpdir(), 'spool-contract-'));
  const clock = fakeClock();
  const opts: SpoolOptions = { ...DEFAULTS, clock: clock.now, ...over, dir };
  let open = false;
  const r: Rig = {
    dir,
    clock,
    opts,
    spool: undefined as unknown as SpoolUnderTest,
    alarms: [],
    corruptions: [],
    async open() {
      if (open) throw new Error('rig: open() while a spool is open; call close() or reopen()');
      const s = make(opts);
      s.on('alarm', (a: AlarmEvent) => r.alarms.push(a));
      s.on('corrupt', (c: unknown) => r.corruptions.push(c));
      await s.start();
      open = true;
      r.spool = s;
      return s;
    },
    async close() {
      if (!open) return;
      open = false;
      await r.spool.stop();
    },
    async reopen() {
      await r.close();
      return r.open();
    },
  };
  t.after(async () => {
    await r.close().catch(() => undefined);
    if (!o.dir) rmSync(dir, { recursive: true, force: true });
  });
  if (o.start !== false) await r.open();
  return r;
}

// ---- records the tests can recognise ----

/** A payload that names its index, padded to `size` bytes so segment and quota arithmetic is predictable. */
export function body(i: number, size = 64): Buffer {
  const tag = Buffer.from(`#${i};`);
  const buf = Buffer.alloc(Math.max(size, tag.length), 0x2e);
  tag.copy(buf);
  return buf;
}

export function indexOf(payload: Uint8Array): number {
  const m = /^#(\d+);/.exec(Buffer.from(payload).subarray(0, 24).toString('latin1'));
  if (!m) throw new Error(`payload does not carry an index: ${Buffer.from(payload).subarray(0, 24).toString('hex')}`);
  return Number(m[1]);
}

export function req(cls: SpoolClass, i: number, o: { route?: string; key?: string; size?: number } = {}): AppendRequest {
  return { cls, route: o.route ?? `vend-01/${cls}`, key: o.key, build: () => body(i, o.size) };
}

/** Appends count records of a class and waits for every acknowledgement; returns their sequence numbers in order. */
export async function appendMany(
  s: SpoolUnderTest,
  cls: SpoolClass,
  from: number,
  count: number,
  o: { route?: string; size?: number } = {},
): Promise<number[]> {
  const results = await Promise.all(Array.from({ length: count }, (_, k) => s.appendAsync(req(cls, from + k, o))));
  return results.map((r) => r.seq);
}

/** Reads until the spool has nothing more to give (bounded), without confirming. */
export async function readAll(s: SpoolUnderTest, batch = 100): Promise<OutRecord[]> {
  const out: OutRecord[] = [];
  for (let rounds = 0; rounds < 100_000; rounds++) {
    const got = await s.read(batch);
    if (got.length === 0) return out;
    out.push(...got);
  }
  throw new Error(`readAll: still reading after 100,000 rounds (${out.length} records): read() never runs dry`);
}

export async function confirmAll(s: SpoolUnderTest, recs: readonly OutRecord[]): Promise<void> {
  for (const r of recs) s.confirm(r.cls, r.seq);
}

export function errorCode(err: unknown): string | undefined {
  return (err as GatewayError | undefined)?.code;
}

/** Appends until one is refused; returns the sequence numbers acknowledged before and the refusal. */
export async function appendUntilRefused(
  s: SpoolUnderTest,
  cls: SpoolClass,
  from: number,
  limit: number,
  o: { size?: number } = {},
): Promise<{ acked: number[]; error: unknown; next: number }> {
  const acked: number[] = [];
  for (let i = from; i < from + limit; i++) {
    try {
      acked.push((await s.appendAsync(req(cls, i, o))).seq);
    } catch (error) {
      return { acked, error, next: i + 1 };
    }
  }
  throw new Error(`appendUntilRefused: ${limit} appends were all accepted; the limit under test never bit`);
}
