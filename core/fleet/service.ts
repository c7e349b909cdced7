// The fleet view as one process: an MQTT subscription to every site's retained status and health (so the view is
// complete the moment the broker has sent the retained set) and to their config results, the model, the HTTP server and the sites' time responder.
// Constructors only store; start() listens and connects (in the background, retried); stop() in reverse.
import mqtt from 'mqtt';
import type { Logger } from 'pino';
import { TimeServer } from '../time-server.ts';
import { FleetAccess } from './access.ts';
import { FleetHttp } from './http.ts';
import { FleetMetrics } from './metrics.ts';
import { DEFAULT_MODEL, FleetModel } from './model.ts';
import type { HistoryOptions } from './history.ts';
import { DEFAULT_RULES, type TroubleRules } from './trouble.ts';
import { FleetView } from './view.ts';

export interface FleetServiceOptions {
  url: string;
  prefix: string;
  host: string;
  port: number;
  token?: string;
  maxSites?: number;
  maxPayloadBytes?: number;
  history?: HistoryOptions;
  rules?: Partial<TroubleRules>;
  clientId?: string;
  /**
   * Answer the sites' time requests (clock trust, core/time-server.ts), as `core consume` does: false to leave it to
   * another responder; a group shares the requests with `core consume --group` of the same name (one answer each).
   */
  time?: false | { group?: string };
  log: Logger;
}

export class FleetService {
  private readonly options: FleetServiceOptions;
  readonly model: FleetModel;
  readonly view: FleetView;
  readonly metrics: FleetMetrics;
  readonly http: FleetHttp;
  private client: mqtt.MqttClient | undefined;
  private readonly timeServer: TimeServer | undefined;

  constructor(options: FleetServiceOptions) {
    this.options = options;
    this.model = new FleetModel({
      prefix: options.prefix,
      maxSites: options.maxSites ?? DEFAULT_MODEL.maxSites,
      maxPayloadBytes: options.maxPayloadBytes ?? DEFAULT_MODEL.maxPayloadBytes,
      history: options.history ?? DEFAULT_MODEL.history,
      log: options.log,
    });
    this.view = new FleetView(this.model, { ...DEFAULT_RULES, ...options.rules }, () => ({ ...this.core }));
    this.metrics = new FleetMetrics(this.model, this.view);
    const time = options.time ?? {};
    this.timeServer = time === false ? undefined : new TimeServer({ url: options.url, prefix: options.prefix, group: time.group });
    this.http = new FleetHttp({
      host: options.host,
      port: options.port,
      access: new FleetAccess(options.token),
      view: this.view,
      metrics: this.metrics,
      onError: (e, path) =>
        options.log.error({ component: 'fleet', code: 'GW_INTERNAL', err: (e as Error).message, path }, 'fleet view request failed'),
    });
  }

  /** The core broker connection as the page and /metrics report it. */
  readonly core = { connected: false, since: 0, connects: 0 };
  private timeRetry: NodeJS.Timeout | undefined;
  private stopping = false;

  /**
   * Listens at once and connects in the background: a broker that is down at start (or goes away) is retried every
   * second, and the page says so, rather than the view exiting. Every (clean) connect subscribes again, so the broker
   * sends the whole retained set again and the view is complete again.
   */
  async start(): Promise<void> {
    const client = mqtt.connect(this.options.url, {
      clientId: this.options.clientId ?? `core-fleet-${process.pid}`,
      protocolVersion: 5,
      clean: true,
      reconnectPeriod: 1000,
      // The broker drops, rather than sends, anything larger: hostile sizes never reach this process's memory.
      properties: { maximumPacketSize: (this.options.maxPayloadBytes ?? DEFAULT_MODEL.maxPayloadBytes) + 4096 },
    });
    this.client = client;
    const log = this.options.log;
    client.on('message', (topic, payload) => this.model.apply(topic, payload));
    client.on('connect', () => {
      const p = this.options.prefix;
      client.subscribe([`${p}/+/status`, `${p}/+/health`, `${p}/+/config/result`], { qos: 1 }, (err) => {
        if (err) {
          log.error({ component: 'fleet', code: 'GW_UPLINK_REFUSED', err: err.message }, 'core broker refused the subscription');
          return;
        }
        this.core.connected = true;
        this.core.since = Date.now();
        this.core.connects++;
        log.info({ component: 'fleet', url: this.options.url }, 'subscribed to every site status, health and config result');
      });
    });
    client.on('close', () => {
      if (this.core.connected) log.warn({ component: 'fleet', code: 'GW_UPLINK_DOWN' }, 'core broker connection lost; retrying');
      if (this.core.connected) this.core.since = Date.now();
      this.core.connected = false;
    });
    client.on('error', (e) => {
      if (this.core.connects === 0 && !this.loggedFirstError) {
        this.loggedFirstError = true;
        log.warn({ component: 'fleet', code: 'GW_UPLINK_DOWN', err: e.message }, 'core broker unreachable; retrying');
      }
    });
    this.metrics.start();
    try {
      await this.http.start();
    } catch (e) {
      await client.endAsync(true).catch(() => undefined);
      this.client = undefined;
      throw e;
    }
    this.startTimeServer();
  }

  private loggedFirstError = false;

  /** The time responder connects on its own; while the broker is away it is tried again every 5 s. */
  private startTimeServer(): void {
    const ts = this.timeServer;
    if (!ts || this.stopping) return;
    ts.start().then(
      () => this.options.log.info({ component: 'fleet' }, 'answering the sites time requests'),
      () => {
        void ts.stop();
        this.timeRetry = setTimeout(() => this.startTimeServer(), 5000);
      },
    );
  }

  get timeAnswered(): number {
    return this.timeServer?.answered ?? 0;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timeRetry);
    await this.http.stop();
    await this.timeServer?.stop();
    await this.client?.endAsync(true).catch(() => undefined);
    this.client = undefined;
  }
}
