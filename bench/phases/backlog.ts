// Figures 4 and 5, on one spool that grows: RSS of the gateway idle and with a large backlog, then start-up time over a
// spool of ~1 GB.
//   1. A gateway behind a cut-off core: RSS idle (devices connected, nothing sent), then devices publish the backlog
//      through it (the honest way: every message is validated, enveloped, fsynced and PUBACKed), within a time budget;
//      whatever was PUBACKed when the budget ran out is the count printed next to the RSS.
//   2. The gateway is stopped; bench/fill-spool.ts tops the same directory up to the target size with the spool's own
//      code (no MQTT hop), in a process of its own.
//   3. The gateway is started over it and timed from spawn to "device broker listening" (and to "spool open"), with the
//      spool files in the page cache ("warm") and after dropping them from it with dd iflag=nocache ("cold", as after a
//      reboot; node and node_modules stay cached). An empty spool is timed too, as the floor.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { trackChild, untrackChild } from '../../harness/child-reaper.ts';
import { codePath, GatewayProcess, writeGatewayConfig } from '../gateway-process.ts';
import { Load } from '../load.ts';
import { progress } from '../progress.ts';
import { SITE_ID, type Rig } from '../rig.ts';
import { sleep } from '../../harness/wait.ts';
import { round } from '../stats.ts';

export interface StartupRun {
  cache: 'warm' | 'cold' | 'empty';
  toSpoolOpenS: number;
  toListeningS: number;
  rssAfterMb: number;
  backlog: number;
}

export interface BacklogResult {
  idleRssMb: number;
  target: number;
  spooled: number;
  fillS: number;
  fillRate: number;
  /** RSS right after the last PUBACK, 2 s later, and the peak (VmHWM) over the fill. */
  rssFullMb: number;
  rssSettledMb: number;
  peakRssMb: number;
  stopS: number;
  spoolBytesAfterFill: number;
  topUp?: { appended: number; diskBytes: number; ms: number; rate: number };
  startupBytes: number;
  startupRecords: number;
  startups: StartupRun[];
  notes: string[];
}

export async function backlogPhase(
  rig: Rig,
  opts: { messages: number; fillBudgetMs: number; startupBytes: number; startupRuns: number; deadline: number },
): Promise<BacklogResult> {
  const notes: string[] = [];
  const spoolDir = rig.spoolDir('backlog');
  const proxy = await rig.startProxy();
  try {
    // 1. idle, then the backlog through the gateway
    const { gw, brokerUrl } = await rig.startGateway(spoolDir, { proxy });
    const fleet = await rig.connectFleet(brokerUrl);
    let result: Omit<BacklogResult, 'startups' | 'startupBytes' | 'startupRecords' | 'notes' | 'topUp'>;
    let stopMs = 0;
    try {
      await sleep(2000);
      const idleRssMb = round(gw.memory()?.rssMb ?? NaN, 1);
      progress(`  backlog: gateway idle RSS ${idleRssMb} MiB`);
      const cutAt = performance.now();
      proxy.cut();
      await gw.waitForLog('core connection lost', 10_000, cutAt);
      const load = new Load(fleet, rig.nextTag(), rig.opts.window);
      const t0 = performance.now();
      const budget = setTimeout(() => load.stop(), opts.fillBudgetMs);
      let last = { t: t0, n: 0 };
      const tick = setInterval(() => {
        const now = performance.now();
        const rate = Math.round(((load.acked - last.n) / (now - last.t)) * 1000);
        last = { t: now, n: load.acked };
        progress(
          `  backlog: ${load.acked} of ${opts.messages} spooled (${rate} msg/s now), gateway RSS ${round(gw.memory()?.rssMb ?? NaN, 0)} MiB`,
        );
      }, 10_000);
      await load.burst(opts.messages).finally(() => {
        clearTimeout(budget);
        clearInterval(tick);
      });
      const fillS = (performance.now() - t0) / 1000;
      const rssFullMb = round(gw.memory()?.rssMb ?? NaN, 1);
      await sleep(2000);
      const mem = gw.memory();
      if (load.acked < opts.messages) {
        notes.push(
          `RSS backlog: only ${load.acked} of ${opts.messages} messages could be published through the ` +
            `gateway within the ${opts.fillBudgetMs / 1000} s budget`,
        );
      }
      result = {
        idleRssMb,
        target: opts.messages,
        spooled: load.acked,
        fillS: round(fillS, 1),
        fillRate: Math.round(load.acked / fillS),
        rssFullMb,
        rssSettledMb: round(mem?.rssMb ?? NaN, 1),
        peakRssMb: round(mem?.hwmMb ?? NaN, 1),
        stopS: 0,
        spoolBytesAfterFill: 0,
      };
      progress(
        `  backlog: ${load.acked} spooled in ${result.fillS} s (${result.fillRate} msg/s); RSS ` +
          `${rssFullMb} MiB, 2 s later ${result.rssSettledMb} MiB, peak ${result.peakRssMb} MiB`,
      );
    } finally {
      await fleet.close();
      stopMs = await gw.stop(60_000);
      progress(`  backlog: gateway stopped in ${round(stopMs / 1000, 2)} s`);
    }
    result.stopS = round(stopMs / 1000, 2);
    result.spoolBytesAfterFill = dirBytes(spoolDir);

    if (opts.startupBytes === 0) return { ...result, startupBytes: 0, startupRecords: 0, startups: [], notes };

    // 2. top up to the start-up size with the spool's own code
    let topUp: BacklogResult['topUp'];
    if (result.spoolBytesAfterFill < opts.startupBytes) {
      progress(
        `  backlog: topping the spool up from ${mib(result.spoolBytesAfterFill)} to ${mib(opts.startupBytes)} with bench/fill-spool.ts`,
      );
      topUp = await topUpSpool(
        spoolDir,
        rig.devices.map((d) => d.id),
        rig.nextTag(),
        opts.startupBytes,
        Math.max(30_000, opts.deadline - performance.now() - 120_000),
      );
      progress(`  backlog: +${topUp.appended} records at ${topUp.rate} records/s`);
    }
    const startupBytes = dirBytes(spoolDir);

    // 3. start-up over it: warm, cold, and an empty spool as the floor
    const startups: StartupRun[] = [];
    const timeLeft = (): number => opts.deadline - performance.now();
    const first = await timeStartup(rig, spoolDir, proxy.port, 'warm', timeLeft());
    startups.push(first);
    const startupRecords = first.backlog;
    const cheap = first.toListeningS < 20;
    if (!cheap && opts.startupRuns > 1)
      notes.push(`start-up took ${first.toListeningS} s, so it was run once warm and once cold instead of ${opts.startupRuns} times each`);
    for (let i = 1; i < (cheap ? opts.startupRuns : 1); i++)
      startups.push(await timeStartup(rig, spoolDir, proxy.port, 'warm', timeLeft()));
    for (let i = 0; i < (cheap ? opts.startupRuns : 1); i++) {
      if (timeLeft() < first.toListeningS * 1000 * 1.5 + 30_000) {
        notes.push('cold start-up skipped: not enough time left before the bench deadline');
        break;
      }
      dropFromPageCache(spoolDir);
      startups.push(await timeStartup(rig, spoolDir, proxy.port, 'cold', timeLeft()));
    }
    const emptyDir = rig.spoolDir('empty-spool');
    for (let i = 0; i < opts.startupRuns; i++) startups.push(await timeStartup(rig, emptyDir, proxy.port, 'empty', timeLeft()));
    return { ...result, topUp, startupBytes, startupRecords, startups, notes };
  } finally {
    await proxy.close();
    rig.removeDir('backlog');
    rig.removeDir('empty-spool');
  }
}

async function timeStartup(
  rig: Rig,
  spoolDir: string,
  proxyPort: number,
  cache: StartupRun['cache'],
  timeLeftMs: number,
): Promise<StartupRun> {
  const file = await writeGatewayConfig({
    dir: rig.dir,
    siteId: SITE_ID,
    coreUrl: `mqtt://127.0.0.1:${proxyPort}`,
    devices: rig.devices,
    spoolDir,
  });
  const gw = new GatewayProcess(file, rig.opts.gatewayNodeArgs);
  try {
    const bound = Math.max(10_000, Math.min(timeLeftMs - 30_000, 600_000));
    const tick = setInterval(
      () =>
        progress(
          `  start-up (${cache}): still opening the spool after ` +
            `${round((performance.now() - gw.spawnedAt) / 1000, 0)} s, RSS ` +
            `${round(gw.memory()?.rssMb ?? NaN, 0)} MiB`,
        ),
      15_000,
    );
    const opened = await gw.waitForLog('spool open', bound).finally(() => clearInterval(tick));
    const listening = await gw.waitForLog('device broker listening', bound);
    await sleep(1000);
    const run: StartupRun = {
      cache,
      toSpoolOpenS: round((opened.at - gw.spawnedAt) / 1000, 2),
      toListeningS: round((listening.at - gw.spawnedAt) / 1000, 2),
      rssAfterMb: round(gw.memory()?.rssMb ?? NaN, 1),
      backlog: Number(opened.log.backlog ?? NaN),
    };
    progress(
      `  start-up (${cache}, backlog ${run.backlog}): spool open after ${run.toSpoolOpenS} s, ` +
        `listening after ${run.toListeningS} s; RSS ${run.rssAfterMb} MiB`,
    );
    return run;
  } finally {
    await gw.stop(60_000);
  }
}

function segmentFiles(dir: string): string[] {
  const out: string[] = [];
  for (const cls of ['tx', 'telemetry', 'state']) {
    try {
      for (const f of readdirSync(join(dir, cls))) if (f.endsWith('.seg')) out.push(join(dir, cls, f));
    } catch {
      // class directory not created
    }
  }
  return out;
}

function dirBytes(dir: string): number {
  return segmentFiles(dir).reduce((n, f) => n + statSync(f).size, 0);
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MiB`;
}

/** Asks the kernel to drop these files' pages from the page cache (POSIX_FADV_DONTNEED through GNU dd); they are clean (fsynced). */
function dropFromPageCache(dir: string): void {
  for (const f of segmentFiles(dir)) execFileSync('dd', [`if=${f}`, 'iflag=nocache', 'count=0', 'status=none']);
}

function topUpSpool(
  dir: string,
  devices: string[],
  tag: string,
  targetBytes: number,
  budgetMs: number,
): Promise<NonNullable<BacklogResult['topUp']>> {
  const args = JSON.stringify({ dir, siteId: SITE_ID, devices, tag, targetBytes, budgetMs });
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), codePath('bench', 'fill-spool.ts'), args], {
    cwd: codePath(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('could not spawn bench/fill-spool.ts');
  const pid = child.pid;
  trackChild(pid);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    out += c;
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    err += c;
    for (const line of c.split('\n')) if (line.trim()) progress(`  ${line.trim()}`);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), budgetMs + 60_000);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      clearTimeout(timer);
      untrackChild(pid);
      if (code !== 0) return reject(new Error(`fill-spool exited with ${code}:\n${err.slice(-2000)}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as NonNullable<BacklogResult['topUp']>);
      } catch (e) {
        reject(new Error(`fill-spool: unreadable result "${out}": ${(e as Error).message}`));
      }
    });
  });
}
