// Smart document lockers: JSON (or protobuf) -> edge.v1 bodies. Pure; pickup codes and ID numbers leave only as keyed
// hashes (pickupCodeHash, citizenRef), see devices/common/keyed-hash.ts.
import { pb, type edge } from '../../proto/index.ts';
import { componentStatus, eventBody, metric, stateBody } from '../common/bodies.ts';
import { DOOR_STATE, IDENTITY_METHOD, LOCKER_ACTION, LOCKER_RESULT } from '../common/enums.ts';
import { citizenRef, keyedHash, normalisePickupCode } from '../common/keyed-hash.ts';
import { makeKindCodec } from '../common/kind-codec.ts';
import { parseIsoTime } from '../common/iso-time.ts';
import { checkEnum, checkKeyedHash } from '../common/protobuf-body.ts';
import { schemaRefusal, type Refusal } from '../common/refusal.ts';
import type { Body, CodecContext, KindCodec } from '../common/types.ts';
import {
  validateAction,
  validateEvent,
  validateState,
  validateTelemetry,
  type ActionJson,
  type CompartmentJson,
  type EventJson,
  type TelemetryJson,
} from './schema.ts';

const STAFF = pb.IdentityMethod.IDENTITY_METHOD_STAFF_BADGE;
/** How a citizen may prove a pickup: the code sent to them, the one-account app's QR, or their ID card. */
const CITIZEN_METHODS: readonly number[] = [IDENTITY_METHOD.pickup_code, IDENTITY_METHOD.qr, IDENTITY_METHOD.id_card];
/** Results after which the locker may not know which compartment or document was meant. */
const UNRESOLVED: readonly number[] = [LOCKER_RESULT.wrong_code, LOCKER_RESULT.cancelled];
const PICKUP_ONLY_RESULTS: readonly number[] = [LOCKER_RESULT.wrong_code, LOCKER_RESULT.already_collected];

/** Rules between fields, the same for JSON and protobuf (`base` is "" or "/locker"). */
function actionRules(a: edge.v1.ILockerAction, base: string): Refusal | undefined {
  const pickup = a.action === pb.LockerActionType.LOCKER_ACTION_TYPE_PICKUP;
  if (pickup && !CITIZEN_METHODS.includes(a.identity ?? 0))
    return schemaRefusal(`${base}/identity`, 'must be pickup_code, qr or id_card for a pickup');
  if (!pickup && a.identity !== STAFF) return schemaRefusal(`${base}/identity`, 'must be staff_badge for a deposit or retrieve');
  if (!pickup && PICKUP_ONLY_RESULTS.includes(a.result ?? 0))
    return schemaRefusal(`${base}/result`, 'must be ok, door_fault or cancelled for a deposit or retrieve');
  if (!UNRESOLVED.includes(a.result ?? 0)) {
    if (!a.compartment) return schemaRefusal(`${base}/compartment`, 'is required unless result is wrong_code or cancelled');
    if (!a.documentRef) return schemaRefusal(`${base}/documentRef`, 'is required unless result is wrong_code or cancelled');
  }
  return undefined;
}

function normaliseAction(doc: ActionJson, ctx: CodecContext): Body | Refusal {
  const locker: edge.v1.ILockerAction = {
    action: LOCKER_ACTION[doc.action],
    identity: IDENTITY_METHOD[doc.identity],
    result: LOCKER_RESULT[doc.result],
  };
  if (doc.compartment !== undefined) locker.compartment = doc.compartment;
  if (doc.documentRef) locker.documentRef = doc.documentRef;
  // Secrets are checked for their method before hashing, and no rule below quotes them.
  if (doc.pickupCode !== undefined) {
    if (doc.identity !== 'pickup_code') return schemaRefusal('/pickupCode', 'is only allowed when identity is pickup_code');
    locker.pickupCodeHash = keyedHash(ctx.hashKey, normalisePickupCode(doc.pickupCode));
  }
  if (doc.idNumber !== undefined) {
    if (doc.identity !== 'id_card') return schemaRefusal('/idNumber', 'is only allowed when identity is id_card');
    const hashed = citizenRef(ctx.hashKey, doc.idNumber);
    if ('rule' in hashed) return schemaRefusal('/idNumber', hashed.rule);
    locker.citizenRef = hashed.ref;
  }
  if (doc.offline) locker.offline = true;
  return actionRules(locker, '') ?? { transaction: { locker } };
}

function normaliseCompartments(list: readonly CompartmentJson[], base: string): edge.v1.ICompartment[] | Refusal {
  const out: edge.v1.ICompartment[] = [];
  const seen = new Set<number>();
  for (const [i, c] of list.entries()) {
    if (seen.has(c.number)) return schemaRefusal(`${base}/${i}/number`, `repeats compartment ${c.number}`);
    seen.add(c.number);
    const comp: edge.v1.ICompartment = { number: c.number, door: DOOR_STATE[c.door], occupied: c.occupied };
    // what is in an empty compartment, or since when, cannot be true; say so rather than forward a contradiction
    if (!c.occupied && (c.documentRef || c.depositedAt || c.overdue)) {
      return schemaRefusal(`${base}/${i}`, 'documentRef, depositedAt and overdue are only allowed when occupied is true');
    }
    if (c.documentRef) comp.documentRef = c.documentRef;
    if (c.depositedAt) comp.depositedMs = parseIsoTime(c.depositedAt) ?? 0;
    if (c.overdue) comp.overdue = true;
    out.push(comp);
  }
  return out;
}

function normaliseTelemetry(doc: TelemetryJson): Body | Refusal {
  const compartments = normaliseCompartments(doc.compartments, '/compartments');
  if (!Array.isArray(compartments)) return compartments;
  const telemetry: edge.v1.ITelemetry = { compartments };
  if (doc.ups) telemetry.components = [componentStatus('ups', doc.ups)];
  if (doc.temperatureC !== undefined) telemetry.metrics = [metric('temperature', doc.temperatureC, 'Cel')];
  return { telemetry };
}

function normaliseEvent(doc: EventJson): Body {
  return eventBody({
    code: doc.event.toUpperCase(),
    severity: doc.severity,
    active: doc.active,
    component: 'door',
    compartment: doc.compartment,
    ...(doc.message ? { message: doc.message } : {}),
  });
}

function checkProtobufAction(a: edge.v1.ILockerAction): Refusal | undefined {
  return (
    checkEnum(pb.LockerActionType, a.action, '/locker/action') ??
    checkEnum(pb.IdentityMethod, a.identity, '/locker/identity') ??
    checkEnum(pb.LockerResult, a.result, '/locker/result') ??
    checkKeyedHash(a.pickupCodeHash, '/locker/pickupCodeHash') ??
    checkKeyedHash(a.citizenRef, '/locker/citizenRef') ??
    actionRules(a, '/locker')
  );
}

export const lockerCodec: KindCodec<'locker'> = makeKindCodec({
  kind: 'locker',
  protoKind: pb.DeviceKind.DEVICE_KIND_LOCKER,
  txKind: 'locker',
  json: {
    // both are hashed, never forwarded, so the PAN guard need not (and for 18-digit ID numbers must not) judge them
    tx: { validate: validateAction, normalise: normaliseAction, hashedFields: new Set(['pickupCode', 'idNumber']) },
    telemetry: { validate: validateTelemetry, normalise: normaliseTelemetry },
    event: { validate: validateEvent, normalise: normaliseEvent },
    state: {
      validate: validateState,
      normalise(doc) {
        if (!doc.compartments) return stateBody(doc);
        const compartments = normaliseCompartments(doc.compartments, '/compartments');
        return Array.isArray(compartments) ? stateBody(doc, compartments) : compartments;
      },
    },
  },
  checkProtobuf(body) {
    if ('transaction' in body) return checkProtobufAction(body.transaction.locker ?? {});
    if ('telemetry' in body && body.telemetry.stock?.length) return schemaRefusal('/stock', 'is not allowed: a locker has no stock');
    return undefined;
  },
});
