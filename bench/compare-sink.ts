// The core-side subscriber for the side-by-side bench: one MQTT.js client on the core mosquitto, QoS 1, subscribed to
// both what the gateway sends (protobuf envelopes on gov/v1/site/...) and what a mosquitto bridge forwards (the device's
// JSON on devices/...). It finds the load generator's message index in the txId either way and keeps the arrival time
// by index, so bench/latency.ts works unchanged; duplicates are counted, not stored twice.
import mqtt, { type MqttClient } from 'mqtt';
import { pb } from '../proto/index.ts';
import { indexOf } from './sale.ts';
import { fitIndex } from './stats.ts';

const TXID = /"txId":"([^"]+)"/;

export class CompareSink {
  private readonly client: MqttClient;
  private tags: string[] = [];
  private stride = 0;
  arrivalAt = new Float64Array(1 << 16);
  received = 0;
  duplicates = 0;
  /** Of the duplicates (same txId twice), those that carried the same envelope message_id (the core can drop them). */
  sameIdDuplicates = 0;
  private ids = new Map<number, string>();
  firstAt = 0;
  lastAt = 0;

  private constructor(client: MqttClient) {
    this.client = client;
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
  }

  /** `clean: false` keeps the sink's session (and what the core queues for it) across a restart of a persistent core. */
  static async start(url: string, opts: { clean?: boolean } = {}): Promise<CompareSink> {
    const client = await mqtt.connectAsync(url, {
      clientId: `bench-compare-sink-${process.pid}`,
      clean: opts.clean ?? true,
      reconnectPeriod: 250,
      connectTimeout: 5000,
    });
    client.on('error', () => undefined);
    const sink = new CompareSink(client);
    await client.subscribeAsync({ 'gov/v1/site/+/+/tx': { qos: 1 }, 'devices/+/tx': { qos: 1 } });
    return sink;
  }

  /** Counts one tag's messages from zero; several tags (one per load generator) get index slices `stride` apart. */
  track(tag: string | string[], stride = 0): void {
    this.tags = typeof tag === 'string' ? [tag] : tag;
    this.stride = stride;
    this.arrivalAt = new Float64Array(1 << 16);
    this.received = this.duplicates = this.sameIdDuplicates = 0;
    this.ids = new Map();
    this.firstAt = this.lastAt = 0;
  }

  private txIdOf(topic: string, payload: Buffer): { txId?: string; messageId?: string } {
    if (topic.startsWith('devices/')) return { txId: TXID.exec(payload.toString('utf8'))?.[1] };
    try {
      const env = pb.Envelope.decode(payload);
      return { txId: env.deviceTxId, messageId: env.messageId };
    } catch {
      return {}; // retained SiteStatus and the like
    }
  }

  private onMessage(topic: string, payload: Buffer): void {
    const now = performance.now();
    const { txId, messageId } = this.txIdOf(topic, payload);
    if (!txId) return;
    let i = -1;
    for (let k = 0; k < this.tags.length && i < 0; k++) {
      const j = indexOf(this.tags[k]!, txId);
      if (j >= 0) i = k * this.stride + j;
    }
    if (i < 0) return;
    this.arrivalAt = fitIndex(this.arrivalAt, i);
    if (this.arrivalAt[i] !== 0) {
      this.duplicates++;
      if (messageId !== undefined && this.ids.get(i) === messageId) this.sameIdDuplicates++;
      return;
    }
    if (messageId !== undefined) this.ids.set(i, messageId);
    this.arrivalAt[i] = now;
    this.received++;
    if (this.firstAt === 0) this.firstAt = now;
    this.lastAt = now;
  }

  /**
   * Waits until `n` messages have arrived, or nothing new has arrived for `idleMs` (after the first arrival; `firstMs`
   * before it), or `maxMs` has passed. A bridge that dropped messages never reaches n: this tells when it has stopped.
   */
  async settle(n: number, opts: { idleMs: number; firstMs: number; maxMs: number }, tick?: (received: number) => void): Promise<void> {
    const t0 = performance.now();
    let last = this.received,
      lastChange = t0,
      lastTick = t0;
    while (this.received < n) {
      await new Promise((r) => setTimeout(r, 50));
      const now = performance.now();
      if (this.received !== last) {
        last = this.received;
        lastChange = now;
      }
      if (tick && now - lastTick > 5000) {
        lastTick = now;
        tick(this.received);
      }
      if (now - t0 > opts.maxMs) return;
      if (now - lastChange > (this.received === 0 ? opts.firstMs : opts.idleMs)) return;
    }
  }

  async close(): Promise<void> {
    await this.client.endAsync(true).catch(() => undefined);
  }
}
