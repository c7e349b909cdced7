// The site's health upstream and its clock trust, as one component with the house's lifecycle (start, stop, health):
// - the GatewayHealth publisher (publisher.ts) over a snapshot of the gateway's own counters (build.ts);
// - the gateway's clock against the core's (core-clock.ts), over the uplink;
// - every machine's clock against the gateway's (device-clocks.ts), from live messages as they are stored;
// - the clock flags as coded events (clock-events.ts), which also publish the health at once.
// It depends on narrow inputs only (functions and plain data), and is told about changes through a few methods
// (uplinkUp, machineOnline, spoolAlarm, ...) that the controller or its event bus calls.
import type { Logger } from 'pino';
import type { ClockConfig, HealthConfig } from '../config/sections/health.ts';
import type { DeviceCounters } from '../pipeline/device-stats.ts';
import type { SpoolStats } from '../spool/spool.ts';
import { encodeHealth, spoolFreeBytes, type HealthReason, type HealthSnapshot } from './build.ts';
import { InflowMeter, filesystemFreeBytes, outageHoursLeft } from './capacity.ts';
import { ClockEvents } from './clock-events.ts';
import { configHash } from './config-hash.ts';
import { CoreClock, type CoreClockEstimate } from './core-clock.ts';
import type { DeviceClockState } from './device-clock.ts';
import { DeviceClocks } from './device-clocks.ts';
import { HealthPublisher } from './publisher.ts';
import { TodayCounts } from './today.ts';

export interface UplinkFacts {
  connected: boolean;
  sinceMs: number;
  reconnects: number;
  lastConfirmMs: number;
  lastError?: string;
}

export interface SiteHealthOptions {
  siteId: string;
  topicPrefix: string;
  version: string;
  startedMs: number;
  health: HealthConfig;
  clock: ClockConfig;
  spoolDir: string;
  /** The effective config (hashed for config_hash; a function: a reload replaces it). */
  config: () => unknown;
  devices: () => readonly { id: string; kind: string; transport: 'mqtt' | 'opcua' }[];
  stats: { snapshot(): Record<string, DeviceCounters> };
  spool: { stats(): SpoolStats };
  /** Bytes appended to the spool since start (the spool's appendedBytes.total). */
  appendedBytes: () => number;
  uplink: () => UplinkFacts;
  /** Commands that ended failed, expired or rejected since start. */
  commandsFailed: () => number;
  /** Publishes to the core now; false when the uplink is down. Nothing here is ever spooled. */
  send: (topic: string, payload: Buffer, opts: { qos: 0 | 1; retain: boolean }) => boolean;
  log: Pick<Logger, 'warn' | 'info'>;
  now?: () => number;
}

/** What /api/status and /metrics show about the clocks. */
export interface ClockReport {
  core: CoreClockEstimate;
  devices: Record<string, DeviceClockState>;
  events: Record<string, number>;
}

export class SiteHealth {
  private readonly opts: SiteHealthOptions;
  private readonly now: () => number;
  readonly events: ClockEvents;
  readonly deviceClocks: DeviceClocks;
  readonly coreClock: CoreClock;
  readonly publisher: HealthPublisher;
  private readonly inflow: InflowMeter;
  private readonly today: TodayCounts;
  private sequence = 0;
  private hashOf: { config: unknown; hash: string } | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(opts: SiteHealthOptions) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    const c = opts.clock;
    this.events = new ClockEvents(opts.log);
    this.deviceClocks = new DeviceClocks(() => this.opts.clock, this.events, this.now);
    this.coreClock = new CoreClock({
      siteId: opts.siteId,
      topicPrefix: opts.topicPrefix,
      maxSkewMs: c.maxSkewMs,
      probeIntervalMs: c.probeIntervalS * 1000,
      samples: c.samples,
      send: (topic, payload) => opts.send(topic, payload, { qos: 0, retain: false }),
      onSkewChange: (skewed, e) =>
        this.events.change(
          'GW_CLOCK_SKEW',
          skewed,
          { offsetMs: e.offsetMs, uncertaintyMs: e.uncertaintyMs, maxSkewMs: e.maxSkewMs },
          skewed
            ? "the gateway's clock is off the core's by more than clock.maxSkewMs: check the site's time service (NTP)"
            : "the gateway's clock is back within clock.maxSkewMs of the core's",
        ),
      clock: this.now,
    });
    this.publisher = new HealthPublisher({
      topic: this.healthTopic,
      intervalMs: opts.health.intervalS * 1000,
      minGapMs: opts.health.minGapMs,
      build: (reason) => encodeHealth(this.snapshot(reason)),
      connected: () => this.opts.uplink().connected,
      publish: (topic, payload) => opts.send(topic, payload, { qos: 1, retain: true }),
      clock: this.now,
    });
    this.inflow = new InflowMeter(opts.health.inflowWindowS * 1000, opts.appendedBytes);
    this.today = new TodayCounts(opts.startedMs);
  }

  get healthTopic(): string {
    return `${this.opts.topicPrefix}/${this.opts.siteId}/health`;
  }

  /** Where the core's time answers arrive: subscribe to it at the core on every connect. */
  get timeResponseTopic(): string {
    return this.coreClock.responseTopic;
  }

  start(): void {
    if (!this.opts.health.enabled) return;
    this.unsubscribe = this.events.onChange(() => this.publisher.changed('clock_skew'));
    this.inflow.sample(this.now());
    this.coreClock.start();
    this.publisher.start();
  }

  stop(): void {
    this.unsubscribe?.();
    this.publisher.stop();
    this.coreClock.stop();
  }

  health(): { enabled: boolean; publisher: ReturnType<HealthPublisher['health']>; coreClock: ReturnType<CoreClock['health']> } {
    return { enabled: this.opts.health.enabled, publisher: this.publisher.health(), coreClock: this.coreClock.health() };
  }

  // ---- what happened: called by the controller (or its event bus) ----

  uplinkUp(): void {
    if (!this.opts.health.enabled) return;
    this.coreClock.uplinkUp();
    this.publisher.changed('uplink_up');
  }

  uplinkDown(): void {
    this.coreClock.uplinkDown();
  }

  /** A message from the core; true when it was ours (a time answer). */
  coreMessage(topic: string, payload: Buffer): boolean {
    if (topic !== this.coreClock.responseTopic) return false;
    this.coreClock.onResponse(payload);
    return true;
  }

  machineOnline(_deviceId: string, online: boolean): void {
    this.publisher.changed(online ? 'machine_online' : 'machine_offline');
  }

  spoolAlarm(active: boolean): void {
    if (active) this.publisher.changed('spool_full');
  }

  spoolCorrupt(): void {
    this.publisher.changed('spool_corrupt');
  }

  configReloaded(removedDeviceIds: readonly string[] = []): void {
    for (const id of removedDeviceIds) this.deviceClocks.forget(id);
    this.publisher.changed('config_reloaded');
  }

  /** A machine's message was stored: its own time against now (live messages only; the gateway's own have none). */
  observe(deviceId: string, deviceTimeMs: number): void {
    this.deviceClocks.observe(deviceId, deviceTimeMs, this.now());
  }

  // ---- what is reported ----

  outage(spool: SpoolStats = this.opts.spool.stats()): { freeBytes: number; outageHoursLeft: number | null } {
    const now = this.now();
    const freeBytes = spoolFreeBytes(spool, filesystemFreeBytes(this.opts.spoolDir));
    return { freeBytes, outageHoursLeft: outageHoursLeft(freeBytes, this.inflow.bytesPerHour(now)) };
  }

  clockReport(): ClockReport {
    return { core: this.coreClock.estimate(), devices: this.deviceClocks.states(), events: { ...this.events.raised } };
  }

  snapshot(reason: HealthReason): HealthSnapshot {
    const now = this.now();
    const counters = this.opts.stats.snapshot();
    const totals = Object.fromEntries(
      Object.entries(counters).map(([id, c]) => [id, { received: c.received, rejected: c.rejected, forwarded: c.forwarded }]),
    );
    this.today.sample(totals, now);
    const spool = this.opts.spool.stats();
    const fsFree = filesystemFreeBytes(this.opts.spoolDir);
    const config = this.opts.config();
    if (this.hashOf === undefined || this.hashOf.config !== config) this.hashOf = { config, hash: configHash(config) };
    const hash = this.hashOf.hash;
    return {
      siteId: this.opts.siteId,
      nowMs: now,
      version: this.opts.version,
      configVersion: this.opts.health.configVersion,
      configHash: hash,
      startedMs: this.opts.startedMs,
      sequence: ++this.sequence,
      reason,
      uplink: this.opts.uplink(),
      spool,
      filesystemFreeBytes: fsFree,
      outageHoursLeft: outageHoursLeft(spoolFreeBytes(spool, fsFree), this.inflow.bytesPerHour(now)),
      machines: this.opts.devices().map((d) => {
        const c = counters[d.id];
        return {
          id: d.id,
          kind: d.kind,
          transport: d.transport,
          counters: c,
          today: this.today.today(d.id, c ?? { received: 0, rejected: 0, forwarded: 0 }),
          clock: this.deviceClocks.state(d.id),
        };
      }),
      countsSinceMs: this.today.since,
      clock: this.coreClock.estimate(),
      commandsFailed: this.opts.commandsFailed(),
    };
  }
}
