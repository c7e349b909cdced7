// The load generator, the same in every figure: a fleet of MQTT.js device connections (MQTT 3.1.1, as aedes requires),
// each publishing SALE_BYTES-byte sales with QoS 1 and at most `window` unacknowledged at a time, like firmware that
// keeps a bounded outbox. Every message gets an index; its publish and PUBACK times are kept by index so the core
// side can compute end-to-end latency. Three shapes: flood (as fast as the windows allow, for a time), paced (a steady
// rate), and burst (exactly N messages as fast as possible, e.g. to fill a backlog).
import mqtt, { type MqttClient } from 'mqtt';
import type { BenchDevice } from './gateway-process.ts';
import { saleFactory } from './sale.ts';

interface Device {
  id: string;
  client: MqttClient;
  topic: string;
  inflight: number;
  /** Paced mode: scheduled send times (performance.now()) not yet published because the window was full. */
  due: number[];
  closed: boolean;
}

export class Fleet {
  readonly devices: Device[];
  private constructor(devices: Device[]) {
    this.devices = devices;
  }

  static async connect(url: string, devices: BenchDevice[]): Promise<Fleet> {
    const conns = await Promise.all(
      devices.map(async (d): Promise<Device> => {
        const client = await mqtt.connectAsync(url, {
          protocolVersion: 4,
          clientId: d.id,
          username: d.id,
          password: d.password,
          clean: true,
          reconnectPeriod: 0,
          connectTimeout: 10_000,
          keepalive: 60,
        });
        const dev: Device = { id: d.id, client, topic: `devices/${d.id}/tx`, inflight: 0, due: [], closed: false };
        client.on('error', () => undefined);
        client.on('close', () => {
          dev.closed = true;
        });
        return dev;
      }),
    );
    return new Fleet(conns);
  }

  async close(): Promise<void> {
    await Promise.all(this.devices.map((d) => d.client.endAsync(true).catch(() => undefined)));
  }
}

type Mode = { kind: 'idle' } | { kind: 'flood'; until: number } | { kind: 'burst'; total: number } | { kind: 'paced' };

export class Load {
  readonly tag: string;
  readonly window: number;
  private readonly fleet: Fleet;
  private readonly make: (index: number, now?: number) => string;
  /** performance.now() at publish, at PUBACK, and (paced) when the schedule wanted it sent; 0 = not (yet). */
  sendAt = new Float64Array(1 << 16);
  ackAt = new Float64Array(1 << 16);
  schedAt = new Float64Array(1 << 16);
  /** Messages published (indices 0 .. next-1), acknowledged, and failed (connection closed before PUBACK). */
  next = 0;
  acked = 0;
  failed = 0;
  private mode: Mode = { kind: 'idle' };
  private settle: (() => void) | undefined;

  constructor(fleet: Fleet, tag: string, window: number) {
    this.fleet = fleet;
    this.tag = tag;
    this.window = window;
    this.make = saleFactory(tag);
  }

  get inflight(): number {
    let n = 0;
    for (const d of this.fleet.devices) n += d.inflight;
    return n;
  }

  /** Every device publishes as fast as its window allows until `durationMs` have passed; resolves when all are acknowledged. */
  flood(durationMs: number): Promise<void> {
    return this.run({ kind: 'flood', until: performance.now() + durationMs }, () => {
      for (const d of this.fleet.devices) this.pump(d);
    });
  }

  /** Exactly `count` more messages, round-robin as windows free up; resolves when all are acknowledged. */
  burst(count: number): Promise<void> {
    return this.run({ kind: 'burst', total: this.next + count }, () => {
      for (const d of this.fleet.devices) this.pump(d);
    });
  }

  /**
   * A steady `rate` msg/s across the fleet for `durationMs`, round-robin over devices. A 1 ms timer releases what the
   * schedule says is due; each message keeps its scheduled time, so a stall shows up in the latency from schedule
   * (no coordinated omission) even when the window holds it back.
   */
  paced(rate: number, durationMs: number): Promise<void> {
    const t0 = performance.now();
    const total = Math.round((rate * durationMs) / 1000);
    let released = 0;
    let timer: NodeJS.Timeout | undefined;
    return this.run(
      { kind: 'paced' },
      () => {
        timer = setInterval(() => {
          const now = performance.now();
          const due = Math.min(total, Math.floor(((now - t0) * rate) / 1000) + 1);
          const devs = this.fleet.devices;
          for (; released < due; released++) devs[released % devs.length]!.due.push(t0 + (released * 1000) / rate);
          for (const d of devs) this.pump(d);
          if (released >= total) {
            clearInterval(timer);
            this.mode = { kind: 'idle' };
            this.checkSettled();
          }
        }, 1);
      },
      () => clearInterval(timer),
    );
  }

  /** Ends a flood or burst early (a time budget ran out); the returned promise still waits for outstanding PUBACKs. */
  stop(): void {
    if (this.mode.kind === 'flood' || this.mode.kind === 'burst') this.mode = { kind: 'idle' };
    this.checkSettled();
  }

  private run(mode: Mode, begin: () => void, abort?: () => void): Promise<void> {
    if (this.mode.kind !== 'idle' || this.settle) throw new Error('load: one shape at a time');
    return new Promise<void>((resolve, reject) => {
      this.mode = mode;
      const watch = setInterval(() => {
        const gone = this.fleet.devices.find((d) => d.closed);
        if (gone) {
          clearInterval(watch);
          abort?.();
          this.mode = { kind: 'idle' };
          this.settle = undefined;
          reject(new Error(`device ${gone.id} lost its connection to the gateway (${this.inflight} messages unacknowledged)`));
        }
      }, 200);
      this.settle = () => {
        clearInterval(watch);
        this.settle = undefined;
        resolve();
      };
      begin();
      this.checkSettled();
    });
  }

  private wants(d: Device): boolean {
    const m = this.mode;
    if (m.kind === 'flood') return performance.now() < m.until;
    if (m.kind === 'burst') return this.next < m.total;
    return d.due.length > 0;
  }

  private pump(d: Device): void {
    while (d.inflight < this.window && !d.closed && (this.wants(d) || d.due.length > 0)) {
      const sched = d.due.length > 0 ? d.due.shift()! : 0;
      this.send(d, sched);
    }
    if (this.mode.kind === 'flood' && performance.now() >= this.mode.until) this.mode = { kind: 'idle' };
    if (this.mode.kind === 'burst' && this.next >= this.mode.total) this.mode = { kind: 'idle' };
  }

  private send(d: Device, sched: number): void {
    const i = this.next++;
    if (i >= this.sendAt.length) this.grow();
    const payload = this.make(i);
    const now = performance.now();
    this.sendAt[i] = now;
    this.schedAt[i] = sched || now;
    d.inflight++;
    d.client.publish(d.topic, payload, { qos: 1 }, (err) => {
      d.inflight--;
      if (err) this.failed++;
      else {
        this.ackAt[i] = performance.now();
        this.acked++;
      }
      if (this.mode.kind !== 'idle' || d.due.length > 0) this.pump(d);
      this.checkSettled();
    });
  }

  private checkSettled(): void {
    if (this.settle && this.mode.kind === 'idle' && this.inflight === 0 && this.fleet.devices.every((d) => d.due.length === 0))
      this.settle();
  }

  private grow(): void {
    const size = this.sendAt.length * 2;
    for (const key of ['sendAt', 'ackAt', 'schedAt'] as const) {
      const bigger = new Float64Array(size);
      bigger.set(this[key]);
      this[key] = bigger;
    }
  }
}
