// The status page's access rule that a config file can be checked against without reading the token itself (load.ts,
// `edge-gateway validate`): bound to anything but a literal loopback address, an access token must be configured.
// gateway/status/access.ts enforces the same rule at start-up, with the token read.
import { isIP } from 'node:net';
import { GatewayError } from '../../base/errors.ts';

export const MIN_TOKEN_LENGTH = 16;

/** True for literal loopback addresses only: 127.0.0.0/8, ::1 and IPv4-mapped 127.x. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  // isIP accepts a zone ("::1%lo") but URL does not (it throws); no address with a zone is taken for loopback.
  if (h.includes('%')) return false;
  const family = isIP(h);
  if (family === 4) return h.split('.')[0] === '127';
  if (family === 6) {
    const norm = new URL(`http://[${h}]/`).hostname; // "[::1]", "[::ffff:7f00:1]"
    if (norm === '[::1]') return true;
    const mapped = /^\[::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}\]$/.exec(norm);
    return mapped !== null && parseInt(mapped[1]!, 16) >> 8 === 127;
  }
  return false;
}

function missingToken(host: string): GatewayError {
  return new GatewayError(
    'GW_CONFIG_HTTP_TOKEN_REQUIRED',
    `http.host is ${JSON.stringify(host)}, which other machines can reach, and no access token is configured: ` +
      `set http.tokenEnv (or http.tokenFile) to a token of at least ${MIN_TOKEN_LENGTH} characters, or bind http.host to 127.0.0.1`,
    { host },
  );
}

/** The rule a config file can be checked against without reading the token itself (`edge-gateway validate`). */
export function checkTokenRule(http: { host: string; tokenEnv?: string; tokenFile?: string }): void {
  if (!isLoopbackHost(http.host) && http.tokenEnv === undefined && http.tokenFile === undefined) throw missingToken(http.host);
}
