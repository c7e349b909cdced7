// The device broker's questions, answered in one place: who may log in (the device table's credentials), where a
// publish goes (the ingest, which holds its PUBACK until the spool has it), and what a login or a logout means (the
// machine's budget first, then its online flag, one log line, and the bus for everyone else: the commands' MQTT
// transport waits for a machine's subscription to devices/{id}/cmd).
//
//   device-broker.ts --onPublish--> BrokerHooks.onPublish --> Ingest.handle --> Spool.append
//   device-broker.ts --onConnect--> BrokerHooks.onConnect --> DeviceStats.setOnline (device.online), device.connected
import type { PublishPacket } from 'aedes';
import type { Logger } from 'pino';
import type { DeviceBrokerHooks, PreAuthRefusal, PublishVerdict } from '../../protocols/mqtt/device-broker.ts';
import type { GatewayBus } from '../events/events.ts';
import type { BrokerRefusals } from './broker-refusals.ts';
import type { DeviceBudget } from './device-budget.ts';
import type { DeviceStats } from './device-stats.ts';
import type { DeviceTable } from './device-table.ts';
import type { Ingest } from './ingest.ts';

export interface BrokerHooksDeps {
  devices: DeviceTable;
  ingest: Ingest;
  budget: DeviceBudget;
  stats: DeviceStats;
  refusals: BrokerRefusals;
  bus: GatewayBus;
  log: Logger;
}

export class BrokerHooks implements DeviceBrokerHooks {
  private readonly deps: BrokerHooksDeps;

  constructor(deps: BrokerHooksDeps) {
    this.deps = deps;
  }

  async authenticate(deviceId: string, password: Buffer): Promise<boolean> {
    return (await this.deps.devices.get(deviceId)?.credential.check(password)) ?? false;
  }

  knows(deviceId: string): boolean {
    return this.deps.devices.has(deviceId);
  }

  onPublish(deviceId: string, channel: string, packet: PublishPacket, done: PublishVerdict): void {
    this.deps.ingest.handle(deviceId, channel, packet, done);
  }

  onRefused(deviceId: string, code: 'GW_ACL_SUBSCRIBE_DENIED', detail: string): void {
    this.deps.stats.rejected(deviceId, code, detail);
    this.deps.log.warn({ component: 'broker', deviceId, code }, detail);
  }

  onPreAuthRefused(refusal: PreAuthRefusal): void {
    this.deps.refusals.refuse(refusal);
  }

  /** A login over the device's budget (a reconnect loop) is cut at once: counted and logged rate-limited by the ingest. */
  admitConnection(deviceId: string): boolean {
    return this.deps.ingest.admitConnection(deviceId);
  }

  onConnect(deviceId: string): void {
    this.deps.stats.setOnline(deviceId, true);
    this.deps.log.info({ component: 'broker', deviceId }, 'device connected');
    this.deps.bus.emit('device.connected', { deviceId });
  }

  onDisconnect(deviceId: string): void {
    this.deps.budget.disconnected(deviceId);
    if (this.deps.budget.refusedConnection(deviceId)) return;
    this.deps.stats.setOnline(deviceId, false);
    this.deps.log.info({ component: 'broker', deviceId }, 'device disconnected');
    this.deps.bus.emit('device.disconnected', { deviceId });
  }

  onSubscription(deviceId: string, channel: string, active: boolean): void {
    this.deps.bus.emit('device.subscription', { deviceId, channel, active });
  }

  admitSubscription(deviceId: string): boolean {
    return this.deps.ingest.admitSubscription(deviceId);
  }
}
