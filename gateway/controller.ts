// Builds the gateway from a validated config, wires its parts, starts them in order, stops them in reverse, and applies
// a reload. It holds no logic of its own: each step of a message is an object with a name, and what several parts react
// to goes over the typed bus (gateway/events/events.ts lists every event, who says it and who hears it).
//
// The way up (a machine's message to the core), each arrow a method call:
//   DeviceBroker --onPublish--> BrokerHooks --handle--> Ingest --append--> Spool --'durable'--> Uplink --publish--> CoreConnection
//   OpcuaDevices --accept--> Ingest
// and back: the core's confirmation -> Uplink -> spool.confirm, record.confirmed on the bus (DeviceStats counts it).
// The way down (a command): CoreConnection -> Uplink -> CommandRouter (CommandPath) -> MqttCommandTransport -> DeviceBroker,
// or OpcuaDevices; its result goes up like any message (Ingest.storeCommandResult).
//
// Start order follows the data's path backwards (the spool first, so nothing is acknowledged before it can be stored;
// the commands; the uplink; then the device broker), and stop runs in reverse: stop accepting devices, finish the writes
// in flight, say goodbye to the core, close the spool.
import type { Logger } from 'pino';
import { VERSION } from '../base/version.ts';
import { compilePending } from '../devices/common/schema-compile.ts';
import { CoreConnection } from '../protocols/mqtt/core-connection.ts';
import { DeviceBroker } from '../protocols/mqtt/device-broker.ts';
import { CommandPath } from './commands/command-path.ts';
import { coreOptions, deviceBrokerOptions, spoolOptions, stateDir } from './part-options.ts';
import { loadHashKey } from './config/hash-key.ts';
import { HashCheckGate } from './config/password-checks.ts';
import { loadPickupKey } from './config/pickup-key.ts';
import type { Config } from './config/schema.ts';
import { createGatewayBus, type GatewayBus } from './events/events.ts';
import { SiteHealth } from './health/site-health.ts';
import { OpcuaDevices } from './opcua/runtime.ts';
import { BrokerHooks } from './pipeline/broker-hooks.ts';
import { BrokerRefusals } from './pipeline/broker-refusals.ts';
import { DeviceBudget } from './pipeline/device-budget.ts';
import { DeviceStats } from './pipeline/device-stats.ts';
import { DeviceTable } from './pipeline/device-table.ts';
import { Ingest } from './pipeline/ingest.ts';
import { SiteStatus } from './pipeline/site-status.ts';
import { SpoolReporter } from './pipeline/spool-reporter.ts';
import { Uplink, type CoreSubscriber } from './pipeline/uplink.ts';
import { classifyChange, sectionsOf } from './remote-config/live-settings.ts';
import { Spool } from './spool/spool.ts';
import { resolveAccess } from './status/access.ts';
import { StatusServer } from './status/http.ts';
import { GatewayMetrics } from './status/metrics.ts';
import { StatusReport } from './status/report.ts';

/** What a reload changed (device ids) and the config sections with a change that takes effect only after a restart. */
export interface ReloadResult {
  added: string[];
  removed: string[];
  changed: string[];
  needRestart: string[];
}

/** Remote configuration, wired by the process shell (gateway/app/remote-config-shell.ts; docs/remote-config.md). */
export interface RemoteConfigHooks {
  /** Its topic at the core ({topicPrefix}/{siteId}/config), subscribed through the uplink beside the commands'. */
  subscriber: CoreSubscriber;
  /** What /api/status shows under `config`, and the version in SiteStatus (0: the site file alone). */
  status(): Record<string, unknown>;
  version(): number;
}

/** How long after the start the message schemas begin to compile: the machines that reconnect at once log in first. */
const SCHEMA_WARMUP_DELAY_MS = 500;

export class Controller {
  private cfg: Readonly<Config>;
  readonly log: Logger;
  /** What several parts react to: machines, records, the spool, the uplink, config reloads (gateway/events/events.ts). */
  readonly bus: GatewayBus;
  readonly startedAt = Date.now();
  // the way up
  readonly stats: DeviceStats;
  readonly spool: Spool;
  /** The configured machines: codec, credential, budget (replaced on a reload). */
  private readonly devices: DeviceTable;
  /** What one machine may cost: rate, publishes in flight, unanswered questions (broker.deviceBudget, devices[].budget). */
  readonly budget: DeviceBudget;
  private readonly ingest: Ingest;
  readonly broker: DeviceBroker;
  /** OPC-UA machines: connectors, and their CommandTransport. */
  readonly opcua: OpcuaDevices;
  private readonly siteStatus: SiteStatus;
  readonly core: CoreConnection;
  readonly uplink: Uplink;
  private readonly spoolReporter: SpoolReporter;
  // the way down
  readonly commands: CommandPath;
  // what the site engineer and monitoring see
  /** Prometheus metrics (/metrics); the command router counts results and refusals into it. */
  readonly metrics: GatewayMetrics;
  readonly report: StatusReport;
  /** The retained GatewayHealth upstream and clock trust (gateway/health/). */
  readonly siteHealth: SiteHealth;
  readonly http: StatusServer;
  private running = false;

  constructor(config: Readonly<Config>, log: Logger, env: NodeJS.ProcessEnv = process.env, remote?: RemoteConfigHooks) {
    this.cfg = config;
    this.log = log;
    const c = config;
    const bus = createGatewayBus(log);
    this.bus = bus;
    this.spool = new Spool(spoolOptions(c.spool));
    // Made durable here (file, spool directory, the levels above: spool.ts invariant 7), before anything starts, so no
    // hash leaves the site under a key a power cut could replace.
    const hashKey = loadHashKey(c, env);
    const devices = new DeviceTable(c.devices, {
      hashKey,
      env,
      hashChecks: new HashCheckGate(),
      defaultBudget: () => this.cfg.broker.deviceBudget,
    });
    this.devices = devices;
    const pickupKey = loadPickupKey(c, env);
    this.stats = new DeviceStats(Date.now, bus);
    this.budget = new DeviceBudget({ limits: (deviceId) => devices.budgetOf(deviceId) });

    // ---- the way up: broker -> hooks -> ingest -> spool -> uplink -> core ----
    this.ingest = new Ingest({
      siteId: c.site.id,
      maxPayloadBytes: c.broker.maxPayloadBytes,
      devices: () => devices.current(),
      spool: this.spool,
      stats: this.stats,
      budget: this.budget,
      bus,
      log,
      // Refusals are answered on devices/{id}/error through the broker, which is built next (it needs the ingest).
      reply: (topic, payload) => this.broker.publish(topic, payload),
    });
    const ingest = this.ingest;
    this.opcua = new OpcuaDevices({
      devices: c.devices,
      stats: this.stats,
      log,
      stateDir: stateDir(c),
      hashKey,
      env,
      accept: (deviceId, channel, message, done) => ingest.accept(deviceId, channel, message, done),
    });
    this.broker = new DeviceBroker(
      deviceBrokerOptions(c.broker),
      new BrokerHooks({
        devices,
        ingest,
        budget: this.budget,
        stats: this.stats,
        refusals: new BrokerRefusals({ stats: this.stats, log, hashKey }),
        bus,
        log,
      }),
      log,
    );
    this.siteStatus = new SiteStatus({
      site: () => this.cfg.site,
      deviceIds: () => devices.ids(),
      spool: this.spool,
      startedAt: this.startedAt,
      configVersion: remote ? () => remote.version() : undefined,
      healthTopic: () => (this.cfg.health.enabled ? `${this.cfg.uplink.topicPrefix}/${this.cfg.site.id}/health` : ''),
    });
    this.core = new CoreConnection(coreOptions(c, env, this.siteStatus.encode(false)), log);
    this.uplink = new Uplink(
      {
        siteId: c.site.id,
        topicPrefix: c.uplink.topicPrefix,
        ack: c.uplink.ack,
        window: c.uplink.window,
        maxRate: c.uplink.maxRate,
        ackTimeoutMs: c.uplink.ackTimeoutMs,
        siteStatus: this.siteStatus,
        bus,
      },
      this.spool,
      this.core,
      log,
    );
    if (remote) this.uplink.deliverCoreMessagesTo(remote.subscriber);
    this.spoolReporter = new SpoolReporter(this.spool, c.spool.dir, bus, log);

    // ---- what the site engineer and monitoring see (the metrics first: the command router counts into them) ----
    this.metrics = new GatewayMetrics({
      siteId: c.site.id,
      version: VERSION,
      devices: () => this.cfg.devices,
      stats: this.stats,
      spool: this.spool,
      core: this.core,
      broker: this.broker,
      lastConfirmAt: () => this.uplink.lastConfirmAt,
      pickups: () => this.commands.pickupRequests.counts(),
      budget: () => this.budget.counts(),
      health: { outage: () => this.siteHealth.outage(), clocks: () => this.siteHealth.clockReport() },
    });

    // ---- the way down: core -> uplink -> command router -> MQTT or OPC-UA machine; results up through the ingest ----
    this.commands = new CommandPath(
      {
        config: c,
        stateDir: stateDir(c),
        log,
        devices: () => this.cfg.devices,
        broker: this.broker,
        ingest,
        uplink: this.uplink,
        bus,
        counters: this.metrics,
        pickupKey,
      },
      { opcua: this.opcua },
    );

    // ---- what the core's fleet view sees: health upstream and clock trust ----
    this.siteHealth = new SiteHealth({
      siteId: c.site.id,
      topicPrefix: c.uplink.topicPrefix,
      version: VERSION,
      startedMs: this.startedAt,
      health: c.health,
      clock: c.clock,
      spoolDir: c.spool.dir,
      config: () => this.cfg,
      devices: () => this.cfg.devices,
      stats: this.stats,
      spool: this.spool,
      appendedBytes: () => this.spool.appendedBytes.total,
      uplink: () => ({
        connected: this.core.state.connected,
        sinceMs: this.core.state.since,
        reconnects: this.core.state.reconnects,
        lastConfirmMs: this.uplink.lastConfirmAt,
        lastError: this.core.state.lastError,
      }),
      commandsFailed: () => this.metrics.commandsFailed,
      remoteConfigVersion: remote ? () => remote.version() : undefined,
      // Straight to the core or not at all: health is current state, never spooled.
      send: (topic, payload, opts) => {
        const client = this.core.current;
        if (!client) return false;
        client.publish(topic, payload, opts);
        return true;
      },
      bus,
      log,
    });
    this.uplink.deliverCoreMessagesTo(this.siteHealth.coreSubscriber);

    this.report = new StatusReport({
      config: () => this.cfg,
      startedAt: this.startedAt,
      core: this.core,
      uplink: this.uplink,
      spool: this.spool,
      broker: this.broker,
      stats: this.stats,
      pickups: this.commands.pickupRequests,
      spoolOpen: () => this.running,
      remoteConfig: remote ? () => remote.status() : undefined,
      health: this.siteHealth,
    });
    // resolveAccess refuses a non-loopback http.host without a token (GW_CONFIG_HTTP_TOKEN_REQUIRED) before anything listens.
    this.http = new StatusServer(
      { host: c.http.host, port: c.http.port, access: resolveAccess(c.http, env, log), metrics: this.metrics, limits: c.http.limits },
      {
        report: this.report,
        stats: this.stats,
        spool: this.spool,
        spoolDir: c.spool.dir,
        core: this.core,
        startedAt: this.startedAt,
      },
      log,
    );
  }

  get config(): Readonly<Config> {
    return this.cfg;
  }

  /**
   * Applies a new config while running (SIGHUP, or a remote version): what gateway/remote-config/live-settings.ts lists
   * as live (machines added, removed or changed, without touching the others or the spool; the log level; the machines'
   * default budget; health and clock settings; the uplink's rate). A removed or changed machine is disconnected (a
   * changed one logs in again with its new settings). Other changes take effect after a restart and are reported by
   * section, not applied. Throws (and changes nothing) if a new device's secret cannot be resolved. Told on the bus as
   * config.reloaded.
   */
  reload(next: Readonly<Config>): ReloadResult {
    const devices = this.devices.prepare(next.devices, next.broker.deviceBudget); // throws on a missing secret, before anything changed
    const change = classifyChange(this.cfg, next);
    const needRestart = sectionsOf(change.restart);
    const applyOpcua = this.opcua.prepareReload(next.devices); // throws on a missing secret, before anything changed
    const { added, removed, changed } = devices;
    const before = this.cfg;
    devices.apply();
    this.cfg = next;
    this.log.level = next.log.level;
    for (const id of [...removed, ...changed]) this.broker.disconnect(id);
    for (const id of removed) this.budget.forget(id);
    if (JSON.stringify(before.broker.deviceBudget) !== JSON.stringify(next.broker.deviceBudget) || changed.length > 0)
      this.budget.limitsChanged();
    if (change.live.some((p) => p.startsWith('health.') || p.startsWith('clock.'))) this.siteHealth.reconfigure(next.health, next.clock);
    this.uplink.setMaxRate(next.uplink.maxRate);
    void applyOpcua().catch((e: Error) =>
      this.log.error({ component: 'opcua', code: 'GW_INTERNAL', err: e.message }, 'OPC-UA machines not reloaded'),
    );
    this.log.info(
      { component: 'controller', added, removed, changed, live: change.live.filter((p) => p !== 'devices') },
      'config reloaded',
    );
    if (needRestart.length > 0)
      this.log.warn(
        { component: 'controller', sections: needRestart, settings: change.restart },
        'these config changes take effect after a restart',
      );
    this.bus.emit('config.reloaded', { config: next, added, removed, changed, needRestart });
    return { added, removed, changed, needRestart };
  }

  async start(): Promise<void> {
    this.spoolReporter.start();
    this.spool.start();
    this.running = true;
    this.siteStatus.spoolOpen = true;
    this.spoolReporter.opened();
    this.stats.start();
    await this.commands.start();
    this.uplink.start();
    this.siteHealth.start();
    this.core.start();
    await this.http.start();
    this.log.info(
      { component: 'status', url: this.http.address, access: this.http.tokenRequired ? 'token required' : 'loopback only' },
      'status page listening',
    );
    await this.broker.start();
    this.log.info(
      { component: 'broker', host: this.config.broker.host, port: this.broker.port, devices: this.devices.size },
      'device broker listening',
    );
    await this.opcua.start();
    // The kinds' message schemas compile after the start, one per turn of the event loop, so that neither the spool's
    // opening nor a machine's first message nor a login meanwhile waits for all of them (devices/common/schema-compile.ts).
    let compiled = 0;
    const compileNext = () => {
      try {
        if (this.running && compilePending(1) > 0) {
          compiled++;
          setImmediate(compileNext);
        } else if (this.running) this.log.info({ component: 'controller', schemas: compiled }, 'message schemas compiled');
      } catch (e) {
        this.log.error({ component: 'controller', code: 'GW_INTERNAL', err: (e as Error).message }, 'a message schema does not compile');
      }
    };
    setTimeout(compileNext, SCHEMA_WARMUP_DELAY_MS).unref();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.siteStatus.spoolOpen = false;
    await this.opcua.stop();
    await this.broker.stop();
    this.budget.stop();
    this.commands.stop();
    this.siteHealth.stop();
    this.uplink.stop();
    await this.core.stop({ topic: this.uplink.statusTopic, payload: this.siteStatus.encode(false), retain: true });
    await this.spool.stop();
    this.spoolReporter.stop();
    this.stats.stop();
    await this.http.stop();
    this.log.info({ component: 'controller' }, 'stopped');
  }

  /** What /api/status shows (gateway/status/report.ts). */
  status(): Record<string, unknown> {
    return this.report.status();
  }

  ready(): { ready: boolean; reasons: string[] } {
    return this.report.ready();
  }
}
