// The fleet view as one process: an MQTT subscription to every site's retained status and health (so the view is
// complete the moment the broker has sent the retained set), the model, and the HTTP server. Constructors only store;
// start() subscribes first and listens second; stop() in reverse.
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
    this.view = new FleetView(this.model, { ...DEFAULT_RULES, ...options.rules });
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

  async start(): Promise<void> {
    const client = await mqtt.connectAsync(this.options.url, {
      clientId: this.options.clientId ?? `core-fleet-${process.pid}`,
      protocolVersion: 5,
      clean: true,
      reconnectPeriod: 1000,
      // The broker drops, rather than sends, anything larger: hostile sizes never reach this process's memory.
      properties: { maximumPacketSize: (this.options.maxPayloadBytes ?? DEFAULT_MODEL.maxPayloadBytes) + 4096 },
    });
    this.client = client;
    client.on('message', (topic, payload) => this.model.apply(topic, payload));
    client.on('error', (e) =>
      this.options.log.warn({ component: 'fleet', code: 'GW_UPLINK_DOWN', err: e.message }, 'core broker connection error'),
    );
    const p = this.options.prefix;
    await client.subscribeAsync([`${p}/+/status`, `${p}/+/health`], { qos: 1 });
    try {
      await this.timeServer?.start();
      this.metrics.start();
      await this.http.start();
    } catch (e) {
      await this.timeServer?.stop();
      await client.endAsync().catch(() => undefined);
      this.client = undefined;
      throw e;
    }
  }

  get timeAnswered(): number {
    return this.timeServer?.answered ?? 0;
  }

  async stop(): Promise<void> {
    await this.http.stop();
    await this.timeServer?.stop();
    await this.client?.endAsync().catch(() => undefined);
    this.client = undefined;
  }
}
