// The way down, assembled: the command router with its store, the MQTT command transport, and the locker pickup list
// with its request channel. At start it joins the way up (CommandUpwardPath): the uplink hands it the core's commands,
// the ingest hands it the machines' answers (cmd/result) and questions (req) and stores its results; and it hears the
// machines' sessions and stored messages on the bus.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { PickupStore } from './pickup-list.ts';
import type { Channel, DecodedMessage } from '../../devices/common/types.ts';
import { pb, type edge } from '../../proto/index.ts';
import type { Config } from '../config/schema.ts';
import { GatewayError } from '../../base/errors.ts';
import { MqttCommandTransport, type MqttCommandLink } from './mqtt-transport.ts';
import { PickupRequests } from './pickup-requests.ts';
import { CommandRouter, type CommandRefusal } from './router.ts';
import { CommandStore, type CommandStateName } from './store.ts';
import type { CommandTransport } from './transport.ts';
import type { GatewayBus } from '../events/events.ts';

/** How a command's end and a refused command are counted (/metrics: gateway/status/metrics.ts implements it). */
export interface CommandCounters {
  countResult(state: CommandStateName): void;
  countRefusal(code: CommandRefusal): void;
}

/** What the commands need of the way up: machines' answers and questions come from it, results and events go into it. */
export interface CommandUpwardPath {
  /** The ingest: hands a device channel that is an answer or a question (not data for the core) to `handler`. */
  ingest: {
    answerOn(channel: string, handler: (deviceId: string, payload: Buffer) => void | Promise<void>): void;
    /** Stores a result through the spool (durable, then forwarded), on {deviceId}/cmd/result. */
    storeCommandResult(deviceId: string, result: edge.v1.ICommandResult): Promise<void>;
    /** Stores a gateway event for a machine through the ordinary path (a pickup lock-out). */
    storeEvent(deviceId: string, msg: DecodedMessage): Promise<void>;
  };
  /** The uplink: hands the core's messages on the command topics to the router, and re-publishes the site status. */
  uplink: { deliverCoreMessagesTo(subscriber: CommandRouter): void; rebirth(): void };
}

export interface CommandPathDeps extends CommandUpwardPath {
  config: Readonly<Config>;
  /** The machines configured now (the list changes on a live reload). */
  devices(): readonly Readonly<Config['devices'][number]>[];
  stateDir: string;
  log: Logger;
  /** The device broker: whether a machine is connected, and publishing to devices/{id}/... */
  broker: MqttCommandLink;
  /** Where machines' sessions, subscriptions and stored messages are heard (device.*, record.stored). */
  bus: GatewayBus;
  counters?: CommandCounters;
  /** The site pickup key (gateway/config/pickup-key.ts); undefined: pickup lists are refused. */
  pickupKey: Buffer | undefined;
}

export class CommandPath {
  readonly router: CommandRouter;
  readonly mqtt: MqttCommandTransport;
  readonly pickups: PickupStore;
  readonly pickupRequests: PickupRequests;
  private readonly deps: CommandPathDeps;
  private unsubscribe: (() => void)[] = [];

  constructor(deps: CommandPathDeps, extraTransports: Partial<Record<'opcua', CommandTransport>> = {}) {
    this.deps = deps;
    const c = deps.config;
    const publishToDevice = (topic: string, payload: string): Promise<void> => deps.broker.publish(topic, payload);
    this.mqtt = new MqttCommandTransport(deps.broker, deps.log);
    this.pickups = new PickupStore(join(deps.stateDir, 'pickups.json'), deps.pickupKey);
    const p = c.pickups;
    this.pickupRequests = new PickupRequests({
      store: this.pickups,
      log: deps.log,
      publishToDevice,
      raiseEvent: (deviceId, msg) => deps.ingest.storeEvent(deviceId, msg),
      isLocker: (id) => deps.devices().find((x) => x.id === id)?.kind === 'locker',
      rules: {
        maxWrongPerLocker: p.maxWrongPerLocker,
        maxWrongPerCompartment: p.maxWrongPerCompartment,
        windowMs: p.windowS * 1000,
        lockoutMs: p.lockoutS * 1000,
        maxLockoutMs: p.maxLockoutS * 1000,
      },
    });
    this.router = new CommandRouter({
      siteId: c.site.id,
      topicPrefix: c.uplink.topicPrefix,
      devices: () => new Map(deps.devices().map((x) => [x.id, { kind: x.kind, transport: x.transport }])),
      transports: { mqtt: this.mqtt, ...extraTransports },
      store: new CommandStore(join(deps.stateDir, 'commands.json'), { capacity: c.uplink.commandMemory }),
      maxTtlMs: c.uplink.commandMaxTtlS * 1000,
      local: {
        refreshPickupList: async (deviceId, list) => {
          const r = await this.pickups.replace(deviceId, list);
          if ('code' in r) {
            deps.log.warn({ component: 'pickups', deviceId, code: r.code }, `pickup list refused: ${r.message}`);
            return { state: 'failed', reason: `${r.code}: ${r.message}` };
          }
          return { state: 'succeeded', reason: `pickup list of ${r.count} documents stored at the site` };
        },
        rebirth: () => deps.uplink.rebirth(),
      },
      report: (deviceId, result) => deps.ingest.storeCommandResult(deviceId, result),
      verifyKey: loadCommandKey(c.uplink.commandKey),
      log: deps.log,
      onResult: (state) => deps.counters?.countResult(state),
      onRefusal: (code) => deps.counters?.countRefusal(code),
    });
    this.mqtt.onLateAnswer = (deviceId, a) => this.router.lateAnswer(deviceId, a.commandId, a);
  }

  /**
   * Opens the stores, then joins the way up and the machines' sessions: before the device broker and the core
   * connection start, so no answer, question or command from the core arrives before it can be handled.
   */
  async start(): Promise<void> {
    await this.pickups.open();
    if (this.pickups.droppedAtOpen > 0) {
      this.deps.log.warn(
        { component: 'pickups', code: 'GW_PICKUP_LIST_UNKEYED', dropped: this.pickups.droppedAtOpen },
        'pickup list items of the old unkeyed format were dropped; the core must send the lists again with code_mac',
      );
    }
    this.pickupRequests.start();
    await this.router.start();
    // Device channels that are answers and questions rather than data for the core; a question's promise settles once
    // it is answered (the ingest counts it in flight until then).
    this.deps.ingest.answerOn('cmd/result', (deviceId, payload) => this.mqtt.answer(deviceId, payload));
    this.deps.ingest.answerOn('req', (deviceId, payload) => this.pickupRequests.answer(deviceId, payload));
    this.deps.uplink.deliverCoreMessagesTo(this.router);
    const bus = this.deps.bus;
    this.unsubscribe = [
      bus.on('device.connected', ({ deviceId }) => this.mqtt.connected(deviceId)),
      bus.on('device.disconnected', ({ deviceId }) => this.mqtt.disconnected(deviceId)),
      bus.on('device.subscription', ({ deviceId, channel, active }) => this.mqtt.subscription(deviceId, channel, active)),
      bus.on('record.stored', ({ deviceId, channel, message }) => this.onStored(deviceId, channel, message)),
    ];
  }

  stop(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.router.stop();
    this.mqtt.stop();
    this.pickupRequests.stop();
  }

  /** A locker's pickup transaction marks its document collected in the local list. */
  private onStored(deviceId: string, ch: Channel, msg: DecodedMessage): void {
    if (ch !== 'tx' || !('transaction' in msg.body)) return;
    const l = msg.body.transaction.locker;
    if (l && l.action === pb.LockerActionType.LOCKER_ACTION_TYPE_PICKUP && l.result === pb.LockerResult.LOCKER_RESULT_OK && l.documentRef) {
      void this.pickups.markCollected(deviceId, l.documentRef);
    }
  }
}

function loadCommandKey(path: string): KeyObject | undefined {
  if (!path) return undefined;
  let key: KeyObject;
  try {
    key = createPublicKey(readFileSync(path));
  } catch (e) {
    throw new GatewayError('GW_COMMAND_KEY', `cannot read uplink.commandKey ${path}: ${(e as Error).message}`, { path });
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new GatewayError(
      'GW_COMMAND_KEY',
      `uplink.commandKey ${path} is a ${key.asymmetricKeyType ?? 'unknown'} key; an Ed25519 public key is required`,
      { path },
    );
  }
  return key;
}
