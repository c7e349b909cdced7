// Who may read the fleet view: the site status page's rules, from the same code (base/http/token-gate.ts).
// - Bound to a loopback address without a token: open to this machine, and only to requests whose Host is a loopback
//   address or "localhost" (a page elsewhere cannot reach it through DNS rebinding).
// - Bound to anything else, a token (--token-file, at least 16 characters) is required or the view refuses to start
//   (GW_FLEET_TOKEN_REQUIRED). A given token is enforced on loopback too.
// - Prometheus sends `Authorization: Bearer TOKEN`; a browser opens /?token=TOKEN once and gets a random session id of its
//   own in an HttpOnly, SameSite=Strict cookie bound to the Host it was opened under, and is redirected without the token.
// - Wrong tokens are counted per source; a source with too many is refused (429) for a while.
// Comparisons hash both sides to a fixed length and use timingSafeEqual.
import { GatewayError } from '../../base/errors.ts';
import { isLoopbackHost } from '../../base/http/loopback.ts';
import { TokenGate } from '../../base/http/token-gate.ts';
import { MIN_TOKEN_LENGTH } from '../../base/http/token.ts';

export { isLoopbackHost, MIN_TOKEN_LENGTH };
export type { AccessDecision as Decision } from '../../base/http/token-gate.ts';

export const COOKIE_NAME = 'eg_fleet';
/** Sessions end after 30 idle minutes or 12 hours, as on the site page; at most 64 live at once. */
const SESSION = { idleS: 30 * 60, lifetimeS: 12 * 3600, max: 64 };
/** Ten wrong tokens from one source lock it out for a minute (doubling while it goes on). */
const GUESSES = { failures: 10, lockoutS: 60, maxSources: 4096 };

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

export class FleetAccess extends TokenGate {
  constructor(token: string | undefined, now: () => number = Date.now) {
    super(token, { cookieName: COOKIE_NAME, subject: 'fleet view', component: 'fleet', session: SESSION, guesses: GUESSES, now });
  }

  /** Requests refused, by why: a wrong token, a bad session cookie, a locked-out source, a foreign Host without a token. */
  get refused(): { token: number; session: number; locked: number; host: number } {
    const r = this.guesses.refused;
    return {
      token: r.token,
      session: r['session-unknown'] + r['session-expired'] + r['session-host'],
      locked: this.guesses.lockedRefusals,
      host: this.hostRefusals,
    };
  }
}
