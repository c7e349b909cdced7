// The words firmware writes in JSON, and the edge.v1 enum values they become. One table per enum, used by the schemas
// (their enum lists are the keys, so schema and mapping cannot drift apart) and by the normalisers.
import { pb } from '../../proto/index.ts';

export const SEVERITY = {
  info: pb.Severity.SEVERITY_INFO,
  warning: pb.Severity.SEVERITY_WARNING,
  alarm: pb.Severity.SEVERITY_ALARM,
  critical: pb.Severity.SEVERITY_CRITICAL,
} as const;

export const SERVICE_MODE = {
  in_service: pb.ServiceMode.SERVICE_MODE_IN_SERVICE,
  out_of_service: pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE,
  maintenance: pb.ServiceMode.SERVICE_MODE_MAINTENANCE,
} as const;

export const COMPONENT_HEALTH = {
  ok: pb.ComponentHealth.COMPONENT_HEALTH_OK,
  low: pb.ComponentHealth.COMPONENT_HEALTH_LOW,
  empty: pb.ComponentHealth.COMPONENT_HEALTH_EMPTY,
  fault: pb.ComponentHealth.COMPONENT_HEALTH_FAULT,
  offline: pb.ComponentHealth.COMPONENT_HEALTH_OFFLINE,
} as const;

export const DOOR_STATE = {
  closed: pb.DoorState.DOOR_STATE_CLOSED,
  open: pb.DoorState.DOOR_STATE_OPEN,
  forced: pb.DoorState.DOOR_STATE_FORCED,
  fault: pb.DoorState.DOOR_STATE_FAULT,
} as const;

export const PAYMENT_METHOD = {
  cash: pb.PaymentMethod.PAYMENT_METHOD_CASH,
  card: pb.PaymentMethod.PAYMENT_METHOD_CARD,
  qr: pb.PaymentMethod.PAYMENT_METHOD_QR_WALLET,
  free: pb.PaymentMethod.PAYMENT_METHOD_FREE,
} as const;

export const SERVICE_OUTCOME = {
  completed: pb.ServiceOutcome.SERVICE_OUTCOME_COMPLETED,
  cancelled: pb.ServiceOutcome.SERVICE_OUTCOME_CANCELLED,
  failed: pb.ServiceOutcome.SERVICE_OUTCOME_FAILED,
  referred: pb.ServiceOutcome.SERVICE_OUTCOME_REFERRED,
} as const;

export const IDENTITY_METHOD = {
  id_card: pb.IdentityMethod.IDENTITY_METHOD_ID_CARD,
  qr_digital_id: pb.IdentityMethod.IDENTITY_METHOD_QR_DIGITAL_ID,
  // lockers call the one-account app's QR code plainly "qr"; it is the same digital ID
  qr: pb.IdentityMethod.IDENTITY_METHOD_QR_DIGITAL_ID,
  face: pb.IdentityMethod.IDENTITY_METHOD_FACE,
  fingerprint: pb.IdentityMethod.IDENTITY_METHOD_FINGERPRINT,
  pickup_code: pb.IdentityMethod.IDENTITY_METHOD_PICKUP_CODE,
  staff_badge: pb.IdentityMethod.IDENTITY_METHOD_STAFF_BADGE,
  none: pb.IdentityMethod.IDENTITY_METHOD_NONE,
} as const;

export const LOCKER_ACTION = {
  deposit: pb.LockerActionType.LOCKER_ACTION_TYPE_DEPOSIT,
  pickup: pb.LockerActionType.LOCKER_ACTION_TYPE_PICKUP,
  retrieve: pb.LockerActionType.LOCKER_ACTION_TYPE_RETRIEVE,
} as const;

export const LOCKER_RESULT = {
  ok: pb.LockerResult.LOCKER_RESULT_OK,
  wrong_code: pb.LockerResult.LOCKER_RESULT_WRONG_CODE,
  already_collected: pb.LockerResult.LOCKER_RESULT_ALREADY_COLLECTED,
  door_fault: pb.LockerResult.LOCKER_RESULT_DOOR_FAULT,
  cancelled: pb.LockerResult.LOCKER_RESULT_CANCELLED,
} as const;

/** The JSON words of a table, for a schema's enum. */
export function words<T extends object>(table: T): (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}

/** True when `value` is a named, non-zero member of a generated proto enum (zero is UNSPECIFIED). */
export function isKnownEnumValue(enumObject: object, value: unknown): boolean {
  if (typeof value !== 'number' || value === 0) return false;
  return Object.values(enumObject).includes(value);
}
