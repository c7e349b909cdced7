// Personal identifiers (ID numbers, pickup codes) never leave the site in clear. They leave as a keyed hash,
// hex HMAC-SHA256(site hash key, normalised value): the core can tell that two transactions at one site were made by the
// same citizen, or with the same pickup code, without being able to read or brute-force the value (a plain SHA-256 of
// an 8-character ID number is reversed by enumeration in seconds; without the key that is impossible). The hash key is
// the site's own (made there, or set by its operator: gateway/config/hash-key.ts), not one the core derives, so the core
// cannot compute pickup_code_hash for a code it issued; its codes travel the other way, as code_mac under the shared
// pickup key below.
// createHmac is deterministic and does no I/O, so codecs stay pure.
import { createHmac, hkdfSync } from 'node:crypto';

/** hex HMAC-SHA256(key, value), 64 lower-case hex characters. */
export function keyedHash(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

/**
 * An ID number as printed on cards and typed by staff differs in punctuation and case: "1234567(8)", "1234567 8",
 * "a123456(7)", "11010519491231002x". Keep only letters and digits, upper-cased, so each person has one reference.
 */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** Pickup codes are shown grouped ("583-920") and typed in either case; compare them without the grouping. */
export function normalisePickupCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** Shape of a keyed hash as it travels in proto hash fields (citizen_ref, pickup_code_hash). */
export const KEYED_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Shortest ID number, in letters and digits, that identifies anyone (Macau and Hong Kong numbers have 8). */
export const MIN_ID_CHARS = 5;

/**
 * citizen_ref for an ID number, or the rule it breaks. The rule never quotes the number: refusals go back to the device
 * topic and into logs.
 */
export function citizenRef(key: Buffer, rawIdNumber: string): { ref: string } | { rule: string } {
  const id = normaliseIdNumber(rawIdNumber);
  if (id.length < MIN_ID_CHARS) return { rule: `must hold at least ${MIN_ID_CHARS} letters or digits` };
  return { ref: keyedHash(key, id) };
}

// Pickup codes in the core's pickup list (RefreshPickupList) are protected by a second key, one the core and the site
// share: the core keeps one master key and derives each site's key from it, so no site's key opens another site's list
// and the core stores no per-site secret. A 6-digit code has 10^6 values; without the key a code_mac cannot be tested.

/** HKDF-SHA256 salt of the pickup-key derivation (RFC 5869 section 3.1: a fixed, public, application-specific value). */
export const PICKUP_KEY_HKDF_SALT = 'edge-gateway pickup-code key v1';

/** site pickup key = HKDF-SHA256(IKM = master key, salt = PICKUP_KEY_HKDF_SALT, info = site id, L = 32 bytes). */
export function derivePickupKey(masterKey: Buffer, siteId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.from(PICKUP_KEY_HKDF_SALT, 'utf8'), Buffer.from(siteId, 'utf8'), 32));
}

/** A pickup item's salt: random per item, from an alphabet without ":" so salt and code cannot run into each other. */
export const PICKUP_SALT_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** code_mac = hex HMAC-SHA256(site pickup key, salt + ":" + the code normalised as normalisePickupCode does). */
export function pickupCodeMac(siteKey: Buffer, salt: string, code: string): string {
  return keyedHash(siteKey, `${salt}:${normalisePickupCode(code)}`);
}
