// Figure 2: end-to-end latency at a steady 1,000 msg/s (round-robin over the devices, 1 ms pacing timer). Latency is
// publish -> arrival at the core subscriber; the latency from the schedule and the PUBACK latency are kept too.
import { latencies, type WindowLatencies } from '../latency.ts';
import { Load } from '../load.ts';
import { CpuMeter } from '../proc-stats.ts';
import { progress } from '../progress.ts';
import type { Rig } from '../rig.ts';
import { round } from '../stats.ts';

export interface LatencyRun {
  rate: number;
  achievedRate: number;
  messages: number;
  missing: number;
  duplicates: number;
  outOfOrder: number;
  latency: WindowLatencies;
  cpu: Record<string, number>;
}

export async function latencyRun(
  rig: Rig,
  name: string,
  opts: { rate: number; warmupMs: number; durationMs: number },
): Promise<LatencyRun> {
  const { gw, brokerUrl } = await rig.startGateway(rig.spoolDir(name));
  const fleet = await rig.connectFleet(brokerUrl);
  try {
    const tag = rig.nextTag();
    rig.sink.track(tag);
    const load = new Load(fleet, tag, rig.opts.window);
    // Warm-up at the same rate (JIT, connections, first segment), then the measured window on the same connections.
    await load.paced(opts.rate, opts.warmupMs);
    const i0 = load.next;
    const cpu = new CpuMeter({ gateway: gw.pid, core: rig.core.pid, bench: process.pid });
    cpu.start();
    const t0 = performance.now();
    await load.paced(opts.rate, opts.durationMs);
    const t1 = performance.now();
    const usage = cpu.stop();
    const i1 = load.next;
    await rig.sink.waitForCount(load.acked, 60_000);
    const run: LatencyRun = {
      rate: opts.rate,
      achievedRate: Math.round(((i1 - i0) / (t1 - t0)) * 1000),
      messages: i1 - i0,
      missing: load.acked - rig.sink.received,
      duplicates: rig.sink.duplicates,
      outOfOrder: rig.sink.outOfOrder,
      latency: latencies(load, rig.sink, i0, i1),
      cpu: usage,
    };
    const l = run.latency.endToEnd;
    progress(
      `  ${name}: p50 ${round(l.p50, 2)} ms, p99 ${round(l.p99, 2)} ms, max ${round(l.max, 1)} ms ` +
        `over ${l.count} messages; PUBACK p99 ${run.latency.puback.p99} ms; cpu ${JSON.stringify(usage)}`,
    );
    return run;
  } finally {
    await fleet.close();
    await gw.stop();
    rig.removeDir(name);
  }
}
