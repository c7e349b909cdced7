// Who may read the fleet view: the site status page's rules (gateway/status/access.ts), in the small form the core needs.
// - Bound to a loopback address without a token: open to this machine, and only to requests whose Host is a loopback
//   address or "localhost" (a page elsewhere cannot reach it through DNS rebinding).
// - Bound to anything else, a token (--token-file, at least 16 characters) is required or the view refuses to start
//   (GW_FLEET_TOKEN_REQUIRED). A given token is enforced on loopback too.
// - Prometheus sends `Authorization: Bearer TOKEN`; a browser opens /?token=TOKEN once and gets a random session id of its
//   own in an HttpOnly, SameSite=Strict cookie bound to the Host it was opened under, and is redirected without the token.
// - Wrong tokens are counted per source; a source with too many is refused (429) for a while.
// Comparisons hash both sides to a fixed length and use timingSafeEqual.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { GatewayError } from '../../base/errors.ts';
import { sourceKey } from '../../base/source-key.ts';

export const COOKIE_NAME = 'eg_fleet';
export const MIN_TOKEN_LENGTH = 16;
const SESSION_IDLE_MS = 30 * 60_000;
const MAX_SESSIONS = 64;
const FAILURES_BEFORE_LOCK = 10;
const LOCK_MS = 60_000;
const MAX_TRACKED_SOURCES = 4096;

export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h.includes('%')) return false;
  const family = isIP(h);
  if (family === 4) return h.split('.')[0] === '127';
  return family === 6 && new URL(`http://[${h}]/`).hostname === '[::1]';
}

export type Decision =
  | { kind: 'allow' }
  | { kind: 'deny'; status: 401 | 421 | 429; reason: string }
  | { kind: 'redirect'; location: string; cookie: string };

/** Throws GW_FLEET_TOKEN_REQUIRED when the view would be reachable from other machines without a token. */
export function checkAccessRule(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new GatewayError(
      'GW_FLEET_TOKEN_REQUIRED',
      `the fleet view token is ${token.length} characters; use at least ${MIN_TOKEN_LENGTH}`,
    );
  }
  if (token === undefined && !isLoopbackHost(host)) {
    throw new GatewayError(
      'GW_FLEET_TOKEN_REQUIRED',
      `--http ${host} is not a loopback address: give --token-file FILE (a token of at least ${MIN_TOKEN_LENGTH} characters) or bind 127.0.0.1`,
    );
  }
}

export class FleetAccess {
  private readonly tokenDigest: Buffer | undefined;
  private readonly sessions = new Map<string, { host: string; lastUsed: number }>();
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();
  private readonly now: () => number;
  readonly refused = { token: 0, session: 0, locked: 0, host: 0 };

  constructor(token: string | undefined, now: () => number = Date.now) {
    this.tokenDigest = token === undefined ? undefined : digest(token);
    this.now = now;
  }

  get tokenRequired(): boolean {
    return this.tokenDigest !== undefined;
  }

  check(req: IncomingMessage, url: URL): Decision {
    const host = req.headers.host ?? '';
    if (this.tokenDigest === undefined) {
      const name = hostOnly(host);
      if (name === 'localhost' || isLoopbackHost(name)) return { kind: 'allow' };
      this.refused.host++;
      return { kind: 'deny', status: 421, reason: 'this fleet view answers only to a loopback Host (127.0.0.1, [::1] or localhost)' };
    }
    const source = sourceKey(req.socket?.remoteAddress);
    const f = this.failures.get(source);
    if (f && f.lockedUntil > this.now()) {
      this.refused.locked++;
      return { kind: 'deny', status: 429, reason: 'too many wrong tokens from this address; try again later' };
    }
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      if (m && this.matches(m[1]!)) return { kind: 'allow' };
      return this.wrong(source);
    }
    const query = url.searchParams.get('token');
    if (query !== null) {
      if (!this.matches(query)) return this.wrong(source);
      const clean = new URL(url);
      clean.searchParams.delete('token');
      return {
        kind: 'redirect',
        location: `/${clean.pathname.replace(/^\/+/, '')}${clean.search}`,
        cookie: `${COOKIE_NAME}=${this.createSession(host)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_IDLE_MS / 1000}`,
      };
    }
    const cookie = readCookie(req.headers.cookie, COOKIE_NAME);
    if (cookie !== undefined) {
      const s = cookie.length <= 64 ? this.sessions.get(cookie) : undefined;
      if (s && s.host === host && this.now() - s.lastUsed < SESSION_IDLE_MS) {
        s.lastUsed = this.now();
        return { kind: 'allow' };
      }
      this.refused.session++;
      this.fail(source);
      return { kind: 'deny', status: 401, reason: 'session unknown, expired or opened under another address: open /?token=TOKEN again' };
    }
    return { kind: 'deny', status: 401, reason: 'access token required: send "Authorization: Bearer TOKEN", or open /?token=TOKEN once' };
  }

  private wrong(source: string): Decision {
    this.refused.token++;
    this.fail(source);
    return { kind: 'deny', status: 401, reason: 'wrong access token' };
  }

  private fail(source: string): void {
    if (!this.failures.has(source) && this.failures.size >= MAX_TRACKED_SOURCES) this.failures.clear();
    const f = this.failures.get(source) ?? { count: 0, lockedUntil: 0 };
    f.count++;
    if (f.count >= FAILURES_BEFORE_LOCK) {
      f.count = 0;
      f.lockedUntil = this.now() + LOCK_MS;
    }
    this.failures.set(source, f);
  }

  private createSession(host: string): string {
    const now = this.now();
    for (const [id, s] of this.sessions) if (now - s.lastUsed >= SESSION_IDLE_MS) this.sessions.delete(id);
    // Full: the least recently created goes (Map keeps insertion order).
    while (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, { host, lastUsed: now });
    return id;
  }

  private matches(candidate: string): boolean {
    const d = digest(candidate);
    return d.length === this.tokenDigest!.length && timingSafeEqual(d, this.tokenDigest!);
  }
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

function hostOnly(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon >= 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
