// A device that must not lose a sale: it publishes numbered transactions in order with a bounded in-flight window,
// remembers which ones the gateway acknowledged, and after any disconnect resends every unacknowledged one, in order,
// on a fresh connection (what vendors' firmware does with its own journal).
import mqtt, { type MqttClient } from 'mqtt';
import { vendingSale } from './sale.ts';

export interface SequentialDeviceOptions {
  url: string;
  deviceId: string;
  password: string;
  window: number;
  /** Builds the payload for transaction number n (1-based). */
  payload(n: number): Buffer;
  reconnectMs?: number;
}

export class SequentialDevice {
  readonly acked = new Set<number>();
  private readonly o: SequentialDeviceOptions;
  private client: MqttClient | undefined;
  private next = 1;
  private limit = 0;
  private inflight = new Set<number>();
  private retry: number[] = [];
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  connects = 0;

  constructor(opts: SequentialDeviceOptions) {
    this.o = opts;
  }

  /** Publishes transactions up to number `limit` (can be raised later). */
  sendUpTo(limit: number): void {
    this.limit = Math.max(this.limit, limit);
    if (!this.client && !this.timer && !this.stopped) this.connect();
    else this.fill();
  }

  get highestSent(): number {
    return this.next - 1;
  }

  get deviceId(): string {
    return this.o.deviceId;
  }

  /** No new transactions from now on; unacknowledged ones are still resent. Returns the highest number sent. */
  stopProducing(): number {
    this.limit = this.next - 1;
    return this.limit;
  }

  private connect(): void {
    this.timer = undefined;
    if (this.stopped) return;
    const client = mqtt.connect(this.o.url, {
      clientId: this.o.deviceId,
      username: this.o.deviceId,
      password: this.o.password,
      protocolVersion: 4,
      clean: true,
      reconnectPeriod: 0,
      connectTimeout: 3000,
    });
    this.client = client;
    client.on('error', () => undefined);
    client.on('connect', () => {
      this.connects++;
      this.fill();
    });
    client.on('close', () => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end(true);
      // Everything not acknowledged goes back to the front of the queue, in order.
      this.retry = [...new Set([...this.inflight, ...this.retry])].sort((a, b) => a - b);
      this.inflight.clear();
      if (!this.stopped) this.timer = setTimeout(() => this.connect(), this.o.reconnectMs ?? 100);
    });
  }

  private fill(): void {
    const client = this.client;
    if (!client?.connected) return;
    while (this.inflight.size < this.o.window) {
      let n: number | undefined = this.retry.shift();
      if (n === undefined) {
        if (this.next > this.limit) return;
        n = this.next++;
      }
      const num = n;
      this.inflight.add(num);
      client.publish(`devices/${this.o.deviceId}/tx`, this.o.payload(num), { qos: 1 }, (err) => {
        if (err || this.client !== client) return;
        this.inflight.delete(num);
        this.acked.add(num);
        this.fill();
      });
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.endAsync(true).catch(() => undefined);
    this.client = undefined;
  }
}

/** A valid vending sale with a numbered txId, as a vending machine publishes it. */
export function saleBytes(deviceId: string, n: number): Buffer {
  return Buffer.from(JSON.stringify(vendingSale(`${deviceId}-${n}`, { qty: 2 })));
}
