// What every phase shares: a scratch directory, mosquitto as the core, the core-side subscriber, the device list, and
// helpers to start a gateway (directly on the core, or behind a TCP proxy the bench can cut) with a fleet connected.
// Everything started here is stopped here, by the PID we hold; the scratch directory is removed at the end.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startMosquitto, type Mosquitto } from '../harness/mosquitto.ts';
import { startProxy, type TcpProxy } from '../harness/tcp-proxy.ts';
import { CoreSink } from './core-sink.ts';
import { GatewayProcess, writeGatewayConfig, type BenchDevice } from './gateway-process.ts';
import { Fleet } from './load.ts';
import { progress } from './progress.ts';

export const SITE_ID = 'mo-bench-01';

export interface RigOptions {
  devices: number;
  window: number;
  gatewayNodeArgs?: string[];
}

export class Rig {
  readonly dir: string;
  readonly core: Mosquitto;
  readonly sink: CoreSink;
  readonly devices: BenchDevice[];
  readonly opts: RigOptions;
  private tagNo = 0;
  private readonly runId = Date.now().toString(36).slice(-5);

  private constructor(dir: string, core: Mosquitto, sink: CoreSink, opts: RigOptions) {
    this.dir = dir;
    this.core = core;
    this.sink = sink;
    this.opts = opts;
    this.devices = Array.from({ length: opts.devices }, (_, i) => ({
      id: `vend-${String(i + 1).padStart(2, '0')}`,
      password: randomBytes(12).toString('hex'),
    }));
  }

  static async start(opts: RigOptions): Promise<Rig> {
    const dir = mkdtempSync(join(os.tmpdir(), 'bench-spool-e2e-'));
    // The core is a stand-in: lift mosquitto's per-client limits (20 QoS 1 messages in flight towards a subscriber,
    // 1,000 queued, beyond which it drops silently) so that the core's defaults are not what gets measured.
    const core = await startMosquitto({ dir, extraConfig: 'max_inflight_messages 0' });
    const sink = await CoreSink.start(core.url, `gov/v1/site/${SITE_ID}/+/tx`);
    progress(`core: mosquitto pid ${core.pid} on ${core.url}; scratch ${dir}`);
    return new Rig(dir, core, sink, opts);
  }

  /** A txId tag unique across this bench run, so no gateway ever deduplicates one phase's message against another's. */
  nextTag(): string {
    return `${this.runId}${(this.tagNo++).toString(36)}`;
  }

  /**
   * A gateway on its own spool directory, connected to the core (through `proxy` when given), and waited for until its
   * uplink is up. Returns when "device broker listening" and "connected to core" have both been logged.
   */
  async startGateway(
    spoolDir: string,
    opts: { proxy?: TcpProxy; nodeArgs?: string[]; waitForCore?: boolean } = {},
  ): Promise<{ gw: GatewayProcess; brokerUrl: string }> {
    const coreUrl = opts.proxy ? `mqtt://127.0.0.1:${opts.proxy.port}` : this.core.url;
    const file = await writeGatewayConfig({ dir: this.dir, siteId: SITE_ID, coreUrl, devices: this.devices, spoolDir });
    const gw = new GatewayProcess(file, [...(this.opts.gatewayNodeArgs ?? []), ...(opts.nodeArgs ?? [])]);
    await gw.waitForLog('device broker listening', 60_000);
    if (opts.waitForCore !== false) await gw.waitForLog('connected to core', 15_000);
    return { gw, brokerUrl: file.brokerUrl };
  }

  connectFleet(brokerUrl: string): Promise<Fleet> {
    return Fleet.connect(brokerUrl, this.devices);
  }

  startProxy(): Promise<TcpProxy> {
    return startProxy(this.core.port);
  }

  spoolDir(name: string): string {
    return join(this.dir, name, 'spool');
  }

  removeDir(name: string): void {
    rmSync(join(this.dir, name), { recursive: true, force: true });
  }

  async stop(): Promise<void> {
    await this.sink.close();
    await this.core.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
