// The site's health upstream and its clock trust, as one component with the house's lifecycle (start, stop, health):
// - the GatewayHealth publisher (publisher.ts) over a snapshot of the gateway's own counters (build.ts);
// - the gateway's clock against the core's (core-clock.ts), over the uplink;
// - every machine's clock against the gateway's (device-clocks.ts), from live messages as they are stored;
// - the clock flags as coded events (clock-events.ts), which also publish the health at once.
// It reads the gateway through narrow inputs (functions and plain data) and hears the bus (gateway/events/): a stored
// record feeds its machine's clock; the uplink up or down, a machine online or offline, a spool alarm or corruption
// and a reload make it look at once. What it looks at is a small signature of the state (uplink, spool full,
// corruptions, machines online, the config object), also compared every second, so the reasons come from one place
// and an event heard twice is one change. The core's time answers reach it as a subscriber of the uplink.
import type { Logger } from 'pino';
import type { GatewayBus } from '../events/events.ts';
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
  /** The remote configuration version running (gateway/remote-config/); absent: none. */
  remoteConfigVersion?: () => number;
  /** Publishes to the core now; false when the uplink is down. Nothing here is ever spooled. */
  send: (topic: string, payload: Buffer, opts: { qos: 0 | 1; retain: boolean }) => boolean;
  log: Pick<Logger, 'warn' | 'info'>;
  /** Heard in start(), left in stop(). */
  bus?: GatewayBus;
  now?: () => number;
}

/** What /api/status and /metrics show about the clocks. */
export interface ClockReport {
  core: CoreClockEstimate;
  devices: Record<string, DeviceClockState>;
  events: Record<string, number>;
}

const WATCH_MS = 1000;

interface Signature {
  connected: boolean;
  full: boolean;
  corruptions: number;
  online: Set<string>;
  config: unknown;
}

export class SiteHealth {
  private opts: SiteHealthOptions;
  private readonly now: () => number;
  readonly events: ClockEvents;
  readonly deviceClocks: DeviceClocks;
  readonly coreClock: CoreClock;
  readonly publisher: HealthPublisher;
  private readonly inflow: InflowMeter;
  private readonly today: TodayCounts;
  private sequence = 0;
  private hashOf: { config: unknown; hash: string } | undefined;
  private unsubscribe: (() => void)[] = [];
  private watchTimer: NodeJS.Timeout | undefined;
  private seen: Signature | undefined;

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

  /**
   * New health and clock settings (a reload; gateway/remote-config/live-settings.ts lists what is live): the interval,
   * the minimum gap and the label, the skew limit, probe interval and sample counts. `enabled` and `inflowWindowS` keep
   * the values the gateway started with (a restart applies them).
   */
  reconfigure(health: HealthConfig, clock: ClockConfig): void {
    this.opts = {
      ...this.opts,
      health: { ...health, enabled: this.opts.health.enabled, inflowWindowS: this.opts.health.inflowWindowS },
      clock,
    };
    this.publisher.retune(health.intervalS * 1000, health.minGapMs);
    this.coreClock.retune({ maxSkewMs: clock.maxSkewMs, probeIntervalMs: clock.probeIntervalS * 1000, samples: clock.samples });
  }

  get healthTopic(): string {
    return `${this.opts.topicPrefix}/${this.opts.siteId}/health`;
  }

  start(): void {
    const bus = this.opts.bus;
    if (bus) {
      const look = () => this.watch();
      this.unsubscribe.push(
        bus.on('record.stored', (e) => this.observe(e.deviceId, e.message.deviceTimeMs)),
        bus.on('uplink.connected', look),
        bus.on('uplink.disconnected', look),
        bus.on('device.online', look),
        bus.on('spool.alarm', look),
        bus.on('spool.corrupt', look),
        bus.on('config.reloaded', (e) => {
          for (const id of e.removed) this.deviceClocks.forget(id);
          look();
        }),
      );
    }
    if (!this.opts.health.enabled) return;
    this.unsubscribe.push(this.events.onChange(() => this.publisher.changed('clock_skew')));
    this.inflow.sample(this.now());
    this.coreClock.start();
    this.seen = this.signature();
    if (this.seen.connected) this.coreClock.uplinkUp();
    this.publisher.start();
    this.watchTimer = setInterval(() => this.watch(), WATCH_MS);
    this.watchTimer.unref();
  }

  stop(): void {
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = undefined;
    this.seen = undefined;
    for (const off of this.unsubscribe.splice(0)) off();
    this.publisher.stop();
    this.coreClock.stop();
  }

  health(): { enabled: boolean; publisher: ReturnType<HealthPublisher['health']>; coreClock: ReturnType<CoreClock['health']> } {
    return { enabled: this.opts.health.enabled, publisher: this.publisher.health(), coreClock: this.coreClock.health() };
  }

  /** For the uplink (deliverCoreMessagesTo): subscribe to the core's time answers on every connect, and take them. */
  readonly coreSubscriber = {
    topics: (): string[] => [this.coreClock.responseTopic],
    matches: (topic: string): boolean => topic === this.coreClock.responseTopic,
    onMessage: async (_topic: string, payload: Buffer): Promise<void> => this.coreClock.onResponse(payload),
  };

  /** A machine's message was stored: its own time against now (live messages only; the gateway's own have none). */
  observe(deviceId: string, deviceTimeMs: number): void {
    this.deviceClocks.observe(deviceId, deviceTimeMs, this.now());
  }

  private signature(): Signature {
    const counters = this.opts.stats.snapshot();
    const spool = this.opts.spool.stats();
    return {
      connected: this.opts.uplink().connected,
      full: spool.full,
      corruptions: spool.corruptions,
      online: new Set(
        this.opts
          .devices()
          .filter((d) => counters[d.id]?.online)
          .map((d) => d.id),
      ),
      config: this.opts.config(),
    };
  }

  /**
   * Publishes (within the minimum gap) when the signature changed since the last look: the one place that turns state
   * into reasons, so an event reported twice (by the bus and by the watch) is one change.
   */
  watch(): void {
    const before = this.seen;
    if (!before || !this.opts.health.enabled) return;
    const now = this.signature();
    this.seen = now;
    if (now.connected && !before.connected) {
      this.coreClock.uplinkUp();
      this.publisher.changed('uplink_up');
    }
    if (!now.connected && before.connected) this.coreClock.uplinkDown();
    if (now.full && !before.full) this.publisher.changed('spool_full');
    if (now.corruptions > before.corruptions) this.publisher.changed('spool_corrupt');
    if (now.config !== before.config) this.publisher.changed('config_reloaded');
    for (const id of before.online) if (!now.online.has(id)) this.publisher.changed('machine_offline');
    for (const id of now.online) if (!before.online.has(id)) this.publisher.changed('machine_online');
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
      remoteConfigVersion: this.opts.remoteConfigVersion?.() ?? 0,
    };
  }
}
