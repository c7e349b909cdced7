// The spool -> core step. While the core is reachable it reads the spool oldest first and publishes each envelope with
// QoS 1 on {topicPrefix}/{siteId}/{route}, keeping at most `window` unconfirmed messages in flight and at most `maxRate`
// per second. A record is confirmed (and may leave the spool) on the core broker's PUBACK, or with ack = "application"
// on the core consumer's Ack. When the connection drops, everything in flight is read again and resent, in order, with
// its original message id; records stored before the current connection carry replayed = true.
// A confirmation is told on the bus as record.confirmed with the record's device id, channel and class (route.ts reads
// them from the stored route); connecting and losing the core as uplink.connected and uplink.disconnected. Messages
// from the core on other topics than the ack topic go to the subscriber that takes the topic (the command router, remote
// configuration, the clock's time answers in gateway/health/).
import type { MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import type { CoreConnection } from '../../protocols/mqtt/core-connection.ts';
import { pb } from '../../proto/index.ts';
import { markReplayed } from './envelope.ts';
import type { OutRecord, Spool, SpoolClass } from '../spool/spool.ts';
import type { GatewayBus } from '../events/events.ts';
import { parseRoute } from './route.ts';

/** The site's retained status (site-status.ts): "online" as the birth on every connect, "offline" as the last will. */
export interface SiteStatusSource {
  encode(online: boolean): Buffer;
}

/** Where messages from the core go (the command router): the topics to subscribe to, and which of them it takes. */
export interface CoreSubscriber {
  topics(): string[];
  matches(topic: string): boolean;
  /** Never throws. */
  onMessage(topic: string, payload: Buffer): Promise<void>;
}

export interface UplinkOptions {
  siteId: string;
  topicPrefix: string;
  ack: 'broker' | 'application';
  window: number;
  maxRate: number;
  ackTimeoutMs: number;
  /** The retained SiteStatus published on every connect ("birth"). */
  siteStatus: SiteStatusSource;
  /** Told record.confirmed, uplink.connected and uplink.disconnected. */
  bus?: GatewayBus;
  clock?: () => number;
}

interface Sent {
  cls: SpoolClass;
  route: string;
  at: number;
}

export class Uplink {
  private options: UplinkOptions;
  private readonly spool: Spool;
  private readonly core: CoreConnection;
  private readonly log: Logger;
  private readonly clock: () => number;
  private client: MqttClient | undefined;
  /** Subscribed at the core on every connect (the command router, remote configuration, the clock); each takes its own topics. */
  private readonly downlinks: CoreSubscriber[] = [];
  private generation = 0;
  private connectedAt = 0;
  private inflight = 0;
  private pumping = false;
  private wakeAgain = false;
  /** With application acks: what was sent and awaits the consumer's Ack, by sequence number. */
  private readonly awaitingAck = new Map<number, Sent>();
  private tokens = 0;
  private tokensAt = 0;
  private rateTimer: NodeJS.Timeout | undefined;
  private ackTimer: NodeJS.Timeout | undefined;
  sent = 0;
  lastConfirmAt = 0;

  constructor(opts: UplinkOptions, spool: Spool, core: CoreConnection, log: Logger) {
    this.options = opts;
    this.spool = spool;
    this.core = core;
    this.log = log;
    this.clock = opts.clock ?? Date.now;
  }

  get statusTopic(): string {
    return `${this.options.topicPrefix}/${this.options.siteId}/status`;
  }

  get ackTopic(): string {
    return `${this.options.topicPrefix}/${this.options.siteId}/ack`;
  }

  /** Where the core's messages on other topics than the ack topic go: the command router, remote configuration, the clock (before start()). */
  deliverCoreMessagesTo(subscriber: CoreSubscriber): void {
    this.downlinks.push(subscriber);
  }

  start(): void {
    this.core.on('up', (client: MqttClient) => this.onUp(client));
    this.core.on('down', () => this.onDown());
    this.core.on('message', (topic: string, payload: Buffer) => this.onMessage(topic, payload));
    this.spool.on('durable', () => this.pump());
    if (this.options.ack === 'application') {
      this.ackTimer = setInterval(() => this.checkAckTimeouts(), Math.min(1000, this.options.ackTimeoutMs / 2));
      this.ackTimer.unref();
    }
  }

  stop(): void {
    this.generation++;
    this.client = undefined;
    if (this.rateTimer) clearTimeout(this.rateTimer);
    if (this.ackTimer) clearInterval(this.ackTimer);
  }

  health(): { connected: boolean; inflight: number; awaitingAck: number } {
    return { connected: this.client !== undefined, inflight: this.inflight, awaitingAck: this.awaitingAck.size };
  }

  private onUp(client: MqttClient): void {
    this.generation++;
    this.client = client;
    this.connectedAt = this.clock();
    this.inflight = 0;
    this.awaitingAck.clear();
    this.spool.rewind();
    const backlog = this.spool.stats().depth;
    this.log.info({ component: 'uplink', backlog }, 'connected to core');
    client.publish(this.statusTopic, this.options.siteStatus.encode(true), { qos: 1, retain: true });
    const topics = [...(this.options.ack === 'application' ? [this.ackTopic] : []), ...this.downlinks.flatMap((d) => d.topics())];
    if (topics.length > 0) {
      client.subscribe(topics, { qos: 1 }, (err) => {
        if (err) this.log.error({ component: 'uplink', err: err.message, topics }, 'cannot subscribe at the core');
      });
    }
    this.options.bus?.emit('uplink.connected', { backlog });
    this.pump();
  }

  private onDown(): void {
    this.generation++;
    this.client = undefined;
    this.inflight = 0;
    const backlog = this.spool.stats().depth;
    this.log.warn({ component: 'uplink', code: 'GW_UPLINK_DOWN', backlog }, 'core connection lost; buffering in the spool');
    this.options.bus?.emit('uplink.disconnected', { backlog });
  }

  /** Sends as much as the window and the rate allow. One pump at a time; a wake-up during a pump runs it again. */
  pump(): void {
    if (this.pumping) {
      this.wakeAgain = true;
      return;
    }
    if (!this.client) return;
    this.pumping = true;
    void this.pumpLoop().finally(() => {
      this.pumping = false;
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.pump();
      }
    });
  }

  private async pumpLoop(): Promise<void> {
    const gen = this.generation;
    for (;;) {
      const client = this.client;
      if (!client || gen !== this.generation) return;
      // Checked first: after every PUBACK there is usually nothing new, and a read is an async call chain per class.
      if (!this.spool.mayHaveUnread) return;
      const room = this.options.window - this.inflight - this.awaitingAck.size;
      const budget = Math.min(room, 512, this.takeTokens(room));
      if (budget <= 0) return;
      const recs = await this.spool.read(budget);
      if (gen !== this.generation) {
        // The connection changed while reading: these records were taken but not sent. Nothing was sent on the new
        // connection meanwhile (one pump at a time), so putting everything back is safe.
        this.spool.rewind();
        return;
      }
      this.refundTokens(budget - recs.length);
      if (recs.length === 0) return;
      for (const r of recs) this.send(client, gen, r);
    }
  }

  private send(client: MqttClient, gen: number, r: OutRecord): void {
    const topic = `${this.options.topicPrefix}/${this.options.siteId}/${r.route}`;
    const payload = r.appendedAt < this.connectedAt ? markReplayed(r.payload) : r.payload;
    this.inflight++;
    this.sent++;
    client.publish(topic, payload, { qos: 1 }, (err) => {
      if (gen !== this.generation) return; // an old connection's callback: its records were rewound and resent
      this.inflight--;
      if (err) return; // the connection is going down; 'down' rewinds
      if (this.options.ack === 'application') {
        this.awaitingAck.set(r.seq, { cls: r.cls, route: r.route, at: this.clock() });
      } else {
        this.confirm(r.cls, r.seq, r.route);
      }
      this.pump();
    });
  }

  // ---- rate limit: a token bucket refilled at maxRate per second, at most one second of burst ----

  private takeTokens(want: number): number {
    if (this.options.maxRate <= 0) return want;
    const now = this.clock();
    this.tokens = Math.min(this.options.maxRate, this.tokens + ((now - this.tokensAt) / 1000) * this.options.maxRate);
    this.tokensAt = now;
    const n = Math.min(want, Math.floor(this.tokens));
    this.tokens -= n;
    if (n < want && !this.rateTimer) {
      this.rateTimer = setTimeout(
        () => {
          this.rateTimer = undefined;
          this.pump();
        },
        Math.max(5, Math.ceil(1000 / this.options.maxRate)),
      );
    }
    return n;
  }

  /**
   * A new uplink.maxRate (a reload; 0: no limit). The bucket is capped by the new rate (one second of burst), and a
   * batch held back for the old rate is looked at again at once.
   */
  setMaxRate(maxRate: number): void {
    if (maxRate === this.options.maxRate) return;
    this.options = { ...this.options, maxRate };
    this.tokens = Math.min(this.tokens, Math.max(0, maxRate));
    if (this.rateTimer) clearTimeout(this.rateTimer);
    this.rateTimer = undefined;
    this.pump();
  }

  private refundTokens(n: number): void {
    if (this.options.maxRate > 0 && n > 0) this.tokens += n;
  }

  // ---- application acknowledgements ----

  /** Re-publishes the site's birth (a core's "request state / rebirth"). */
  rebirth(): void {
    this.client?.publish(this.statusTopic, this.options.siteStatus.encode(true), { qos: 1, retain: true });
  }

  private onMessage(topic: string, payload: Buffer): void {
    if (topic !== this.ackTopic) {
      const downlink = this.downlinks.find((d) => d.matches(topic));
      if (downlink) void downlink.onMessage(topic, payload);
      return;
    }
    let ack: ReturnType<typeof pb.Ack.decode>;
    try {
      ack = pb.Ack.decode(payload);
    } catch (e) {
      this.log.warn({ component: 'uplink', code: 'GW_CORE_BAD_MESSAGE', topic, err: (e as Error).message }, 'undecodable ack from core');
      return;
    }
    let n = 0;
    for (const range of ack.ranges) {
      const first = Number(range.first),
        last = Number(range.last);
      if (!(last >= first) || last - first > 1_000_000) continue;
      for (let seq = first; seq <= last; seq++) {
        const s = this.awaitingAck.get(seq);
        if (!s) continue;
        this.awaitingAck.delete(seq);
        this.confirm(s.cls, seq, s.route);
        n++;
      }
    }
    if (n > 0) this.pump();
  }

  /** The core has the record: it may leave the spool. */
  private confirm(cls: SpoolClass, seq: number, route: string): void {
    this.spool.confirm(cls, seq);
    this.lastConfirmAt = this.clock();
    const bus = this.options.bus;
    if (bus) {
      const { deviceId, channel } = parseRoute(route);
      bus.emit('record.confirmed', { deviceId, channel, cls, seq });
    }
  }

  /** The consumer did not ack in time (it crashed, or the core broker lost the message): send everything again. */
  private checkAckTimeouts(): void {
    if (!this.client || this.awaitingAck.size === 0) return;
    const oldest = this.awaitingAck.values().next().value as Sent;
    if (this.clock() - oldest.at < this.options.ackTimeoutMs) return;
    this.log.warn({ component: 'uplink', unacked: this.awaitingAck.size }, 'core consumer did not acknowledge in time; resending');
    this.generation++;
    this.inflight = 0;
    this.awaitingAck.clear();
    this.spool.rewind();
    this.pump();
  }
}
