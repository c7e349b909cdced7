// "As on a small box": the site under test (gateway or mosquitto bridge) on one core, everything that only stands in for
// the rest of the world (the load generator and core sink in the bench process, the core mosquitto) on the other cores.
// Done with taskset from util-linux on running processes (`-a`: every thread; threads started later inherit the mask of
// the thread that starts them), so the site's PID stays the one whose CPU and memory we read. A site that is restarted
// (kill -9 and start again) is pinned again by the caller.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface CpuPlan {
  /** The one core the site under test runs on. */
  siteCpu: number;
  /** The cores for the bench process and the core broker, in taskset list form ("1" or "1-3"). */
  restCpus: string;
  /** Every core, to give the bench process its whole machine back. */
  allCpus: string;
}

/** Site on the last core (the first often takes more interrupts), the rest on the others; undefined on a 1-core machine. */
export function cpuPlan(cores = os.availableParallelism()): CpuPlan | undefined {
  if (cores < 2) return undefined;
  const last = cores - 1;
  return { siteCpu: last, restCpus: last === 1 ? '0' : `0-${last - 1}`, allCpus: `0-${last}` };
}

/** Sets the CPU affinity of every thread of `pid`; throws when taskset is missing or refuses (the figure would be wrong). */
export function pin(pid: number, cpus: string | number): void {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(cpus), String(pid)], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer };
    if (err.code === 'ENOENT') throw new Error('pinned runs need taskset (Debian: util-linux); run with --pin off');
    throw new Error(`taskset -a -p -c ${cpus} ${pid} failed: ${err.stderr?.toString().trim() ?? String(e)}`);
  }
}

/** The affinity list of `pid` as the kernel reports it ("0", "0,1", "0-3"), or undefined when it is gone. */
export function affinityOf(pid: number): string | undefined {
  try {
    return /list:\s*(\S+)/.exec(execFileSync('taskset', ['-c', '-p', String(pid)], { encoding: 'utf8' }))?.[1];
  } catch {
    return undefined;
  }
}
