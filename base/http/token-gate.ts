// Who may read a token-guarded page (the site status page, gateway/status/access.ts; the fleet view, core/fleet/access.ts).
//
// - Without a token (the server is bound to loopback; each caller enforces that at start-up) the page is open to
//   processes on this machine, and only requests whose Host is a loopback address or "localhost" are answered
//   (loopback.ts: no DNS rebinding). A configured token is enforced on loopback too.
// - A client proves the token with `Authorization: Bearer TOKEN` (Prometheus' bearer_token, curl), or a browser opens
//   `/?token=TOKEN` once: it gets a session of its own (sessions.ts: a random id, expiring, bound to the Host it was
//   opened under) in an HttpOnly, SameSite=Strict cookie, and is redirected to the same path without the token, so the
//   token does not stay in the address bar.
// - Wrong tokens and unknown or replayed cookies are counted and logged per source, and a source that keeps guessing
//   is locked out for a while (guesses.ts).
// - Token comparisons take constant time (token.ts).
import type { IncomingMessage } from 'node:http';
import { pino, type Logger } from 'pino';
import { GuessLimiter, type GuessLimitOptions, type RefusalReason } from './guesses.ts';
import { isLoopbackHostHeader } from './loopback.ts';
import { SessionStore, type SessionOptions } from './sessions.ts';
import { bearerToken, readCookie, TokenCheck } from './token.ts';

/** A session id is 43 base64url characters; anything much longer is not ours and is not even hashed. */
const MAX_COOKIE_LENGTH = 128;

export interface TokenGateOptions {
  /** The session cookie's name. */
  cookieName: string;
  /** What the page is called in refusals and log lines: "status page", "fleet view". */
  subject: string;
  /** The log lines' component field. */
  component: string;
  session: Omit<SessionOptions, 'now'>;
  guesses: Omit<GuessLimitOptions, 'now' | 'subject' | 'component'>;
  /** Set the cookie's Secure flag (the page is served over TLS). */
  secure?: boolean;
  log?: Logger;
  now?: () => number;
}

export type AccessDecision =
  /** session: the request came with a live session cookie, which ends at expiresAt (epoch ms) unless used again. */
  | { kind: 'allow'; session?: { expiresAt: number } }
  /** clearCookie: a Set-Cookie that removes a refused session cookie from the browser. */
  | { kind: 'deny'; reason: string; status: 401 | 421 | 429; clearCookie?: string; retryAfterS?: number }
  /** A valid ?token=: set the cookie and send the browser to the same URL without the token. */
  | { kind: 'redirect'; location: string; cookie: string };

const SESSION_REFUSALS: Record<'unknown' | 'expired' | 'host', { reason: RefusalReason; text: string }> = {
  unknown: { reason: 'session-unknown', text: 'session unknown or ended (the server restarted, or you signed out)' },
  expired: { reason: 'session-expired', text: 'session expired' },
  host: { reason: 'session-host', text: 'this session was opened under another address' },
};
const AGAIN = 'open /?token=TOKEN again in the browser, or send "Authorization: Bearer TOKEN"';

export class TokenGate {
  private readonly token: TokenCheck | undefined;
  private readonly options: TokenGateOptions;
  readonly sessions: SessionStore;
  readonly guesses: GuessLimiter;
  /** Requests refused (421) for a Host that is not this machine's, without a token. */
  hostRefusals = 0;

  constructor(token: string | undefined, options: TokenGateOptions) {
    this.token = token === undefined ? undefined : new TokenCheck(token);
    this.options = options;
    const now = options.now ?? Date.now;
    this.sessions = new SessionStore({ ...options.session, now });
    this.guesses = new GuessLimiter(
      { ...options.guesses, subject: options.subject, component: options.component, now },
      options.log ?? pino({ level: 'silent' }),
    );
  }

  get tokenRequired(): boolean {
    return this.token !== undefined;
  }

  check(req: IncomingMessage, url: URL): AccessDecision {
    const host = req.headers.host ?? '';
    if (this.token === undefined) {
      if (isLoopbackHostHeader(host)) return { kind: 'allow' };
      this.hostRefusals++;
      return {
        kind: 'deny',
        status: 421,
        reason: `this ${this.options.subject} answers only to a loopback Host (127.0.0.1, [::1] or localhost)`,
      };
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
      const given = bearerToken(auth);
      if (given !== undefined && this.token.matches(given)) return { kind: 'allow' };
      return this.wrongToken(source);
    }
    const query = url.searchParams.get('token');
    if (query !== null) {
      if (!this.token.matches(query)) return this.wrongToken(source);
      const clean = new URL(url);
      clean.searchParams.delete('token');
      return {
        kind: 'redirect',
        // Never "//host/...": that would send the browser to another site.
        location: `/${clean.pathname.replace(/^\/+/, '')}${clean.search}`,
        cookie: this.cookie(this.sessions.create(host), this.sessions.lifetimeS),
      };
    }
    const cookie = readCookie(req.headers.cookie, this.options.cookieName);
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

  /** Sign-out: ends this browser's session (if the cookie and Host own one); returns the Set-Cookie that removes it. */
  logout(req: IncomingMessage): string {
    const cookie = readCookie(req.headers.cookie, this.options.cookieName);
    if (cookie !== undefined && cookie.length <= MAX_COOKIE_LENGTH) this.sessions.end(cookie, req.headers.host ?? '');
    return this.cookie('', 0);
  }

  private wrongToken(source: string | undefined): AccessDecision {
    this.guesses.refuse(source, 'token');
    return { kind: 'deny', status: 401, reason: 'wrong access token' };
  }

  private cookie(value: string, maxAgeS: number): string {
    const secure = this.options.secure ? '; Secure' : '';
    return `${this.options.cookieName}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeS}${secure}`;
  }
}
