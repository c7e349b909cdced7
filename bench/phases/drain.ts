// Figure 3: drain rate of a backlog. The gateway reaches the core through a TCP proxy; the proxy cuts it off, the devices
// publish N messages (every one PUBACKed, so durable), the proxy lets the gateway back, and the clock runs from that
// moment until the N-th message arrives at the core subscriber (which is connected to mosquitto directly throughout).
// The gateway's reconnect delay is part of that time (its config caps it at 100 ms); the rate between the first and the
// last arrival is reported too. The fill rate with the core away is the gateway's durable ingest rate on its own.
import { Load } from '../load.ts';
import { CpuMeter } from '../proc-stats.ts';
import { progress } from '../progress.ts';
import type { Rig } from '../rig.ts';
import { sleep } from '../../harness/wait.ts';
import { round } from '../stats.ts';

export interface DrainRun {
  messages: number;
  /** N / (last arrival - core back). */
  drainRate: number;
  /** N / (last arrival - first arrival). */
  steadyRate: number;
  reconnectMs: number;
  drainS: number;
  /** Publishing with the core cut off: PUBACKs per second. */
  fillRate: number;
  leakedDuringCut: number;
  missing: number;
  duplicates: number;
  outOfOrder: number;
  replayedFlagged: number;
  cpu: Record<string, number>;
  gatewayPeakRssMb: number;
}

export async function drainRun(rig: Rig, name: string, opts: { messages: number; nodeArgs?: string[] }): Promise<DrainRun> {
  const proxy = await rig.startProxy();
  const { gw, brokerUrl } = await rig.startGateway(rig.spoolDir(name), { proxy, nodeArgs: opts.nodeArgs });
  const fleet = await rig.connectFleet(brokerUrl);
  try {
    const tag = rig.nextTag();
    rig.sink.track(tag);
    const cutAt = performance.now();
    proxy.cut();
    await gw.waitForLog('core connection lost', 10_000, cutAt);
    const load = new Load(fleet, tag, rig.opts.window);
    const f0 = performance.now();
    const tick = setInterval(() => progress(`  ${name}: ${load.acked} of ${opts.messages} PUBACKed with the core cut off`), 5000);
    await load.burst(opts.messages).finally(() => clearInterval(tick));
    const fillMs = performance.now() - f0;
    await sleep(300);
    const leaked = rig.sink.received;
    const cpu = new CpuMeter({ gateway: gw.pid, core: rig.core.pid, bench: process.pid });
    cpu.start();
    const back = performance.now();
    proxy.restore();
    await rig.sink.waitForCount(load.acked, Math.max(60_000, opts.messages), (n) => progress(`  ${name}: ${n} of ${load.acked} drained`));
    const usage = cpu.stop();
    await sleep(200);
    const drainMs = rig.sink.lastAt - back;
    const run: DrainRun = {
      messages: load.acked,
      drainRate: Math.round((load.acked / drainMs) * 1000),
      steadyRate: Math.round((load.acked / (rig.sink.lastAt - rig.sink.firstAt)) * 1000),
      reconnectMs: round(rig.sink.firstAt - back, 1),
      drainS: round(drainMs / 1000, 2),
      fillRate: Math.round((load.acked / fillMs) * 1000),
      leakedDuringCut: leaked,
      missing: load.acked - rig.sink.received,
      duplicates: rig.sink.duplicates,
      outOfOrder: rig.sink.outOfOrder,
      replayedFlagged: rig.sink.replayed,
      cpu: usage,
      gatewayPeakRssMb: round(gw.memory()?.hwmMb ?? NaN, 1),
    };
    progress(
      `  ${name}: ${run.messages} drained in ${run.drainS} s = ${run.drainRate} msg/s (first after ` +
        `${run.reconnectMs} ms); filled at ${run.fillRate} msg/s; cpu ${JSON.stringify(usage)}`,
    );
    return run;
  } finally {
    await fleet.close();
    await gw.stop();
    await proxy.close();
    rig.removeDir(name);
  }
}
