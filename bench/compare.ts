// Side by side, in one run on one machine, with one load generator (bench/load.ts: MQTT.js devices, QoS 1, 300-byte
// vending sales, bounded in-flight window): the gateway with a mosquitto core, and Debian's mosquitto as a site broker
// with persistence bridging to a mosquitto core (defaults, and max_queued_messages 0). Figures: end-to-end msg/s,
// latency at a steady rate, drain of a backlog after a core outage, RSS idle and with the backlog, messages lost after
// the outage, messages lost after a kill -9 of the site during an outage, and the site process's CPU time per delivered
// message. Each a median (min..max) over --runs runs. Every comparison runs twice (`--pin both`): with every process on
// every core, and pinned as on a small box (bench/pinning.ts: the site on one core, the load generator, core sink and
// core broker on the others).
// Table on stdout, progress on stderr, JSON in bench/results/compare.json. `--fleet N` runs bench/fleet-recovery.ts instead.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startMosquitto } from '../harness/mosquitto.ts';
import { compareRun, type Part, type PhaseOptions, type RunFigures } from './compare-phases.ts';
import { figuresOf, renderTable } from './compare-report.ts';
import { affinityOf, cpuPlan, pin } from './pinning.ts';
import { CompareSink } from './compare-sink.ts';
import { TARGET_LABEL, TARGETS, type TargetName } from './compare-sites.ts';
import { REPO } from './gateway-process.ts';
import { progress } from './progress.ts';
import { SALE_BYTES } from './sale.ts';
import { startLongRun } from './long-run.ts';
import { round } from './stats.ts';

const HELP = `node --import tsx bench/compare.ts [--quick] [--runs N] [--only steady,outage,kill] [--targets gateway,bridge,bridgeUnlimited]
  [--pin both|off|only] [--pinned (= --pin only)] [--cpu-only (= --only steady)] [--settle-idle S (45; 0 with --quick)]
  [--devices 8] [--window 100] [--backlog 100000] [--live-tree] [--fleet N (runs bench/fleet-recovery.ts)]

  --pin both   (default) every comparison twice: all processes on all cores, then each site pinned to one core with
               the load generator, core sink and core broker on the others (taskset); "1 core:" rows in the table.
               With --quick the pinned pass runs the steady part only (throughput, latency, CPU per message).
  --cpu-only   the steady part only: flood and steady-rate figures, CPU per message, idle RSS.
  --settle-idle S  after the steady part, the gateway idles S s more and its RSS is read again (V8 gives back memory
               only after a quiet while); not in pinned passes.`;

type PinMode = 'both' | 'off' | 'only';

function parse(argv: string[]) {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--help')) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }
  const quick = argv.includes('--quick');
  const o: PhaseOptions = {
    floodWarmupMs: quick ? 1000 : 2000,
    floodMs: quick ? 5000 : 10_000,
    rate: 1000,
    paceWarmupMs: 1000,
    paceMs: quick ? 5000 : 10_000,
    backlog: Number(get('backlog') ?? (quick ? 20_000 : 100_000)),
    killBacklog: quick ? 5000 : 20_000,
    settleIdleMs: Number(get('settle-idle') ?? (quick ? 0 : 45)) * 1000,
  };
  const pinMode = (argv.includes('--pinned') ? 'only' : (get('pin') ?? 'both')) as PinMode;
  if (!['both', 'off', 'only'].includes(pinMode)) throw new Error(`--pin ${pinMode}: expected both, off or only`);
  const parts = (argv.includes('--cpu-only') ? 'steady' : (get('only') ?? 'steady,outage,kill')).split(',') as Part[];
  return {
    quick,
    phase: o,
    runs: Number(get('runs') ?? (quick ? 1 : 3)),
    parts,
    pinMode,
    // A quick pinned pass after a free one: only what pinning is about (CPU per message, throughput, latency).
    pinnedParts: quick && pinMode === 'both' ? parts.filter((p) => p === 'steady') : parts,
    targets: (get('targets') ?? TARGETS.join(',')).split(',') as TargetName[],
    devices: Number(get('devices') ?? 8),
    window: Number(get('window') ?? 100),
    liveTree: argv.includes('--live-tree'),
    // A full run is ~7 min per pass on a quiet 2-core machine (plus 45 s of idle per gateway run); two passes with pinning.
    deadlineMs: (pinMode === 'both' ? 28 : 14) * 60_000,
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--fleet')) {
    const fleet = './fleet-recovery.ts';
    await import(fleet);
    return;
  }
  const opts = parse(argv);
  const started = performance.now();
  const dir = startLongRun({
    liveTree: opts.liveTree,
    scratchPrefix: 'bench-compare-',
    deadlineMs: opts.deadlineMs + 30_000,
    atDeadline: 'deadline reached: stopping everything',
  });

  const core = await startMosquitto({ dir, extraConfig: 'max_inflight_messages 0' });
  const sink = await CompareSink.start(core.url);
  const runId = Date.now().toString(36).slice(-5);
  let tagNo = 0;
  const plan = opts.pinMode === 'off' ? undefined : cpuPlan();
  if (opts.pinMode !== 'off' && !plan) throw new Error('pinned runs need at least 2 cores; run with --pin off');
  const benchCpus = affinityOf(process.pid) ?? plan?.allCpus;
  /** Pinned: the bench process (load generator, core sink) and the core broker off the site's core; free: back on all. */
  const placeRest = (pinned: boolean): void => {
    if (!plan || !benchCpus) return;
    const cpus = pinned ? plan.restCpus : benchCpus;
    pin(process.pid, cpus);
    pin(core.pid, cpus);
  };
  const modes: { pinned: boolean; parts: Part[] }[] = [
    ...(opts.pinMode !== 'only' ? [{ pinned: false, parts: opts.parts }] : []),
    ...(opts.pinMode !== 'off' && opts.pinnedParts.length ? [{ pinned: true, parts: opts.pinnedParts }] : []),
  ];
  const env = {
    corePid: core.pid,
    dir,
    siteId: 'mo-bench-01',
    corePort: core.port,
    sink,
    window: opts.window,
    devices: Array.from({ length: opts.devices }, (_, i) => ({
      id: `vend-${String(i + 1).padStart(2, '0')}`,
      password: randomBytes(12).toString('hex'),
    })),
    nextTag: () => `${runId}${(tagNo++).toString(36)}`,
  };
  progress(
    `core mosquitto pid ${core.pid} on ${core.url}; ${opts.runs} run(s) x ${opts.targets.join(', ')}; ${modes.map((m) => `${m.pinned ? `pinned (site on cpu ${plan?.siteCpu}, the rest on ${plan?.restCpus})` : 'free'}: ${m.parts.join(',')}`).join('; ')}`,
  );
  const runs: Partial<Record<TargetName, RunFigures[]>> = {};
  const runsPinned: Partial<Record<TargetName, RunFigures[]>> = {};
  const notes: string[] = [];
  let failure: unknown;
  try {
    for (let i = 0; i < opts.runs; i++) {
      // Targets interleaved within each run, so a noisy minute on a shared machine does not land on one of them only.
      for (const mode of modes) {
        placeRest(mode.pinned);
        for (const t of opts.targets) {
          const elapsed = performance.now() - started;
          const name = `${mode.pinned ? '1 core: ' : ''}${TARGET_LABEL[t]}`;
          if (i > 0 && elapsed > opts.deadlineMs * 0.8) {
            notes.push(`run ${i + 1} of ${name} skipped: ${round(elapsed / 1000)} s used of the ${opts.deadlineMs / 1000} s budget`);
            progress(notes[notes.length - 1]!);
            continue;
          }
          const label = `${name} run ${i + 1}/${opts.runs}`;
          progress(label);
          const phase = mode.pinned ? { ...opts.phase, settleIdleMs: 0 } : opts.phase;
          const fig = await compareRun({ ...env, cpu: mode.pinned ? plan?.siteCpu : undefined }, t, phase, mode.parts, label);
          ((mode.pinned ? runsPinned : runs)[t] ??= []).push(fig);
        }
      }
      placeRest(false);
    }
  } catch (e) {
    failure = e;
    notes.push(`stopped early: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    placeRest(false);
    await sink.close();
    await core.stop();
  }
  const figures = figuresOf(runs);
  const figuresPinned = figuresOf(runsPinned);
  const report = {
    meta: {
      date: new Date().toISOString(),
      mode: opts.quick ? 'quick' : 'full',
      command: `node --import tsx bench/compare.ts ${argv.join(' ')}`.trim(),
      node: process.version,
      cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}`,
      memGiB: round(os.totalmem() / 1024 ** 3, 1),
      devices: opts.devices,
      window: opts.window,
      messageBytes: SALE_BYTES,
      pin: opts.pinMode,
      pinned: plan ? { siteCpu: plan.siteCpu, restCpus: plan.restCpus, parts: opts.pinnedParts } : undefined,
      parts: opts.parts,
      runs: opts.runs,
      ...opts.phase,
      elapsedS: round((performance.now() - started) / 1000, 1),
    },
    figures,
    figuresPinned,
    runs,
    runsPinned,
    notes,
  };
  const results = join(REPO, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'compare.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\n${renderTable(figures, figuresPinned)}`);
  for (const n of notes) process.stdout.write(`note: ${n}\n`);
  progress(`done in ${report.meta.elapsedS} s; JSON in bench/results/compare.json`);
  if (failure) {
    process.stderr.write(`${(failure as Error).stack ?? String(failure)}\n`);
    process.exit(1);
  }
  process.exit(0);
}

void main();
