// The receiving end at the core: one MQTT.js subscriber on mosquitto, QoS 1, connected directly to the broker (never
// through the proxy that cuts the gateway off), so it sees every envelope the gateway delivers. It decodes each envelope,
// finds the load generator's message index in the device txId, and keeps the arrival time by index, plus the checks that
// keep a benchmark honest: duplicates, per-device order, and how many arrived marked as replayed.
import mqtt, { type MqttClient } from 'mqtt';
import { pb } from '../proto/index.ts';
import { indexOf } from './sale.ts';
import { fitIndex } from './stats.ts';

export class CoreSink {
  private readonly client: MqttClient;
  private tag = '';
  arrivalAt = new Float64Array(1 << 16);
  received = 0;
  duplicates = 0;
  outOfOrder = 0;
  replayed = 0;
  firstAt = 0;
  lastAt = 0;
  private lastIndex = new Map<string, number>();
  private readonly waiters = new Set<() => void>();

  private constructor(client: MqttClient) {
    this.client = client;
    client.on('message', (_topic, payload) => this.onMessage(payload));
  }

  static async start(url: string, topic: string): Promise<CoreSink> {
    const client = await mqtt.connectAsync(url, {
      clientId: `bench-core-sink-${process.pid}`,
      clean: true,
      reconnectPeriod: 250,
      connectTimeout: 5000,
    });
    client.on('error', () => undefined);
    const sink = new CoreSink(client);
    await client.subscribeAsync(topic, { qos: 1 });
    return sink;
  }

  /** Starts counting for one load generator's tag from zero; envelopes of other tags are ignored from now on. */
  track(tag: string): void {
    this.tag = tag;
    this.arrivalAt = new Float64Array(1 << 16);
    this.received = this.duplicates = this.outOfOrder = this.replayed = 0;
    this.firstAt = this.lastAt = 0;
    this.lastIndex = new Map();
  }

  private onMessage(payload: Buffer): void {
    const now = performance.now();
    let env: ReturnType<typeof pb.Envelope.decode>;
    try {
      env = pb.Envelope.decode(payload);
    } catch {
      return; // the retained SiteStatus and anything else that is not an envelope
    }
    const i = indexOf(this.tag, env.deviceTxId);
    if (i < 0) return;
    this.arrivalAt = fitIndex(this.arrivalAt, i);
    if (this.arrivalAt[i] !== 0) {
      this.duplicates++;
      return;
    }
    this.arrivalAt[i] = now;
    this.received++;
    if (this.firstAt === 0) this.firstAt = now;
    this.lastAt = now;
    if (env.replayed) this.replayed++;
    const last = this.lastIndex.get(env.deviceId) ?? -1;
    if (i < last) this.outOfOrder++;
    else this.lastIndex.set(env.deviceId, i);
    if (this.waiters.size > 0) for (const w of [...this.waiters]) w();
  }

  /** Resolves once `n` distinct messages of the tracked tag have arrived; rejects after timeoutMs with the count. */
  waitForCount(n: number, timeoutMs: number, progress?: (received: number) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const tick = progress ? setInterval(() => progress(this.received), 5000) : undefined;
      const check = (): void => {
        if (this.received >= n) finish(() => resolve());
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`core sink: ${this.received} of ${n} messages within ${timeoutMs} ms`))),
        timeoutMs,
      );
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        if (tick) clearInterval(tick);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  async close(): Promise<void> {
    await this.client.endAsync(true).catch(() => undefined);
  }
}
