// How this machine's disk answers fdatasync right now: the floor under every durable figure. 4 KiB appends, each synced.
import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { percentile, round } from './stats.ts';

export interface DiskProbe {
  syncs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function probeFdatasync(dir: string, syncs = 300): DiskProbe {
  const file = join(dir, 'fdatasync-probe');
  const fd = openSync(file, 'a');
  const buf = Buffer.alloc(4096, 0x42);
  const times = new Float64Array(syncs);
  try {
    for (let i = 0; i < syncs; i++) {
      const t = performance.now();
      writeSync(fd, buf);
      fdatasyncSync(fd);
      times[i] = performance.now() - t;
    }
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
  times.sort();
  return { syncs, p50Ms: round(percentile(times, 50), 3), p99Ms: round(percentile(times, 99), 2), maxMs: round(times[syncs - 1]!, 1) };
}
