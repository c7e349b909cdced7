// Builds and wires the whole gateway from a validated config. Start order follows the data's path backwards (the spool
// first, so nothing is acknowledged before it can be stored; the uplink; then the device broker), and stop runs in
// reverse: stop accepting devices, finish the writes in flight, say goodbye to the core, close the spool.
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { codecFor } from '../devices/registry.ts';
import { DeviceBroker } from '../protocols/mqtt/device-broker.ts';
import { CoreConnection } from '../protocols/mqtt/core-connection.ts';
import { pb } from '../proto/index.ts';
import { CommandPath } from './commands/command-path.ts';
import type { Config } from './config/schema.ts';
import { HashCheckGate } from './config/password-checks.ts';
import { credentialFor, resolveSecret, type Credential } from './config/secrets.ts';
import { BrokerRefusals } from './pipeline/broker-refusals.ts';
import { DeviceBudget, type BudgetLimits } from './pipeline/device-budget.ts';
import { Ingest, type IngestDevice } from './pipeline/ingest.ts';
import { OpcuaDevices } from './opcua/runtime.ts';
import { Spool } from './spool/spool.ts';
import { resolveAccess } from './status/access.ts';
import { StatusServer } from './status/http.ts';
import { loadHashKey } from './config/hash-key.ts';
import { loadPickupKey } from './config/pickup-key.ts';
import { GatewayMetrics } from './status/metrics.ts';
import { DeviceStats } from './pipeline/device-stats.ts';
import { Uplink } from './pipeline/uplink.ts';
import { SiteHealth } from './health/site-health.ts';
import { VERSION } from '../base/version.ts';

interface DeviceEntry extends IngestDevice {
  credential: Credential;
  budget: BudgetLimits;
}

export class Controller {
  private cfg: Readonly<Config>;
  readonly log: Logger;
  readonly stats = new DeviceStats();
  readonly spool: Spool;
  readonly broker: DeviceBroker;
  readonly core: CoreConnection;
  readonly uplink: Uplink;
  readonly http: StatusServer;
  /** Prometheus metrics (/metrics); the commands module counts results with `metrics.commandResults.inc({ state })`. */
  readonly metrics: GatewayMetrics;
  readonly commands: CommandPath;
  /** OPC-UA machines: connectors, and their CommandTransport. */
  readonly opcua: OpcuaDevices;
  /** The retained GatewayHealth upstream and clock trust (gateway/health/). */
  readonly siteHealth: SiteHealth;
  /** Commands that ended failed, expired or rejected (GatewayHealth.commands_failed). */
  private commandsFailed = 0;
  private readonly ingest: Ingest;
  /** What one machine may cost: rate, publishes in flight, unanswered questions (broker.deviceBudget, devices[].budget). */
  readonly budget: DeviceBudget;
  private devices = new Map<string, DeviceEntry>();
  readonly startedAt = Date.now();
  private readonly env: NodeJS.ProcessEnv;
  private readonly hashKey: Buffer;
  /** Password checks: async scrypt off the event loop, one at a time, a bounded queue. */
  private readonly hashChecks = new HashCheckGate();
  private running = false;

  constructor(config: Readonly<Config>, log: Logger, env: NodeJS.ProcessEnv = process.env) {
    this.cfg = config;
    this.env = env;
    this.log = log;
    const c = config;
    this.spool = new Spool({
      dir: c.spool.dir,
      maxBytes: c.spool.maxBytes,
      segmentBytes: c.spool.segmentBytes,
      telemetryTtlMs: c.spool.telemetryTtlS * 1000,
      dedupWindow: c.spool.dedupWindow,
    });
    // Made durable here (file, spool directory, the levels above: spool.ts invariant 7), before anything starts, so no
    // hash leaves the site under a key a power cut could replace.
    this.hashKey = loadHashKey(c, env);
    for (const d of c.devices) this.devices.set(d.id, this.deviceEntry(d));
    this.opcua = new OpcuaDevices({
      devices: c.devices,
      stats: this.stats,
      log,
      stateDir: stateDir(c),
      hashKey: this.hashKey,
      env,
      accept: (id, ch, msg, done) => this.ingest.accept(id, ch, msg, done),
    });
    this.commands = new CommandPath(
      {
        config: c,
        stateDir: stateDir(c),
        log,
        devices: () => this.cfg.devices,
        isConnected: (id) => this.broker.isConnected(id),
        publishToDevice: (topic, payload) => this.broker.publish(topic, payload),
        report: (id, result) => this.ingest.storeCommandResult(id, result),
        rebirth: () => this.uplink.rebirth(),
        onResult: (state) => {
          this.metrics.commandResults.inc({ state });
          if (state === 'failed' || state === 'expired' || state === 'rejected') this.commandsFailed++;
        },
        onRefusal: (code) => this.metrics.commandRefusals.inc({ code }),
        pickupKey: loadPickupKey(c, env),
        raiseEvent: (id, msg) =>
          new Promise((resolve, reject) => this.ingest.accept(id, 'event', msg, (err) => (err ? reject(err) : resolve()))),
      },
      { opcua: this.opcua },
    );
    this.budget = new DeviceBudget({ limits: (id) => this.devices.get(id)?.budget ?? this.cfg.broker.deviceBudget });
    this.ingest = new Ingest({
      siteId: c.site.id,
      maxPayloadBytes: c.broker.maxPayloadBytes,
      devices: () => this.devices,
      spool: this.spool,
      stats: this.stats,
      log,
      reply: (topic, payload) => this.broker.publish(topic, payload),
      extraChannels: this.commands.channels(),
      onStored: (id, ch, msg) => {
        this.commands.onStored(id, ch, msg);
        this.siteHealth.observe(id, msg.deviceTimeMs); // a machine's clock, from its live messages
      },
      budget: this.budget,
    });
    const t = c.broker.tls;
    const b = c.broker;
    const refusals = new BrokerRefusals({ stats: this.stats, log, hashKey: this.hashKey });
    this.broker = new DeviceBroker(
      {
        host: b.host,
        port: b.port,
        tls: t.port > 0 ? { ...t, host: t.host || b.host } : undefined,
        guard: {
          connectMaxBytes: b.connectMaxBytes,
          connectDeadlineMs: b.connectDeadlineMs,
          maxConnections: b.maxConnections,
          maxConnectionsPerSource: b.maxConnectionsPerSource,
          // After login: the payload, the largest topic MQTT allows (65,535 bytes and its length), a packet id, a 5-byte fixed header.
          packetMaxBytes: b.maxPayloadBytes + 2 + 65535 + 2 + 5,
        },
        backoff: { ...b.loginBackoff, forgetAfterMs: b.loginBackoff.forgetAfterS * 1000 },
      },
      {
        authenticate: async (id, password) => (await this.devices.get(id)?.credential.check(password)) ?? false,
        knows: (id) => this.devices.has(id),
        onPublish: (id, channel, packet, done) => this.ingest.handle(id, channel, packet, done),
        onRefused: (id, code, detail) => {
          this.stats.rejected(id, code, detail);
          log.warn({ component: 'broker', deviceId: id, code }, detail);
        },
        onPreAuthRefused: (r) => refusals.refuse(r),
        onConnect: (id) => {
          // A login over the device's budget (a reconnect loop) is cut at once: counted and logged rate-limited by the ingest.
          if (!this.ingest.admitConnection(id)) return this.broker.disconnect(id);
          this.stats.setOnline(id, true);
          log.info({ component: 'broker', deviceId: id }, 'device connected');
          this.commands.mqtt.connected(id);
        },
        onDisconnect: (id) => {
          this.budget.disconnected(id);
          if (this.budget.refusedConnection(id)) return;
          this.stats.setOnline(id, false);
          log.info({ component: 'broker', deviceId: id }, 'device disconnected');
          this.commands.mqtt.disconnected(id);
        },
        onSubscription: (id, channel, active) => this.commands.mqtt.subscription(id, channel, active),
        admitSubscription: (id) => this.ingest.admitSubscription(id),
      },
      log,
    );
    const uplinkPassword = resolveSecret(c.uplink, '/uplink', env);
    const statusTopic = `${c.uplink.topicPrefix}/${c.site.id}/status`;
    this.core = new CoreConnection(
      {
        url: c.uplink.url,
        clientId: c.uplink.clientId || `edge-gateway-${c.site.id}`,
        username: c.uplink.username || undefined,
        password: uplinkPassword,
        keepaliveS: c.uplink.keepaliveS,
        reconnectMinMs: c.uplink.reconnectMinMs,
        reconnectMaxMs: c.uplink.reconnectMaxMs,
        will: { topic: statusTopic, payload: this.siteStatus(false), retain: true, qos: 1 },
        tlsFiles: c.uplink.url.startsWith('mqtts:') ? c.uplink.tls : undefined,
      },
      log,
    );
    this.uplink = new Uplink(
      {
        siteId: c.site.id,
        topicPrefix: c.uplink.topicPrefix,
        ack: c.uplink.ack,
        window: c.uplink.window,
        maxRate: c.uplink.maxRate,
        ackTimeoutMs: c.uplink.ackTimeoutMs,
        birth: () => this.siteStatus(true),
        onConfirmed: (route) => this.stats.forwarded(route.slice(0, route.indexOf('/'))),
        subscriptions: [...this.commands.router.topics(), `${c.uplink.topicPrefix}/${c.site.id}/time/res`],
        onCoreMessage: (topic, payload) => {
          if (this.siteHealth.coreMessage(topic, payload)) return;
          if (this.commands.router.matches(topic)) void this.commands.router.onMessage(topic, payload);
        },
      },
      this.spool,
      this.core,
      log,
    );
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
      commandsFailed: () => this.commandsFailed,
      // Straight to the core or not at all: health is current state, never spooled.
      send: (topic, payload, opts) => {
        const client = this.core.current;
        if (!client) return false;
        client.publish(topic, payload, opts);
        return true;
      },
      log,
    });
    this.metrics = new GatewayMetrics({
      siteId: c.site.id,
      version: VERSION,
      devices: () => this.config.devices,
      stats: this.stats,
      spool: this.spool,
      core: this.core,
      broker: this.broker,
      lastConfirmAt: () => this.uplink.lastConfirmAt,
      pickups: () => this.commands.pickupRequests.counts(),
      budget: () => this.budget.counts(),
      health: { outage: () => this.siteHealth.outage(), clocks: () => this.siteHealth.clockReport() },
    });
    // resolveAccess refuses a non-loopback http.host without a token (GW_CONFIG_HTTP_TOKEN_REQUIRED) before anything listens.
    this.http = new StatusServer(
      { host: c.http.host, port: c.http.port, access: resolveAccess(c.http, env, log), metrics: this.metrics, limits: c.http.limits },
      {
        status: () => this.status(),
        ready: () => this.ready(),
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

  private deviceEntry(d: Readonly<Config['devices'][number]>): DeviceEntry {
    return {
      id: d.id,
      codec: codecFor(d.kind),
      ctx: { format: d.format, hashKey: this.hashKey },
      credential: credentialFor(d, `/devices/${d.id}`, this.env, this.hashChecks),
      budget: { ...this.cfg.broker.deviceBudget, ...d.budget },
    };
  }

  /**
   * Applies a new config while running (SIGHUP): machines added, removed or changed, without touching the others or the
   * spool. A removed or changed machine is disconnected (a changed one logs in again with its new settings). Changes
   * outside `devices` and `log.level` need a restart and are reported, not applied. Throws (and changes nothing) if a new
   * device's secret cannot be resolved.
   */
  reload(next: Readonly<Config>): { added: string[]; removed: string[]; changed: string[]; needRestart: string[] } {
    const before = new Map(this.cfg.devices.map((d) => [d.id, JSON.stringify(d)]));
    const after = new Map(next.devices.map((d) => [d.id, d]));
    const entries = new Map<string, DeviceEntry>();
    for (const [id, d] of after) entries.set(id, before.get(id) === JSON.stringify(d) ? this.devices.get(id)! : this.deviceEntry(d));
    const added = [...after.keys()].filter((id) => !before.has(id));
    const removed = [...before.keys()].filter((id) => !after.has(id));
    const changed = [...after.keys()].filter((id) => before.has(id) && before.get(id) !== JSON.stringify(after.get(id)));
    const needRestart = (Object.keys(next) as (keyof Config)[]).filter(
      (k) => k !== 'devices' && k !== 'log' && JSON.stringify(next[k]) !== JSON.stringify(this.cfg[k]),
    );
    const applyOpcua = this.opcua.prepareReload(next.devices); // throws on a missing secret, before anything changed
    this.devices = entries;
    this.cfg = next;
    this.log.level = next.log.level;
    for (const id of [...removed, ...changed]) this.broker.disconnect(id);
    for (const id of removed) this.budget.forget(id);
    this.siteHealth.configReloaded(removed);
    void applyOpcua().catch((e: Error) =>
      this.log.error({ component: 'opcua', code: 'GW_INTERNAL', err: e.message }, 'OPC-UA machines not reloaded'),
    );
    this.log.info({ component: 'controller', added, removed, changed }, 'config reloaded');
    if (needRestart.length > 0)
      this.log.warn({ component: 'controller', sections: needRestart }, 'these config changes take effect after a restart');
    return { added, removed, changed, needRestart };
  }

  siteStatus(online: boolean): Buffer {
    return Buffer.from(
      pb.SiteStatus.encode({
        siteId: this.config.site.id,
        siteName: this.config.site.name,
        online,
        gatewayVersion: VERSION,
        timeMs: Date.now(),
        startedMs: this.startedAt,
        deviceIds: [...this.devices.keys()],
        lastSequence: this.running ? this.spool.lastSequence : 0,
        // Built before siteHealth exists too (the last will): the topic from the config.
        healthTopic: this.config.health.enabled ? `${this.config.uplink.topicPrefix}/${this.config.site.id}/health` : '',
      }).finish(),
    );
  }

  async start(): Promise<void> {
    this.spool.on('alarm', (a: { code: string; active: boolean }) => {
      if (a.active)
        this.log.error({ component: 'spool', code: a.code }, 'spool full: new transactions are not acknowledged until room returns');
      else this.log.info({ component: 'spool', code: a.code }, 'spool has room again: accepting transactions');
    });
    this.spool.on('corrupt', (r: { segment: string; offset: number; skipped: number; quarantined: string }) =>
      this.log.error(
        { component: 'spool', code: 'GW_SPOOL_CORRUPT', ...r },
        'corrupt spool record quarantined; later records are still delivered',
      ),
    );
    this.spool.start();
    this.running = true;
    const s = this.spool.stats();
    this.log.info({ component: 'spool', dir: this.config.spool.dir, backlog: s.depth, lastSequence: s.lastSequence }, 'spool open');
    if (s.corruptions > 0)
      this.log.error({ component: 'spool', code: 'GW_SPOOL_CORRUPT', corruptions: s.corruptions }, 'spool had corrupt records at start');
    await this.commands.start();
    this.uplink.start();
    // After the uplink's own 'up' listener: the birth is published first, then the health and the time requests.
    this.core.on('up', () => this.siteHealth.uplinkUp());
    this.core.on('down', () => this.siteHealth.uplinkDown());
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
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.opcua.stop();
    await this.broker.stop();
    this.budget.stop();
    this.commands.stop();
    this.siteHealth.stop();
    this.uplink.stop();
    await this.core.stop({ topic: this.uplink.statusTopic, payload: this.siteStatus(false), retain: true });
    await this.spool.stop();
    await this.http.stop();
    this.log.info({ component: 'controller' }, 'stopped');
  }

  /** What /api/status shows: the site, the uplink, the spool's capacity, every machine. No personal data, no secrets. */
  status(): Record<string, unknown> {
    const core = this.core.state;
    const devices = this.stats.snapshot();
    const { inflight, awaitingAck } = this.uplink.health();
    return {
      site: { id: this.config.site.id, name: this.config.site.name },
      version: VERSION,
      uptimeS: Math.round((Date.now() - this.startedAt) / 1000),
      uplink: {
        url: redactUrl(this.config.uplink.url),
        connected: core.connected,
        since: new Date(core.since).toISOString(),
        reconnects: core.reconnects,
        lastError: core.lastError ?? null,
        lastConfirmAt: this.uplink.lastConfirmAt ? new Date(this.uplink.lastConfirmAt).toISOString() : null,
        inflight,
        awaitingAck,
      },
      spool: this.spool.stats(),
      // Room and outage hours as GatewayHealth reports them (intake averaged over health.inflowWindowS), and clock trust.
      outage: this.siteHealth.outage(),
      clock: this.siteHealth.clockReport(),
      broker: { ...this.broker.health(), refusals: this.stats.refusalCounts() },
      pickups: this.commands.pickupRequests.status(),
      devices: this.config.devices.map((d) => ({
        id: d.id,
        ...(d.name ? { name: d.name } : {}),
        kind: d.kind,
        transport: d.transport,
        ...(devices[d.id] ?? { online: false, received: 0, rejected: 0, forwarded: 0, lastSeen: 0 }),
      })),
    };
  }

  ready(): { ready: boolean; reasons: string[] } {
    const reasons: string[] = [];
    if (!this.broker.health().listening) reasons.push('device broker not listening');
    if (!this.running) reasons.push('spool not open');
    return { ready: reasons.length === 0, reasons };
  }
}

/** Small durable state (commands, pickup lists) lives beside the spool: /var/lib/edge-gateway/state by default. */
export function stateDir(c: Readonly<Config>): string {
  return join(dirname(c.spool.dir), 'state');
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return '(invalid url)';
  }
}
