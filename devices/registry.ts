// The machine kinds, listed once. Everything else that needs the list reads it from here: the `Kind` type, the config
// schema's `kind` enum (gateway/config/), the codec the gateway picks for a device, the commands the router lets through,
// the OPC-UA runtime (gateway/opcua/), `edge-gateway simulate` and its help, the demo and the benches.
// A new kind is one entry below plus its folder devices/KIND/ (CONTRIBUTING.md, "A new machine kind");
// test/devices/registry.test.ts checks that each entry has its codec, schema, README, fixtures and simulator.
import type { CommandName } from './common/command-json.ts';
import type { OpcuaKind } from './common/opcua-kind.ts';
import type { KindCodec, TrafficFactory } from './common/types.ts';
import { lockerCodec } from './locker/codec.ts';
import { lockerOpcua } from './locker/opcua-mapping.ts';
import { lockerTraffic } from './locker/sim/traffic.ts';
import { tellerCodec } from './teller/codec.ts';
import { tellerTraffic } from './teller/sim/traffic.ts';
import { vendingCodec } from './vending/codec.ts';
import { vendingTraffic } from './vending/sim/traffic.ts';

/** One machine kind; `Name` is its key in the registry, which its codec must carry too. */
export interface KindEntry<Name extends string> {
  /** One line, as `edge-gateway simulate --help` and the docs show it. */
  description: string;
  /** The pure decode of its payloads; it also carries the kind's edge.v1 DeviceKind for envelopes (codec.protoKind). */
  codec: KindCodec<Name>;
  /** The commands its machines accept. refreshPickupList is carried out by the gateway itself (lockers). */
  commands: ReadonlySet<CommandName>;
  /** Simulated MQTT machines: the traffic they send (devices/KIND/sim/traffic.ts) and the one `npm start` runs. */
  simulator: { traffic: TrafficFactory; demo: { deviceId: string; rate: number } };
  /** Present when the kind can be read over OPC-UA (devices/KIND/opcua-mapping.ts). */
  opcua?: OpcuaKind;
}

/** Checks, for the type checker, that each entry's codec names the entry's own key. */
function registry<Entries extends { [Name in keyof Entries]: KindEntry<Name & string> }>(entries: Entries): Entries {
  return entries;
}

const REGISTRY = registry({
  teller: {
    description: 'bank smart-teller machines offering government services',
    codec: tellerCodec,
    commands: new Set<CommandName>(['setServiceMode', 'reboot', 'requestState']),
    simulator: { traffic: tellerTraffic, demo: { deviceId: 'stm-01', rate: 1 } },
  },
  vending: {
    description: 'publication vending machines',
    codec: vendingCodec,
    commands: new Set<CommandName>(['setPrices', 'setServiceMode', 'reboot', 'requestState']),
    simulator: { traffic: vendingTraffic, demo: { deviceId: 'vend-01', rate: 2 } },
  },
  locker: {
    description: 'smart document lockers',
    codec: lockerCodec,
    commands: new Set<CommandName>(['openCompartment', 'setServiceMode', 'reboot', 'refreshPickupList', 'requestState']),
    simulator: { traffic: lockerTraffic, demo: { deviceId: 'lock-01', rate: 0.5 } },
    opcua: lockerOpcua,
  },
});

export type Kind = keyof typeof REGISTRY;

/** Every kind, in the registry's order (the config reference and the CLI help show them so). */
export const KINDS = Object.keys(REGISTRY) as readonly Kind[];

export function isKind(name: string): name is Kind {
  return Object.hasOwn(REGISTRY, name);
}

export function kindEntry(kind: Kind): KindEntry<Kind> {
  return REGISTRY[kind];
}

export function codecFor(kind: Kind): KindCodec {
  return REGISTRY[kind].codec;
}

/** Which commands each kind of machine accepts. */
export const KIND_COMMANDS: Readonly<Record<Kind, ReadonlySet<CommandName>>> = (() => {
  const commands = {} as Record<Kind, ReadonlySet<CommandName>>;
  for (const kind of KINDS) commands[kind] = REGISTRY[kind].commands;
  return commands;
})();

/** The kind's OPC-UA mapping; undefined for a kind that is read over MQTT only. */
export function opcuaKindOf(kind: Kind): OpcuaKind | undefined {
  return kindEntry(kind).opcua;
}

/** The kinds that can be read over OPC-UA. */
export const OPCUA_KIND_NAMES: readonly Kind[] = KINDS.filter((k) => opcuaKindOf(k) !== undefined);
