// The device -> spool step: a publish from the broker is checked by its kind's codec, wrapped in an Envelope and
// appended to the spool. The broker's PUBACK waits for the spool's callback, so an acknowledged message is on disk.
// Refused input is answered on devices/{id}/error with a stable code, logged once, counted, and acknowledged: nothing
// of it is stored or forwarded, and the device does not resend it forever.
import type { PublishPacket } from 'aedes';
import type { Logger } from 'pino';
import { CHANNELS, type Channel, type CodecContext, type DecodedMessage, type KindCodec, type PayloadError } from '../devices/types.ts';
import { encodeEnvelope, type EnvelopeContent } from './envelope.ts';
import { describeTopic, quoteName } from './outside-text.ts';
import type { DeviceStats } from './device-stats.ts';
import type { Spool, SpoolClass } from './spool/spool.ts';
import type { edge } from '../proto/index.ts';

export interface IngestDevice {
  id: string;
  codec: KindCodec;
  ctx: CodecContext;
}

export interface IngestOptions {
  siteId: string;
  maxPayloadBytes: number;
  devices: () => ReadonlyMap<string, IngestDevice>;
  spool: Spool;
  stats: DeviceStats;
  reply: (topic: string, payload: string) => Promise<void>;
  log: Logger;
  clock?: () => number;
  /** Request/response channels (e.g. a locker verifying a pickup code) handled outside the spool path. */
  extraChannels?: Map<string, (deviceId: string, payload: Buffer) => void>;
  /** Called once a message is durable (e.g. a locker pickup marks its document collected). */
  onStored?: (deviceId: string, ch: Channel, msg: DecodedMessage) => void;
}

const CLASS_OF: Record<Channel, SpoolClass> = { tx: 'tx', event: 'tx', telemetry: 'telemetry', state: 'state' };
const channelSet = new Set<string>(CHANNELS);

export class Ingest {
  private readonly o: IngestOptions;
  private readonly clock: () => number;

  constructor(opts: IngestOptions) {
    this.o = opts;
    this.clock = opts.clock ?? Date.now;
  }

  /** Called from the broker's authorizePublish: `done()` sends the PUBACK, `done(err)` closes the connection without one. */
  handle(deviceId: string, channel: string, packet: PublishPacket, done: (err?: Error | null) => void): void {
    const dev = this.o.devices().get(deviceId);
    if (!dev) return this.reject(deviceId, packet.topic, { code: 'GW_AUTH_FAILED', message: `device ${deviceId} is not configured` }, done);
    if (channel === '') {
      return this.reject(deviceId, packet.topic, { code: 'GW_ACL_PUBLISH_DENIED', message: `a device may publish only under devices/${deviceId}/` }, done);
    }
    const payload = packet.payload as Buffer;
    if (payload.length > this.o.maxPayloadBytes) {
      return this.reject(deviceId, packet.topic, { code: 'GW_PAYLOAD_TOO_LARGE', message: `payload is ${payload.length} bytes; the limit is ${this.o.maxPayloadBytes}` }, done);
    }
    const extra = this.o.extraChannels?.get(channel);
    if (extra) {
      extra(deviceId, payload);
      return done();
    }
    if (!channelSet.has(channel)) {
      return this.reject(deviceId, packet.topic, { code: 'GW_TOPIC_UNKNOWN', message: `unknown channel ${quoteName(channel, 'channel')}; use tx, telemetry, event or state` }, done);
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
    const dev = this.o.devices().get(deviceId);
    if (!dev) return done(new Error(`device ${deviceId} is not configured`));
    this.store(dev, ch, msg, done);
  }

  private store(dev: IngestDevice, ch: Channel, msg: DecodedMessage, done: (err?: Error | null) => void): void {
    const deviceId = dev.id;
    const src = { siteId: this.o.siteId, deviceId, deviceKind: dev.codec.protoKind };
    this.o.spool.append(
      { cls: CLASS_OF[ch], route: `${deviceId}/${ch}`, key: msg.txId, build: (seq, at) => encodeEnvelope(src, seq, at, msg) },
      (err) => {
        if (err) {
          // Not acknowledged: the device keeps the message and resends it. Spool alarms are logged by the controller once.
          if (err.code !== 'GW_SPOOL_FULL') this.o.log.error({ component: 'ingest', deviceId, code: err.code, err: err.message }, 'message not stored');
          return done(err);
        }
        this.o.stats.received(deviceId);
        this.o.onStored?.(deviceId, ch, msg);
        done();
      },
    );
  }

  /** A command's result, stored and forwarded like any transaction on {deviceId}/cmd/result ("_site" for the whole site). */
  storeCommandResult(deviceId: string, result: edge.v1.ICommandResult): Promise<void> {
    const dev = deviceId ? this.o.devices().get(deviceId) : undefined;
    const src = { siteId: this.o.siteId, deviceId, deviceKind: dev?.codec.protoKind ?? 0 };
    const msg: EnvelopeContent = { deviceTimeMs: 0, body: { commandResult: result } };
    return new Promise((resolve, reject) => this.o.spool.append(
      { cls: 'tx', route: `${deviceId || '_site'}/cmd/result`, build: (seq, at) => encodeEnvelope(src, seq, at, msg) },
      (err) => (err ? reject(err) : resolve()),
    ));
  }

  private reject(deviceId: string, rawTopic: string, error: PayloadError, done: (err?: Error | null) => void): void {
    const topic = describeTopic(rawTopic); // the device's own text: never copied into the log as it came
    const body: Record<string, unknown> = { code: error.code, message: error.message, topic };
    if (error.path !== undefined) body.path = error.path;
    if (error.txId !== undefined) body.txId = error.txId;
    this.o.stats.rejected(deviceId, error.code, error.message);
    this.o.log.warn({ component: 'ingest', deviceId, code: error.code, topic, path: error.path, txId: error.txId }, error.message);
    this.o.reply(`devices/${deviceId}/error`, JSON.stringify(body)).catch(() => undefined);
    done();
  }
}
