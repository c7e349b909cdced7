// Other people's tests and benchmarks share this 2-core machine. Before each measured run, wait (bounded) until the CPU
// that is not ours drops below a threshold, so a figure is less often a measure of someone else's work. Bounded per run
// and in total, so the bench still ends in time; the load that remained is in each run's "others" figure anyway.
import { machineBusySeconds } from './proc-stats.ts';
import { progress } from './progress.ts';
import { sleep } from '../harness/wait.ts';
import { round } from './stats.ts';

/** Cores busy over `ms` that were not this process (child processes included: call it when none is busy). */
export async function otherLoad(ms = 1000): Promise<number> {
  const m0 = machineBusySeconds(),
    c0 = process.cpuUsage();
  await sleep(ms);
  const c = process.cpuUsage(c0);
  return round(Math.max(0, machineBusySeconds() - m0 - (c.user + c.system) / 1e6) / (ms / 1000), 2);
}

export class QuietGate {
  private spentMs = 0;
  constructor(
    private readonly perRunMs: number,
    private readonly totalMs: number,
    private readonly threshold = 0.25,
  ) {}

  async wait(what: string): Promise<number> {
    const t0 = performance.now();
    let load = await otherLoad(500);
    while (load > this.threshold && performance.now() - t0 < this.perRunMs && this.spentMs + (performance.now() - t0) < this.totalMs) {
      progress(`  waiting for a quieter machine before ${what}: other processes use ${load} cores`);
      load = await otherLoad(2000);
    }
    this.spentMs += performance.now() - t0;
    return load;
  }
}
