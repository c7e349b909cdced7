// The one decode path every machine kind shares. A kind supplies, per channel, its compiled schema and a normaliser;
// this module runs the steps in the order that keeps personal data and card numbers out of every reply:
//   JSON:     bytes -> UTF-8, depth, parse -> PAN guard -> schema -> time -> kind rules and normalisation
//   protobuf: bytes -> edge.v1.DeviceMessage (body of the channel, clock) -> PAN guard (txId too) -> txId -> shared
//             proto checks -> kind rules
// Each step returns a Refusal instead of throwing; a throw anywhere is a codec bug and still becomes a refusal.
import type { ValidateFunction } from 'ajv';
import type { edge } from '../../proto/index.ts';
import {
  CHANNELS,
  type Body,
  type Channel,
  type CodecContext,
  type DecodeResult,
  type KindCodec,
  type TransactionBodyName,
} from './types.ts';
import { hasCardNumber } from './card-number.ts';
import { parseIsoTime } from './iso-time.ts';
import { findCardNumber, parseJsonPayload } from './json-payload.ts';
import { checkProtobufBody, decodeProtobufBody } from './protobuf-body.ts';
import { isRefusal, schemaRefusal, type Refusal } from './refusal.ts';
import { describeSchemaErrors } from './schema-compile.ts';
import { TX_ID_PATTERN } from './schema-parts.ts';

export interface JsonChannel<T = never> {
  validate: ValidateFunction<T>;
  /** Rules a schema cannot say, then the edge.v1 body. Runs only on a document the schema accepted. */
  normalise(doc: T, ctx: CodecContext): Body | Refusal;
  /** Top-level string fields that are hashed, never forwarded, and so exempt from the PAN guard. */
  hashedFields?: ReadonlySet<string>;
}

export interface KindSpec<Name extends string> {
  kind: Name;
  protoKind: edge.v1.DeviceKind;
  /** The Transaction oneof this kind sends. */
  txKind: TransactionBodyName;
  // Each channel has its own body type; a mapped type over Channel cannot name them, and the codec checks each body
  // against its own schema.
  // biome-ignore lint/suspicious/noExplicitAny: one body type per channel, checked by the channel's schema
  json: { [C in Channel]: JsonChannel<any> };
  /** Kind rules for a protobuf body that already passed the shared checks. */
  checkProtobuf(body: Body): Refusal | undefined;
}

function refuse(r: Refusal, txId: string | undefined): DecodeResult {
  const error = txId === undefined ? { ...r } : { ...r, txId };
  return { ok: false, error };
}

/** A tx payload's txId when it can be echoed in an error: well-formed and not itself a card number. */
function echoableTxId(v: unknown): string | undefined {
  return typeof v === 'string' && TX_ID_PATTERN.test(v) && !hasCardNumber(v) ? v : undefined;
}

function decodeJson(spec: KindSpec<string>, channel: Channel, payload: Uint8Array, ctx: CodecContext): DecodeResult {
  const parsed = parseJsonPayload(payload);
  if (isRefusal(parsed)) return refuse(parsed, undefined);
  const doc = parsed.doc;
  const txId = channel === 'tx' ? echoableTxId(doc.txId) : undefined;
  const ch = spec.json[channel];
  const pan = findCardNumber(parsed, ch.hashedFields ? { exempt: ch.hashedFields } : {});
  if (pan) return refuse(pan, txId);
  if (!ch.validate(doc)) return refuse(describeSchemaErrors(ch.validate.errors), txId);
  const body = ch.normalise(doc as never, ctx);
  if (isRefusal(body)) return refuse(body, txId);
  // the schema's format already proved the time parses
  const deviceTimeMs = typeof doc.time === 'string' ? (parseIsoTime(doc.time) ?? 0) : 0;
  return { ok: true, message: txId === undefined ? { deviceTimeMs, body } : { deviceTimeMs, txId, body } };
}

function decodeProtobuf(spec: KindSpec<string>, channel: Channel, payload: Uint8Array): DecodeResult {
  const decoded = decodeProtobufBody(channel, payload);
  if (isRefusal(decoded)) return refuse(decoded, undefined);
  const isTx = channel === 'tx';
  const txId = isTx ? echoableTxId(decoded.txId) : undefined;
  // The txId is scanned with the body: a firmware that puts a card number there is refused like any other field.
  const doc = isTx && decoded.txId !== '' ? { txId: decoded.txId, ...decoded.plain } : decoded.plain;
  const pan = findCardNumber({ doc, text: '' }, { numbers: false });
  if (pan) return refuse(pan, txId);
  if (isTx && txId === undefined) {
    return refuse(schemaRefusal('/txId', decoded.txId === '' ? 'is required' : 'must be 1-64 printable ASCII characters'), undefined);
  }
  const bad = checkProtobufBody(decoded.body, spec.txKind) ?? spec.checkProtobuf(decoded.body);
  if (bad) return refuse(bad, txId);
  const message = { deviceTimeMs: decoded.deviceTimeMs, body: decoded.body };
  return { ok: true, message: txId === undefined ? message : { ...message, txId } };
}

export function makeKindCodec<const Name extends string>(spec: KindSpec<Name>): KindCodec<Name> {
  return {
    kind: spec.kind,
    protoKind: spec.protoKind,
    decode(channel: Channel, payload: Buffer, ctx: CodecContext): DecodeResult {
      try {
        if (!CHANNELS.includes(channel)) {
          return refuse({ code: 'GW_PAYLOAD_SCHEMA', message: `unknown channel; expected one of ${CHANNELS.join(', ')}` }, undefined);
        }
        return ctx.format === 'protobuf' ? decodeProtobuf(spec, channel, payload) : decodeJson(spec, channel, payload, ctx);
      } catch (e) {
        // Last line of defence: never throw into the broker. The error's own message may quote data, so only its name.
        const name = e instanceof Error ? e.name : typeof e;
        return refuse({ code: 'GW_PAYLOAD_SCHEMA', message: `payload could not be checked (codec fault: ${name})` }, undefined);
      }
    },
  };
}
