// A fleet of simulated sites for the fleet view (issue 15): publishes each site's retained SiteStatus and GatewayHealth
// to a real core broker, as N gateways would, with the variety a real fleet has: most sites fine, some offline with an
// ageing backlog, some backlogged, low on outage room, full or corrupt spools, machines offline, skewed gateway clocks,
// a machine clock that jumped, old versions. Deterministic per site index, so a test knows what each site should show.
// Usable from tests and bench/, and on its own: node --import tsx harness/fleet-sim.ts --url mqtt://127.0.0.1:1883 [--sites N]
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { VERSION } from '../base/version.ts';
import { pb } from '../proto/index.ts';

export type SimProfile =
  | 'healthy'
  | 'offline'
  | 'backlogged'
  | 'outage-low'
  | 'spool-full'
  | 'corrupt'
  | 'machines-offline'
  | 'clock-skew'
  | 'machine-clock-jump'
  | 'old-version';

/** Out of every 100 sites (by index % 100): what the site shows. The rest are healthy. */
const PROFILE_BY_SLOT: [number, SimProfile][] = [
  [3, 'offline'],
  [8, 'backlogged'],
  [10, 'outage-low'],
  [11, 'spool-full'],
  [12, 'corrupt'],
  [16, 'machines-offline'],
  [18, 'clock-skew'],
  [19, 'machine-clock-jump'],
  [27, 'old-version'],
];

/** Simulated sites run this gateway's own version (so real gateways beside them are not "old"), or one older. */
export const SIM_VERSION = VERSION;
export const SIM_OLD_VERSION = '0.0.1-old';
export const SIM_SKEW_MS = 45_000;

export function profileOf(index: number): SimProfile {
  const slot = index % 100;
  for (const [below, profile] of PROFILE_BY_SLOT) if (slot < below) return profile;
  return 'healthy';
}

export function simSiteId(index: number, idPrefix = 'sim'): string {
  return `${idPrefix}-${String(index).padStart(5, '0')}`;
}

export interface SimSite {
  id: string;
  index: number;
  profile: SimProfile;
  status: Uint8Array;
  health: Uint8Array;
}

/** The encoded status and health of site `index` at time `now` (its backlog varies with `tick`, for the sparkline). */
export function simSite(index: number, now: number, tick = 0, idPrefix = 'sim'): SimSite {
  const id = simSiteId(index, idPrefix);
  const profile = profileOf(index);
  const machineCount = 2 + (index % 5);
  const offline = profile === 'offline';
  // An offline site's last health is from when it went away: 10 to 100 minutes ago, backlog already building.
  const reportedAt = offline ? now - (10 + (index % 10) * 10) * 60_000 : now - (index % 50) * 1000;
  const wave = Math.round(20 * (1 + Math.sin((tick + index) / 3)));
  const depth =
    profile === 'backlogged'
      ? 800 + ((index * 37) % 4000) + wave * 10
      : profile === 'offline'
        ? 150 + (index % 300)
        : profile === 'spool-full'
          ? 250_000
          : wave;
  const oldestAge =
    profile === 'backlogged'
      ? (20 + (index % 160)) * 60_000
      : profile === 'offline'
        ? 5 * 60_000
        : profile === 'spool-full'
          ? 9 * 3_600_000
          : depth > 0
            ? 1500
            : 0;
  const version = profile === 'old-version' ? SIM_OLD_VERSION : SIM_VERSION;
  const machines = Array.from({ length: machineCount }, (_, m) => {
    const machineOffline = profile === 'machines-offline' && m === 0;
    const jumped = profile === 'machine-clock-jump' && m === 1;
    return {
      deviceId: `${['vend', 'stm', 'lock'][m % 3]}-${String(m + 1).padStart(2, '0')}`,
      kind: [pb.DeviceKind.DEVICE_KIND_VENDING, pb.DeviceKind.DEVICE_KIND_TELLER, pb.DeviceKind.DEVICE_KIND_LOCKER][m % 3],
      transport: m === 2 ? 'opcua' : 'mqtt',
      online: !machineOffline,
      lastSeenMs: machineOffline ? reportedAt - 40 * 60_000 : reportedAt - 2000,
      received: 100 + ((index * 13 + m * 7) % 900),
      rejected: (index + m) % 4 === 0 ? 1 : 0,
      forwarded: 90 + ((index * 13 + m * 7) % 900),
      lastErrorCode: (index + m) % 4 === 0 ? 'GW_PAYLOAD_SCHEMA' : '',
      countsSinceMs: reportedAt - 6 * 3_600_000,
      clock: {
        known: true,
        offsetMs: jumped ? -(reportedAt - 86_400_000) : 40 + ((m * 17) % 300),
        trusted: !jumped,
        jumped,
        skewed: jumped,
        sampleTimeMs: reportedAt - 2000,
        samples: 16,
      },
    };
  });
  const skew = profile === 'clock-skew' ? (index % 2 === 0 ? SIM_SKEW_MS : -SIM_SKEW_MS) : 3 + (index % 40);
  const freeBytes = profile === 'spool-full' ? 0 : profile === 'outage-low' ? 40 * 1024 * 1024 : 700 * 1024 * 1024;
  const status = pb.SiteStatus.encode({
    siteId: id,
    siteName: `Service point ${index}`,
    online: !offline,
    gatewayVersion: version,
    timeMs: reportedAt,
    startedMs: reportedAt - 86_400_000,
    deviceIds: machines.map((m) => m.deviceId),
    lastSequence: 10_000 + index,
    healthTopic: `gov/v1/site/${id}/health`,
  }).finish();
  const health = pb.GatewayHealth.encode({
    siteId: id,
    // The gateway's own clock: a skewed site's clock is off by the skew (offset = core - gateway).
    timeMs: reportedAt - skew,
    gatewayVersion: version,
    configVersion: '2026-11-30',
    configHash: 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
    uptimeS: 86_400 + index,
    startedMs: reportedAt - 86_400_000,
    uplink: {
      connected: !offline,
      sinceMs: reportedAt - 3_600_000,
      reconnects: index % 7,
      lastConfirmMs: reportedAt - 1000,
      lastErrorCode: offline ? 'GW_UPLINK_DOWN' : '',
    },
    spool: {
      classes: [
        {
          spoolClass: 'tx',
          depth: Math.round(depth * 0.6),
          bytes: Math.round(depth * 0.6) * 420,
          oldestUnsentAgeMs: oldestAge,
          inflight: 0,
        },
        {
          spoolClass: 'telemetry',
          depth: Math.round(depth * 0.4),
          bytes: Math.round(depth * 0.4) * 160,
          oldestUnsentAgeMs: oldestAge / 2,
          inflight: 0,
        },
        { spoolClass: 'state', depth: 0, bytes: 0, oldestUnsentAgeMs: 0, inflight: 0 },
      ],
      usedBytes: 1024 * 1024 * 1024 - freeBytes,
      quotaBytes: 1024 * 1024 * 1024,
      freeBytes,
      outageHoursLeft: profile === 'spool-full' ? 0 : profile === 'outage-low' ? 3.5 : 120 + (index % 200),
      outageHoursKnown: true,
      full: profile === 'spool-full',
      corruptions: profile === 'corrupt' ? 1 + (index % 3) : 0,
      dropsTtl: 0,
      dropsQuota: 0,
      dropsSuperseded: 12,
      lastSequence: 10_000 + index,
      appendPerS: 0.8,
      drainPerS: offline ? 0 : 0.8,
    },
    machines,
    clock: {
      known: true,
      offsetMs: skew,
      uncertaintyMs: 4,
      roundTripMs: 7,
      sampleTimeMs: reportedAt - skew - 30_000,
      skewed: Math.abs(skew) - 4 > 2000,
      samples: 8,
      maxSkewMs: 2000,
    },
    sequence: 100 + tick,
    reason: 'interval',
    commandsFailed: index % 11 === 0 ? 2 : 0,
  }).finish();
  return { id, index, profile, status, health };
}

export interface FleetSimOptions {
  url: string;
  sites?: number;
  prefix?: string;
  idPrefix?: string;
  /** Publishes in flight at once (QoS 1). */
  window?: number;
}

export class FleetSim {
  private readonly options: Required<FleetSimOptions>;
  private client: mqtt.MqttClient | undefined;
  private tickCount = 0;
  readonly sites: SimSite[] = [];

  constructor(options: FleetSimOptions) {
    this.options = { sites: 1000, prefix: 'gov/v1/site', idPrefix: 'sim', window: 500, ...options };
  }

  /** Connects and publishes every site; called again (after a broker restart), it connects anew and publishes again. */
  async start(): Promise<void> {
    await this.client?.endAsync(true).catch(() => undefined);
    this.client = await mqtt.connectAsync(this.options.url, {
      clientId: `fleet-sim-${process.pid}-${Date.now()}`,
      clean: true,
      reconnectPeriod: 0,
    });
    await this.publishAll(true);
  }

  /** Publishes every site's health again with the time moved on (the backlog waves, for the sparklines). */
  async tick(): Promise<void> {
    this.tickCount++;
    await this.publishAll(false);
  }

  private async publishAll(withStatus: boolean): Promise<void> {
    const now = Date.now();
    this.sites.length = 0;
    const jobs: (() => Promise<unknown>)[] = [];
    for (let i = 0; i < this.options.sites; i++) {
      const s = simSite(i, now, this.tickCount, this.options.idPrefix);
      this.sites.push(s);
      const base = `${this.options.prefix}/${s.id}`;
      if (withStatus) jobs.push(() => this.publish(`${base}/status`, s.status));
      jobs.push(() => this.publish(`${base}/health`, s.health));
    }
    await runWindowed(jobs, this.options.window);
  }

  private publish(topic: string, payload: Uint8Array): Promise<unknown> {
    return this.client!.publishAsync(topic, Buffer.from(payload), { qos: 1, retain: true });
  }

  /** Removes every simulated site's retained messages from the broker (empty retained payloads). */
  async clear(): Promise<void> {
    const jobs = this.sites.flatMap((s) => [
      () => this.publish(`${this.options.prefix}/${s.id}/status`, new Uint8Array()),
      () => this.publish(`${this.options.prefix}/${s.id}/health`, new Uint8Array()),
    ]);
    await runWindowed(jobs, this.options.window);
  }

  async stop(): Promise<void> {
    await this.client?.endAsync().catch(() => undefined);
    this.client = undefined;
  }
}

async function runWindowed(jobs: (() => Promise<unknown>)[], window: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(window, jobs.length) }, worker));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      sites: { type: 'string', default: '1000' },
      prefix: { type: 'string', default: 'gov/v1/site' },
      'every-s': { type: 'string' },
    },
  });
  if (!values.url) {
    process.stderr.write('usage: node --import tsx harness/fleet-sim.ts --url mqtt://HOST:PORT [--sites N] [--prefix P] [--every-s S]\n');
    process.exit(2);
  }
  const sim = new FleetSim({ url: values.url, sites: Number(values.sites), prefix: values.prefix });
  await sim.start();
  process.stderr.write(`published ${values.sites} simulated sites to ${values.url}\n`);
  if (values['every-s']) setInterval(() => void sim.tick(), Number(values['every-s']) * 1000);
  else await sim.stop();
}
