// One run of the side-by-side bench against one site (gateway or mosquitto bridge), in three parts, each on a fresh
// site and a fresh proxy: steady state (idle RSS, flood msg/s, latency at a steady rate), a core outage (backlog of N
// PUBACKed messages, RSS with it, drain after the core returns, what never arrived), and a kill -9 of the site during
// an outage (what never arrived after it restarted on its own state). Counting is always against device PUBACKs.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startProxy } from '../harness/tcp-proxy.ts';
import type { CompareSink } from './compare-sink.ts';
import { startSite, type Site, type TargetName } from './compare-sites.ts';
import type { BenchDevice } from './gateway-process.ts';
import { latencies } from './latency.ts';
import { Fleet, Load } from './load.ts';
import { CpuMeter, cpuSecondsOf, memoryOf } from './proc-stats.ts';
import { progress } from './progress.ts';
import { sleep } from '../harness/wait.ts';
import { round } from './stats.ts';

export interface PhaseEnv {
  dir: string;
  siteId: string;
  corePort: number;
  sink: CompareSink;
  devices: BenchDevice[];
  window: number;
  /** The core mosquitto, so that "other processes" in the CPU figures means what is neither bench, core nor site. */
  corePid: number;
  /** Pinned runs: the site's one core (bench/pinning.ts); undefined: the site shares every core with the rest. */
  cpu?: number | undefined;
  nextTag(): string;
}

export interface PhaseOptions {
  floodWarmupMs: number;
  floodMs: number;
  rate: number;
  paceWarmupMs: number;
  paceMs: number;
  backlog: number;
  killBacklog: number;
  /** After the steady part, the gateway left idle (devices connected) this long before its RSS is read again; 0: not. */
  settleIdleMs: number;
}

export interface RunFigures {
  throughput?: number;
  ackRate?: number;
  /**
   * CPU time of the site process (utime + stime from /proc/PID/stat, all threads, children excluded) per message that
   * arrived at the core over the same window, in microseconds: the flood's measured window, the steady rate's measured
   * window, and the drain (core back -> last arrival).
   */
  cpuUsFlood?: number;
  cpuUsSteady?: number;
  cpuUsDrain?: number;
  /** Cores busy during the flood's measured window: the site, and processes that are neither bench, core nor site. */
  siteCoresFlood?: number;
  othersCoresFlood?: number;
  floodMissing?: number;
  p50?: number;
  p99?: number;
  latencyMissing?: number;
  rssIdleMb?: number;
  /** RSS after `settleIdleMs` more of idling once the steady part is over: what `ps` shows on a quiet site. */
  rssSettledMb?: number;
  rssBacklogMb?: number;
  backlogAcked?: number;
  drainRate?: number;
  drainFromFirstRate?: number;
  reconnectMs?: number;
  drainS?: number;
  outageDelivered?: number;
  outageLost?: number;
  killAcked?: number;
  killDelivered?: number;
  killLost?: number;
  duplicates: number;
}

async function withSite<T>(
  env: PhaseEnv,
  target: TargetName,
  name: string,
  f: (site: Site, cut: () => Promise<void>, restore: () => void) => Promise<T>,
): Promise<T> {
  const dir = join(env.dir, name);
  mkdirSync(dir, { recursive: true });
  const proxy = await startProxy(env.corePort);
  let site: Site | undefined;
  try {
    site = await startSite(target, { dir, siteId: env.siteId, proxyPort: proxy.port, devices: env.devices, cpu: env.cpu });
    const s = site;
    const cut = async (): Promise<void> => {
      const at = performance.now();
      proxy.cut();
      await s.uplinkLost(at);
    };
    return await f(s, cut, () => proxy.restore());
  } finally {
    await site?.stop().catch(() => undefined);
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function steady(env: PhaseEnv, target: TargetName, o: PhaseOptions, fig: RunFigures, label: string): Promise<void> {
  await withSite(env, target, `${target}-steady`, async (site) => {
    const fleet = await Fleet.connect(site.brokerUrl, env.devices);
    try {
      await sleep(2000);
      fig.rssIdleMb = round(memoryOf(site.pid())?.rssMb ?? NaN, 1);
      let tag = env.nextTag();
      env.sink.track(tag);
      let load = new Load(fleet, tag, env.window);
      const flooding = load.flood(o.floodWarmupMs + o.floodMs);
      await sleep(o.floodWarmupMs);
      const meter = new CpuMeter({ site: site.pid(), bench: process.pid, core: env.corePid });
      meter.start();
      const t0 = performance.now(),
        r0 = env.sink.received,
        a0 = load.acked,
        c0 = cpuSecondsOf(site.pid());
      await sleep(o.floodMs);
      const s = (performance.now() - t0) / 1000;
      fig.cpuUsFlood = perMessageUs(cpuSecondsOf(site.pid()) - c0, env.sink.received - r0);
      const cores = meter.stop();
      fig.siteCoresFlood = cores.site;
      fig.othersCoresFlood = cores.others;
      fig.throughput = Math.round((env.sink.received - r0) / s);
      fig.ackRate = Math.round((load.acked - a0) / s);
      await flooding;
      await env.sink.settle(load.acked, { idleMs: 3000, firstMs: 5000, maxMs: 60_000 });
      fig.floodMissing = load.acked - env.sink.received;
      fig.duplicates += env.sink.duplicates;
      progress(
        `  ${label}: flood ${fig.throughput} msg/s at the core (${fig.ackRate} PUBACKed/s), ` +
          `${fig.floodMissing} acked but never arrived; idle RSS ${fig.rssIdleMb} MiB; site CPU ` +
          `${fig.cpuUsFlood} us/msg (${fig.siteCoresFlood} cores, others ${fig.othersCoresFlood})`,
      );

      tag = env.nextTag();
      env.sink.track(tag);
      load = new Load(fleet, tag, env.window);
      await load.paced(o.rate, o.paceWarmupMs);
      const i0 = load.next;
      const pr0 = env.sink.received,
        pc0 = cpuSecondsOf(site.pid());
      await load.paced(o.rate, o.paceMs);
      fig.cpuUsSteady = perMessageUs(cpuSecondsOf(site.pid()) - pc0, env.sink.received - pr0);
      const i1 = load.next;
      await env.sink.settle(load.acked, { idleMs: 3000, firstMs: 5000, maxMs: 30_000 });
      const l = latencies(load, env.sink, i0, i1).endToEnd;
      fig.p50 = l.p50;
      fig.p99 = l.p99;
      fig.latencyMissing = load.acked - env.sink.received;
      fig.duplicates += env.sink.duplicates;
      if (o.settleIdleMs > 0 && target === 'gateway') {
        // V8's memory reducer gives back the young generation grown during start-up and load only after a quiet while.
        await sleep(o.settleIdleMs);
        fig.rssSettledMb = round(memoryOf(site.pid())?.rssMb ?? NaN, 1);
        progress(`  ${label}: RSS after ${o.settleIdleMs / 1000} s idle: ${fig.rssSettledMb} MiB`);
      }
      progress(
        `  ${label}: at ${o.rate} msg/s p50 ${l.p50} ms p99 ${l.p99} ms over ${l.count} messages; site CPU ${fig.cpuUsSteady} us/msg`,
      );
    } finally {
      await fleet.close();
    }
  });
}

async function outage(env: PhaseEnv, target: TargetName, o: PhaseOptions, fig: RunFigures, label: string): Promise<void> {
  await withSite(env, target, `${target}-outage`, async (site, cut, restore) => {
    const fleet = await Fleet.connect(site.brokerUrl, env.devices);
    try {
      const tag = env.nextTag();
      env.sink.track(tag);
      await cut();
      const load = new Load(fleet, tag, env.window);
      const tick = setInterval(() => progress(`  ${label}: ${load.acked} of ${o.backlog} PUBACKed with the core away`), 5000);
      await load.burst(o.backlog).finally(() => clearInterval(tick));
      await sleep(500);
      fig.backlogAcked = load.acked;
      fig.rssBacklogMb = round(memoryOf(site.pid())?.rssMb ?? NaN, 1);
      const leaked = env.sink.received;
      const back = performance.now();
      const dc0 = cpuSecondsOf(site.pid());
      restore();
      await env.sink.settle(load.acked, { idleMs: 5000, firstMs: 15_000, maxMs: 240_000 }, (n) =>
        progress(`  ${label}: ${n} of ${load.acked} drained`),
      );
      const dc1 = cpuSecondsOf(site.pid());
      const got = env.sink.received;
      // Includes the idle wait of a site that stopped short of the backlog (settle's idleMs): a few ms of CPU at most.
      fig.cpuUsDrain = got > 0.99 * load.acked ? perMessageUs(dc1 - dc0, got - leaked) : NaN;
      fig.outageDelivered = got;
      fig.outageLost = load.acked - got;
      fig.duplicates += env.sink.duplicates;
      // A drain rate only means something when the backlog was there to drain.
      const drainMs = env.sink.lastAt - back;
      fig.drainS = round(drainMs / 1000, 2);
      const whole = got >= 0.99 * load.acked;
      fig.drainRate = whole ? Math.round((got / drainMs) * 1000) : NaN;
      fig.drainFromFirstRate = whole ? Math.round((got / (env.sink.lastAt - env.sink.firstAt)) * 1000) : NaN;
      fig.reconnectMs = got > 0 ? Math.round(env.sink.firstAt - back) : NaN;
      progress(
        `  ${label}: outage: ${load.acked} PUBACKed (${leaked} leaked through the cut), ${got} arrived ` +
          `in ${fig.drainS} s, lost ${fig.outageLost}; RSS with backlog ${fig.rssBacklogMb} MiB; site CPU ` +
          `${fig.cpuUsDrain} us/msg draining`,
      );
    } finally {
      await fleet.close();
    }
  });
}

async function crash(env: PhaseEnv, target: TargetName, o: PhaseOptions, fig: RunFigures, label: string): Promise<void> {
  await withSite(env, target, `${target}-kill`, async (site, cut, restore) => {
    const fleet = await Fleet.connect(site.brokerUrl, env.devices);
    const tag = env.nextTag();
    env.sink.track(tag);
    await cut();
    const load = new Load(fleet, tag, env.window);
    await load.burst(o.killBacklog).finally(() => fleet.close());
    await sleep(200);
    await site.crashAndRestart();
    restore();
    await env.sink.settle(load.acked, { idleMs: 5000, firstMs: 8000, maxMs: 120_000 });
    fig.killAcked = load.acked;
    fig.killDelivered = env.sink.received;
    fig.killLost = load.acked - env.sink.received;
    fig.duplicates += env.sink.duplicates;
    progress(
      `  ${label}: kill -9 during an outage: ${load.acked} PUBACKed, ${fig.killDelivered} arrived after restart, lost ${fig.killLost}`,
    );
  });
}

/** CPU seconds per message as microseconds, one decimal; NaN when nothing arrived. */
function perMessageUs(cpuSeconds: number, messages: number): number {
  return messages > 0 ? round((cpuSeconds * 1e6) / messages, 1) : NaN;
}

export type Part = 'steady' | 'outage' | 'kill';

export async function compareRun(env: PhaseEnv, target: TargetName, o: PhaseOptions, parts: Part[], label: string): Promise<RunFigures> {
  const fig: RunFigures = { duplicates: 0 };
  if (parts.includes('steady')) await steady(env, target, o, fig, label);
  if (parts.includes('outage')) await outage(env, target, o, fig, label);
  if (parts.includes('kill')) await crash(env, target, o, fig, label);
  return fig;
}
