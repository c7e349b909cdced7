// The status page's access rule that a config file can be checked against without reading the token itself (load.ts,
// `edge-gateway validate`): bound to anything but a literal loopback address, an access token must be configured.
// gateway/status/access.ts enforces the same rule at start-up, with the token read.
import { GatewayError } from '../../base/errors.ts';
import { isLoopbackHost } from '../../base/http/loopback.ts';
import { MIN_TOKEN_LENGTH } from '../../base/http/token.ts';

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
