// Builds and wires the whole gateway from a validated config. Start order follows the data's path backwards (the spool
// first, so nothing is acknowledged before it can be stored; the uplink; then the device broker), and stop runs in
// reverse: stop accepting devices, finish the writes in flight, say goodbye to the core, close the spool.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { codecFor } from '../devices/registry.ts';
import { DeviceBroker } from '../protocols/device-broker.ts';
import { CoreConnection } from '../protocols/core-mqtt.ts';
import { pb } from '../proto/index.ts';
import { CommandPath } from './commands/command-path.ts';
import type { Config } from './config/schema.ts';
import { credentialFor, resolveSecret, type Credential } from './config/secrets.ts';
import { DeviceStats } from './device-stats.ts';
import { Ingest, type IngestDevice } from './ingest.ts';
import { Spool } from './spool/spool.ts';
import { StatusServer } from './status/http.ts';
import { Uplink } from './uplink.ts';
import { VERSION } from './version.ts';

interface DeviceEntry extends IngestDevice { credential: Credential }

export class Controller {
  readonly config: Readonly<Config>;
  readonly log: Logger;
  readonly stats = new DeviceStats();
  readonly spool: Spool;
  readonly broker: DeviceBroker;
  readonly core: CoreConnection;
  readonly uplink: Uplink;
  readonly http: StatusServer;
  readonly commands: CommandPath;
  private readonly ingest: Ingest;
  private devices = new Map<string, DeviceEntry>();
  readonly startedAt = Date.now();
  private running = false;

  constructor(config: Readonly<Config>, log: Logger, env: NodeJS.ProcessEnv = process.env) {
    this.config = config;
    this.log = log;
    const c = config;
    this.spool = new Spool({
      dir: c.spool.dir, maxBytes: c.spool.maxBytes, segmentBytes: c.spool.segmentBytes,
      telemetryTtlMs: c.spool.telemetryTtlS * 1000, dedupWindow: c.spool.dedupWindow,
    });
    const hashKey = loadHashKey(c, env);
    for (const d of c.devices) {
      this.devices.set(d.id, {
        id: d.id,
        codec: codecFor(d.kind),
        ctx: { format: d.format, hashKey },
        credential: credentialFor(d, `/devices/${d.id}`, env),
      });
    }
    this.commands = new CommandPath({
      config: c, stateDir: stateDir(c), log,
      isConnected: (id) => this.broker.isConnected(id),
      publishToDevice: (topic, payload) => this.broker.publish(topic, payload),
      report: (id, result) => this.ingest.storeCommandResult(id, result),
      rebirth: () => this.uplink.rebirth(),
    });
    this.ingest = new Ingest({
      siteId: c.site.id, maxPayloadBytes: c.broker.maxPayloadBytes, devices: () => this.devices,
      spool: this.spool, stats: this.stats, log, reply: (topic, payload) => this.broker.publish(topic, payload),
      extraChannels: this.commands.channels(), onStored: (id, ch, msg) => this.commands.onStored(id, ch, msg),
    });
    this.broker = new DeviceBroker({ host: c.broker.host, port: c.broker.port }, {
      authenticate: (id, password) => this.devices.get(id)?.credential.check(password) ?? false,
      onPublish: (id, channel, packet, done) => this.ingest.handle(id, channel, packet, done),
      onRefused: (id, code, detail) => {
        this.stats.rejected(id, code, detail);
        log.warn({ component: 'broker', deviceId: id, code }, detail);
      },
      onConnect: (id) => {
        this.stats.setOnline(id, true);
        log.info({ component: 'broker', deviceId: id }, 'device connected');
        this.commands.mqtt.connected(id);
      },
      onDisconnect: (id) => { this.stats.setOnline(id, false); log.info({ component: 'broker', deviceId: id }, 'device disconnected'); },
    }, log);
    const uplinkPassword = resolveSecret(c.uplink, '/uplink', env);
    const statusTopic = `${c.uplink.topicPrefix}/${c.site.id}/status`;
    this.core = new CoreConnection({
      url: c.uplink.url, clientId: c.uplink.clientId || `edge-gateway-${c.site.id}`,
      username: c.uplink.username || undefined, password: uplinkPassword, keepaliveS: c.uplink.keepaliveS,
      reconnectMinMs: c.uplink.reconnectMinMs, reconnectMaxMs: c.uplink.reconnectMaxMs,
      will: { topic: statusTopic, payload: this.siteStatus(false), retain: true, qos: 1 },
    }, log);
    this.uplink = new Uplink({
      siteId: c.site.id, topicPrefix: c.uplink.topicPrefix, ack: c.uplink.ack, window: c.uplink.window,
      maxRate: c.uplink.maxRate, ackTimeoutMs: c.uplink.ackTimeoutMs, birth: () => this.siteStatus(true),
      onConfirmed: (route) => this.stats.forwarded(route.slice(0, route.indexOf('/'))),
      subscriptions: this.commands.router.topics(),
      onCoreMessage: (topic, payload) => { if (this.commands.router.matches(topic)) void this.commands.router.onMessage(topic, payload); },
    }, this.spool, this.core, log);
    this.http = new StatusServer(c.http.host, c.http.port, { status: () => this.status(), ready: () => this.ready() }, log);
  }

  siteStatus(online: boolean): Buffer {
    return Buffer.from(pb.SiteStatus.encode({
      siteId: this.config.site.id, siteName: this.config.site.name, online, gatewayVersion: VERSION,
      timeMs: Date.now(), startedMs: this.startedAt, deviceIds: [...this.devices.keys()],
      lastSequence: this.running ? this.spool.lastSequence : 0,
    }).finish());
  }

  async start(): Promise<void> {
    this.spool.on('alarm', (a: { code: string; active: boolean }) => {
      if (a.active) this.log.error({ component: 'spool', code: a.code }, 'spool full: new transactions are not acknowledged until room returns');
      else this.log.info({ component: 'spool', code: a.code }, 'spool has room again: accepting transactions');
    });
    this.spool.on('corrupt', (r: { segment: string; offset: number; skipped: number; quarantined: string }) =>
      this.log.error({ component: 'spool', code: 'GW_SPOOL_CORRUPT', ...r }, 'corrupt spool record quarantined; later records are still delivered'));
    this.spool.start();
    this.running = true;
    const s = this.spool.stats();
    this.log.info({ component: 'spool', dir: this.config.spool.dir, backlog: s.depth, lastSequence: s.lastSequence }, 'spool open');
    if (s.corruptions > 0) this.log.error({ component: 'spool', code: 'GW_SPOOL_CORRUPT', corruptions: s.corruptions }, 'spool had corrupt records at start');
    await this.commands.start();
    this.uplink.start();
    this.core.start();
    await this.http.start();
    this.log.info({ component: 'status', url: this.http.address }, 'status API listening');
    await this.broker.start();
    this.log.info({ component: 'broker', host: this.config.broker.host, port: this.broker.port, devices: this.devices.size }, 'device broker listening');
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.broker.stop();
    this.commands.stop();
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
    return {
      site: { id: this.config.site.id, name: this.config.site.name },
      version: VERSION,
      uptimeS: Math.round((Date.now() - this.startedAt) / 1000),
      uplink: {
        url: redactUrl(this.config.uplink.url), connected: core.connected, since: new Date(core.since).toISOString(),
        reconnects: core.reconnects, lastError: core.lastError ?? null,
        lastConfirmAt: this.uplink.lastConfirmAt ? new Date(this.uplink.lastConfirmAt).toISOString() : null,
        inflight: this.uplink.health().inflight, awaitingAck: this.uplink.health().awaitingAck,
      },
      spool: this.spool.stats(),
      broker: this.broker.health(),
      devices: this.config.devices.map((d) => ({ id: d.id, kind: d.kind, transport: d.transport, ...devices[d.id] ?? { online: false, received: 0, rejected: 0, forwarded: 0, lastSeen: 0 } })),
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

/** The key for hashing ID numbers and pickup codes: from the environment if configured, else made once and kept. */
function loadHashKey(c: Readonly<Config>, env: NodeJS.ProcessEnv): Buffer {
  if (c.privacy.hashKeyEnv) {
    const v = resolveSecret({ passwordEnv: c.privacy.hashKeyEnv }, '/privacy/hashKeyEnv', env)!;
    return /^[0-9a-f]{32,}$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'utf8');
  }
  const file = join(c.spool.dir, 'hash.key');
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    mkdirSync(c.spool.dir, { recursive: true });
    const key = randomBytes(32);
    writeFileSync(file, key.toString('hex'), { mode: 0o600 });
    return key;
  }
}
