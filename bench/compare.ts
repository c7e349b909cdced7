// Side by side, in one run on one machine, with one load generator (bench/load.ts: MQTT.js devices, QoS 1, 300-byte
// vending sales, bounded in-flight window): the gateway with a mosquitto core, and Debian's mosquitto as a site broker
// with persistence bridging to a mosquitto core (defaults, and max_queued_messages 0). Figures: end-to-end msg/s,
// latency at a steady rate, drain of a backlog after a core outage, RSS idle and with the backlog, messages lost after
// the outage, messages lost after a kill -9 of the site during an outage. Each a median (min..max) over --runs runs.
// Table on stdout, progress on stderr, JSON in bench/results/compare.json. `--fleet N` runs bench/fleet.ts instead.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startMosquitto } from '../harness/mosquitto.ts';
import { compareRun, type Part, type PhaseOptions, type RunFigures } from './compare-phases.ts';
import { figuresOf, renderTable } from './compare-report.ts';
import { CompareSink } from './compare-sink.ts';
import { TARGET_LABEL, TARGETS, type TargetName } from './compare-sites.ts';
import { REPO, setCodeRoot } from './gateway-process.ts';
import { progress } from './progress.ts';
import { SALE_BYTES } from './sale.ts';
import { snapshotTree } from './snapshot.ts';
import { round } from './stats.ts';

const HELP = `node --import tsx bench/compare.ts [--quick] [--runs N] [--only steady,outage,kill] [--targets gateway,bridge,bridgeUnlimited]
  [--devices 8] [--window 100] [--backlog 100000] [--live-tree] [--fleet N (runs bench/fleet.ts)]`;

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
  };
  return {
    quick,
    phase: o,
    runs: Number(get('runs') ?? (quick ? 1 : 3)),
    parts: (get('only') ?? 'steady,outage,kill').split(',') as Part[],
    targets: (get('targets') ?? TARGETS.join(',')).split(',') as TargetName[],
    devices: Number(get('devices') ?? 8),
    window: Number(get('window') ?? 100),
    liveTree: argv.includes('--live-tree'),
    deadlineMs: 14 * 60_000,
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--fleet')) {
    const fleet = './fleet.ts';
    await import(fleet);
    return;
  }
  const opts = parse(argv);
  const started = performance.now();
  const snapshot = opts.liveTree ? undefined : snapshotTree(REPO);
  if (snapshot) {
    setCodeRoot(snapshot.dir);
    process.on('exit', () => snapshot.remove());
  }
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-compare-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => process.exit(130));
  setTimeout(() => {
    progress('deadline reached: stopping everything');
    process.exit(3);
  }, opts.deadlineMs + 30_000).unref();

  const core = await startMosquitto({ dir, extraConfig: 'max_inflight_messages 0' });
  const sink = await CompareSink.start(core.url);
  const runId = Date.now().toString(36).slice(-5);
  let tagNo = 0;
  const env = {
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
    `core mosquitto pid ${core.pid} on ${core.url}; ${opts.runs} run(s) x ${opts.targets.join(', ')}; parts ${opts.parts.join(',')}`,
  );
  const runs: Partial<Record<TargetName, RunFigures[]>> = {};
  const notes: string[] = [];
  let failure: unknown;
  try {
    for (let i = 0; i < opts.runs; i++) {
      // Targets interleaved within each run, so a noisy minute on a shared machine does not land on one of them only.
      for (const t of opts.targets) {
        const elapsed = performance.now() - started;
        if (i > 0 && elapsed > opts.deadlineMs * 0.8) {
          notes.push(`run ${i + 1} of ${t} skipped: ${round(elapsed / 1000)} s used of the ${opts.deadlineMs / 1000} s budget`);
          progress(notes[notes.length - 1]!);
          continue;
        }
        const label = `${TARGET_LABEL[t]} run ${i + 1}/${opts.runs}`;
        progress(label);
        (runs[t] ??= []).push(await compareRun(env, t, opts.phase, opts.parts, label));
      }
    }
  } catch (e) {
    failure = e;
    notes.push(`stopped early: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await sink.close();
    await core.stop();
  }
  const figures = figuresOf(runs);
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
      runs: opts.runs,
      ...opts.phase,
      elapsedS: round((performance.now() - started) / 1000, 1),
    },
    figures,
    runs,
    notes,
  };
  const results = join(REPO, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'compare.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\n${renderTable(figures)}`);
  for (const n of notes) process.stdout.write(`note: ${n}\n`);
  progress(`done in ${report.meta.elapsedS} s; JSON in bench/results/compare.json`);
  if (failure) {
    process.stderr.write(`${(failure as Error).stack ?? String(failure)}\n`);
    process.exit(1);
  }
  process.exit(0);
}

void main();
