// From raw MQTT payload bytes to a parsed JSON object, with the two guards that must run before any schema:
// bounded nesting (so a hostile payload cannot make the walk below, or ajv, recurse without limit) and the PAN guard.
import { isUtf8 } from 'node:buffer';
import { hasCardNumber, jsonNumbersHaveCardNumber, numericStringIsCard } from './card-number.ts';
import { SAFE_NAME, type Refusal } from './refusal.ts';

/** Deepest nesting of objects and arrays a payload may have; real payloads use 3 or 4. */
export const MAX_DEPTH = 32;

export interface JsonPayload {
  doc: Record<string, unknown>;
  /** The decoded text, kept for the rare raw number scan. */
  text: string;
}

/**
 * Depth of the deepest object/array in JSON bytes, stopping as soon as it passes `limit`. Runs on the bytes before
 * JSON.parse: V8 parses 512 Ki nested arrays without crashing but takes ~80 ms doing so; this refuses them in microseconds.
 * Bytes of multi-byte UTF-8 sequences are all >= 0x80, so they can never be mistaken for the ASCII brackets or quotes.
 */
export function nestingExceeds(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0x22) {
      for (i++; i < n; i++) {
        const s = bytes[i];
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (b === 0x7b || b === 0x5b) {
      if (++depth > limit) return true;
    } else if (b === 0x7d || b === 0x5d) {
      depth--;
    }
  }
  return false;
}

export function parseJsonPayload(payload: Uint8Array): JsonPayload | Refusal {
  if (payload.length === 0) return { code: 'GW_PAYLOAD_NOT_JSON', message: 'payload is empty; expected a JSON object' };
  if (!isUtf8(payload)) return { code: 'GW_PAYLOAD_NOT_JSON', message: 'payload is not valid UTF-8' };
  if (nestingExceeds(payload, MAX_DEPTH)) {
    return { code: 'GW_PAYLOAD_SCHEMA', message: `payload nests objects/arrays deeper than ${MAX_DEPTH} levels` };
  }
  let text = (Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.length)).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 byte order mark is legal in a file, not in JSON
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // V8's message may quote the payload (which could hold personal data); keep only the position.
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    return { code: 'GW_PAYLOAD_NOT_JSON', message: `payload is not valid JSON${at ? ` (error at character ${at[1]})` : ''}` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { code: 'GW_PAYLOAD_SCHEMA', message: 'payload must be a JSON object', path: '' };
  }
  return { doc: doc as Record<string, unknown>, text };
}

// Walk state, module-level so the hot path allocates no closure per message (single-threaded, never re-entered).
const trail: (string | number)[] = [];
let roundedNumberSeen = false;
let exemptTop: ReadonlySet<string> = new Set();
let scanNumbers = true;

/** 'value' or 'key' when a card number sits in `v` (trail then names where), else undefined. */
function visit(v: unknown, top: boolean): 'value' | 'key' | undefined {
  // A string is scanned as text ("4111 1111 1111 1111") and, when it is nothing but a number, read as one
  // ("4.111111111111111e15"), like a JSON number.
  if (typeof v === 'string') return hasCardNumber(v) || numericStringIsCard(v) ? 'value' : undefined;
  if (typeof v === 'number') {
    if (!scanNumbers || (v < 1e12 && v > -1e12)) return undefined; // fewer than 13 digits before any decimal point
    if (v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER) {
      roundedNumberSeen = true;
      return undefined;
    }
    return hasCardNumber(String(v)) ? 'value' : undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const hit = visit(v[i], false);
      if (hit) {
        trail.push(i);
        return hit;
      }
    }
    return undefined;
  }
  const o = v as Record<string, unknown>;
  for (const key in o) {
    if (hasCardNumber(key) || numericStringIsCard(key)) return 'key';
    const child = o[key];
    if (top && typeof child === 'string' && exemptTop.has(key)) continue;
    const hit = visit(child, false);
    if (hit) {
      trail.push(key);
      return hit;
    }
  }
  return undefined;
}

/** JSON pointer of the trail, which visit() fills innermost first as it unwinds; other names are shown as "*". */
function pointer(): string {
  let p = '';
  for (let i = trail.length - 1; i >= 0; i--) {
    const step = trail[i];
    p += `/${typeof step === 'number' || SAFE_NAME.test(step ?? '') ? String(step) : '*'}`;
  }
  return p;
}

export interface CardScanOptions {
  /** Top-level string fields that are hashed, never forwarded (an 18-digit mainland ID number passes Luhn one time in ten
   * and must not be refused as a card). */
  exempt?: ReadonlySet<string>;
  /** Scan numbers too (JSON, where a firmware may write a PAN as a number). Off for decoded protobuf, whose numbers are
   * typed fields: a 13-digit Unix-ms time such as deposited_ms would pass Luhn one time in ten. */
  numbers?: boolean;
}

/**
 * Walk every key, string and (optionally) number of a parsed payload for a card number. Returns a refusal that names
 * where, never what. Depth is already bounded by parseJsonPayload (JSON) or the protobuf decoder's recursion limit.
 */
export function findCardNumber(payload: JsonPayload, options: CardScanOptions = {}): Refusal | undefined {
  trail.length = 0;
  roundedNumberSeen = false;
  exemptTop = options.exempt ?? NO_EXEMPTIONS;
  scanNumbers = options.numbers ?? true;
  const hit = visit(payload.doc, true);
  const advice = 'card numbers are never accepted, send at most the last 4 digits';
  if (hit === 'value') {
    const path = pointer();
    return {
      code: 'GW_PAYLOAD_CARD_NUMBER',
      message: `${path} holds a card number (13-19 digits passing the Luhn check); ${advice}`,
      path,
    };
  }
  if (hit === 'key') {
    const path = pointer();
    return { code: 'GW_PAYLOAD_CARD_NUMBER', message: `a property name in ${path || 'the payload'} holds a card number; ${advice}`, path };
  }
  if (roundedNumberSeen && jsonNumbersHaveCardNumber(payload.text)) {
    return { code: 'GW_PAYLOAD_CARD_NUMBER', message: `a number in the payload holds a card number; ${advice}` };
  }
  return undefined;
}

const NO_EXEMPTIONS: ReadonlySet<string> = new Set();
