// The connection to the core's MQTT broker. Transport only: it connects, reconnects with capped exponential backoff and
// full jitter (so a city of sites coming back at once spreads out), and says when it is up or down. It never resends
// anything by itself: a fresh client per attempt, because the spool, not MQTT.js's in-memory store, decides what to resend.
import { EventEmitter } from 'node:events';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';

export interface CoreOptions {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  keepaliveS: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  will?: { topic: string; payload: Buffer; retain: boolean; qos: 0 | 1 };
  /** Extra TLS options (ca, cert, key) for mqtts:// */
  tls?: Pick<IClientOptions, 'ca' | 'cert' | 'key' | 'rejectUnauthorized'>;
  random?: () => number;
}

export interface CoreState {
  connected: boolean;
  since: number;
  attempts: number;
  reconnects: number;
  lastError?: string;
}

/** Delay before reconnect attempt `n` (0-based): uniform in [0, min(max, min * 2^n)] ("full jitter"). */
export function backoffDelay(n: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const cap = Math.min(maxMs, minMs * 2 ** Math.min(n, 30));
  return Math.floor(random() * cap);
}

export class CoreConnection extends EventEmitter {
  private readonly o: CoreOptions;
  private readonly log: Logger;
  private client: MqttClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private failures = 0;
  readonly state: CoreState = { connected: false, since: Date.now(), attempts: 0, reconnects: 0 };

  constructor(opts: CoreOptions, log: Logger) {
    super();
    this.o = opts;
    this.log = log;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  get current(): MqttClient | undefined {
    return this.state.connected ? this.client : undefined;
  }

  private connect(): void {
    if (this.stopped) return;
    this.state.attempts++;
    const client = mqtt.connect(this.o.url, {
      clientId: this.o.clientId,
      username: this.o.username || undefined,
      password: this.o.password,
      keepalive: this.o.keepaliveS,
      clean: true,
      reconnectPeriod: 0,
      connectTimeout: 10_000,
      protocolVersion: 4,
      will: this.o.will,
      ...this.o.tls,
    });
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
      this.state.lastError = err.message;
      const refused = (err as { code?: number }).code === 4 || (err as { code?: number }).code === 5;
      this.log.warn({ component: 'uplink', code: refused ? 'GW_UPLINK_REFUSED' : 'GW_UPLINK_DOWN', err: err.message }, 'core connection error');
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
    const delay = backoffDelay(this.failures++, this.o.reconnectMinMs, this.o.reconnectMaxMs, this.o.random);
    this.timer = setTimeout(() => { this.timer = undefined; this.connect(); }, delay);
  }

  /** Publishes the last words (e.g. the site's offline status) and closes. */
  async stop(last?: { topic: string; payload: Buffer; retain: boolean }): Promise<void> {
    this.stopped = true;
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
