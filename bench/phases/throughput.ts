// Figure 1: durable end-to-end msg/s. Every device publishes as fast as its window allows; messages are counted as they
// arrive at the core subscriber, over a measuring window that starts after a warm-up. The device-side PUBACK rate (what
// the gateway made durable) is reported next to it: when it is higher, the uplink is what limits, and the spool grows.
import { latencies, type WindowLatencies } from '../latency.ts';
import { Load } from '../load.ts';
import { CpuMeter } from '../proc-stats.ts';
import { progress } from '../progress.ts';
import type { Rig } from '../rig.ts';
import { sleep } from '../../harness/wait.ts';
import { round } from '../stats.ts';

export interface ThroughputRun {
  coreRate: number;
  ackRate: number;
  measuredS: number;
  published: number;
  missing: number;
  duplicates: number;
  outOfOrder: number;
  /** Acknowledged but not yet at the core when the window closed: the spool's backlog then. */
  backlogAtEnd: number;
  latency: WindowLatencies;
  cpu: Record<string, number>;
  gatewayPeakRssMb: number;
}

export async function throughputRun(
  rig: Rig,
  name: string,
  opts: { warmupMs: number; durationMs: number; nodeArgs?: string[] },
): Promise<ThroughputRun> {
  const { gw, brokerUrl } = await rig.startGateway(rig.spoolDir(name), { nodeArgs: opts.nodeArgs });
  const fleet = await rig.connectFleet(brokerUrl);
  try {
    const tag = rig.nextTag();
    rig.sink.track(tag);
    const load = new Load(fleet, tag, rig.opts.window);
    const cpu = new CpuMeter({ gateway: gw.pid, core: rig.core.pid, bench: process.pid });
    const flooding = load.flood(opts.warmupMs + opts.durationMs);
    await sleep(opts.warmupMs);
    const t0 = performance.now(),
      a0 = load.acked,
      r0 = rig.sink.received,
      i0 = load.next;
    cpu.start();
    await sleep(opts.durationMs);
    const t1 = performance.now(),
      a1 = load.acked,
      r1 = rig.sink.received,
      i1 = load.next;
    const usage = cpu.stop();
    await flooding;
    await rig.sink.waitForCount(load.acked, 120_000, (n) => progress(`  ${name}: ${n} of ${load.acked} at the core`));
    await sleep(200); // late duplicates, if any, would arrive now
    const seconds = (t1 - t0) / 1000;
    const run: ThroughputRun = {
      coreRate: Math.round((r1 - r0) / seconds),
      ackRate: Math.round((a1 - a0) / seconds),
      measuredS: round(seconds, 2),
      published: load.next,
      missing: load.acked - rig.sink.received,
      duplicates: rig.sink.duplicates,
      outOfOrder: rig.sink.outOfOrder,
      backlogAtEnd: a1 - r1,
      latency: latencies(load, rig.sink, i0, i1),
      cpu: usage,
      gatewayPeakRssMb: round(gw.memory()?.hwmMb ?? NaN, 1),
    };
    progress(`  ${name}: ${run.coreRate} msg/s at the core, ${run.ackRate} msg/s PUBACKed; cpu ${JSON.stringify(usage)}`);
    return run;
  } finally {
    await fleet.close();
    await gw.stop();
    rig.removeDir(name);
  }
}
