// The fleet view's cost at 1,000 and 10,000 sites (issue 15): a real mosquitto core, the simulated fleet's retained
// status and health (harness/fleet-sim.ts), and `edge-gateway core fleet` as a child process. Reported per fleet size:
// the time until every retained site is in the view, its resident memory (from /proc, as `ps` shows it) and V8 heap
// (its own /metrics), /api/fleet and /metrics answer times and sizes (median of 5 after a first, cold one), and the
// page in Debian's chromium: navigation to the first PAGE_ROWS rows drawn. Printed as text and JSON
// (bench/results/fleet-view.json). Run: npm run bench:fleet-view [-- --sites 1000,10000]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../harness/browser.ts';
import { FleetSim } from '../harness/fleet-sim.ts';
import { startFleetView } from '../harness/fleet-view.ts';
import { REPO } from '../harness/gateway.ts';
import { startMosquitto } from '../harness/mosquitto.ts';
import { tempDir } from '../harness/tmp.ts';
import { waitFor } from '../harness/wait.ts';
import { memoryOf } from './proc-stats.ts';
import { round } from './stats.ts';

/** The page draws this many rows first (core/fleet/page/fleet.js PAGE_ROWS). */
const PAGE_ROWS = 2500;
const REPEAT = 5;

const at = process.argv.indexOf('--sites');
const SIZES = (at > 0 ? process.argv[at + 1]! : '1000,10000').split(',').map(Number);

interface Timed {
  coldMs: number;
  medianMs: number;
  /** The body as the client reads it, and as it crossed the wire (gzip when the server compressed it). */
  bytes: number;
  wireBytes: number;
}

async function timed(url: string): Promise<Timed> {
  const once = async () => {
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return { ms: performance.now() - t, bytes: body.byteLength, wireBytes: Number(res.headers.get('content-length') ?? body.byteLength) };
  };
  const cold = await once();
  const runs: number[] = [];
  for (let i = 0; i < REPEAT; i++) runs.push((await once()).ms);
  runs.sort((a, b) => a - b);
  return { coldMs: round(cold.ms, 1), medianMs: round(runs[Math.floor(REPEAT / 2)]!, 1), bytes: cold.bytes, wireBytes: cold.wireBytes };
}

function heapMb(metrics: string): number {
  return round(Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(metrics)?.[1] ?? Number.NaN) / 1024 ** 2, 1);
}

async function measure(sites: number) {
  const tmp = await tempDir('eg-bench-fleet-view-');
  const core = await startMosquitto();
  const sim = new FleetSim({ url: core.url, sites });
  const fleet = { view: undefined as Awaited<ReturnType<typeof startFleetView>> | undefined };
  try {
    let t = performance.now();
    await sim.start();
    const publishMs = performance.now() - t;
    const idle = await startFleetView({ coreUrl: core.url, args: ['--no-time'] });
    fleet.view = idle;
    t = performance.now();
    await waitFor(
      async () => {
        const m = await (await fetch(`${idle.base}metrics`)).text();
        const n = [...m.matchAll(/^edge_fleet_sites\{state="\w+"\} (\d+)$/gm)].reduce((s, x) => s + Number(x[1]), 0);
        return n === sites;
      },
      { timeoutMs: 120_000, intervalMs: 250, what: `${sites} sites in the view` },
    );
    const loadMs = performance.now() - t;
    const memLoaded = memoryOf(idle.child.pid)!;
    const api = await timed(`${idle.base}api/fleet`);
    const metrics = await timed(`${idle.base}metrics`);
    const site = await timed(`${idle.base}api/fleet/site/sim-00016`);

    const browser = await launchChromium(join(tmp.path, 'profile'));
    const pageRuns: number[] = [];
    try {
      const page = await browser.newPage();
      const rows = Math.min(sites, PAGE_ROWS);
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await page.goto(idle.base);
        await page.waitForFunction((n) => document.querySelectorAll('#fleet-table tbody tr[data-site]').length >= n, rows, {
          timeout: 120_000,
          polling: 50,
        });
        pageRuns.push(performance.now() - t0);
      }
    } finally {
      await browser.close();
    }
    const memAfter = memoryOf(idle.child.pid)!;
    const heap = heapMb(await (await fetch(`${idle.base}metrics`)).text());
    pageRuns.sort((a, b) => a - b);
    return {
      sites,
      publishMs: Math.round(publishMs),
      loadMs: Math.round(loadMs),
      rssMb: round(memLoaded.rssMb, 1),
      rssAfterPageMb: round(memAfter.rssMb, 1),
      peakRssMb: round(memAfter.hwmMb, 1),
      heapUsedMb: heap,
      apiFleet: api,
      metrics,
      apiSite: site,
      page: { rowsDrawn: Math.min(sites, PAGE_ROWS), firstMs: Math.round(pageRuns.at(-1)!), medianMs: Math.round(pageRuns[1]!) },
    };
  } finally {
    await fleet.view?.stop();
    await sim.stop();
    await core.stop();
    await tmp.cleanup();
  }
}

const results = [];
for (const n of SIZES) {
  process.stderr.write(`fleet view with ${n} sites...\n`);
  const r = await measure(n);
  results.push(r);
  console.log(
    `${String(n).padStart(6)} sites: in view ${r.loadMs} ms; RSS ${r.rssMb} MiB (after page ` +
      `${r.rssAfterPageMb}, peak ${r.peakRssMb}), heap ${r.heapUsedMb} MiB; ` +
      `/api/fleet ${r.apiFleet.medianMs} ms (cold ${r.apiFleet.coldMs}, ` +
      `${round(r.apiFleet.bytes / 1024 ** 2, 2)} MiB, ${round(r.apiFleet.wireBytes / 1024 ** 2, 2)} ` +
      `MiB gzip); ` +
      `/metrics ${r.metrics.medianMs} ms (cold ${r.metrics.coldMs}, ${round(r.metrics.bytes / 1024 ** 2, 2)} MiB); ` +
      `site detail ${r.apiSite.medianMs} ms; page ${r.page.rowsDrawn} rows in ${r.page.medianMs} ms (slowest ${r.page.firstMs})`,
  );
}
const report = { bench: 'fleet-view', at: new Date().toISOString(), node: process.version, results };
const dir = join(REPO, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'fleet-view.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report));
