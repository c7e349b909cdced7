// What happens in the gateway that more than one part reacts to, each event with its payload type. The straight path of
// a message (broker -> ingest -> spool -> uplink) is plain method calls between explicit objects; this bus carries what
// is said to whoever listens: a machine connecting, a record stored or confirmed, the spool's alarms, the uplink going up
// or down, a config reload. Emitters and listeners both name the event here, so "find references" on a key below lists
// every part that says it and every part that hears it.
//
// Who emits what (the listeners subscribe in their start() and unsubscribe in their stop()):
//   device.connected / .disconnected / .subscription   gateway/pipeline/broker-hooks.ts (the device broker's hooks)
//   device.online                                      gateway/pipeline/device-stats.ts (MQTT and OPC-UA machines)
//   record.stored                                      gateway/pipeline/ingest.ts
//   record.confirmed, uplink.connected / .disconnected gateway/pipeline/uplink.ts
//   spool.alarm, spool.corrupt                         gateway/pipeline/spool-reporter.ts (relays the spool's own events)
//   config.reloaded                                    gateway/controller.ts (reload)
import { EventBus } from '../../base/event-bus.ts';
import type { Logger } from 'pino';
import type { Channel, DecodedMessage } from '../../devices/common/types.ts';
import type { Config } from '../config/schema.ts';
import type { SpoolClass } from '../spool/spool.ts';

export interface GatewayEvents {
  /** An MQTT machine logged in and was admitted by its budget: every session, a takeover by the same id too. */
  'device.connected': { deviceId: string };
  /** An admitted MQTT session ended (not a login the budget cut at once). */
  'device.disconnected': { deviceId: string };
  /** An MQTT machine's subscription to devices/{id}/{channel} became active or was removed. */
  'device.subscription': { deviceId: string; channel: string; active: boolean };
  /** A machine's online flag changed, whatever its transport (MQTT session; OPC-UA session with fresh data). */
  'device.online': { deviceId: string; online: boolean };
  /** A machine's message is durable in the spool (its PUBACK is on the way). Not emitted for the gateway's own command results. */
  'record.stored': { deviceId: string; channel: Channel; cls: SpoolClass; message: DecodedMessage };
  /**
   * The core confirmed a record (its broker's PUBACK, or the consumer's Ack): it may leave the spool. `deviceId` is
   * "_site" for a whole-site command result; `channel` is the route's rest ("tx", "event", "cmd/result", ...).
   */
  'record.confirmed': { deviceId: string; channel: string; cls: SpoolClass; seq: number };
  /** The spool is full (active) and new transactions are not acknowledged, or has room again. */
  'spool.alarm': { code: 'GW_SPOOL_FULL'; active: boolean };
  /** A corrupt spool record was quarantined; later records are still delivered. */
  'spool.corrupt': { segment: string; offset: number; skipped: number; quarantined: string };
  /** Connected to the core; `backlog` records wait in the spool. */
  'uplink.connected': { backlog: number };
  /** The core connection was lost; the spool buffers. */
  'uplink.disconnected': { backlog: number };
  /** A new config is applied (SIGHUP): the device ids added, removed and changed, and the sections that need a restart. */
  'config.reloaded': { config: Readonly<Config>; added: string[]; removed: string[]; changed: string[]; needRestart: string[] };
}

export type GatewayEventName = keyof GatewayEvents;
export type GatewayBus = EventBus<GatewayEvents>;

/** The gateway's bus: a listener that throws is logged (GW_INTERNAL) and the others still run. */
export function createGatewayBus(log: Logger): GatewayBus {
  return new EventBus<GatewayEvents>((event, err) =>
    log.error({ component: 'bus', code: 'GW_INTERNAL', event, err: (err as Error)?.message }, `a listener of ${String(event)} failed`),
  );
}
