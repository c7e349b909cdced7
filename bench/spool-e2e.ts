// Benchmark of issue 3's durable path: device -> gateway (fsync before PUBACK) -> mosquitto core, QoS 1, 300-byte
// vending sales, one load generator throughout (bench/load.ts). Prints figures next to the issue's targets, never a
// pass/fail. `npm run bench -- --help` for options; bench/README.md for what each figure means and how it is taken.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { probeFdatasync } from './disk-probe.ts';
import { codePath, REPO, setCodeRoot } from './gateway-process.ts';
import { unitCommands } from '../harness/unit.ts';
import { HELP, parseOptions, type BenchOptions } from './options.ts';
import { backlogPhase } from './phases/backlog.ts';
import { drainRun } from './phases/drain.ts';
import { latencyRun } from './phases/latency.ts';
import { spoolAlone } from './phases/spool-alone.ts';
import { throughputRun } from './phases/throughput.ts';
import { formatProfile, summariseProfile } from './profile-summary.ts';
import { progress } from './progress.ts';
import { otherLoad, QuietGate } from './quiet.ts';
import { figuresOf, integrityOf, renderTable, type Report } from './report.ts';
import { Rig } from './rig.ts';
import { SALE_BYTES } from './sale.ts';
import { snapshotTree } from './snapshot.ts';
import { round } from './stats.ts';

const RESULTS = join(REPO, 'bench', 'results');

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const diff = execFileSync('git', ['diff', 'HEAD', '--', 'base', 'gateway', 'protocols', 'devices', 'proto'], {
      cwd: REPO,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const untracked = execFileSync(
      'git',
      ['ls-files', '--others', '--exclude-standard', '--', 'base', 'gateway', 'protocols', 'devices', 'proto'],
      { cwd: REPO, encoding: 'utf8' },
    ).trim();
    if (!diff && !untracked) return head;
    // Names the uncommitted state, so two reports can be told to be of the same code or not.
    const id = createHash('sha256').update(diff).update(untracked).digest('hex').slice(0, 8);
    return `${head} + uncommitted gateway changes ${id}`;
  } catch {
    return 'unknown';
  }
}

async function run(opts: BenchOptions, report: Report, rig: Rig, deadline: number): Promise<void> {
  const has = (p: BenchOptions['phases'][number]): boolean => opts.phases.includes(p);
  const gate = new QuietGate(opts.quietWaitMs, opts.quietWaitMs * 3);
  const profDir = join(RESULTS, 'profiles');
  if (has('spool')) {
    progress('spool alone (reference, in this process)');
    await gate.wait('the spool reference');
    report.runs.spoolAlone = await spoolAlone(rig, opts.spoolAlone.records);
  }
  if (has('throughput')) {
    for (let i = 0; i < opts.runs; i++) {
      progress(
        `throughput run ${i + 1}/${opts.runs}: ${opts.devices} devices flood for ` +
          `${(opts.throughput.warmupMs + opts.throughput.durationMs) / 1000} s (first ` +
          `${opts.throughput.warmupMs / 1000} s not counted)`,
      );
      await gate.wait(`throughput run ${i + 1}`);
      report.runs.throughput.push(await throughputRun(rig, `throughput-${i}`, opts.throughput));
    }
  }
  if (has('latency')) {
    for (let i = 0; i < opts.runs; i++) {
      progress(
        `latency run ${i + 1}/${opts.runs}: ${opts.latency.rate} msg/s for ` +
          `${opts.latency.durationMs / 1000} s after ${opts.latency.warmupMs / 1000} s warm-up`,
      );
      await gate.wait(`latency run ${i + 1}`);
      report.runs.latency.push(await latencyRun(rig, `latency-${i}`, opts.latency));
    }
  }
  if (has('drain')) {
    for (let i = 0; i < opts.runs; i++) {
      progress(`drain run ${i + 1}/${opts.runs}: ${opts.drain.messages} messages with the core cut off, then drained`);
      await gate.wait(`drain run ${i + 1}`);
      report.runs.drain.push(await drainRun(rig, `drain-${i}`, opts.drain));
    }
  }
  if (opts.profile && (has('throughput') || has('drain'))) {
    rmSync(profDir, { recursive: true, force: true });
    mkdirSync(profDir, { recursive: true });
    const profiled = async (name: string, f: (nodeArgs: string[]) => Promise<unknown>): Promise<void> => {
      const dir = join(profDir, name);
      await f(['--cpu-prof', '--cpu-prof-dir', dir]);
      // Thread 0 is the gateway's main thread; tsx's loader thread writes a second, idle profile.
      const main = readdirSync(dir)
        .filter((n) => /\.0\.\d+\.cpuprofile$/.test(n))
        .map((n) => join(dir, n));
      for (const file of main) {
        const s = summariseProfile(file, 15, [`${codePath()}/`, `${REPO}/`]);
        report.profiles.push({ ...s, file: `${name}: ${s.file.replace(`${REPO}/`, '')}` });
        progress(formatProfile(s));
      }
    };
    if (has('throughput')) {
      progress('profile: one more throughput run with the gateway under --cpu-prof (not counted in the figures)');
      await profiled('throughput', (nodeArgs) => throughputRun(rig, 'profile-throughput', { ...opts.throughput, nodeArgs }));
    }
    if (has('drain')) {
      progress('profile: one more drain with the gateway under --cpu-prof (not counted in the figures)');
      await profiled('drain', (nodeArgs) => drainRun(rig, 'profile-drain', { ...opts.drain, nodeArgs }));
    }
  }
  if (has('backlog')) {
    progress(
      `backlog: RSS idle and with ${opts.backlog.messages} spooled, then start-up over ${Math.round(opts.backlog.startupBytes / 1048576)} MiB`,
    );
    await gate.wait('the backlog phase');
    report.runs.backlog = await backlogPhase(rig, { ...opts.backlog, deadline });
    report.notes.push(...report.runs.backlog.notes);
  }
}

async function main(): Promise<void> {
  let opts: BenchOptions;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${HELP}\n`);
    process.exit(2);
  }
  const started = performance.now();
  const deadline = started + opts.deadlineMs;
  const report: Report = {
    meta: {
      date: new Date().toISOString(),
      mode: opts.quick ? 'quick' : 'full',
      command: `node --import tsx bench/spool-e2e.ts ${process.argv.slice(2).join(' ')}`.trim(),
      node: process.version,
      cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}`,
      commit: commit(),
      devices: opts.devices,
      window: opts.window,
      messageBytes: SALE_BYTES,
      runs: opts.runs,
      gatewayNodeArgs: [...unitCommands(REPO).start.nodeArgs, ...opts.gatewayNodeArgs].join(' '),
    },
    figures: {},
    runs: { throughput: [], latency: [], drain: [] },
    integrity: { missing: 0, duplicates: 0, outOfOrder: 0, leakedDuringCut: 0 },
    profiles: [],
    notes: [],
  };
  const snapshot = opts.liveTree ? undefined : snapshotTree(REPO);
  if (snapshot) {
    setCodeRoot(snapshot.dir);
    process.on('exit', () => snapshot.remove());
    progress(`gateway code copied to ${snapshot.dir}; every gateway of this run starts from that copy`);
  }
  const rig = await Rig.start({ devices: opts.devices, window: opts.window, gatewayNodeArgs: opts.gatewayNodeArgs });
  // Whatever happens (an error, the deadline, Ctrl-C) the scratch directory goes; child-reaper SIGKILLs our children.
  process.on('exit', () => rmSync(rig.dir, { recursive: true, force: true }));
  // Ctrl-C or a SIGTERM: child-reaper has already SIGKILLed our children; exit through 'exit' so the directories go too.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      progress(`${sig}: stopping`);
      process.exit(130);
    });
  }
  const watchdog = setTimeout(() => {
    progress(`deadline of ${opts.deadlineMs / 1000} s reached: stopping everything`);
    process.exit(3);
  }, opts.deadlineMs + 30_000);
  watchdog.unref();
  let failure: unknown;
  try {
    report.meta.disk = probeFdatasync(rig.dir);
    report.meta.otherLoadAtStart = await otherLoad();
    progress(
      `disk fdatasync p50 ${report.meta.disk.p50Ms} ms p99 ${report.meta.disk.p99Ms} ms; other processes use ${report.meta.otherLoadAtStart} cores`,
    );
    await run(opts, report, rig, deadline);
  } catch (e) {
    failure = e;
    report.notes.push(`bench stopped early: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await rig.stop().catch(() => undefined);
  }
  report.meta.elapsedS = round((performance.now() - started) / 1000, 1);
  report.figures = figuresOf(report.runs);
  report.integrity = integrityOf(report.runs);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'spool-e2e.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = renderTable(report);
  if (opts.json) {
    process.stderr.write(table);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(table);
  }
  progress(`report written to bench/results/spool-e2e.json`);
  if (failure) {
    process.stderr.write(`${(failure as Error).stack ?? String(failure)}\n`);
    process.exit(1);
  }
  process.exit(0);
}

void main();
