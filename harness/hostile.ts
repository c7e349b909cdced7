// A site under attack: the real gateway process as the systemd unit runs it (this checkout built to JavaScript, with
// the unit's node flags and heap caps), a real mosquitto core, and one legitimate vending machine whose QoS 1 sale must
// still be acknowledged and delivered after whatever an attack test did. Every attack test in test/integration/attack-*
// ends with assertServesLegit(): alive, memory bounded, the machine next door unaffected.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pb } from '../proto/index.ts';
import { atTestProcessEnd } from './child-reaper.ts';
import { listenCore, type CoreListener } from './core-listener.ts';
import { closeDevice, connectDevice, publishJson } from './device.ts';
import { REPO, startGateway, type GatewayDevice, type GatewayFixture } from './gateway.ts';
import { startMosquitto, type Mosquitto } from './mosquitto.ts';
import { tempDir, type TempDir } from './tmp.ts';
import { unitCommands } from './unit.ts';
import { vendingSale } from './sale.ts';

export const LEGIT: GatewayDevice = { id: 'vend-legit', kind: 'vending', password: 'legit-secret-1' };
export const HOSTILE_SITE = 'mo-hostile-01';

export interface HostileSpec {
  /** Machines besides the legitimate one. */
  devices?: GatewayDevice[];
  broker?: Record<string, unknown>;
  uplink?: Record<string, unknown>;
  /** More top-level config sections. */
  extra?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  prefix?: string;
}

export interface HostileSite {
  gw: GatewayFixture;
  core: Mosquitto;
  listener: CoreListener;
  tmp: TempDir;
  legit: GatewayDevice;
  /** Resident memory of the gateway process now, MiB. */
  rssMiB(): number;
  /** GET /metrics (loopback, no token). */
  metrics(): Promise<string>;
  /** GET /api/status as JSON; `bytes` is the body's size. */
  status(): Promise<Record<string, unknown> & { bytes: number }>;
  /**
   * The site still works for everybody else: the process is alive, its RSS under maxRssMiB (default 150, the unit's
   * budget), and a QoS 1 sale from the legitimate machine is acknowledged within ackMs (default 5,000: the attacks
   * this guards against delayed it by 14 s or forever) and reaches the core. Returns the acknowledgement time in ms.
   */
  assertServesLegit(label: string, opts?: { maxRssMiB?: number; ackMs?: number }): Promise<number>;
  close(): Promise<void>;
}

let built: string | undefined;
/** One build of this checkout per test process, where the unit's dist/ would be (inside the package). */
function buildOnce(): string {
  if (built) return built;
  const outdir = join(REPO, 'test-output', `dist-hostile-${process.pid}`);
  execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs'), '--outdir', outdir], { stdio: 'pipe' });
  atTestProcessEnd(() => rmSync(outdir, { recursive: true, force: true }));
  built = join(outdir, 'edge-gateway.mjs');
  return built;
}

export function rssMiBOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

let saleSeq = 0;

export async function startHostileSite(spec: HostileSpec = {}): Promise<HostileSite> {
  const script = buildOnce();
  const unit = unitCommands(REPO);
  const tmp = await tempDir(spec.prefix ?? 'eg-hostile-');
  const core = await startMosquitto();
  const listener = await listenCore(core.url, [`gov/v1/site/${HOSTILE_SITE}/#`]);
  const gw = await startGateway({
    dir: tmp.path,
    coreUrl: core.url,
    siteId: HOSTILE_SITE,
    devices: [LEGIT, ...(spec.devices ?? [])],
    broker: spec.broker,
    uplink: spec.uplink,
    extra: spec.extra,
    env: { ...unit.env, ...spec.env },
    command: { script, nodeArgs: unit.start.nodeArgs },
  });
  await gw.child.waitForJsonLog((l) => l.msg === 'connected to core', 15_000);
  // The kinds' message schemas compile just after the start: memory figures taken before that would count them.
  await gw.child.waitForJsonLog((l) => l.msg === 'message schemas compiled', 15_000);
  const http = (path: string) => fetch(`http://127.0.0.1:${gw.httpPort}${path}`, { signal: AbortSignal.timeout(30_000) });

  const site: HostileSite = {
    gw,
    core,
    listener,
    tmp,
    legit: LEGIT,
    rssMiB: () => rssMiBOf(gw.child.pid),
    async metrics() {
      const res = await http('/metrics');
      assert.equal(res.status, 200, 'GET /metrics');
      return res.text();
    },
    async status() {
      const res = await http('/api/status');
      assert.equal(res.status, 200, 'GET /api/status');
      const text = await res.text();
      return { ...(JSON.parse(text) as Record<string, unknown>), bytes: Buffer.byteLength(text) };
    },
    async assertServesLegit(label, opts = {}) {
      const { maxRssMiB = 150, ackMs = 5_000 } = opts;
      assert.ok(gw.child.running, `${label}: the gateway process died\n${gw.child.tail(40)}`);
      const rss = site.rssMiB();
      assert.ok(rss < maxRssMiB, `${label}: gateway RSS ${rss.toFixed(0)} MiB, over ${maxRssMiB} MiB`);
      const txId = `LEGIT-${process.pid}-${++saleSeq}`;
      const sale = vendingSale(txId, { time: new Date().toISOString() });
      const dev = await connectDevice(gw.brokerUrl, LEGIT.id, LEGIT.password, { connectTimeoutMs: ackMs, connectTimeout: ackMs });
      try {
        const started = performance.now();
        await publishJson(dev, `devices/${LEGIT.id}/tx`, sale, 1, ackMs);
        const ms = performance.now() - started;
        await listener.waitFor(
          (m) => m.topic === `gov/v1/site/${HOSTILE_SITE}/${LEGIT.id}/tx` && pb.Envelope.decode(m.payload).deviceTxId === txId,
          15_000,
        );
        return ms;
      } finally {
        await closeDevice(dev);
      }
    },
    async close() {
      await gw.stop();
      await listener.close();
      await core.stop();
      await tmp.cleanup();
    },
  };
  return site;
}
