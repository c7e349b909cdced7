// What the kernel says about a process: resident memory from /proc/PID/status and CPU time from /proc/PID/stat.
// Read from outside, so the figures include everything (V8 heap, buffers, native allocations), as an operator's `ps` would.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100; // Linux's USER_HZ on every common architecture
    }
  }
  return ticksPerSecond;
}

export interface Memory { rssMb: number; hwmMb: number }

/** VmRSS (now) and VmHWM (peak since start) in MiB, or undefined when the process is gone. */
export function memoryOf(pid: number): Memory | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

/** User + system CPU seconds the process has used so far (0 when it is gone). */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3, "state"; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return 0;
  }
}

/** CPU use of a set of processes between start() and stop(), as a share of one core (1.0 = one core fully busy). */
export class CpuMeter {
  private readonly pids: Record<string, number>;
  private t0 = 0;
  private readonly c0: Record<string, number> = {};

  constructor(pids: Record<string, number>) {
    this.pids = pids;
  }

  start(): void {
    this.t0 = performance.now();
    for (const [name, pid] of Object.entries(this.pids)) this.c0[name] = cpuSecondsOf(pid);
  }

  /** Core shares per process name since start(). */
  stop(): Record<string, number> {
    const seconds = (performance.now() - this.t0) / 1000;
    const out: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.pids)) out[name] = round((cpuSecondsOf(pid) - (this.c0[name] ?? 0)) / seconds, 2);
    return out;
  }
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
