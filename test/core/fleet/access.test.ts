// Who may read the fleet view: the site page's rules at the core.
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { describe, it } from 'node:test';
import { checkAccessRule, FleetAccess, isLoopbackHost } from '../../../core/fleet/access.ts';
import { isGatewayError } from '../../../base/errors.ts';

const TOKEN = 'k2P9x7Vq4LmN8sR3tW6yZ1aB';

/** The two things the gate reads from a request: its headers and the peer address. */
function req(headers: Record<string, string>, remoteAddress = '10.0.0.5'): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}
const url = (path: string) => new URL(path, 'http://fleet.invalid');

describe('fleet view access', () => {
  it('refuses to start off loopback without a token, or with a short one: GW_FLEET_TOKEN_REQUIRED', () => {
    for (const [host, token] of [
      ['0.0.0.0', undefined],
      ['10.1.2.3', undefined],
      ['localhost', undefined],
      ['127.0.0.1', 'short'],
    ] as const) {
      assert.throws(
        () => checkAccessRule(host, token),
        (e) => isGatewayError(e) && e.code === 'GW_FLEET_TOKEN_REQUIRED',
        `${host}`,
      );
    }
    checkAccessRule('127.0.0.1', undefined);
    checkAccessRule('::1', undefined);
    checkAccessRule('0.0.0.0', TOKEN);
    assert.equal(isLoopbackHost('127.8.9.1'), true);
    assert.equal(isLoopbackHost('[::1]'), true);
    assert.equal(isLoopbackHost('::1%lo'), false);
  });

  it('without a token: only a loopback Host is answered (no DNS rebinding)', () => {
    const gate = new FleetAccess(undefined);
    assert.equal(gate.check(req({ host: '127.0.0.1:9090' }), url('/api/fleet')).kind, 'allow');
    assert.equal(gate.check(req({ host: 'localhost:9090' }), url('/')).kind, 'allow');
    const d = gate.check(req({ host: 'evil.example:9090' }), url('/api/fleet'));
    assert.equal(d.kind === 'deny' && d.status, 421);
  });

  it('with a token: Bearer for scrapers; ?token= once gives a browser a session bound to its Host', () => {
    let now = 1_000_000;
    const gate = new FleetAccess(TOKEN, () => now);
    assert.equal(gate.check(req({ host: 'core:9090' }), url('/metrics')).kind, 'deny');
    assert.equal(gate.check(req({ host: 'core:9090', authorization: `Bearer ${TOKEN}` }), url('/metrics')).kind, 'allow');
    const wrong = gate.check(req({ host: 'core:9090', authorization: 'Bearer nope' }), url('/metrics'));
    assert.equal(wrong.kind === 'deny' && wrong.status, 401);
    const r = gate.check(req({ host: 'core:9090' }), url(`/?token=${TOKEN}&x=1`));
    assert.equal(r.kind, 'redirect');
    if (r.kind !== 'redirect') return;
    assert.equal(r.location, '/?x=1', 'the token leaves the address bar');
    assert.match(r.cookie, /^eg_fleet=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict/);
    assert.ok(!r.cookie.includes(TOKEN));
    const cookie = r.cookie.split(';')[0]!;
    assert.equal(gate.check(req({ host: 'core:9090', cookie }), url('/api/fleet')).kind, 'allow');
    assert.equal(gate.check(req({ host: 'other:9090', cookie }), url('/api/fleet')).kind, 'deny', 'replayed under another Host');
    now += 31 * 60_000;
    assert.equal(gate.check(req({ host: 'core:9090', cookie }), url('/api/fleet')).kind, 'deny', 'idle session expired');
  });

  it('a source that keeps guessing is locked out (429), even with the right token, for a while', () => {
    let now = 5_000_000;
    const gate = new FleetAccess(TOKEN, () => now);
    for (let i = 0; i < 10; i++) gate.check(req({ host: 'core', authorization: `Bearer guess-${i}` }, '10.9.9.9'), url('/metrics'));
    const d = gate.check(req({ host: 'core', authorization: `Bearer ${TOKEN}` }, '10.9.9.9'), url('/metrics'));
    assert.equal(d.kind === 'deny' && d.status, 429);
    assert.equal(
      gate.check(req({ host: 'core', authorization: `Bearer ${TOKEN}` }, '10.1.1.1'), url('/metrics')).kind,
      'allow',
      'others are not',
    );
    now += 61_000;
    assert.equal(gate.check(req({ host: 'core', authorization: `Bearer ${TOKEN}` }, '10.9.9.9'), url('/metrics')).kind, 'allow');
    assert.equal(gate.refused.token, 10);
  });
});
