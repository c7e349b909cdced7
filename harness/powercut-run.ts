// Power cuts under load, end to end, shared by the npm test (a few cuts) and the fault suite (many): the real gateway
// process with its spool and state on a power-cut disk (powercut.ts), Debian's mosquitto as the core behind a TCP
// proxy, vending machines sending numbered QoS 1 sales. Each cut: kill -9 the gateway (the moment of the cut), cut the
// power (the disk forgets what was not durable), power back on, start the gateway again. Some cuts happen with the
// uplink down, so the acknowledged backlog exists only in the spool. Afterwards every acknowledged sale must reach the
// core, every restart must have succeeded, and hash.key must be the one made at the first start.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pb } from '../proto/index.ts';
import { listenCore } from './core-listener.ts';
import { startGateway, type GatewayFixture } from './gateway.ts';
import { startMosquitto } from './mosquitto.ts';
import { mountPowercut, type CutReport } from './powercut.ts';
import { SequentialDevice, saleBytes } from './sequential-device.ts';
import { startProxy } from './tcp-proxy.ts';
import { sleep } from './wait.ts';

export interface PowercutRunOptions {
  /** Scratch directory (the config lives here, outside the disk; the disk is dir/disk). */
  dir: string;
  cuts: number;
  devices?: number;
  /** QoS 1 messages each machine keeps in flight. */
  window?: number;
  /** Every n-th cut (the 2nd, 4th, ... for 2) happens while the uplink is cut. 0: never. */
  uplinkDownEvery?: number;
  /** Time under load before each cut, drawn between these bounds (ms). */
  loadMs?: [number, number];
  /** The disk ignores fsync: shows that the checks below see loss. */
  ignoreFsync?: boolean;
  seed?: number;
  /** How long to wait for the acknowledged sales at the core after the last cut (default 60 s). */
  deliverWaitMs?: number;
  /** Progress lines (the fault suite prints them). */
  log?: (line: string) => void;
}

export interface PowercutFigures {
  cuts: number;
  cutsWithUplinkDown: number;
  /** Sales the machines saw PUBACKed. */
  acknowledged: number;
  /** Of those, how many reached the core. */
  delivered: number;
  lost: number;
  lostExamples: string[];
  /** Restarts that did not reach "device broker listening" within 20 s (with the log tail). */
  restartFailures: string[];
  /** Restarts after which hash.key differed from the first one (or was missing). */
  hashKeyChanges: number;
  /** What the cuts did to the disk, summed. */
  disk: Pick<CutReport, 'lostEntries' | 'revivedEntries' | 'tornFiles' | 'tornBytesKept' | 'unsyncedBytesLost'>;
  seconds: number;
}

export async function runPowercuts(o: PowercutRunOptions): Promise<PowercutFigures> {
  const t0 = Date.now();
  const log = o.log ?? (() => undefined);
  let seed = o.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = (): number => {
    // mulberry32: the load times repeat with the seed.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  mkdirSync(join(o.dir, 'disk'), { recursive: true });
  const core = await startMosquitto();
  const listener = await listenCore(core.url, ['gov/v1/site/+/+/tx']);
  const proxy = await startProxy(core.port);
  const disk = await mountPowercut(join(o.dir, 'disk'), { ignoreFsync: o.ignoreFsync, seed: o.seed });
  // A fresh install: the gateway makes every level below the mount point itself.
  const spoolDir = join(disk.mount, 'var', 'lib', 'edge-gateway', 'spool');
  const ids = Array.from({ length: o.devices ?? 3 }, (_, i) => `vend-p${i + 1}`);
  const figures: PowercutFigures = {
    cuts: 0,
    cutsWithUplinkDown: 0,
    acknowledged: 0,
    delivered: 0,
    lost: 0,
    lostExamples: [],
    restartFailures: [],
    hashKeyChanges: 0,
    disk: { lostEntries: 0, revivedEntries: 0, tornFiles: 0, tornBytesKept: 0, unsyncedBytesLost: 0 },
    seconds: 0,
  };
  let gw: GatewayFixture | undefined;
  const sims: SequentialDevice[] = [];
  try {
    gw = await startGateway({
      dir: o.dir,
      coreUrl: `mqtt://127.0.0.1:${proxy.port}`,
      siteId: 'mo-powercut-01',
      devices: ids.map((id) => ({ id, kind: 'vending' as const, password: `pw-${id}` })),
      spool: { dir: spoolDir, segmentBytes: 256 * 1024 },
    });
    const keyFile = join(spoolDir, 'hash.key');
    const firstKey = readFileSync(keyFile, 'utf8');
    for (const id of ids) {
      sims.push(
        new SequentialDevice({
          url: gw.brokerUrl,
          deviceId: id,
          password: `pw-${id}`,
          window: o.window ?? 20,
          reconnectMs: 100,
          payload: (n) => saleBytes(id, n),
        }),
      );
    }
    for (const s of sims) s.sendUpTo(1e9);
    const [lo, hi] = o.loadMs ?? [500, 1500];
    for (let i = 0; i < o.cuts; i++) {
      const uplinkDown = (o.uplinkDownEvery ?? 0) > 0 && (i + 1) % o.uplinkDownEvery! === 0;
      if (uplinkDown) proxy.cut();
      else proxy.restore();
      await sleep(lo + random() * (hi - lo));
      gw.child.kill('SIGKILL');
      await gw.child.exited;
      const report = await disk.cut();
      figures.cuts++;
      if (uplinkDown) figures.cutsWithUplinkDown++;
      for (const k of Object.keys(figures.disk) as (keyof PowercutFigures['disk'])[]) figures.disk[k] += report[k];
      await disk.mountAgain();
      try {
        await gw.restart();
      } catch (e) {
        figures.restartFailures.push(`after cut ${i + 1}: ${(e as Error).message}\n${gw.child.tail(15)}`);
        break;
      }
      if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== firstKey) figures.hashKeyChanges++;
      const acked = sims.reduce((n, s) => n + s.acked.size, 0);
      log(
        `cut ${i + 1}/${o.cuts}${uplinkDown ? ' (uplink down)' : ''}: ${acked} acknowledged so far; ` +
          `disk lost ${report.lostEntries} entries, ${report.unsyncedBytesLost} unsynced bytes, ` +
          `${report.tornFiles} torn tails`,
      );
    }
    proxy.restore();
    if (figures.restartFailures.length === 0) {
      // Settle: no new sales; whatever was sent and not yet acknowledged is resent until it is.
      const limits = sims.map((s) => s.stopProducing());
      const settleBy = Date.now() + 60_000;
      while (Date.now() < settleBy && !sims.every((s, i) => s.acked.size === limits[i])) await sleep(100);
    }
    const acked = new Set(sims.flatMap((s) => [...s.acked].map((n) => `${s.deviceId}-${n}`)));
    figures.acknowledged = acked.size;
    const arrived = (): Set<string> => {
      const got = new Set<string>();
      for (const m of listener.messages) got.add(pb.Envelope.decode(m.payload).deviceTxId);
      return got;
    };
    const deliverBy = Date.now() + (o.deliverWaitMs ?? 60_000);
    let got = arrived();
    while (Date.now() < deliverBy && [...acked].some((id) => !got.has(id))) {
      await sleep(250);
      got = arrived();
    }
    const missing = [...acked].filter((id) => !got.has(id));
    figures.delivered = acked.size - missing.length;
    figures.lost = missing.length;
    figures.lostExamples = missing.slice(0, 5);
  } finally {
    for (const s of sims) await s.stop();
    await gw?.stop().catch(() => undefined);
    await disk.close();
    await proxy.close();
    await listener.close();
    await core.stop();
  }
  figures.seconds = Math.round((Date.now() - t0) / 100) / 10;
  return figures;
}
