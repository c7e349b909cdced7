// What the kernel says about a process: resident memory from /proc/PID/status and CPU time from /proc/PID/stat.
// Read from outside, so the figures include everything (V8 heap, buffers, native allocations), as an operator's `ps` would.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { round } from './stats.ts';

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

export interface Memory {
  rssMb: number;
  hwmMb: number;
}

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

/** Busy CPU seconds of the whole machine (all cores) from the first line of /proc/stat. */
export function machineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
    const busy = v.reduce((a, b) => a + b, 0) - (v[3] ?? 0) - (v[4] ?? 0);
    return busy / clockTicks();
  } catch {
    return NaN;
  }
}

/**
 * CPU use of a set of processes between start() and stop(), as a share of one core (1.0 = one core fully busy), plus
 * "others": whatever else ran on the machine meanwhile. Other people's work on a shared 2-core machine changes every
 * figure here, so the report shows it next to them.
 */
export class CpuMeter {
  private readonly pids: Record<string, number>;
  private t0 = 0;
  private m0 = 0;
  private readonly c0: Record<string, number> = {};

  constructor(pids: Record<string, number>) {
    this.pids = pids;
  }

  start(): void {
    this.t0 = performance.now();
    this.m0 = machineBusySeconds();
    for (const [name, pid] of Object.entries(this.pids)) this.c0[name] = cpuSecondsOf(pid);
  }

  /** Core shares per process name since start(), and "others" (machine minus these processes). */
  stop(): Record<string, number> {
    const seconds = (performance.now() - this.t0) / 1000;
    const out: Record<string, number> = {};
    let ours = 0;
    for (const [name, pid] of Object.entries(this.pids)) {
      const used = cpuSecondsOf(pid) - (this.c0[name] ?? 0);
      ours += used;
      out[name] = round(used / seconds, 2);
    }
    out.others = round(Math.max(0, machineBusySeconds() - this.m0 - ours) / seconds, 2);
    return out;
  }
}
