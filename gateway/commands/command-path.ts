// The way down, assembled: the command router with its store, the MQTT command transport, and the locker pickup list
// with its request channel. The controller plugs these into the broker, the ingest and the uplink.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { PickupStore } from './pickup-list.ts';
import type { Channel, DecodedMessage } from '../../devices/common/types.ts';
import { pb, type edge } from '../../proto/index.ts';
import type { Config } from '../config/schema.ts';
import { GatewayError } from '../../base/errors.ts';
import { MqttCommandTransport } from './mqtt-transport.ts';
import { PickupRequests } from './pickup-requests.ts';
import { CommandRouter, type CommandRefusal } from './router.ts';
import { CommandStore, type CommandStateName } from './store.ts';
import type { CommandTransport } from './transport.ts';

export interface CommandPathDeps {
  config: Readonly<Config>;
  /** The machines configured now (the list changes on a live reload). */
  devices(): readonly Readonly<Config['devices'][number]>[];
  stateDir: string;
  log: Logger;
  isConnected(deviceId: string): boolean;
  publishToDevice(topic: string, payload: string): Promise<void>;
  report(deviceId: string, result: edge.v1.ICommandResult): Promise<void>;
  rebirth(): void;
  onResult?(state: CommandStateName): void;
  onRefusal?(code: CommandRefusal): void;
  /** The site pickup key (gateway/config/pickup-key.ts); undefined: pickup lists are refused. */
  pickupKey: Buffer | undefined;
  /** Stores a gateway event for a machine through the ordinary path (a pickup lock-out). */
  raiseEvent(deviceId: string, msg: DecodedMessage): Promise<void>;
}

export class CommandPath {
  readonly router: CommandRouter;
  readonly mqtt: MqttCommandTransport;
  readonly pickups: PickupStore;
  readonly pickupRequests: PickupRequests;
  private readonly d: CommandPathDeps;

  constructor(d: CommandPathDeps, extraTransports: Partial<Record<'opcua', CommandTransport>> = {}) {
    this.d = d;
    const c = d.config;
    this.mqtt = new MqttCommandTransport({ isConnected: d.isConnected, publish: d.publishToDevice }, d.log);
    this.pickups = new PickupStore(join(d.stateDir, 'pickups.json'), d.pickupKey);
    const p = c.pickups;
    this.pickupRequests = new PickupRequests({
      store: this.pickups,
      log: d.log,
      publishToDevice: d.publishToDevice,
      raiseEvent: d.raiseEvent,
      isLocker: (id) => d.devices().find((x) => x.id === id)?.kind === 'locker',
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
      devices: () => new Map(d.devices().map((x) => [x.id, { kind: x.kind, transport: x.transport }])),
      transports: { mqtt: this.mqtt, ...extraTransports },
      store: new CommandStore(join(d.stateDir, 'commands.json'), { capacity: c.uplink.commandMemory }),
      maxTtlMs: c.uplink.commandMaxTtlS * 1000,
      local: {
        refreshPickupList: async (deviceId, list) => {
          const r = await this.pickups.replace(deviceId, list);
          if ('code' in r) {
            d.log.warn({ component: 'pickups', deviceId, code: r.code }, `pickup list refused: ${r.message}`);
            return { state: 'failed', reason: `${r.code}: ${r.message}` };
          }
          return { state: 'succeeded', reason: `pickup list of ${r.count} documents stored at the site` };
        },
        rebirth: d.rebirth,
      },
      report: d.report,
      verifyKey: loadCommandKey(c.uplink.commandKey),
      log: d.log,
      onResult: d.onResult,
      onRefusal: d.onRefusal,
    });
    this.mqtt.onLateAnswer = (deviceId, a) => this.router.lateAnswer(deviceId, a.commandId, a);
  }

  async start(): Promise<void> {
    await this.pickups.open();
    if (this.pickups.droppedAtOpen > 0) {
      this.d.log.warn(
        { component: 'pickups', code: 'GW_PICKUP_LIST_UNKEYED', dropped: this.pickups.droppedAtOpen },
        'pickup list items of the old unkeyed format were dropped; the core must send the lists again with code_mac',
      );
    }
    this.pickupRequests.start();
    await this.router.start();
  }

  stop(): void {
    this.router.stop();
    this.mqtt.stop();
    this.pickupRequests.stop();
  }

  /** Device channels that are answers and questions rather than data for the core; a question's promise settles once it is answered (the ingest counts it in flight until then). */
  channels(): Map<string, (deviceId: string, payload: Buffer) => void | Promise<void>> {
    return new Map<string, (deviceId: string, payload: Buffer) => void | Promise<void>>([
      ['cmd/result', (id: string, p: Buffer) => this.mqtt.answer(id, p)],
      ['req', (id: string, p: Buffer) => this.pickupRequests.answer(id, p)],
    ]);
  }

  /** A locker's pickup transaction marks its document collected in the local list. */
  onStored(deviceId: string, ch: Channel, msg: DecodedMessage): void {
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
