// Start-up over a full spool (issue 17: machines can connect within 1 s over 1 GiB). Fills a spool directory to a size
// with the gateway's own code (bench/fill-spool.ts, in a process of its own), then times, each in a fresh process:
//   - Spool.start() from the segment summaries (the newest segment scanned), the first read after it (which waits for
//     the oldest segment's background verification) and the whole background verification of the tx class;
//   - Spool.start() with the summaries moved away: every segment scanned, as every start did before the summaries;
//   - Spool.start() with the newest segment's summaries moved away, as after a crash (that segment is scanned);
//   - the built gateway (dist/, as systemd runs it) from spawn to "spool open" and "device broker listening", with the
//     core unreachable (start-up does not wait for it), and its RSS a second later: after a clean stop, as after a
//     crash, and over an empty spool (the floor: node, the bundle, the config).
// Figures on stdout as a table, and as JSON with --json. Warm page cache (the files were just written or read).
//   node --import tsx bench/spool-start.ts [--mb 1024] [--dir DIR (kept; reused when already full)] [--json]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { freePort } from '../harness/ports.ts';
import { trackChild, untrackChild } from '../harness/child-reaper.ts';
import { configSchema } from '../gateway/config/schema.ts';
import { ClassLog } from '../gateway/spool/class-log.ts';
import { Spool } from '../gateway/spool/spool.ts';
import { GatewayProcess, writeGatewayConfig } from './gateway-process.ts';
import { progress } from './progress.ts';
import { round } from './stats.ts';

const SITE_ID = 'bench-site';
const DEVICES = Array.from({ length: 8 }, (_, i) => ({ id: `vend-0${i + 1}`, password: `pw-${i + 1}-long-enough` }));
const CLASSES = ['tx', 'telemetry', 'state'];
/** The shipped spool.segmentBytes, as fill-spool.ts and the gateway use it. */
const SEGMENT_BYTES = configSchema.properties.spool.properties.segmentBytes.default;
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

/** In a child process: one Spool.start() over `dir`, the first read after it, and the tx class's background verification. */
async function timeSpoolHere(dir: string): Promise<void> {
  const spool = new Spool({ dir, maxBytes: 64 * 1024 ** 3, segmentBytes: SEGMENT_BYTES, telemetryTtlMs: 86_400_000, dedupWindow: 100_000 });
  const startedAt = performance.now();
  spool.start();
  const startMs = performance.now() - startedAt;
  const backlog = spool.stats().depth;
  const readAt = performance.now();
  const first = await spool.read(100);
  const firstReadMs = performance.now() - readAt;
  await spool.stop();
  // The background check of every sealed tx segment, timed on the class log alone (the spool does it per class).
  const log = new ClassLog(dir, 'tx', SEGMENT_BYTES, {}, { recoverKeys: 100_000 });
  const openedAt = performance.now();
  log.open(0);
  const openMs = performance.now() - openedAt;
  for (let waited = 0; !log.verified && waited < 600_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  const verifyMs = performance.now() - openedAt - openMs;
  await log.close();
  process.stdout.write(`${JSON.stringify({ startMs, backlog, firstReadMs, firstRecords: first.length, verifyMs })}\n`);
}

function timeSpool(dir: string): { startMs: number; backlog: number; firstReadMs: number; firstRecords: number; verifyMs: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function spoolBytes(dir: string): { bytes: number; segments: number; summaries: number } {
  let bytes = 0;
  let segments = 0;
  let summaries = 0;
  for (const cls of CLASSES) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, cls));
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.endsWith('.seg')) {
        bytes += statSync(join(dir, cls, name)).size;
        segments++;
      } else if (name.endsWith('.sum')) summaries++;
    }
  }
  return { bytes, segments, summaries };
}

async function fill(dir: string, targetBytes: number): Promise<void> {
  const fillArgs = JSON.stringify({
    dir,
    siteId: SITE_ID,
    devices: DEVICES.map((d) => d.id),
    tag: 'st1',
    targetBytes,
    budgetMs: 1_800_000,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fill-spool.ts'), fillArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  trackChild(child.pid!);
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  untrackChild(child.pid!);
  if (code !== 0) throw new Error(`fill-spool exited with ${code}`);
  progress(`spool-start: filled: ${out.trim()}`);
}

/**
 * Moves summaries aside (and back): all of them (a start then scans every segment, as before summaries existed), or the
 * newest segment's of each class only (as after a crash: that one is scanned).
 */
function moveSummaries(dir: string, away: boolean, newestOnly = false): void {
  for (const cls of CLASSES) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, cls)).sort();
    } catch {
      continue;
    }
    const newest = names
      .filter((n) => n.endsWith('.seg'))
      .at(-1)
      ?.replace('.seg', '.sum');
    for (const name of names) {
      if (away && name.endsWith('.sum') && (!newestOnly || name === newest))
        renameSync(join(dir, cls, name), join(dir, cls, `${name}.aside`));
      if (!away && name.endsWith('.sum.aside')) renameSync(join(dir, cls, name), join(dir, cls, name.slice(0, -'.aside'.length)));
    }
  }
}

async function timeGateway(dir: string, spoolDir: string) {
  const file = await writeGatewayConfig({
    dir,
    siteId: SITE_ID,
    coreUrl: `mqtt://127.0.0.1:${await freePort()}`,
    devices: DEVICES,
    spoolDir,
  });
  const gateway = new GatewayProcess(file);
  try {
    const opened = await gateway.waitForLog('spool open', 600_000);
    const listening = await gateway.waitForLog('device broker listening', 600_000);
    await new Promise((r) => setTimeout(r, 1000));
    return {
      toSpoolOpenS: round((opened.at - gateway.spawnedAt) / 1000, 2),
      toListeningS: round((listening.at - gateway.spawnedAt) / 1000, 2),
      rssAfterMiB: round(gateway.memory()?.rssMb ?? Number.NaN, 1),
      backlog: Number(opened.log.backlog ?? Number.NaN),
    };
  } finally {
    await gateway.stop(60_000);
  }
}

async function main(): Promise<void> {
  const targetBytes = Number(option('mb') ?? 1024) * 1048576;
  const work = mkdtempSync(join(os.tmpdir(), 'spool-start-'));
  const spoolDir = option('dir') ?? join(work, 'spool');
  try {
    if (spoolBytes(spoolDir).bytes < targetBytes * 0.98) await fill(spoolDir, targetBytes);
    const size = spoolBytes(spoolDir);
    progress(`spool-start: ${round(size.bytes / 1048576)} MiB in ${size.segments} segments, ${size.summaries} summaries`);
    // Once untimed: a spool filled by an older build has no summary of its newest segment yet; a clean stop writes it.
    timeSpool(spoolDir);
    const fromSummaries = timeSpool(spoolDir);
    const aside = async <T>(newestOnly: boolean, run: () => T | Promise<T>): Promise<T> => {
      moveSummaries(spoolDir, true, newestOnly);
      try {
        return await run();
      } finally {
        moveSummaries(spoolDir, false);
      }
    };
    const afterCrash = await aside(true, () => timeSpool(spoolDir));
    const fullScan = await aside(false, () => timeSpool(spoolDir));
    const gateway = await timeGateway(work, spoolDir);
    const gatewayAfterCrash = await aside(true, () => timeGateway(work, spoolDir));
    const gatewayEmptySpool = await timeGateway(work, join(work, 'empty-spool'));
    const result = {
      spoolMiB: round(size.bytes / 1048576),
      segments: size.segments,
      summaries: size.summaries,
      fromSummaries,
      afterCrash,
      fullScan,
      gateway,
      gatewayAfterCrash,
      gatewayEmptySpool,
    };
    const ms = (n: number) => `${round(n)} ms`;
    process.stderr.write(
      [
        `spool ${result.spoolMiB} MiB, ${size.segments} segments, backlog ${fromSummaries.backlog} records`,
        `Spool.start() from summaries   ${ms(fromSummaries.startMs)}   first read ` +
          `${ms(fromSummaries.firstReadMs)}   tx verified in the background ${ms(fromSummaries.verifyMs)}`,
        `Spool.start() newest scanned   ${ms(afterCrash.startMs)}   (as after a crash; backlog ${afterCrash.backlog})`,
        `Spool.start() scanning all     ${ms(fullScan.startMs)}   (as before summaries; backlog ${fullScan.backlog})`,
        ...(
          [
            ['gateway, clean restart', gateway],
            ['gateway, after a crash', gatewayAfterCrash],
            ['gateway, empty spool  ', gatewayEmptySpool],
          ] as const
        ).map(
          ([name, g]) =>
            `${name}: spool open ${g.toSpoolOpenS} s, device broker listening ${g.toListeningS} s after spawn, RSS ${g.rssAfterMiB} MiB`,
        ),
        '',
      ].join('\n'),
    );
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    if (!option('dir')) rmSync(work, { recursive: true, force: true });
  }
}

if (option('child')) await timeSpoolHere(option('child')!);
else await main();
