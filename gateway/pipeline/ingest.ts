// The device -> spool step: a publish from the broker is checked by its kind's codec, wrapped in an Envelope and
// appended to the spool. The broker's PUBACK waits for the spool's callback, so an acknowledged message is on disk.
// Refused input is answered on devices/{id}/error with a stable code, logged once, counted, and acknowledged: nothing
// of it is stored or forwarded, and the device does not resend it forever. A stored message is told on the bus as
// record.stored. Channels that are answers or questions rather than data (cmd/result, req) are handed to the handler
// the commands registered with answerOn().
// Before any of that, each publish is charged to its device's budget (device-budget.ts): over its rate a QoS 0 publish
// is dropped and a QoS 1/2 publish held (its PUBACK waits, nothing is lost); questions on req are limited in number
// while unanswered. A flood therefore costs a counter, not a log line, a reply or a spool write per packet.
import type { PublishPacket } from 'aedes';
import type { Logger } from 'pino';
import {
  CHANNELS,
  type Channel,
  type CodecContext,
  type DecodedMessage,
  type KindCodec,
  type PayloadError,
} from '../../devices/common/types.ts';
import {
  LOGIN_BURST,
  LOGIN_PER_S,
  MAX_WAITING,
  type BudgetLimits,
  type DeviceBudget,
  type LimitAction,
  type LimitCode,
} from './device-budget.ts';
import { encodeEnvelope, type EnvelopeContent } from './envelope.ts';
import { describeTopic, maskText, quoteName } from '../../base/outside-text.ts';
import type { DeviceStats } from './device-stats.ts';
import type { Spool, SpoolClass } from '../spool/spool.ts';
import type { edge } from '../../proto/index.ts';
import type { GatewayBus } from '../events/events.ts';
import { recordRoute } from './route.ts';

export interface IngestDevice {
  id: string;
  codec: KindCodec;
  ctx: CodecContext;
}

/**
 * A device channel handled outside the spool path (a command's answer on cmd/result, a locker's question on req). A
 * handler that returns a promise is a question: it counts against the device's maxPendingRequests until it settles.
 */
export type ChannelHandler = (deviceId: string, payload: Buffer) => void | Promise<void>;

export interface IngestOptions {
  siteId: string;
  maxPayloadBytes: number;
  devices: () => ReadonlyMap<string, IngestDevice>;
  spool: Spool;
  stats: DeviceStats;
  reply: (topic: string, payload: string) => Promise<void>;
  log: Logger;
  clock?: () => number;
  /** Request/response channels handled outside the spool path from the start (more are added with answerOn()). */
  extraChannels?: ReadonlyMap<string, ChannelHandler>;
  /** What one device may cost (rate, in flight, unanswered questions); without it nothing is limited. */
  budget?: DeviceBudget;
  /** Where 'record.stored' is told once a message is durable (a locker pickup marks its document collected). */
  bus?: GatewayBus;
}

const CLASS_OF: Record<Channel, SpoolClass> = { tx: 'tx', event: 'tx', telemetry: 'telemetry', state: 'state' };
const channelSet = new Set<string>(CHANNELS);

export class Ingest {
  private readonly options: IngestOptions;
  private readonly clock: () => number;
  private readonly channels: Map<string, ChannelHandler>;

  constructor(opts: IngestOptions) {
    this.options = opts;
    this.clock = opts.clock ?? Date.now;
    this.channels = new Map(opts.extraChannels);
  }

  /** Hands a device channel that is an answer or a question, not data for the core, to `handler` (the commands). */
  answerOn(channel: string, handler: ChannelHandler): void {
    this.channels.set(channel, handler);
  }

  /** Called from the broker's authorizePublish: `done()` sends the PUBACK, `done(err)` closes the connection without one. */
  handle(deviceId: string, channel: string, packet: PublishPacket, done: (err?: Error | null) => void): void {
    const dev = this.options.devices().get(deviceId);
    if (!dev) return this.reject(deviceId, packet.topic, { code: 'GW_AUTH_FAILED', message: `device ${deviceId} is not configured` }, done);
    const budget = this.options.budget;
    if (!budget) return this.route(dev, channel, packet, done);
    if (packet.qos === 0) {
      if (budget.tryTake(deviceId)) return this.route(dev, channel, packet, done);
      // At most once is all QoS 0 promises: over the rate it is dropped, counted, and the device told (rate-limited).
      this.limited(deviceId, 'GW_DEVICE_RATE_LIMITED', 'dropped');
      return done();
    }
    const verdict = budget.admit(
      deviceId,
      (release) =>
        this.route(dev, channel, packet, (err) => {
          release();
          done(err);
        }),
      // The connection closed while this publish waited: no PUBACK can reach the device, which resends it.
      () => done(new Error('connection closed while the publish waited for its budget')),
    );
    if (verdict === 'held-rate') this.limited(deviceId, 'GW_DEVICE_RATE_LIMITED', 'held');
    else if (verdict === 'held-inflight') this.limited(deviceId, 'GW_DEVICE_INFLIGHT_LIMIT', 'held');
    else if (verdict === 'full') {
      this.limited(deviceId, 'GW_DEVICE_INFLIGHT_LIMIT', 'disconnected');
      done(new Error(`more than ${MAX_WAITING} publishes wait for their budget`));
    }
  }

  /** A login: false when the device is over its budget, counted (GW_DEVICE_RATE_LIMITED, disconnected); the caller cuts it. */
  admitConnection(deviceId: string): boolean {
    const budget = this.options.budget;
    if (!budget || budget.connected(deviceId)) return true;
    this.limited(deviceId, 'GW_DEVICE_RATE_LIMITED', 'disconnected');
    return false;
  }

  /** A SUBSCRIBE takes a token like a publish; over the rate it is refused (granted 0x80) and counted. */
  admitSubscription(deviceId: string): boolean {
    const budget = this.options.budget;
    if (!budget || budget.tryTake(deviceId, true)) return true;
    this.limited(deviceId, 'GW_DEVICE_RATE_LIMITED', 'refused');
    return false;
  }

  /** The publish is within budget: refused, answered (a question) or stored. */
  private route(dev: IngestDevice, channel: string, packet: PublishPacket, done: (err?: Error | null) => void): void {
    const deviceId = dev.id;
    if (channel === '') {
      return this.reject(
        deviceId,
        packet.topic,
        { code: 'GW_ACL_PUBLISH_DENIED', message: `a device may publish only under devices/${deviceId}/` },
        done,
      );
    }
    const payload = packet.payload as Buffer;
    if (payload.length > this.options.maxPayloadBytes) {
      return this.reject(
        deviceId,
        packet.topic,
        { code: 'GW_PAYLOAD_TOO_LARGE', message: `payload is ${payload.length} bytes; the limit is ${this.options.maxPayloadBytes}` },
        done,
      );
    }
    const extra = this.channels.get(channel);
    if (extra) {
      const answered = this.options.budget ? this.options.budget.beginRequest(deviceId) : () => undefined;
      if (!answered) {
        this.limited(deviceId, 'GW_DEVICE_INFLIGHT_LIMIT', 'refused');
        return done();
      }
      const failed = (e: unknown): void => {
        answered();
        this.options.log.error(
          { component: 'ingest', deviceId, code: 'GW_INTERNAL', err: (e as Error)?.message },
          `message on ${channel} not handled`,
        );
      };
      try {
        const question = extra(deviceId, payload);
        if (question) question.then(answered, failed);
        else answered();
      } catch (e) {
        failed(e);
      }
      return done();
    }
    if (!channelSet.has(channel)) {
      // A plain channel is quoted, masked like the topic: "4111111111111111" is a plain channel too.
      return this.reject(
        deviceId,
        packet.topic,
        {
          code: 'GW_TOPIC_UNKNOWN',
          message: maskText(`unknown channel ${quoteName(channel, 'channel')}; use tx, telemetry, event or state`),
        },
        done,
      );
    }
    const ch = channel as Channel;
    const res = dev.codec.decode(ch, payload, dev.ctx);
    if (!res.ok) return this.reject(deviceId, packet.topic, res.error, done);
    this.store(dev, ch, res.message, done);
  }

  /**
   * Stores a message that is already validated and normalised: the common path for every transport (MQTT above, OPC-UA
   * connectors, the gateway's own results). `done()` runs once it is durable; `done(err)` when it could not be stored.
   */
  accept(deviceId: string, ch: Channel, msg: DecodedMessage, done: (err?: Error | null) => void): void {
    const dev = this.options.devices().get(deviceId);
    if (!dev) return done(new Error(`device ${deviceId} is not configured`));
    this.store(dev, ch, msg, done);
  }

  private store(dev: IngestDevice, ch: Channel, msg: DecodedMessage, done: (err?: Error | null) => void): void {
    const deviceId = dev.id;
    const src = { siteId: this.options.siteId, deviceId, deviceKind: dev.codec.protoKind };
    const cls = CLASS_OF[ch];
    this.options.spool.append(
      { cls, route: recordRoute(deviceId, ch), key: msg.txId, build: (seq, at) => encodeEnvelope(src, seq, at, msg) },
      (err) => {
        if (err) {
          // Not acknowledged: the device keeps the message and resends it. Spool alarms are logged once, by spool-reporter.ts.
          if (err.code !== 'GW_SPOOL_FULL')
            this.options.log.error({ component: 'ingest', deviceId, code: err.code, err: err.message }, 'message not stored');
          return done(err);
        }
        this.options.stats.received(deviceId);
        this.options.bus?.emit('record.stored', { deviceId, channel: ch, cls, message: msg });
        done();
      },
    );
  }

  /** accept() as a promise: a gateway event for a machine (a pickup lock-out), stored through the ordinary path. */
  storeEvent(deviceId: string, msg: DecodedMessage): Promise<void> {
    return new Promise((resolve, reject) => this.accept(deviceId, 'event', msg, (err) => (err ? reject(err) : resolve())));
  }

  /** A command's result, stored and forwarded like any transaction on {deviceId}/cmd/result ("_site" for the whole site). */
  storeCommandResult(deviceId: string, result: edge.v1.ICommandResult): Promise<void> {
    const dev = deviceId ? this.options.devices().get(deviceId) : undefined;
    const src = { siteId: this.options.siteId, deviceId, deviceKind: dev?.codec.protoKind ?? 0 };
    const msg: EnvelopeContent = { deviceTimeMs: 0, body: { commandResult: result } };
    return new Promise((resolve, reject) =>
      this.options.spool.append(
        { cls: 'tx', route: recordRoute(deviceId, 'cmd/result'), build: (seq, at) => encodeEnvelope(src, seq, at, msg) },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
  }

  /**
   * One event over a device's budget: counted every time (on /metrics; a dropped or refused one also as rejected),
   * logged and answered on devices/{id}/error only when the budget says so (the first, then once per NOTICE_EVERY_MS).
   */
  private limited(deviceId: string, code: LimitCode, action: LimitAction): void {
    const budget = this.options.budget!;
    const message = limitMessage(code, action, budget.limitsOf(deviceId));
    if (action !== 'held') this.options.stats.rejected(deviceId, code, message);
    const notice = budget.limited(deviceId, code, action);
    if (!notice) return;
    this.options.log.warn({ component: 'budget', deviceId, code, action, count: notice.count }, message);
    this.options.reply(`devices/${deviceId}/error`, JSON.stringify({ code, message, action, count: notice.count })).catch(() => undefined);
  }

  private reject(deviceId: string, rawTopic: string, error: PayloadError, done: (err?: Error | null) => void): void {
    // The device's own text, never copied out as it came: quoted only when short and plain, and then masked (a card
    // number is short and plain).
    const topic = maskText(describeTopic(rawTopic));
    const body: Record<string, unknown> = { code: error.code, message: error.message, topic };
    if (error.path !== undefined) body.path = error.path;
    if (error.txId !== undefined) body.txId = error.txId;
    this.options.stats.rejected(deviceId, error.code, error.message);
    this.options.log.warn({ component: 'ingest', deviceId, code: error.code, topic, path: error.path, txId: error.txId }, error.message);
    this.options.reply(`devices/${deviceId}/error`, JSON.stringify(body)).catch(() => undefined);
    done();
  }
}

/** What the device and the log are told: which limit, what became of the message, what to do. */
export function limitMessage(code: LimitCode, action: LimitAction, l: BudgetLimits): string {
  const rate = `over its budget of ${l.messagesPerS} messages/s (burst ${l.burst})`;
  switch (`${code}|${action}`) {
    case 'GW_DEVICE_RATE_LIMITED|dropped':
      return `${rate}: QoS 0 publishes beyond it are dropped; publish less often, or raise broker.deviceBudget for this machine`;
    case 'GW_DEVICE_RATE_LIMITED|held':
      return (
        `${rate}: QoS 1 publishes are acknowledged at that pace and none is lost; publish less often, ` +
        `or raise broker.deviceBudget for this machine`
      );
    case 'GW_DEVICE_RATE_LIMITED|refused':
      return `${rate}: subscription refused; subscribe once per connection`;
    case 'GW_DEVICE_INFLIGHT_LIMIT|held':
      return `${l.maxInflight} QoS 1 publishes are already being stored: later ones are acknowledged as earlier ones are stored`;
    case 'GW_DEVICE_INFLIGHT_LIMIT|refused':
      return `${l.maxPendingRequests} questions on req are still unanswered: question refused; wait for the answers on res before asking again`;
    case 'GW_DEVICE_RATE_LIMITED|disconnected':
      return `logged in more than ${LOGIN_BURST} times at once or ${LOGIN_PER_S} per second after that: disconnected; reconnect with a back-off`;
    default:
      return `more than ${MAX_WAITING} publishes wait for acknowledgement: connection closed without PUBACK; the device resends them`;
  }
}
