// An access token and how a request presents it. Comparisons hash both sides to a fixed length and use
// timingSafeEqual, so response time does not reveal how much of a guess was right (nor the token's length).
import { createHash, timingSafeEqual } from 'node:crypto';

/** The shortest access token a server accepts (e.g. `openssl rand -hex 16`). */
export const MIN_TOKEN_LENGTH = 16;

export class TokenCheck {
  private readonly tokenDigest: Buffer;

  constructor(token: string) {
    this.tokenDigest = digest(token);
  }

  matches(candidate: string): boolean {
    const d = digest(candidate);
    return d.length === this.tokenDigest.length && timingSafeEqual(d, this.tokenDigest);
  }
}

/** The token of `Authorization: Bearer TOKEN`, or undefined for any other form. */
export function bearerToken(authorization: string): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
}

/** One cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
