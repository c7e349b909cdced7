// Connection failures become coded errors with advice; those only a person can fix are retried slowly. The messages
// are the ones node-opcua 2.182.2 produced here against real servers (see test/protocols/opcua/client.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyFailure } from '../../../protocols/opcua/errors.ts';

const ctx = {
  endpointUrl: 'opc.tcp://10.0.0.5:4840',
  securityMode: 'SignAndEncrypt',
  securityPolicy: 'Basic256Sha256',
  pkiDir: '/var/lib/edge-gateway/state/opcua-pki',
};

describe('classifyFailure', () => {
  const cases: [string, string, string, boolean, RegExp][] = [
    ['wrong password', 'BadUserAccessDenied (0x801f0000)', 'GW_OPCUA_AUTH', true, /credentials.*opcua\.auth/],
    ['identity token rejected', 'BadIdentityTokenRejected (0x80210000)', 'GW_OPCUA_AUTH', true, /credentials/],
    [
      'machine certificate untrusted here',
      'server Certificate verification failed with err BadCertificateUntrusted (0x801a0000)',
      'GW_OPCUA_CERT_REJECTED',
      true,
      /rejected\/ to .*trusted\/certs/,
    ],
    [
      'our certificate rejected there',
      'The connection has been rejected by server: BadSecurityChecksFailed (0x80130000)',
      'GW_OPCUA_CERT_REJECTED',
      true,
      /client_certificate\.pem on the machine/,
    ],
    [
      'no such endpoint',
      ' End point must exist opc.tcp://127.0.0.1:48800  securityMode = None  securityPolicy = http://opcfoundation.org/UA/SecurityPolicy#None',
      'GW_OPCUA_SECURITY_MISMATCH',
      true,
      /securityMode SignAndEncrypt/,
    ],
    [
      'no token policy',
      'Cannot find USERNAME user token policy in end point description',
      'GW_OPCUA_SECURITY_MISMATCH',
      true,
      /kind of login/,
    ],
    ['refused connection', 'connect ECONNREFUSED 127.0.0.1:4840', 'GW_OPCUA_UNREACHABLE', false, /not reachable/],
    [
      'cannot connect',
      'The connection cannot be established with server opc.tcp://127.0.0.1:48901 .',
      'GW_OPCUA_UNREACHABLE',
      false,
      /not reachable/,
    ],
    ['set-up timeout', 'setting up opc.tcp://10.0.0.5:4840: no answer within 15000 ms', 'GW_OPCUA_UNREACHABLE', false, /not reachable/],
  ];
  for (const [what, message, code, refused, advice] of cases) {
    it(`${what} -> ${code}${refused ? ', retried slowly' : ', retried with backoff'}`, () => {
      const f = classifyFailure(new Error(message), ctx);
      assert.equal(f.code, code);
      assert.equal(f.refused, refused);
      assert.match(f.message, advice);
      assert.ok(!f.message.includes('\n'), 'one line for the log');
    });
  }
});
