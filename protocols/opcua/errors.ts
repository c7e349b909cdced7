// What went wrong with an OPC-UA connection attempt, as a coded failure that says what to do. node-opcua reports most
// failures as plain Errors whose message carries the OPC UA status name, so this reads the message. Failures only a
// person can fix (credentials, certificates, a security setting) are "refused": retried slowly, because a fast loop
// would only fill the log and may lock the account on the controller. Everything else is retried with backoff.
import type { ErrorCode } from '../../base/errors.ts';
import { clientCertificateFile } from './types.ts';

export interface OpcuaFailure {
  code: Extract<ErrorCode, 'GW_OPCUA_UNREACHABLE' | 'GW_OPCUA_AUTH' | 'GW_OPCUA_CERT_REJECTED' | 'GW_OPCUA_SECURITY_MISMATCH'>;
  /** Needs a person: retry after refusedRetryMs rather than with backoff. */
  refused: boolean;
  /** Which situation, finer than the code (whose side refused a certificate): a new one is logged again. */
  situation: 'credentials' | 'their-certificate' | 'our-certificate' | 'login-type' | 'endpoint' | 'unreachable';
  /** One line for the log and the status page: what happened and what to do. */
  message: string;
}

export interface FailureContext {
  endpointUrl: string;
  securityMode: string;
  securityPolicy: string;
  /** The gateway's PKI folder, named in certificate advice. */
  pkiDir: string;
}

const AUTH = /BadUserAccessDenied|BadIdentityToken(Invalid|Rejected)|BadUserSignatureInvalid|BadIdentityChangeNotSupported/;
const THEIRS_UNTRUSTED = /server Certificate verification failed/i;
const OURS_REJECTED =
  /BadSecurityChecksFailed|BadCertificate(Untrusted|Invalid|Revoked|TimeInvalid|UriInvalid|UseNotAllowed|IssuerRevocationUnknown|RevocationUnknown|HostNameInvalid)|rejected by server/;
const NO_TOKEN_POLICY = /Cannot find \w+ user token policy/i;
const NO_ENDPOINT = /End ?point must exist|Cannot find an Endpoint|BadSecurityPolicyRejected|BadSecurityModeRejected|no endpoint/i;

/** Short reason without node-opcua's multi-line decoration. */
function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.trim().split('\n')[0]!.slice(0, 300);
}

export function classifyFailure(e: unknown, ctx: FailureContext): OpcuaFailure {
  const text = e instanceof Error ? `${e.message} ${String((e as { response?: unknown }).response ?? '')}` : String(e);
  const why = firstLine(e);
  if (AUTH.test(text)) {
    return {
      code: 'GW_OPCUA_AUTH',
      refused: true,
      situation: 'credentials',
      message: `${ctx.endpointUrl} refused the gateway's credentials (${why}); check opcua.auth and the account on the machine`,
    };
  }
  if (THEIRS_UNTRUSTED.test(text)) {
    return {
      code: 'GW_OPCUA_CERT_REJECTED',
      refused: true,
      situation: 'their-certificate',
      message:
        `the gateway does not trust the certificate of ${ctx.endpointUrl} (${why}); if it is the right ` +
        `machine, move its certificate from ${ctx.pkiDir}/rejected/ to ${ctx.pkiDir}/trusted/certs/`,
    };
  }
  if (OURS_REJECTED.test(text)) {
    return {
      code: 'GW_OPCUA_CERT_REJECTED',
      refused: true,
      situation: 'our-certificate',
      message: `${ctx.endpointUrl} rejected the gateway's certificate (${why}); trust ${clientCertificateFile(ctx.pkiDir)} on the machine`,
    };
  }
  if (NO_TOKEN_POLICY.test(text)) {
    return {
      code: 'GW_OPCUA_SECURITY_MISMATCH',
      refused: true,
      situation: 'login-type',
      message:
        `${ctx.endpointUrl} does not accept this kind of login on a ${ctx.securityMode} endpoint ` +
        `(${why}); choose another opcua.auth type or securityMode`,
    };
  }
  if (NO_ENDPOINT.test(text)) {
    return {
      code: 'GW_OPCUA_SECURITY_MISMATCH',
      refused: true,
      situation: 'endpoint',
      message:
        `${ctx.endpointUrl} offers no endpoint with securityMode ${ctx.securityMode} and securityPolicy ` +
        `${ctx.securityPolicy}; set opcua.securityMode and securityPolicy to one the machine offers`,
    };
  }
  return { code: 'GW_OPCUA_UNREACHABLE', refused: false, situation: 'unreachable', message: `${ctx.endpointUrl} not reachable: ${why}` };
}
