// Runs simulated machines against a gateway exactly as real firmware would: MQTT 3.1.1, username = device id,
// password, QoS 1, on devices/{id}/{channel} in the device's configured format: JSON, or an edge.v1.DeviceMessage for
// format "protobuf" (the JSON message put through the kind's codec, as such a firmware would send it: ID numbers and
// pickup codes already hashed with the site key). Each kind supplies a traffic generator (devices/KIND/sim/traffic.ts);
// this runner paces it, counts acknowledgements, and reconnects like a device that must not lose a sale.
import mqtt, { type MqttClient } from 'mqtt';
import { pb } from '../../proto/index.ts';
import type { Channel, Traffic } from '../common/types.ts';
import { codecFor, kindEntry, type Kind } from '../registry.ts';

export interface SimulatorOptions {
  url: string;
  deviceId: string;
  password: string;
  kind: Kind;
  /** Messages per second (average). */
  rate: number;
  random?: () => number;
  /** Share of deliberately bad messages (0..1), to show how the gateway answers them. */
  badShare?: number;
  /** Follow a 24-hour centre's day (busy 9-12 and 14-18, quiet at night); default true. `rate` is the average at peak. */
  peaks?: boolean;
  /** The device's configured payload format; default json. */
  format?: 'json' | 'protobuf';
  /** The site's hashing key, for format protobuf (the firmware hashes ID numbers and pickup codes itself). */
  hashKey?: Buffer;
}

/** Relative load of a 24-hour self-service centre by local hour (1 = peak). */
function busyness(hour: number): number {
  if ((hour >= 9 && hour < 12) || (hour >= 14 && hour < 18)) return 1;
  if (hour >= 7 && hour < 21) return 0.6;
  return 0.15;
}

export interface SimCounters {
  sent: number;
  acked: number;
  errors: number;
  lastError?: string;
}

export class SimulatedMachine {
  readonly counters: SimCounters = { sent: 0, acked: 0, errors: 0 };
  private readonly options: SimulatorOptions;
  private client: MqttClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private traffic: Traffic | undefined;

  constructor(opts: SimulatorOptions) {
    this.options = opts;
  }

  get deviceId(): string {
    return this.options.deviceId;
  }

  async start(): Promise<void> {
    const random = this.options.random ?? Math.random;
    this.traffic = kindEntry(this.options.kind).simulator.traffic(this.options.deviceId, random);
    const client = mqtt.connect(this.options.url, {
      clientId: this.options.deviceId,
      username: this.options.deviceId,
      password: this.options.password,
      protocolVersion: 4,
      clean: true,
      reconnectPeriod: 1000,
      connectTimeout: 5000,
      will: {
        topic: `devices/${this.options.deviceId}/state`,
        payload: this.encode('state', { online: false, mode: 'in_service' }),
        qos: 1,
        retain: false,
      },
    });
    this.client = client;
    client.on('error', (e) => {
      this.counters.errors++;
      this.counters.lastError = e.message;
    });
    client.on('connect', () => {
      client.subscribe([`devices/${this.options.deviceId}/error`, `devices/${this.options.deviceId}/cmd`], { qos: 1 });
    });
    client.on('message', (topic) => {
      if (topic.endsWith('/error')) this.counters.errors++;
    });
    this.schedule(random);
  }

  private schedule(random: () => number): void {
    // Exponential gaps: machines are used by people arriving independently, more of them in office hours.
    const rate = Math.max(this.options.rate * (this.options.peaks === false ? 1 : busyness(new Date().getHours())), 0.001);
    const gap = -Math.log(1 - random()) * (1000 / rate);
    this.timer = setTimeout(
      () => {
        this.sendOne(random);
        this.schedule(random);
      },
      Math.min(gap, 60_000),
    );
  }

  sendOne(random: () => number = Math.random): void {
    const client = this.client;
    if (!client || !this.traffic) return;
    const msg = this.traffic.next(new Date());
    let payload = this.encode(msg.channel, msg.body);
    if (random() < (this.options.badShare ?? 0)) payload = payload.subarray(0, Math.floor(payload.length / 2)); // a truncated message
    this.counters.sent++;
    client.publish(`devices/${this.options.deviceId}/${msg.channel}`, payload, { qos: msg.qos ?? 1 }, (err) => {
      if (!err) this.counters.acked++;
    });
  }

  /** The bytes a firmware of the configured format would publish for this JSON message. */
  private encode(channel: string, body: unknown): Buffer {
    const json = Buffer.from(JSON.stringify(body));
    if (this.options.format !== 'protobuf') return json;
    const r = codecFor(this.options.kind).decode(channel as Channel, json, {
      format: 'json',
      hashKey: this.options.hashKey ?? Buffer.alloc(32),
    });
    // The traffic generators send a share of wrong messages on purpose; in protobuf those go as they would from a
    // firmware that cannot encode them: an empty body on the channel.
    const m = r.ok ? r.message : { deviceTimeMs: 0, body: {} };
    return Buffer.from(pb.DeviceMessage.encode({ txId: 'txId' in m ? m.txId : undefined, timeMs: m.deviceTimeMs, ...m.body }).finish());
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.client?.endAsync(true).catch(() => undefined);
    this.client = undefined;
  }
}
