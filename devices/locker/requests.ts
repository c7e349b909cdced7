// A locker's questions to the gateway on devices/{id}/req, answered on devices/{id}/res. Today one question:
//   {"reqId":"r-000451","type":"verifyPickup","pickupCode":"583-920"}
//   -> {"reqId":"r-000451","ok":true,"compartment":12,"documentRef":"DSI-BIR-2026-004512"}
//   -> {"reqId":"r-000452","ok":false,"reason":"already_collected"}   (wrong_code | already_collected | expired | no_list | bad_request)
//   -> {"reqId":"r-000453","ok":false,"reason":"locked","retryAfterS":840,"message":"..."}   (too many wrong codes)
// A locker whose keypad asks for the compartment first adds "compartment": 12; the code is then checked against that
// compartment only, and wrong codes also count against it (devices/locker/pickup-lockouts.ts).
// Parsing is pure; the pickup code is never echoed back or logged.
import { findCardNumber, parseJsonPayload } from '../common/json-payload.ts';
import { isRefusal } from '../common/refusal.ts';

export interface VerifyRequest {
  reqId: string;
  pickupCode: string;
  compartment?: number;
}

// Read with the same guards as every device payload (UTF-8, nesting, the card-number scan); the pickup code itself is
// exempt from the scan: a 16-digit code passes the Luhn check one time in ten, and it is only ever hashed.
const HASHED = new Set(['pickupCode']);

export function parseVerifyRequest(payload: Buffer): VerifyRequest | { reqId: string; error: string } {
  const parsed = parseJsonPayload(payload);
  if (isRefusal(parsed)) return { reqId: '', error: parsed.message };
  const pan = findCardNumber(parsed, { exempt: HASHED });
  if (pan) return { reqId: '', error: pan.message };
  const d = parsed.doc;
  const reqId = typeof d.reqId === 'string' && d.reqId.length <= 64 ? d.reqId : '';
  if (!reqId) return { reqId: '', error: '/reqId must be a string of 1..64 characters' };
  if (d.type !== 'verifyPickup') return { reqId, error: '/type must be "verifyPickup"' };
  if (typeof d.pickupCode !== 'string' || !/^[A-Za-z0-9 -]{4,16}$/.test(d.pickupCode))
    return { reqId, error: '/pickupCode must be 4..16 letters, digits, spaces or -' };
  if (
    d.compartment !== undefined &&
    !(Number.isInteger(d.compartment) && (d.compartment as number) >= 1 && (d.compartment as number) <= 999)
  )
    return { reqId, error: '/compartment must be an integer 1..999' };
  return d.compartment === undefined
    ? { reqId, pickupCode: d.pickupCode }
    : { reqId, pickupCode: d.pickupCode, compartment: d.compartment as number };
}
