// The three "sites" the side-by-side bench drives with the same load: the gateway (one child process, its own spool),
// and Debian's mosquitto as a site broker with persistence bridging to the core, once with mosquitto's defaults and
// once with `max_queued_messages 0` (unlimited). Each reaches the core through a TCP proxy the bench cuts for outages.
// Every process is started and stopped by the PID we hold.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startMosquitto, type Mosquitto } from '../harness/mosquitto.ts';
import { GatewayProcess, writeGatewayConfig, type BenchDevice } from './gateway-process.ts';
import { pin } from './pinning.ts';
import { sleep } from '../harness/wait.ts';

export const TARGETS = ['gateway', 'bridge', 'bridgeUnlimited'] as const;
export type TargetName = (typeof TARGETS)[number];
export const TARGET_LABEL: Record<TargetName, string> = {
  gateway: 'gateway',
  bridge: 'bridge (defaults)',
  bridgeUnlimited: 'bridge (max_queued 0)',
};

export interface Site {
  readonly brokerUrl: string;
  pid(): number;
  /** After the proxy cut the uplink: resolves once the site has noticed. */
  uplinkLost(since: number): Promise<void>;
  /** kill -9, then start again on the same state (spool or persistence file); resolves when it accepts devices. */
  crashAndRestart(): Promise<void>;
  stop(): Promise<void>;
}

export interface SiteContext {
  dir: string;
  siteId: string;
  proxyPort: number;
  devices: BenchDevice[];
  /** Pinned runs: the one core the site runs on (bench/pinning.ts); every process of the site, restarts included. */
  cpu?: number | undefined;
}

export async function startSite(target: TargetName, ctx: SiteContext): Promise<Site> {
  return target === 'gateway' ? startGatewaySite(ctx) : startBridgeSite(ctx, target === 'bridgeUnlimited');
}

async function startGatewaySite(ctx: SiteContext): Promise<Site> {
  const spoolDir = join(ctx.dir, 'spool');
  const launch = async (): Promise<{ gw: GatewayProcess; brokerUrl: string }> => {
    const file = await writeGatewayConfig({
      dir: ctx.dir,
      siteId: ctx.siteId,
      coreUrl: `mqtt://127.0.0.1:${ctx.proxyPort}`,
      devices: ctx.devices,
      spoolDir,
    });
    const gw = new GatewayProcess(file);
    // Right after spawn: the threads node has by then are pinned with it, later ones inherit the mask.
    if (ctx.cpu !== undefined) pin(gw.pid, ctx.cpu);
    await gw.waitForLog('device broker listening', 60_000);
    return { gw, brokerUrl: file.brokerUrl };
  };
  let cur = await launch();
  await cur.gw.waitForLog('connected to core', 15_000);
  return {
    get brokerUrl() {
      return cur.brokerUrl;
    },
    pid: () => cur.gw.pid,
    uplinkLost: async (since) => {
      await cur.gw.waitForLog('core connection lost', 10_000, since);
    },
    async crashAndRestart() {
      cur.gw.signal('SIGKILL');
      await cur.gw.exited;
      cur = await launch();
    },
    stop: async () => {
      await cur.gw.stop();
    },
  };
}

/**
 * mosquitto's bridge, as the issue states it (mosquitto's defaults: 1,000 queued and 20 in flight per client, the bridge
 * included; or max_queued_messages 0): `topic devices/# out 1`, `cleansession false`, persistence on the site
 * broker. One deviation from the defaults, the same one the gateway's bench config makes: `restart_timeout 1` (the
 * default backs off 5..30 s), so the drain time measures draining rather than a reconnect backoff.
 */
async function startBridgeSite(ctx: SiteContext, unlimited: boolean): Promise<Site> {
  mkdirSync(ctx.dir, { recursive: true });
  // Both queue settings are written out: harness/mosquitto.ts now puts `max_queued_messages 0` in every config it
  // renders (for its test cores), and a later line wins, so "defaults" must restate mosquitto's documented defaults.
  const extraConfig = [
    unlimited ? 'max_queued_messages 0' : 'max_queued_messages 1000',
    'max_inflight_messages 20',
    'connection core',
    `address 127.0.0.1:${ctx.proxyPort}`,
    'topic devices/# out 1',
    'cleansession false',
    'restart_timeout 1',
  ].join('\n');
  const broker: Mosquitto = await startMosquitto({ dir: ctx.dir, persistence: true, extraConfig });
  // mosquitto is one thread; pinned once it listens (harness/mosquitto.ts spawns it), and again after each restart.
  const pinBroker = (): void => {
    if (ctx.cpu !== undefined) pin(broker.pid, ctx.cpu);
  };
  pinBroker();
  await sleep(300); // the bridge connects on the broker's first loop passes
  return {
    brokerUrl: broker.url,
    pid: () => broker.pid,
    uplinkLost: async () => {
      await sleep(500);
    }, // a reset socket: mosquitto notices on its next read
    async crashAndRestart() {
      await broker.kill();
      await broker.restart();
      pinBroker();
    },
    stop: () => broker.stop(),
  };
}
