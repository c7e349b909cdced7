// Access to the status page: which hosts count as loopback, when the gateway refuses to start, and how a token is
// checked (header, one-time ?token= that becomes a cookie, wrong tokens, DNS rebinding on an open loopback page).
// Sessions (issue 12 point 9) are attacked here with an injected clock: a cookie replayed under another Host, an expired
// session, a flood of token presentations, forged cookies, and guessed tokens that must cost the guesser.
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isGatewayError } from '../../../base/errors.ts';
import { pino } from 'pino';
import { isLoopbackHost } from '../../../base/http/loopback.ts';
import { AccessGate, COOKIE_NAME, resolveAccess, type AccessDecision } from '../../../gateway/status/access.ts';
import { sourceKey } from '../../../base/source-key.ts';
import { tempDir } from '../../../harness/tmp.ts';

const TOKEN = 'b5c1f0a2d4e6f8a0b1c3d5e7f9a1b3c5';

function req(headers: Record<string, string>, remoteAddress = '127.0.0.1'): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

/** A gate on a clock the test moves, logging into an array. */
function gateWithClock(options: { idleS?: number; lifetimeS?: number; max?: number; failures?: number; lockoutS?: number } = {}) {
  const clock = { t: Date.parse('2026-12-01T08:00:00Z') };
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  const gate = new AccessGate(TOKEN, {
    session: { idleS: options.idleS ?? 1800, lifetimeS: options.lifetimeS ?? 43_200, max: options.max ?? 32 },
    guesses: { failures: options.failures ?? 10, lockoutS: options.lockoutS ?? 60 },
    log,
    now: () => clock.t,
  });
  return { gate, clock, lines };
}

/** Opens /?token= under this Host, as a browser does; returns the "name=value" cookie pair it got. */
function signIn(gate: AccessGate, host: string, remote = '127.0.0.1'): string {
  const d = gate.check(req({ host }, remote), new URL(`http://${host}/?token=${TOKEN}`));
  assert.equal(d.kind, 'redirect');
  return (d as Extract<AccessDecision, { kind: 'redirect' }>).cookie.split(';')[0]!;
}

function denied(d: AccessDecision): { status: number; reason: string; clearCookie?: string; retryAfterS?: number } {
  assert.equal(d.kind, 'deny', JSON.stringify(d));
  return d as Extract<AccessDecision, { kind: 'deny' }>;
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
    for (const h of ['127.0.0.1', '127.0.0.2', '127.255.255.254', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'])
      assert.equal(isLoopbackHost(h), true, h);
    for (const h of [
      '0.0.0.0',
      '',
      '::',
      '192.168.1.10',
      '10.0.0.1',
      'localhost',
      'gw.local',
      '128.0.0.1',
      '::ffff:10.0.0.1',
      '1.127.0.0',
      '::1%lo',
      '[fe80::1%eth0]',
    ])
      assert.equal(isLoopbackHost(h), false, h);
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
      assert.equal(
        codeOf(() => resolveAccess({ host: '0.0.0.0', tokenFile: join(tmp.path, 'missing') }, {})),
        'GW_SECRET_MISSING',
      );
    } finally {
      await tmp.cleanup();
    }
    assert.equal(
      codeOf(() => resolveAccess({ host: '0.0.0.0', tokenEnv: 'GW_TOKEN' }, {})),
      'GW_SECRET_MISSING',
    );
    assert.equal(
      codeOf(() => resolveAccess({ host: '0.0.0.0', tokenEnv: 'GW_TOKEN' }, { GW_TOKEN: 'short' })),
      'GW_CONFIG_HTTP_TOKEN_REQUIRED',
    );
    assert.equal(
      codeOf(() => resolveAccess({ host: '127.0.0.1', tokenEnv: 'GW_TOKEN' }, { GW_TOKEN: 'short' })),
      'GW_CONFIG_HTTP_TOKEN_REQUIRED',
      'a configured token is checked on loopback too',
    );
    assert.equal(
      codeOf(() => resolveAccess({ host: '127.0.0.1', tokenEnv: 'A', tokenFile: '/x' }, { A: TOKEN })),
      'GW_CONFIG_INVALID',
    );
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
    for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', '127.0.0.1'])
      assert.equal(gate.check(req({ host }), root).kind, 'allow', host);
    // A zone ("%lo") in a bracketed address made the loopback check throw inside the request handler (ERR_INVALID_URL,
    // an uncaught exception: one request from any local process ended the gateway); it is refused like any other Host.
    for (const host of ['evil.example:8080', 'evil.example', '', '[::1%lo]:8080', '[fe80::1%eth0]']) {
      const d = gate.check(req({ host }), root);
      assert.equal(d.kind, 'deny', host);
      assert.equal(d.kind === 'deny' && d.status, 421);
    }
  });

  it('gives every browser its own random session id, never the token or anything derived from the token alone', () => {
    const { gate } = gateWithClock();
    const a = signIn(gate, 'gw:8080');
    const b = signIn(gate, 'gw:8080');
    assert.notEqual(a, b, 'two browsers, two sessions');
    for (const c of [a, b]) {
      assert.match(c, new RegExp(`^${COOKIE_NAME}=[A-Za-z0-9_-]{43}$`), '32 random bytes, base64url');
      assert.ok(!c.includes(TOKEN));
    }
    // The cookie of the old design (one HMAC of the token, the same for every browser) is nobody's session now.
    const fixed = createHmac('sha256', TOKEN).update('edge-gateway status cookie v1').digest('base64url');
    assert.equal(denied(gate.check(req({ host: 'gw:8080', cookie: `${COOKIE_NAME}=${fixed}` }), new URL('http://gw:8080/'))).status, 401);
    const d = gate.check(req({ host: 'gw:8080' }), new URL(`http://gw:8080/?token=${TOKEN}`));
    const cookie = d.kind === 'redirect' ? d.cookie : '';
    for (const flag of ['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=43200'])
      assert.ok(cookie.split('; ').includes(flag), `${flag} in ${cookie}`);
    assert.ok(!cookie.includes('Secure'), 'plain HTTP: a Secure cookie would never be sent back');
    const tls = new AccessGate(TOKEN, { secure: true }).check(req({ host: 'gw' }), new URL(`http://gw/?token=${TOKEN}`));
    assert.ok(tls.kind === 'redirect' && tls.cookie.split('; ').includes('Secure'), 'served over TLS: Secure');
  });

  it('refuses a session cookie replayed with another Host header, and keeps it for its own browser', () => {
    const { gate, lines } = gateWithClock();
    const cookie = signIn(gate, '192.168.1.20:8080');
    const root = new URL('http://192.168.1.20:8080/api/status');
    for (const host of ['evil.example:8080', '192.168.1.20:9090', '192.168.1.20', 'gw.local:8080', '']) {
      const d = denied(gate.check(req({ host, cookie }, '192.168.1.66'), root));
      assert.equal(d.status, 401, host);
      assert.match(d.reason, /another address/);
      assert.match(d.clearCookie ?? '', new RegExp(`^${COOKIE_NAME}=; .*Max-Age=0`), 'the browser is told to drop it');
    }
    assert.equal(gate.guesses.refused['session-host'], 5);
    assert.equal(gate.check(req({ host: '192.168.1.20:8080', cookie }), root).kind, 'allow', 'the owner still gets in');
    assert.equal(gate.check(req({ host: '192.168.1.20:8080'.toUpperCase(), cookie }), root).kind, 'allow', 'Host compared without case');
    const logged = lines.filter((l) => l.code === 'GW_HTTP_AUTH_FAILED');
    assert.equal(logged.length, 5);
    assert.ok(logged.every((l) => l.reason === 'session-host' && l.source === '192.168.1.66'));
    assert.ok(!JSON.stringify(lines).includes(cookie.split('=')[1]!), 'the cookie is not logged');
  });

  it('ends a session after idleS without a request and lifetimeS after sign-in, whatever the browser keeps', () => {
    const { gate, clock } = gateWithClock({ idleS: 600, lifetimeS: 3600 });
    const url = new URL('http://gw/api/status');
    const idle = signIn(gate, 'gw');
    clock.t += 599_000;
    const ok = gate.check(req({ host: 'gw', cookie: idle }), url);
    assert.equal(ok.kind, 'allow', 'used within idleS');
    assert.equal(ok.kind === 'allow' && ok.session?.expiresAt, clock.t + 600_000, 'the idle clock restarts');
    clock.t += 600_000;
    const d = denied(gate.check(req({ host: 'gw', cookie: idle }), url));
    assert.equal(d.status, 401);
    assert.match(d.reason, /expired/);
    assert.equal(denied(gate.check(req({ host: 'gw', cookie: idle }), url)).status, 401, 'and it stays ended');

    const busy = signIn(gate, 'gw');
    for (let i = 0; i < 11; i++) {
      clock.t += 300_000; // a request every 5 minutes: never idle
      assert.equal(gate.check(req({ host: 'gw', cookie: busy }), url).kind, 'allow', `request ${i}`);
    }
    clock.t += 300_000; // now 3600 s after sign-in
    assert.match(denied(gate.check(req({ host: 'gw', cookie: busy }), url)).reason, /expired/, 'the absolute lifetime holds');
    assert.equal(gate.guesses.refused['session-expired'], 2, 'the second refusal of the idle one finds it gone (unknown)');
    assert.equal(gate.guesses.lockedFor('127.0.0.1'), 0, 'an expired session is not a guess');
  });

  it('keeps at most http.session.max sessions under a flood of token presentations: the oldest go first', () => {
    const { gate } = gateWithClock({ max: 32 });
    const url = new URL('http://gw/');
    const first = signIn(gate, 'gw');
    let last = first;
    for (let i = 0; i < 20_000; i++) last = signIn(gate, 'gw', `10.0.${(i >> 8) & 255}.${i & 255}`);
    assert.equal(gate.sessions.size, 32);
    assert.equal(gate.sessions.evicted, 20_001 - 32);
    assert.match(denied(gate.check(req({ host: 'gw', cookie: first }), url)).reason, /unknown or ended/);
    assert.equal(gate.check(req({ host: 'gw', cookie: last }), url).kind, 'allow');
  });

  it('refuses guessed and forged cookies (without hashing a megabyte), and /logout ends a session', () => {
    const { gate } = gateWithClock({ failures: 1000 });
    const url = new URL('http://gw/');
    for (const value of [randomBytes(32).toString('base64url'), 'A'.repeat(43), '', 'x'.repeat(1 << 20), '%00', '../../etc/passwd']) {
      assert.equal(denied(gate.check(req({ host: 'gw', cookie: `${COOKIE_NAME}=${value}` }), url)).status, 401, value.slice(0, 20));
    }
    assert.equal(gate.guesses.refused['session-unknown'], 6);
    const cookie = signIn(gate, 'gw');
    assert.equal(gate.check(req({ host: 'gw', cookie }), url).kind, 'allow');
    assert.equal(gate.logout(req({ host: 'evil', cookie })).split(';')[0], `${COOKIE_NAME}=`);
    assert.equal(gate.check(req({ host: 'gw', cookie }), url).kind, 'allow', 'a sign-out under another Host ends nothing');
    assert.match(gate.logout(req({ host: 'gw', cookie })), /Max-Age=0/);
    assert.match(denied(gate.check(req({ host: 'gw', cookie }), url)).reason, /unknown or ended/, 'signed out');
    assert.equal(gate.sessions.size, 0);
  });

  it('counts and logs guessed tokens without their text, and locks the guessing address out, not the others', () => {
    const { gate, clock, lines } = gateWithClock({ failures: 10, lockoutS: 60 });
    const url = new URL('http://gw/api/status');
    const attacker = '192.168.1.66';
    for (let i = 0; i < 10; i++) {
      const guess = `guess-${i}-${TOKEN.slice(0, 8)}`;
      const d =
        i % 2
          ? gate.check(req({ authorization: `Bearer ${guess}` }, attacker), url)
          : gate.check(req({}, attacker), new URL(`http://gw/?token=${guess}`));
      assert.equal(denied(d).status, 401);
    }
    assert.equal(gate.guesses.refused.token, 10);
    assert.equal(gate.guesses.lockedSources, 1);
    // Locked: even the right token is answered 429 without being looked at, so a lucky guess teaches nothing.
    for (const d of [
      gate.check(req({ authorization: `Bearer ${TOKEN}` }, attacker), url),
      gate.check(req({}, `::ffff:${attacker}`), new URL(`http://gw/?token=${TOKEN}`)),
    ]) {
      const r = denied(d);
      assert.equal(r.status, 429);
      assert.equal(r.retryAfterS, 60);
      assert.match(r.reason, /GW_HTTP_AUTH_FAILED/);
    }
    assert.equal(gate.guesses.lockedRefusals, 2);
    assert.equal(
      gate.check(req({ authorization: `Bearer ${TOKEN}` }, '192.168.1.20'), url).kind,
      'allow',
      'another address is not affected',
    );
    clock.t += 60_000;
    assert.equal(gate.check(req({ authorization: `Bearer ${TOKEN}` }, attacker), url).kind, 'allow', 'the lock-out ends');
    for (let i = 0; i < 10; i++) gate.check(req({ authorization: 'Bearer again' }, attacker), url);
    assert.equal(
      denied(gate.check(req({ authorization: `Bearer ${TOKEN}` }, attacker), url)).retryAfterS,
      120,
      'the next lock-out doubles',
    );

    const logged = lines.filter((l) => l.code === 'GW_HTTP_AUTH_FAILED');
    assert.equal(logged.length, 20);
    assert.ok(logged.every((l) => l.source === attacker && l.component === 'status'));
    assert.match(String(logged[9]!.msg), /refuses this source for 60 s/);
    assert.ok(!JSON.stringify(lines).includes('guess-') && !JSON.stringify(lines).includes('again'), 'no guessed text in the log');
  });

  it('keeps its table of guessing addresses and its log bounded under guesses from many addresses', () => {
    const { gate, clock, lines } = gateWithClock({ failures: 3 });
    const url = new URL('http://gw/');
    for (let i = 0; i < 5000; i++) gate.check(req({ authorization: 'Bearer x' }, `fd00::${i.toString(16)}:1`), url);
    assert.equal(gate.guesses.lockedSources, 1, 'one /64 is one source: 3 guesses from fd00::/64 lock all of it');
    assert.equal(gate.guesses.lockedRefusals, 4997, 'the rest were refused 429 unchecked');
    for (let i = 0; i < 5000; i++) gate.check(req({ authorization: 'Bearer x' }, `10.1.${i >> 8}.${i & 255}`), url);
    assert.ok(gate.guesses.trackedSources <= 1024, `table bounded: ${gate.guesses.trackedSources}`);
    assert.ok(lines.length <= 20, `log lines per minute bounded: ${lines.length}`);
    clock.t += 60_000;
    gate.check(req({ authorization: 'Bearer x' }, '10.9.9.9'), url);
    assert.ok(Number(lines.at(-1)!.suppressed) > 4000, 'the next line says how many were left out');
    assert.equal(gate.guesses.refused.token + gate.guesses.lockedRefusals, 10_001, 'every refusal counted once');
  });

  it('counts an IPv6 client per /64 and an IPv4-mapped one as its IPv4 address', () => {
    assert.equal(sourceKey('::ffff:192.168.1.66'), '192.168.1.66');
    assert.equal(sourceKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(sourceKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'), '2001:db8:1:2::/64');
    assert.equal(sourceKey('::1'), '0:0:0:0::/64');
    assert.equal(sourceKey(undefined), 'unknown');
    // A link-local peer (any machine on the LAN segment can use one) comes with its zone; parsing it threw
    // ERR_INVALID_URL in the status server's 'connection' handler, an uncaught exception that ended the process.
    assert.equal(sourceKey('fe80::fc:ff:fe00:1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(sourceKey('FE80::1%2'), 'fe80:0:0:0::/64');
    assert.equal(sourceKey('not an address'), 'unknown');
  });
});
