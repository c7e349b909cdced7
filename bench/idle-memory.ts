// What the idle gateway holds, and what node flags change about it. Each variant is a gateway started as the unit starts
// it (systemd/edge-gateway.service: the built dist/ and the unit's flags, then the variant's flags, which win), with the
// bench config (8 MQTT machines, no OPC-UA machine), connected to a mosquitto core, its 8 machines connected and idle.
// After --settle seconds: VmRSS and /proc/PID/smaps_rollup from outside (anonymous vs file-backed), the thread count,
// and from inside (bench/idle-probe.mjs, on SIGUSR2): process.memoryUsage(), V8's heap spaces and code, the CommonJS
// packages loaded; `--snapshot` adds a heap snapshot summary by constructor (one variant at a time: it is slow).
//
//   node --import tsx bench/idle-memory.ts                      # the unit as it is
//   node --import tsx bench/idle-memory.ts --variants "|--max-semi-space-size=1|--v8-pool-size=1"   # '|' between variants
//   node --import tsx bench/idle-memory.ts --runs 3 --json
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sleep } from '../harness/wait.ts';
import { REPO } from './gateway-process.ts';
import { progress } from './progress.ts';
import { memoryOf } from './proc-stats.ts';
import { Rig } from './rig.ts';
import { spread } from './stats.ts';

interface IdleFigures {
  flags: string;
  rssMb: number;
  anonMb: number;
  fileMb: number;
  threads: number;
  probe: Record<string, unknown>;
}

/** smaps_rollup fields in MiB (Rss, Anonymous, Shared_Clean, Private_Dirty, ...). */
function smapsRollup(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').matchAll(/^(\w+):\s+(\d+) kB/gm)) out[m[1]!] = Number(m[2]) / 1024;
  return out;
}

async function measure(rig: Rig, flags: string[], settleMs: number, snapshot: boolean, n: number): Promise<IdleFigures> {
  const probeFile = join(rig.dir, `idle-probe-${n}.json`);
  process.env.IDLE_PROBE_FILE = probeFile;
  process.env.IDLE_PROBE_SNAPSHOT = snapshot ? '1' : '0';
  const { gw, brokerUrl } = await rig.startGateway(rig.spoolDir(`idle-${n}`), {
    nodeArgs: ['--import', join(REPO, 'bench', 'idle-probe.mjs'), ...flags],
  });
  const fleet = await rig.connectFleet(brokerUrl);
  try {
    await sleep(settleMs);
    const rssMb = memoryOf(gw.pid)?.rssMb ?? NaN;
    const smaps = smapsRollup(gw.pid);
    const threads = readdirSync(`/proc/${gw.pid}/task`).length;
    gw.signal('SIGUSR2');
    let probe: Record<string, unknown> = {};
    for (let i = 0; i < (snapshot ? 600 : 100); i++) {
      await sleep(100);
      try {
        probe = JSON.parse(readFileSync(probeFile, 'utf8')) as Record<string, unknown>;
        break;
      } catch {
        // not written yet
      }
    }
    return {
      flags: flags.join(' ') || '(unit flags only)',
      rssMb,
      anonMb: smaps.Anonymous ?? NaN,
      fileMb: (smaps.Rss ?? NaN) - (smaps.Anonymous ?? NaN),
      threads,
      probe,
    };
  } finally {
    await fleet.close();
    await gw.stop();
    rmSync(probeFile, { force: true });
    rmSync(`${probeFile}.heapsnapshot`, { force: true });
    rig.removeDir(`idle-${n}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      variants: { type: 'string', default: '' },
      runs: { type: 'string', default: '1' },
      settle: { type: 'string', default: '5' },
      snapshot: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const variants = (values.variants ?? '').split('|').map((v) => v.trim().split(/\s+/).filter(Boolean));
  const rig = await Rig.start({ devices: 8, window: 100 });
  const results: IdleFigures[][] = variants.map(() => []);
  let n = 0;
  try {
    // Variants interleaved per run, so a busier minute on a shared machine does not land on one of them only.
    for (let r = 0; r < Number(values.runs); r++)
      for (const [i, flags] of variants.entries()) {
        const f = await measure(rig, flags, Number(values.settle) * 1000, values.snapshot, n++);
        progress(
          `  ${f.flags}: RSS ${f.rssMb.toFixed(1)} MiB (anonymous ${f.anonMb.toFixed(1)}, file ${f.fileMb.toFixed(1)}), ${f.threads} threads`,
        );
        results[i]!.push(f);
      }
  } finally {
    await rig.stop();
  }
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    "| node flags (after the unit's) | RSS MiB | anonymous | file-backed | threads | heapTotal | " +
      'heapUsed | external | code+metadata |\n|---|---|---|---|---|---|---|---|---|\n',
  );
  for (const rs of results) {
    const med = (f: (x: IdleFigures) => number): string => spread(rs.map(f)).median.toFixed(1);
    const mu = (k: string) => (x: IdleFigures) => Number((x.probe.memoryUsage as Record<string, number> | undefined)?.[k] ?? NaN);
    const code = (x: IdleFigures) => {
      const c = x.probe.code as Record<string, number> | undefined;
      return c ? c.code_and_metadata_size! + c.bytecode_and_metadata_size! : NaN;
    };
    process.stdout.write(
      `| ${rs[0]!.flags} | ${med((x) => x.rssMb)} | ${med((x) => x.anonMb)} | ${med((x) => x.fileMb)} ` +
        `| ${med((x) => x.threads)} | ${med(mu('heapTotal'))} | ${med(mu('heapUsed'))} | ` +
        `${med(mu('external'))} | ${med(code)} |\n`,
    );
  }
  const last = results[0]?.[0]?.probe;
  if (last) {
    process.stdout.write(`\nheap spaces (first variant): ${JSON.stringify(last.heapSpaces)}\n`);
    process.stdout.write(`CommonJS modules loaded: ${String(last.cjsModules)} by package: ${JSON.stringify(last.packages)}\n`);
    if (last.snapshot) process.stdout.write(`heap snapshot by constructor: ${JSON.stringify(last.snapshot)}\n`);
  }
  process.exit(0);
}

void main();
