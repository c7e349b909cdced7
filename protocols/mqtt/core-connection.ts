// The connection to the core's MQTT broker. Transport only: it connects, reconnects with capped exponential backoff and
// full jitter (so a city of sites coming back at once spreads out), and says when it is up or down. It never resends
// anything by itself: a fresh client per attempt, because the spool, not MQTT.js's in-memory store, decides what to resend.
import { EventEmitter } from 'node:events';
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { createSecureContext } from 'node:tls';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { backoffDelay } from '../../base/backoff.ts';

export interface CoreOptions {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  keepaliveS: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  will?: { topic: string; payload: Buffer; retain: boolean; qos: 0 | 1 };
  /** PEM files for mqtts://, read at every connect attempt and watched, so renewed certificates apply without a restart. */
  tlsFiles?: { caFile: string; certFile: string; keyFile: string };
  random?: () => number;
}

export interface CoreState {
  connected: boolean;
  since: number;
  attempts: number;
  reconnects: number;
  lastError?: string;
}

export class CoreConnection extends EventEmitter {
  private readonly options: CoreOptions;
  private readonly log: Logger;
  private client: MqttClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private failures = 0;
  readonly state: CoreState = { connected: false, since: Date.now(), attempts: 0, reconnects: 0 };

  constructor(opts: CoreOptions, log: Logger) {
    super();
    this.options = opts;
    this.log = log;
  }

  start(): void {
    this.stopped = false;
    for (const f of this.watchedFiles()) {
      // Polling, not fs.watch: renewal tools replace files by rename, which fs.watch loses track of.
      watchFile(f, { interval: 5000, persistent: false }, (cur, prev) => {
        if (cur.mtimeMs === prev.mtimeMs && cur.size === prev.size) return;
        this.log.info({ component: 'uplink', file: f }, 'TLS file changed: reconnecting with it');
        this.client?.end(true);
      });
    }
    this.connect();
  }

  private watchedFiles(): string[] {
    const t = this.options.tlsFiles;
    return t ? [t.caFile, t.certFile, t.keyFile].filter((f) => f !== '') : [];
  }

  private tlsOptions(): Pick<IClientOptions, 'ca' | 'cert' | 'key'> {
    const t = this.options.tlsFiles;
    if (!t) return {};
    const read = (f: string) => (f ? readFileSync(f) : undefined);
    const files = { ca: read(t.caFile), cert: read(t.certFile), key: read(t.keyFile) };
    // A renewal caught half-way (an empty or cut PEM file, or a new certificate beside the old key) would make MQTT.js's
    // tls.connect throw from inside a timer and take the daemon down: check the material first, and wait for the next try.
    createSecureContext(files);
    return files;
  }

  get current(): MqttClient | undefined {
    return this.state.connected ? this.client : undefined;
  }

  private connect(): void {
    if (this.stopped) return;
    this.state.attempts++;
    let tls: Pick<IClientOptions, 'ca' | 'cert' | 'key'>;
    try {
      tls = this.tlsOptions();
    } catch (e) {
      this.state.lastError = `GW_UPLINK_TLS: cannot use the TLS files: ${(e as Error).message}`;
      this.log.error(
        { component: 'uplink', code: 'GW_UPLINK_TLS', err: this.state.lastError },
        'cannot connect to core: check uplink.tls (a renewal may be half-written; retrying)',
      );
      this.scheduleReconnect();
      return;
    }
    let client: MqttClient;
    try {
      client = this.newClient(tls);
    } catch (e) {
      const code = classify(e as Error);
      this.state.lastError = `${code}: ${(e as Error).message}`;
      this.log.error({ component: 'uplink', code, err: (e as Error).message }, 'cannot connect to core');
      this.scheduleReconnect();
      return;
    }
    this.watch(client);
  }

  private newClient(tls: Pick<IClientOptions, 'ca' | 'cert' | 'key'>): MqttClient {
    return mqtt.connect(this.options.url, {
      clientId: this.options.clientId,
      username: this.options.username || undefined,
      password: this.options.password,
      keepalive: this.options.keepaliveS,
      clean: true,
      reconnectPeriod: 0,
      connectTimeout: 10_000,
      protocolVersion: 4,
      will: this.options.will,
      // Pings every keepalive whatever else is sent; rescheduling the ping timer on every publish costs a timer per message.
      reschedulePings: false,
      ...tls,
    });
  }

  private watch(client: MqttClient): void {
    this.client = client;
    let wasUp = false;
    client.on('connect', () => {
      wasUp = true;
      this.failures = 0;
      if (this.state.attempts > 1) this.state.reconnects++;
      this.state.connected = true;
      this.state.since = Date.now();
      this.state.lastError = undefined;
      this.emit('up', client);
    });
    client.on('message', (topic, payload) => this.emit('message', topic, payload));
    client.on('error', (err) => {
      const code = classify(err);
      this.state.lastError = `${code}: ${err.message}`;
      this.log.warn(
        { component: 'uplink', code, err: err.message },
        code === 'GW_UPLINK_TLS'
          ? 'TLS with the core failed: check uplink.tls (CA, certificate, its dates and its key)'
          : 'core connection error',
      );
    });
    client.on('close', () => {
      if (this.client !== client) return;
      client.removeAllListeners('connect');
      client.end(true);
      if (wasUp) {
        this.state.connected = false;
        this.state.since = Date.now();
        this.emit('down');
      }
      this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.timer) return;
    const delay = backoffDelay(this.failures++, this.options.reconnectMinMs, this.options.reconnectMaxMs, this.options.random);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.connect();
    }, delay);
  }

  /** Publishes the last words (e.g. the site's offline status) and closes. */
  async stop(last?: { topic: string; payload: Buffer; retain: boolean }): Promise<void> {
    this.stopped = true;
    for (const f of this.watchedFiles()) unwatchFile(f);
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    if (last && this.state.connected) {
      await Promise.race([
        client.publishAsync(last.topic, last.payload, { qos: 1, retain: last.retain }).catch(() => undefined),
        new Promise((r) => setTimeout(r, 2000)),
      ]);
    }
    this.state.connected = false;
    await client.endAsync(true).catch(() => undefined);
  }
}

/** Which of our codes a connection error is: refused credentials, TLS trouble, or plain unreachability. */
function classify(err: Error): 'GW_UPLINK_REFUSED' | 'GW_UPLINK_TLS' | 'GW_UPLINK_DOWN' {
  const code = (err as { code?: number | string }).code;
  if (code === 4 || code === 5) return 'GW_UPLINK_REFUSED';
  const text = `${String(code ?? '')} ${err.message}`;
  if (/CERT|SSL|TLS|certificate|alert|self.signed|UNABLE_TO|ERR_TLS/i.test(text)) return 'GW_UPLINK_TLS';
  return 'GW_UPLINK_DOWN';
}
