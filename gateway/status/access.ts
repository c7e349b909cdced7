// Who may read the status page and /metrics.
//
// - Bound to a loopback address (127.0.0.0/8 or ::1, literally: "localhost" is a name that /etc/hosts could point
//   anywhere), the page is open to processes on this machine. A browser on this machine can still be tricked by DNS
//   rebinding (evil.example resolving to 127.0.0.1), so without a token only requests whose Host is a loopback address or
//   "localhost" are answered.
// - Bound to anything else, an access token is required, or the gateway refuses to start (GW_CONFIG_HTTP_TOKEN_REQUIRED).
//   The token comes from an environment variable or a file named in the config (http.tokenEnv / http.tokenFile), never
//   from the config file itself. A configured token is enforced on loopback too.
// - A client proves it with `Authorization: Bearer TOKEN` (Prometheus' bearer_token, curl), or a browser opens
//   `/?token=TOKEN` once: it gets a session of its own (sessions.ts: a random id, expiring, bound to the Host it was
//   opened under) in an HttpOnly, SameSite=Strict cookie, and is redirected to the same path without the token, so the
//   token does not stay in the address bar. /logout ends the session.
// - Wrong tokens and unknown or replayed cookies are counted and logged per source, and a source that keeps guessing
//   is locked out for a while (guesses.ts).
// - Comparisons hash both sides to a fixed length and use timingSafeEqual, so response time does not reveal how much of
//   a guess was right.
// /healthz and /readyz stay open: they say only "alive" and "ready or why not", and probes often cannot send headers.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pino, type Logger } from 'pino';
import { checkTokenRule, isLoopbackHost, MIN_TOKEN_LENGTH } from '../config/http-token.ts';
import { resolveSecret } from '../config/secrets.ts';
import { GatewayError } from '../../base/errors.ts';
import { GuessLimiter, type GuessLimitOptions, type RefusalReason } from './guesses.ts';
import { SessionStore, type SessionOptions } from './sessions.ts';

export const COOKIE_NAME = 'eg_status';
/** A session id is 43 base64url characters; anything much longer is not ours and is not even hashed. */
const MAX_COOKIE_LENGTH = 128;

export interface HttpAccessConfig {
  host: string;
  tokenEnv?: string;
  tokenFile?: string;
  session?: { idleS: number; lifetimeS: number; max: number };
  limits?: { authFailures: number; authLockoutS: number };
}

export interface AccessOptions {
  session?: Omit<SessionOptions, 'now'>;
  guesses?: Omit<GuessLimitOptions, 'now'>;
  /** Set the cookie's Secure flag (the page is served over TLS). */
  secure?: boolean;
  log?: Logger;
  now?: () => number;
}

/** The defaults of http.session and http.limits in the config schema, for an AccessGate made without a config. */
const DEFAULT_SESSION = { idleS: 1800, lifetimeS: 43_200, max: 32 };
const DEFAULT_GUESSES = { failures: 10, lockoutS: 60 };

/**
 * Resolves the access token at start-up (before anything listens) and enforces the rule above. Throws
 * GW_CONFIG_HTTP_TOKEN_REQUIRED, GW_CONFIG_INVALID (both tokenEnv and tokenFile) or GW_SECRET_MISSING.
 */
export function resolveAccess(http: HttpAccessConfig, env: NodeJS.ProcessEnv = process.env, log?: Logger): AccessGate {
  if (http.tokenEnv !== undefined && http.tokenFile !== undefined) {
    throw new GatewayError('GW_CONFIG_INVALID', 'config has 1 problem:\n  /http: give at most one of tokenEnv, tokenFile', {
      path: '/http',
    });
  }
  // The same reading as a device password: from the environment variable or the file the config names.
  const where = http.tokenEnv !== undefined ? '/http/tokenEnv' : '/http/tokenFile';
  const token = resolveSecret({ passwordEnv: http.tokenEnv, passwordFile: http.tokenFile }, where, env);
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new GatewayError(
      'GW_CONFIG_HTTP_TOKEN_REQUIRED',
      `the status page access token is ${token.length} characters; use at least ${MIN_TOKEN_LENGTH} (e.g. \`openssl rand -hex 16\`)`,
      { host: http.host, length: token.length },
    );
  }
  if (token === undefined) checkTokenRule(http);
  return new AccessGate(token, {
    session: http.session,
    guesses: http.limits && { failures: http.limits.authFailures, lockoutS: http.limits.authLockoutS },
    log,
  });
}

export type AccessDecision =
  /** session: the request came with a live session cookie, which ends at expiresAt (epoch ms) unless used again. */
  | { kind: 'allow'; session?: { expiresAt: number } }
  /** clearCookie: a Set-Cookie that removes a refused session cookie from the browser. */
  | { kind: 'deny'; reason: string; status: 401 | 421 | 429; clearCookie?: string; retryAfterS?: number }
  /** A valid ?token=: set the cookie and send the browser to the same URL without the token. */
  | { kind: 'redirect'; location: string; cookie: string };

const SESSION_REFUSALS: Record<'unknown' | 'expired' | 'host', { reason: RefusalReason; text: string }> = {
  unknown: { reason: 'session-unknown', text: 'session unknown or ended (the gateway restarted, or you signed out)' },
  expired: { reason: 'session-expired', text: 'session expired' },
  host: { reason: 'session-host', text: 'this session was opened under another address' },
};
const AGAIN = 'open /?token=TOKEN again in the browser, or send "Authorization: Bearer TOKEN"';

export class AccessGate {
  private readonly tokenDigest: Buffer | undefined;
  readonly sessions: SessionStore;
  readonly guesses: GuessLimiter;
  private readonly secure: boolean;

  constructor(token: string | undefined, options: AccessOptions = {}) {
    this.tokenDigest = token === undefined ? undefined : digest(token);
    const now = options.now ?? Date.now;
    this.sessions = new SessionStore({ ...DEFAULT_SESSION, ...options.session, now });
    this.guesses = new GuessLimiter({ ...DEFAULT_GUESSES, ...options.guesses, now }, options.log ?? pino({ level: 'silent' }));
    this.secure = options.secure ?? false;
  }

  get tokenRequired(): boolean {
    return this.tokenDigest !== undefined;
  }

  check(req: IncomingMessage, url: URL): AccessDecision {
    const host = req.headers.host ?? '';
    if (this.tokenDigest === undefined) {
      const name = hostOnly(host);
      if (name === 'localhost' || isLoopbackHost(name)) return { kind: 'allow' };
      return { kind: 'deny', status: 421, reason: 'this status page answers only to a loopback Host (127.0.0.1, [::1] or localhost)' };
    }
    const source = req.socket?.remoteAddress;
    const lockedS = this.guesses.lockedFor(source);
    if (lockedS > 0) {
      return {
        kind: 'deny',
        status: 429,
        retryAfterS: lockedS,
        reason: `too many wrong access tokens from this address (GW_HTTP_AUTH_FAILED); try again in ${lockedS} s`,
      };
    }
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      if (m && this.matches(m[1]!)) return { kind: 'allow' };
      this.guesses.refuse(source, 'token');
      return { kind: 'deny', status: 401, reason: 'wrong access token' };
    }
    const query = url.searchParams.get('token');
    if (query !== null) {
      if (!this.matches(query)) {
        this.guesses.refuse(source, 'token');
        return { kind: 'deny', status: 401, reason: 'wrong access token' };
      }
      const clean = new URL(url);
      clean.searchParams.delete('token');
      return {
        kind: 'redirect',
        // Never "//host/...": that would send the browser to another site.
        location: `/${clean.pathname.replace(/^\/+/, '')}${clean.search}`,
        cookie: this.cookie(this.sessions.create(host), this.sessions.lifetimeS),
      };
    }
    const cookie = readCookie(req.headers.cookie, COOKIE_NAME);
    if (cookie !== undefined) {
      const s =
        cookie.length <= MAX_COOKIE_LENGTH ? this.sessions.lookup(cookie, host) : { ok: false as const, reason: 'unknown' as const };
      if (s.ok) return { kind: 'allow', session: { expiresAt: s.expiresAt } };
      const r = SESSION_REFUSALS[s.reason];
      this.guesses.refuse(source, r.reason);
      return { kind: 'deny', status: 401, reason: `${r.text}: ${AGAIN}`, clearCookie: this.cookie('', 0) };
    }
    return {
      kind: 'deny',
      status: 401,
      reason: 'access token required: send "Authorization: Bearer TOKEN", or open /?token=TOKEN once in a browser',
    };
  }

  /** /logout: ends this browser's session (if the cookie and Host own one); returns the Set-Cookie that removes it. */
  logout(req: IncomingMessage): string {
    const cookie = readCookie(req.headers.cookie, COOKIE_NAME);
    if (cookie !== undefined && cookie.length <= MAX_COOKIE_LENGTH) this.sessions.end(cookie, req.headers.host ?? '');
    return this.cookie('', 0);
  }

  private cookie(value: string, maxAgeS: number): string {
    return `${COOKIE_NAME}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeS}${this.secure ? '; Secure' : ''}`;
  }

  private matches(candidate: string): boolean {
    return equalDigests(digest(candidate), this.tokenDigest!);
  }
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

function equalDigests(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
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
