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
//   `/?token=TOKEN` once: it gets a session of its own (base/http/sessions.ts: a random id, expiring, bound to the Host it was
//   opened under) in an HttpOnly, SameSite=Strict cookie, and is redirected to the same path without the token, so the
//   token does not stay in the address bar. /logout ends the session.
// - Wrong tokens and unknown or replayed cookies are counted and logged per source, and a source that keeps guessing
//   is locked out for a while (base/http/guesses.ts).
// - Comparisons hash both sides to a fixed length and use timingSafeEqual, so response time does not reveal how much of
//   a guess was right.
// The gate itself is base/http/token-gate.ts, shared with the fleet view; this file reads the site's config into it.
// /healthz and /readyz stay open: they say only "alive" and "ready or why not", and probes often cannot send headers.
import type { Logger } from 'pino';
import { TokenGate, type TokenGateOptions } from '../../base/http/token-gate.ts';
import { MIN_TOKEN_LENGTH } from '../../base/http/token.ts';
import { checkTokenRule } from '../config/http-token.ts';
import { resolveSecret } from '../config/secrets.ts';
import { GatewayError } from '../../base/errors.ts';

export type { AccessDecision } from '../../base/http/token-gate.ts';

export const COOKIE_NAME = 'eg_status';

export interface HttpAccessConfig {
  host: string;
  tokenEnv?: string;
  tokenFile?: string;
  session?: { idleS: number; lifetimeS: number; max: number };
  limits?: { authFailures: number; authLockoutS: number };
}

export interface AccessOptions {
  session?: TokenGateOptions['session'];
  guesses?: TokenGateOptions['guesses'];
  /** Set the cookie's Secure flag (the page is served over TLS). */
  secure?: boolean;
  log?: Logger;
  now?: () => number;
}

/** The defaults of http.session and http.limits in the config schema, for a gate made without a config. */
const DEFAULT_SESSION = { idleS: 1800, lifetimeS: 43_200, max: 32 };
const DEFAULT_GUESSES = { failures: 10, lockoutS: 60 };

/** The status page's gate: its cookie, its name in refusals and log lines, the config's session and lock-out settings. */
export class AccessGate extends TokenGate {
  constructor(token: string | undefined, options: AccessOptions = {}) {
    super(token, {
      cookieName: COOKIE_NAME,
      subject: 'status page',
      component: 'status',
      session: { ...DEFAULT_SESSION, ...options.session },
      guesses: { ...DEFAULT_GUESSES, ...options.guesses },
      secure: options.secure,
      log: options.log,
      now: options.now,
    });
  }
}

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
