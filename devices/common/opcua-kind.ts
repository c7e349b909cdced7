// What a machine kind provides to be read over OPC-UA: the contract between a kind's mapping
// (devices/KIND/opcua-mapping.ts, node values -> edge.v1 messages) and the gateway's OPC-UA runtime (gateway/opcua/).
// The shape every mapping config shares lives here too: roles, "{n}" over numbered units, event fields, methods. The
// gateway reads it twice: gateway/config/opcua-check.ts checks a config against the roles (an unknown role is a typo
// that would otherwise silently do nothing), and gateway/opcua/plan.ts plans what the connector subscribes to.
import type { edge } from '../../proto/index.ts';
import type { CallRequest, EventFields, OpcuaMappingConfig, OpcuaOutcome, ValueChange, WriteRequest } from '../../protocols/opcua/types.ts';
import type { CodecContext, DecodeResult, DeviceAnswer } from './types.ts';

/** The roles a kind's mapping config may name, per section. */
export interface RoleTable {
  values: Readonly<Record<string, { perUnit: boolean; required: boolean }>>;
  events: Readonly<Record<string, { fields: readonly string[] }>>;
  methods: Readonly<Record<string, object>>;
}

/** Which messages a batch of value changes makes due (a value that did not really change makes none). */
export interface DueMessages {
  telemetry: boolean;
  state: boolean;
  transactions: boolean;
}

/** How a command is carried out on the machine: a method call, a write, the state sent again, or a refusal. */
export type OpcuaCommandPlan =
  | { call: CallRequest; what: string }
  | { write: WriteRequest; what: string }
  | { republishState: true }
  | { refuse: string };

/**
 * What the gateway needs from a kind to run it over OPC-UA. `Snapshot` (what the gateway last saw of one machine) is the
 * kind's own business: the runtime holds it as `unknown` and only hands back what newSnapshot made.
 */
export interface OpcuaKind<Snapshot = unknown> {
  roles: RoleTable;
  newSnapshot(units: number): Snapshot;
  apply(snapshot: Snapshot, changes: readonly ValueChange[]): DueMessages;
  telemetry(snapshot: Snapshot, ctx: CodecContext): DecodeResult | undefined;
  state(snapshot: Snapshot, online: boolean, ctx: CodecContext): DecodeResult | undefined;
  transactions(snapshot: Snapshot, ctx: CodecContext): DecodeResult[];
  event(fields: EventFields, names: Record<string, string>, ctx: CodecContext): DecodeResult;
  command(cmd: edge.v1.ICommand, snapshot: Snapshot, mapping: OpcuaMappingConfig): OpcuaCommandPlan;
  answer(plan: { what: string }, outcome: OpcuaOutcome): DeviceAnswer;
}

/** Fields every event subscription selects (BaseEventType), before the mapping's own. */
export const STANDARD_EVENT_FIELDS = ['Message', 'Severity', 'Time'] as const;

/** The one role every kind may map: a value the controller changes at least once per publishing interval. */
export const HEARTBEAT_ROLE = 'heartbeat';
