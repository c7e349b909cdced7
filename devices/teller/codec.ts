// Bank smart-teller machines offering government services: JSON (or protobuf) -> edge.v1 bodies. Pure; the ID number a
// citizen identified with leaves only as citizenRef, a keyed hash (see devices/common/keyed-hash.ts).
import { pb, type edge } from '../../proto/index.ts';
import { componentList, eventBody, stateBody } from '../common/bodies.ts';
import { IDENTITY_METHOD, SERVICE_OUTCOME } from '../common/enums.ts';
import { citizenRef } from '../common/keyed-hash.ts';
import { makeKindCodec } from '../common/kind-codec.ts';
import { checkEnum, checkKeyedHash, checkMoney } from '../common/protobuf-body.ts';
import { schemaRefusal, type Refusal } from '../common/refusal.ts';
import type { Body, CodecContext, KindCodec } from '../common/types.ts';
import {
  TELLER_COMPONENTS,
  validateEvent,
  validateService,
  validateState,
  validateTelemetry,
  type EventJson,
  type ServiceJson,
} from './schema.ts';

function normaliseService(doc: ServiceJson, ctx: CodecContext): Body | Refusal {
  if (doc.failureCode && doc.outcome === 'completed') {
    return schemaRefusal('/failureCode', 'is not allowed when outcome is completed');
  }
  const teller: edge.v1.ITellerService = {
    serviceCode: doc.serviceCode,
    department: doc.department,
    outcome: SERVICE_OUTCOME[doc.outcome],
    durationS: doc.durationS,
    identity: IDENTITY_METHOD[doc.identity],
  };
  if (doc.fee) teller.fee = { amountMinor: doc.fee.amount, currency: doc.fee.currency };
  if (doc.documentPrinted) teller.documentPrinted = true;
  if (doc.idNumber !== undefined) {
    // never quote the number back: the reply goes to the device topic and may end up in its logs
    if (doc.identity === 'none') return schemaRefusal('/idNumber', 'is not allowed when identity is none');
    const hashed = citizenRef(ctx.hashKey, doc.idNumber);
    if ('rule' in hashed) return schemaRefusal('/idNumber', hashed.rule);
    teller.citizenRef = hashed.ref;
  }
  if (doc.failureCode) teller.failureCode = doc.failureCode;
  return { transaction: { teller } };
}

function normaliseEvent(doc: EventJson): Body {
  return eventBody({
    code: doc.code,
    severity: doc.severity,
    active: doc.active,
    ...(doc.component ? { component: doc.component } : {}),
    ...(doc.message ? { message: doc.message } : {}),
  });
}

function checkProtobufService(t: edge.v1.ITellerService): Refusal | undefined {
  if (!t.serviceCode) return schemaRefusal('/teller/serviceCode', 'is required');
  if (!t.department) return schemaRefusal('/teller/department', 'is required');
  if ((t.durationS ?? 0) > 86400) return schemaRefusal('/teller/durationS', 'must be <= 86400');
  return (
    checkEnum(pb.ServiceOutcome, t.outcome, '/teller/outcome') ??
    checkEnum(pb.IdentityMethod, t.identity, '/teller/identity') ??
    (t.fee ? checkMoney(t.fee, '/teller/fee') : undefined) ??
    checkKeyedHash(t.citizenRef, '/teller/citizenRef')
  );
}

const noCompartments = (list: unknown[] | null | undefined) =>
  list?.length ? schemaRefusal('/compartments', 'is not allowed: a teller machine has no compartments') : undefined;

export const tellerCodec: KindCodec<'teller'> = makeKindCodec({
  kind: 'teller',
  protoKind: pb.DeviceKind.DEVICE_KIND_TELLER,
  txKind: 'teller',
  json: {
    // idNumber is hashed, never forwarded; an 18-digit mainland number passes Luhn one time in ten
    tx: { validate: validateService, normalise: normaliseService, hashedFields: new Set(['idNumber']) },
    telemetry: { validate: validateTelemetry, normalise: (doc) => ({ telemetry: { components: componentList(doc, TELLER_COMPONENTS) } }) },
    event: { validate: validateEvent, normalise: normaliseEvent },
    state: { validate: validateState, normalise: (doc) => stateBody(doc) },
  },
  checkProtobuf(body) {
    if ('transaction' in body) return checkProtobufService(body.transaction.teller ?? {});
    if ('telemetry' in body)
      return (
        noCompartments(body.telemetry.compartments) ??
        (body.telemetry.stock?.length ? schemaRefusal('/stock', 'is not allowed: a teller machine has no stock') : undefined)
      );
    if ('state' in body) return noCompartments(body.state.compartments);
    return undefined;
  },
});
