// Schema pieces every kind shares, so "time", "txId", money, components, events and the state message mean the same
// thing on every machine. Each piece has a description: it is what a pattern error quotes back to the firmware developer.
import { COMPONENT_HEALTH, SERVICE_MODE, SEVERITY, words } from './enums.ts';
import { schemaRefusal, type Refusal } from './refusal.ts';

export const TIME = {
  type: 'string',
  format: 'date-time-zoned',
  description: 'the device clock, ISO 8601 with zone',
} as const;

/** The device's own transaction id: visible ASCII (no spaces), 1-64 characters. */
export const TX_ID = {
  type: 'string',
  minLength: 1,
  maxLength: 64,
  pattern: '^[!-~]+$',
  description: 'visible ASCII characters without spaces',
} as const;
export const TX_ID_PATTERN = /^[!-~]{1,64}$/;

/** Money in integer minor units (avos for MOP, fen for CNY). Never a float; never beyond 2^53 - 1. */
export const MINOR_UNITS = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;

export const CURRENCY = {
  type: 'string',
  pattern: '^[A-Z]{3}$',
  description: 'an ISO 4217 code of 3 upper-case letters, e.g. "MOP"',
} as const;
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** A code or reference chosen by a vendor or a department: letters, digits and . _ / - */
export function reference(maxLength: number, what: string) {
  return {
    type: 'string',
    minLength: 1,
    maxLength,
    pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$',
    description: `${what}: letters, digits and . _ / - starting with a letter or digit`,
  } as const;
}

/**
 * The characters free text for people may hold (event messages, component details, model and vendor names): letters,
 * combining marks, digits, punctuation and symbols of any script, and the plain space U+0020. Not allowed: control
 * characters (tabs and line breaks too), invisible format characters (zero-width spaces and joiners, soft hyphens, bidi
 * overrides that reorder what an operator reads), other spaces (NBSP, ideographic space), private-use and unassigned
 * code points, lone surrogates. One character class under `u`: the check is linear in the text.
 */
export const FREE_TEXT_CHARS = '[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]';
export const FREE_TEXT_PATTERN = new RegExp(`^${FREE_TEXT_CHARS}*$`, 'u');

/**
 * The same rule outside a JSON schema (protobuf payloads, a command answer's reason): at most `max` characters of
 * FREE_TEXT_CHARS, or the refusal text() would give.
 */
export function checkFreeText(v: string | null | undefined, max: number, path: string): Refusal | undefined {
  if (!v) return undefined;
  if (v.length > max) return schemaRefusal(path, `must be at most ${max} characters`);
  if (!FREE_TEXT_PATTERN.test(v))
    return schemaRefusal(
      path,
      'must be free text: letters, digits, punctuation, symbols and plain spaces (no tabs, line breaks, control, invisible or bidi characters)',
    );
  return undefined;
}

/** Free text for people, in FREE_TEXT_CHARS. Scanned by the PAN guard like every other string. */
export function text(maxLength: number) {
  return {
    type: 'string',
    maxLength,
    pattern: `^${FREE_TEXT_CHARS}*$`,
    description:
      `free text of at most ${maxLength} characters: letters, digits, punctuation, symbols and plain ` +
      `spaces (no tabs, line breaks, control, invisible or bidi characters)`,
  } as const;
}

/** ID numbers as printed (hashed into citizenRef, never forwarded): Macau/Hong Kong "1234567(8)", mainland 18 characters ending in a digit or X. */
export const ID_NUMBER = {
  type: 'string',
  minLength: 5,
  maxLength: 32,
  pattern: '^[A-Za-z0-9()/ -]+$',
  description: 'an ID number: letters, digits, spaces and ( ) / -',
} as const;

export const SEVERITY_WORD = { type: 'string', enum: words(SEVERITY) } as const;

/** A component's health: "status" is required, the fill level where the component has one. */
export const COMPONENT = {
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: {
    status: { type: 'string', enum: words(COMPONENT_HEALTH) },
    levelPercent: { type: 'integer', minimum: 0, maximum: 100 },
    detail: text(120),
  },
} as const;

/** A physical reading (never money): finite, within what a sensor can report. */
export function reading(minimum: number, maximum: number) {
  return { type: 'number', minimum, maximum } as const;
}

/** The state message, identical on every kind except for what a kind adds (`extra`). */
export function stateSchema(extra: Record<string, object> = {}) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['online', 'mode'],
    properties: {
      time: TIME,
      online: { type: 'boolean' },
      mode: { type: 'string', enum: words(SERVICE_MODE) },
      firmware: reference(64, 'a firmware version'),
      model: text(64),
      vendor: text(64),
      detail: text(200),
      ...extra,
    },
  } as const;
}
