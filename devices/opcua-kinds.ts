// Which machine kinds can be read over OPC-UA, and what their mappings mean. A kind's mapping module
// (devices/KIND/opcua-mapping.ts) turns node values into edge.v1 messages; this file lists the kinds that have one and
// knows the shape every mapping config shares: roles, "{n}" over numbered units, event fields, methods. The gateway
// reads it twice: gateway/config/opcua-check.ts checks a config against the roles (an unknown role is a typo that would
// otherwise silently do nothing), and gateway/opcua/plan.ts plans what the connector subscribes to.
import type { edge } from '../proto/index.ts';
import type { EventFields, OpcuaMappingConfig, OpcuaOutcome, ValueChange } from '../protocols/opcua/types.ts';
import type { CodecContext, DecodeResult, DeviceAnswer, Kind } from './common/types.ts';
import {
  applyLockerValues,
  LOCKER_OPCUA_ROLES,
  lockerAnswer,
  lockerCommand,
  lockerEvent,
  lockerState,
  lockerTelemetry,
  lockerTransactions,
  newLockerSnapshot,
  type LockerCommandPlan,
  type LockerDue,
  type LockerSnapshot,
} from './locker/opcua-mapping.ts';

export interface RoleTable {
  values: Readonly<Record<string, { perUnit: boolean; required: boolean }>>;
  events: Readonly<Record<string, { fields: readonly string[] }>>;
  methods: Readonly<Record<string, object>>;
}

/** What the gateway needs from a kind to run it over OPC-UA. Snapshots are the kind's own business. */
export interface OpcuaKind<S = LockerSnapshot, P = LockerCommandPlan> {
  roles: RoleTable;
  newSnapshot(units: number): S;
  apply(snap: S, changes: readonly ValueChange[]): LockerDue;
  telemetry(snap: S, ctx: CodecContext): DecodeResult | undefined;
  state(snap: S, online: boolean, ctx: CodecContext): DecodeResult | undefined;
  transactions(snap: S, ctx: CodecContext): DecodeResult[];
  event(fields: EventFields, names: Record<string, string>, ctx: CodecContext): DecodeResult;
  command(cmd: edge.v1.ICommand, snap: S, mapping: OpcuaMappingConfig): P;
  answer(plan: { what: string }, outcome: OpcuaOutcome): DeviceAnswer;
}

export const OPCUA_KINDS: Partial<Record<Kind, OpcuaKind>> = {
  locker: {
    roles: LOCKER_OPCUA_ROLES,
    newSnapshot: newLockerSnapshot,
    apply: applyLockerValues,
    telemetry: lockerTelemetry,
    state: lockerState,
    transactions: (snap, ctx) => lockerTransactions(snap.single.get('transactions'), ctx),
    event: lockerEvent,
    command: lockerCommand,
    answer: lockerAnswer,
  },
};

/** Fields every event subscription selects (BaseEventType), before the mapping's own. */
export const STANDARD_EVENT_FIELDS = ['Message', 'Severity', 'Time'] as const;

/** The one role every kind may map: a value the controller changes at least once per publishing interval. */
export const HEARTBEAT_ROLE = 'heartbeat';
