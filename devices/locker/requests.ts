// A locker's questions to the gateway on devices/{id}/req, answered on devices/{id}/res. Today one question:
//   {"reqId":"r-000451","type":"verifyPickup","pickupCode":"583-920"}
//   -> {"reqId":"r-000451","ok":true,"compartment":12,"documentRef":"DSI-BIR-2026-004512"}
//   -> {"reqId":"r-000452","ok":false,"reason":"already_collected"}   (wrong_code | already_collected | expired | no_list | bad_request)
// Parsing is pure; the pickup code is never echoed back or logged.
export interface VerifyRequest { reqId: string; pickupCode: string }

export function parseVerifyRequest(payload: Buffer): VerifyRequest | { reqId: string; error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(payload.toString('utf8'));
  } catch {
    return { reqId: '', error: 'request is not valid JSON' };
  }
  const d = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  const reqId = typeof d.reqId === 'string' && d.reqId.length <= 64 ? d.reqId : '';
  if (!reqId) return { reqId: '', error: '/reqId must be a string of 1..64 characters' };
  if (d.type !== 'verifyPickup') return { reqId, error: '/type must be "verifyPickup"' };
  if (typeof d.pickupCode !== 'string' || !/^[A-Za-z0-9 -]{4,16}$/.test(d.pickupCode)) return { reqId, error: '/pickupCode must be 4..16 letters, digits, spaces or -' };
  return { reqId, pickupCode: d.pickupCode };
}
