// Access to the status page: which hosts count as loopback, when the gateway refuses to start, and how a token is
// checked (header, one-time ?token= that becomes a cookie, wrong tokens, DNS rebinding on an open loopback page).
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isGatewayError } from '../../../gateway/errors.ts';
import { AccessGate, COOKIE_NAME, isLoopbackHost, resolveAccess } from '../../../gateway/status/access.ts';
import { tempDir } from '../../support/tmp.ts';

const TOKEN = 'b5c1f0a2d4e6f8a0b1c3d5e7f9a1b3c5';

function req(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(isGatewayError(e), String(e));
    return e.code;
  }
  assert.fail('no error thrown');
}

describe('status page access', () => {
  it('treats only literal 127.0.0.0/8 and ::1 addresses as loopback', () => {
    for (const h of ['127.0.0.1', '127.0.0.2', '127.255.255.254', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) assert.equal(isLoopbackHost(h), true, h);
    for (const h of ['0.0.0.0', '', '::', '192.168.1.10', '10.0.0.1', 'localhost', 'gw.local', '128.0.0.1', '::ffff:10.0.0.1', '1.127.0.0']) assert.equal(isLoopbackHost(h), false, h);
  });

  it('refuses to start bound off loopback without a token, with a coded error that says what to do', () => {
    for (const host of ['0.0.0.0', '::', '', '192.168.1.10', 'localhost']) {
      try {
        resolveAccess({ host }, {});
        assert.fail(`${host} was accepted`);
      } catch (e) {
        assert.ok(isGatewayError(e));
        assert.equal(e.code, 'GW_CONFIG_HTTP_TOKEN_REQUIRED', host);
        assert.match(e.message, /http\.tokenEnv/);
        assert.match(e.message, /127\.0\.0\.1/);
      }
    }
  });

  it('accepts off loopback with a token from an env var or a file; refuses short, missing and double tokens', async () => {
    assert.equal(resolveAccess({ host: '0.0.0.0', tokenEnv: 'GW_TOKEN' }, { GW_TOKEN: TOKEN }).tokenRequired, true);
    const tmp = await tempDir('eg-access-');
    try {
      const file = join(tmp.path, 'token');
      writeFileSync(file, `${TOKEN}\n`);
      const gate = resolveAccess({ host: '0.0.0.0', tokenFile: file }, {});
      assert.equal(gate.check(req({ authorization: `Bearer ${TOKEN}` }), new URL('http://x/')).kind, 'allow', 'trailing newline ignored');
      assert.equal(codeOf(() => resolveAccess({ host: '0.0.0.0', tokenFile: join(tmp.path, 'missing') }, {})), 'GW_SECRET_MISSING');
    } finally {
      await tmp.cleanup();
    }
    assert.equal(codeOf(() => resolveAccess({ host: '0.0.0.0', tokenEnv: 'GW_TOKEN' }, {})), 'GW_SECRET_MISSING');
    assert.equal(codeOf(() => resolveAccess({ host: '0.0.0.0', tokenEnv: 'GW_TOKEN' }, { GW_TOKEN: 'short' })), 'GW_CONFIG_HTTP_TOKEN_REQUIRED');
    assert.equal(codeOf(() => resolveAccess({ host: '127.0.0.1', tokenEnv: 'GW_TOKEN' }, { GW_TOKEN: 'short' })), 'GW_CONFIG_HTTP_TOKEN_REQUIRED', 'a configured token is checked on loopback too');
    assert.equal(codeOf(() => resolveAccess({ host: '127.0.0.1', tokenEnv: 'A', tokenFile: '/x' }, { A: TOKEN })), 'GW_CONFIG_INVALID');
    assert.equal(resolveAccess({ host: '127.0.0.1' }, {}).tokenRequired, false);
  });

  it('with a token: Bearer header or a one-time ?token= that becomes a cookie; anything else is 401', () => {
    const gate = new AccessGate(TOKEN);
    const root = new URL('http://gw/');
    assert.equal(gate.check(req({ authorization: `Bearer ${TOKEN}` }), root).kind, 'allow');
    const none = gate.check(req({}), root);
    assert.equal(none.kind === 'deny' && none.status, 401);
    assert.match(none.kind === 'deny' ? none.reason : '', /Bearer/);
    assert.equal(gate.check(req({ authorization: `Bearer ${TOKEN}x` }), root).kind, 'deny');
    assert.equal(gate.check(req({ authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` }), root).kind, 'deny');
    assert.equal(gate.check(req({}), new URL(`http://gw/?token=${TOKEN.slice(0, -1)}`)).kind, 'deny');

    const d = gate.check(req({}), new URL(`http://gw/api/status?token=${TOKEN}&x=1`));
    assert.equal(d.kind, 'redirect');
    if (d.kind !== 'redirect') return;
    assert.equal(d.location, '/api/status?x=1', 'the token leaves the address bar');
    assert.match(d.cookie, /HttpOnly/);
    assert.match(d.cookie, /SameSite=Strict/);
    const value = d.cookie.split(';')[0]!;
    assert.ok(!value.includes(TOKEN), 'the cookie does not hold the token itself');
    assert.equal(gate.check(req({ cookie: `other=1; ${value}` }), root).kind, 'allow');
    assert.equal(gate.check(req({ cookie: `${COOKIE_NAME}=forged` }), root).kind, 'deny');
    const odd = gate.check(req({}), new URL(`http://gw/.//evil.example/?token=${TOKEN}`));
    assert.equal(odd.kind === 'redirect' && odd.location, '/evil.example/', 'the redirect stays on this site');
  });

  it('without a token (loopback): answers only to a loopback Host, so a rebound DNS name cannot read the page', () => {
    const gate = new AccessGate(undefined);
    const root = new URL('http://gw/');
    for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', '127.0.0.1']) assert.equal(gate.check(req({ host }), root).kind, 'allow', host);
    for (const host of ['evil.example:8080', 'evil.example', '']) {
      const d = gate.check(req({ host }), root);
      assert.equal(d.kind, 'deny', host);
      assert.equal(d.kind === 'deny' && d.status, 421);
    }
  });
});
