// The spool's dedup window and the garbage collector (issue 17): heap held and full (mark-compact) GC pause with the
// window filled, for the map the spool used before (RecentPairMap: a Map per device, a key string and an entry per
// pair) and the compact one it uses now (RecentDigestMap: 128-bit digests in typed arrays). Each variant runs in its own
// process (a clean heap); figures are the median of 7 forced full collections.
//   node --import tsx bench/dedup-heap.ts [--entries 100000,1000000] [--json]
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { RecentDigestMap, RecentPairMap } from '../base/recent-map.ts';

/** A txId as a device's message brings it: a flat string of its own (randomUUID's own strings share a larger cache). */
const txId = () => Buffer.from(randomUUID()).toString('latin1');

const VARIANTS = ['pairs (before)', 'digests (now)'] as const;
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

interface Figures {
  variant: string;
  entries: number;
  heapUsedMiB: number;
  externalMiB: number;
  fullGcPauseMs: number;
  baselineGcPauseMs: number;
  insertUsPerEntry: number;
}

function measureHere(variant: string, entries: number): Figures {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const pause = () => {
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = process.hrtime.bigint();
      gc();
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return samples.sort((a, b) => a - b)[3]!;
  };
  gc();
  const baselineGcPauseMs = pause();
  const before = process.memoryUsage();
  const startedAt = process.hrtime.bigint();
  const routes = Array.from({ length: 50 }, (_, i) => `vend-${String(i).padStart(2, '0')}/tx`);
  // Kept alive till the end, as the spool keeps its map.
  let held: unknown;
  if (variant === VARIANTS[0]) {
    const map = new RecentPairMap<string, string, number>(entries);
    for (let i = 0; i < entries; i++) map.set(routes[i % 50]!, txId(), 1_000_000 + i);
    held = map;
  } else {
    const map = new RecentDigestMap(entries);
    for (let i = 0; i < entries; i++) map.set(routes[i % 50]!, txId(), 1_000_000 + i);
    held = map;
  }
  const insertUsPerEntry = Number(process.hrtime.bigint() - startedAt) / 1e3 / entries;
  gc();
  const after = process.memoryUsage();
  const fullGcPauseMs = pause();
  if (!held) throw new Error('unreachable');
  const mib = (n: number) => Math.round((n / 1048576) * 10) / 10;
  return {
    variant,
    entries,
    heapUsedMiB: mib(after.heapUsed - before.heapUsed),
    externalMiB: mib(after.arrayBuffers - before.arrayBuffers),
    fullGcPauseMs: Math.round(fullGcPauseMs * 100) / 100,
    baselineGcPauseMs: Math.round(baselineGcPauseMs * 100) / 100,
    insertUsPerEntry: Math.round(insertUsPerEntry * 100) / 100,
  };
}

if (option('child')) {
  process.stdout.write(JSON.stringify(measureHere(option('child')!, Number(option('entries')))));
} else {
  const results: Figures[] = [];
  for (const entries of (option('entries') ?? '100000,1000000').split(',').map(Number)) {
    for (const variant of VARIANTS) {
      const out = execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', import.meta.filename, '--child', variant, '--entries', String(entries)],
        { encoding: 'utf8' },
      );
      const figures = JSON.parse(out) as Figures;
      results.push(figures);
      process.stderr.write(
        `${figures.variant.padEnd(16)} ${String(entries).padStart(8)} entries: heap ` +
          `${figures.heapUsedMiB} MiB, typed arrays ${figures.externalMiB} MiB, full GC ` +
          `${figures.fullGcPauseMs} ms (empty heap ${figures.baselineGcPauseMs} ms), insert ` +
          `${figures.insertUsPerEntry} µs\n`,
      );
    }
  }
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
