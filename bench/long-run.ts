// The start that the long benchmarks share (faults, fleet-recovery, compare): their gateways run from one copy of the
// code (snapshot.ts; --live-tree runs them from the checkout), their files go to one scratch directory, and nothing of
// theirs outlives them: Ctrl-C, SIGTERM and SIGHUP exit through 'exit', so the copy and the scratch directory are
// removed, and a hard deadline exits 3 even when a step hangs.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { REPO, setCodeRoot } from './gateway-process.ts';
import { progress } from './progress.ts';
import { snapshotTree } from './snapshot.ts';

export interface LongRunOptions {
  /** Run the gateways from the checkout itself, not from a copy. */
  liveTree: boolean;
  /** The scratch directory's name in the system's temporary folder, before its random part. */
  scratchPrefix: string;
  /** Exit 3 this long after the start, saying `atDeadline`. */
  deadlineMs: number;
  atDeadline: string;
}

/** Prepares the run; returns the scratch directory. */
export function startLongRun(o: LongRunOptions): string {
  const snap = o.liveTree ? undefined : snapshotTree(REPO);
  if (snap) {
    setCodeRoot(snap.dir);
    process.on('exit', () => snap.remove());
  }
  const dir = mkdtempSync(join(os.tmpdir(), o.scratchPrefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => process.exit(130));
  setTimeout(() => {
    progress(o.atDeadline);
    process.exit(3);
  }, o.deadlineMs).unref();
  return dir;
}
