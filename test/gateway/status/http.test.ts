// The status server as a monitoring system and a browser meet it, against a real controller in this process (aedes on a
// free port, a real spool, the core unreachable): what each endpoint returns, headers on every answer, read-only, the
// access token, readiness, and no card number anywhere after a machine sent one.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import type { MqttClient } from 'mqtt';
import { checkConfig } from '../../../gateway/config/load.ts';
import { Controller } from '../../../gateway/controller.ts';
import { SECURITY_HEADERS, StatusServer } from '../../../gateway/status/http.ts';
import { AccessGate } from '../../../gateway/status/access.ts';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../../../gateway/status/http-guard.ts';
import { GatewayMetrics } from '../../../gateway/status/metrics.ts';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';
import { EventEmitter } from 'node:events';
import { closeDevice, connectDevice, publishBytes, publishJson } from '../../../harness/device.ts';
import { freePort } from '../../../harness/ports.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';
import { waitFor } from '../../../harness/wait.ts';
import { parsePrometheus, metricValue } from './prom-text.ts';

const TOKEN = 'status-token-0123456789abcdef';
const PAN = '4111111111111111';
const SALE = {
  txId: 'V-000123',
  time: '2026-11-22T09:30:00Z',
  type: 'sale',
  items: [{ sku: 'FORM-A12', qty: 2, unitPrice: 500 }],
  total: 1000,
  currency: 'MOP',
  payment: 'card',
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request; `localAddress` sends it from that loopback address (on a fresh socket), as another host on the LAN. */
function get(
  base: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const from = opts.localAddress ? { localAddress: opts.localAddress, agent: false } : {};
    const req = request(new URL(path, base), { method: opts.method ?? 'GET', headers: opts.headers, timeout: 5000, ...from }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`${path}: no answer within 5 s`)));
    req.on('error', reject);
    req.end();
  });
}

async function startController(tmp: TempDir, name: string, http: Record<string, unknown>, env: NodeJS.ProcessEnv): Promise<Controller> {
  const config = checkConfig({
    site: { id: 'mo-http-01', name: 'HTTP test site' },
    broker: { host: '127.0.0.1', port: 0 },
    devices: [
      { id: 'vend-01', kind: 'vending', transport: 'mqtt', name: 'Lobby vending', passwordEnv: 'PW_VEND' },
      { id: 'lock-01', kind: 'locker', transport: 'mqtt', passwordEnv: 'PW_LOCK' },
    ],
    // Nothing listens there: the core is down for the whole test, which must not make the gateway unready.
    uplink: { url: `mqtt://127.0.0.1:${await freePort()}`, reconnectMinMs: 50, reconnectMaxMs: 200 },
    spool: { dir: join(tmp.path, name) },
    http: { host: '127.0.0.1', port: 0, ...http },
    log: { level: 'fatal' },
  });
  const ctl = new Controller(config, pino({ level: 'silent' }), { PW_VEND: 'pw-vend', PW_LOCK: 'pw-lock', ...env });
  await ctl.start();
  return ctl;
}

function assertSecurityHeaders(a: Answer, what: string): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) assert.equal(a.headers[k.toLowerCase()], v, `${what}: ${k}`);
  const csp = String(a.headers['content-security-policy']);
  assert.match(csp, /script-src 'self'(;|$)/, 'scripts only from this origin, none inline');
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
}

describe('status server (loopback, no token)', () => {
  let tmp: TempDir;
  let ctl: Controller;
  let base: string;
  let device: MqttClient;

  before(async () => {
    tmp = await tempDir('eg-status-http-');
    ctl = await startController(tmp, 'open', {}, {});
    base = ctl.http.address;
    device = await connectDevice(`mqtt://127.0.0.1:${ctl.broker.port}`, 'vend-01', 'pw-vend');
  });
  after(async () => {
    if (device) await closeDevice(device);
    await ctl?.stop();
    await tmp?.cleanup();
  });

  it('serves the page, its stylesheet and script from the gateway itself, with no inline script or external asset', async () => {
    const page = await get(base, '/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(page.body, /<script src="\/status\.js" defer><\/script>/);
    assert.doesNotMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(page.body, /\sstyle=|\son[a-z]+=/i, 'no inline styles or handlers');
    assert.match(page.body, /<h1 /);
    assert.match(page.body, /<th scope="col">Machine<\/th>/);
    const css = await get(base, '/status.css');
    const js = await get(base, '/status.js');
    assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
    assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
    for (const a of [page, css, js])
      assert.doesNotMatch(a.body, /(src|href)="?https?:|url\(|@import|https?:\/\/(?!status\.invalid)/, 'nothing loaded from elsewhere');
    assert.doesNotMatch(js.body, /innerHTML|eval\(|new Function/, 'gateway text is never parsed as HTML or code');
  });

  it('puts the security headers on every answer, errors included', async () => {
    for (const path of [
      '/',
      '/index.html',
      '/status.css',
      '/status.js',
      '/api/status',
      '/metrics',
      '/healthz',
      '/readyz',
      '/nope',
      '/../etc/passwd',
    ]) {
      assertSecurityHeaders(await get(base, path), path);
    }
    assertSecurityHeaders(await get(base, '/', { method: 'POST' }), 'POST /');
    assert.equal((await get(base, '/nope')).status, 404);
  });

  it('is read-only: anything but GET and HEAD is 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const a = await get(base, '/api/status', { method });
      assert.equal(a.status, 405, method);
      assert.equal(a.headers.allow, 'GET, HEAD');
    }
    const head = await get(base, '/api/status', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.ok(Number(head.headers['content-length']) > 0);
  });

  it('/healthz says alive; /readyz is ready while the core is down', async () => {
    assert.deepEqual(JSON.parse((await get(base, '/healthz')).body), { alive: true });
    const status = JSON.parse((await get(base, '/api/status')).body);
    assert.equal(status.uplink.connected, false, 'the core is unreachable in this test');
    const ready = await get(base, '/readyz');
    assert.equal(ready.status, 200);
    assert.deepEqual(JSON.parse(ready.body), { ready: true, reasons: [] });
  });

  it("/api/status: site, uplink, spool, every machine with today's counts and last error, latest errors; no card number", async () => {
    await publishJson(device, 'devices/vend-01/tx', SALE);
    await publishBytes(device, 'devices/vend-01/tx', '{"txId": "V-000124", "total": ');
    await publishJson(device, 'devices/vend-01/tx', { ...SALE, txId: 'V-000125', note: `card ${PAN}` });
    const s = await waitFor(
      async () => {
        const body = JSON.parse((await get(base, '/api/status')).body);
        return body.devices[0].rejected === 2 && body.errors.length >= 1 ? body : undefined;
      },
      { timeoutMs: 5000, what: '2 rejections on /api/status' },
    );
    assert.deepEqual(s.site, { id: 'mo-http-01', name: 'HTTP test site' });
    assert.equal(typeof s.version, 'string');
    assert.equal(typeof s.uptimeS, 'number');
    assert.equal(typeof s.generatedAt, 'string');
    for (const k of ['connected', 'since', 'reconnects', 'lastError', 'lastConfirmAt', 'inflight']) assert.ok(k in s.uplink, `uplink.${k}`);
    for (const cls of ['tx', 'telemetry', 'state']) {
      for (const k of ['depth', 'bytes', 'oldestAgeMs'])
        assert.equal(typeof s.spool.classes[cls][k], 'number', `spool.classes.${cls}.${k}`);
    }
    for (const k of ['drainEtaS', 'outageHoursLeft', 'drops', 'full']) assert.ok(k in s.spool, `spool.${k}`);
    // One meaning of outage hours: the hour-averaged figure health and /metrics use, in both places.
    assert.equal(s.spool.outageHoursLeft, s.outage.outageHoursLeft);
    assert.equal(s.spool.classes.tx.depth, 1, 'the good sale waits for the core');
    const [vend, lock] = s.devices;
    assert.deepEqual([vend.id, vend.kind, vend.transport, vend.name, vend.online], ['vend-01', 'vending', 'mqtt', 'Lobby vending', true]);
    assert.deepEqual([vend.received, vend.rejected, vend.today], [1, 2, { received: 1, rejected: 2 }]);
    assert.equal(vend.lastError.code, 'GW_PAYLOAD_CARD_NUMBER');
    assert.deepEqual([lock.id, lock.online, lock.received, lock.lastSeen], ['lock-01', false, 0, 0]);
    assert.equal(lock.name, undefined);
    assert.ok(s.errors.some((e: { code: string; deviceId?: string }) => e.code === 'GW_PAYLOAD_NOT_JSON' && e.deviceId === 'vend-01'));
    assert.ok(s.errors.some((e: { code: string }) => e.code === 'GW_PAYLOAD_CARD_NUMBER'));
    for (const path of ['/api/status', '/metrics', '/'])
      assert.ok(!(await get(base, path)).body.includes(PAN), `${path} never shows the card number`);
  });

  it('/metrics: Prometheus text whose counters follow the traffic', async () => {
    const a = await get(base, '/metrics');
    assert.equal(a.status, 200);
    assert.match(String(a.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    const m = parsePrometheus(a.body);
    assert.equal(metricValue(m, 'edge_gateway_messages_received_total', { device: 'vend-01', kind: 'vending' }), 1);
    assert.equal(metricValue(m, 'edge_gateway_messages_rejected_total', { device: 'vend-01', kind: 'vending' }), 2);
    assert.equal(metricValue(m, 'edge_gateway_messages_received_total', { device: 'lock-01', kind: 'locker' }), 0);
    assert.equal(metricValue(m, 'edge_gateway_spool_depth', { class: 'tx' }), 1);
    assert.equal(metricValue(m, 'edge_gateway_uplink_connected'), 0);
    assert.ok(metricValue(m, 'edge_gateway_spool_fsync_seconds_count') >= 1);
  });

  it('answers only to a loopback Host without a token (DNS rebinding)', async () => {
    const a = await get(base, '/api/status', { headers: { host: 'evil.example:8080' } });
    assert.equal(a.status, 421);
    assert.ok(!a.body.includes('mo-http-01'));
  });

  it('/readyz is 503 with the reason once the device broker stops', async () => {
    await ctl.broker.stop();
    const a = await get(base, '/readyz');
    assert.equal(a.status, 503);
    assert.deepEqual(JSON.parse(a.body), { ready: false, reasons: ['device broker not listening'] });
  });
});

describe('status server with an access token', () => {
  let tmp: TempDir;
  let ctl: Controller;
  let base: string;

  before(async () => {
    tmp = await tempDir('eg-status-token-');
    ctl = await startController(tmp, 'token', { tokenEnv: 'STATUS_TOKEN' }, { STATUS_TOKEN: TOKEN });
    base = ctl.http.address;
  });
  after(async () => {
    await ctl?.stop();
    await tmp?.cleanup();
  });

  it('refuses the page, the API and the metrics without the token; health checks stay open', async () => {
    for (const path of ['/', '/api/status', '/metrics', '/status.js']) {
      const a = await get(base, path);
      assert.equal(a.status, 401, path);
      assert.equal(a.headers['www-authenticate'], 'Bearer realm="edge-gateway status"');
      assert.ok(!a.body.includes('mo-http-01'), `${path}: nothing about the site leaks`);
      assertSecurityHeaders(a, path);
    }
    assert.equal((await get(base, '/api/status', { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}0` } })).status, 401);
    assert.equal((await get(base, '/healthz')).status, 200);
    assert.equal((await get(base, '/readyz')).status, 200);
    for (const icon of ['/favicon.svg', '/favicon.ico']) {
      const a = await get(base, icon);
      assert.equal(a.status, 200, `${icon}: a browser showing the 401 asks for the icon; a 404 is a console error`);
      assert.equal(a.headers['content-type'], 'image/svg+xml');
      assert.ok(!a.body.includes('mo-http-01'));
    }
  });

  it('accepts Authorization: Bearer, and ?token= once in a browser, which becomes a cookie', async () => {
    const bearer = await get(base, '/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(bearer.status, 200);
    assert.ok(parsePrometheus(bearer.body).has('edge_gateway_spool_depth'));
    const first = await get(base, `/?token=${TOKEN}`);
    assert.equal(first.status, 303);
    assert.equal(first.headers.location, '/');
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    assert.ok(!cookie.includes(TOKEN));
    const page = await get(base, '/', { headers: { cookie } });
    assert.equal(page.status, 200);
    const api = await get(base, '/api/status', { headers: { cookie } });
    assert.equal(JSON.parse(api.body).site.id, 'mo-http-01');
  });
});

describe('readiness of the spool', () => {
  it('is not ready when the spool is full or its directory cannot be written', async () => {
    const spool = Object.assign(new EventEmitter(), {
      isFull: true,
      stats: () => {
        throw new Error('not used');
      },
    });
    const core = { state: { connected: false, reconnects: 0, attempts: 0 } };
    const stats = new DeviceStats();
    const metrics = new GatewayMetrics({ siteId: 's', version: 'v', devices: () => [], stats, spool, core, lastConfirmAt: () => 0 });
    const server = new StatusServer(
      { host: '127.0.0.1', port: 0, access: new AccessGate(undefined), metrics },
      {
        report: { status: () => ({}), ready: () => ({ ready: true, reasons: [] }) },
        stats,
        spool,
        core,
        startedAt: Date.now(),
        spoolDir: '/nonexistent/edge-gateway-spool',
      },
      pino({ level: 'silent' }),
    );
    const r = server.readiness();
    assert.equal(r.ready, false);
    assert.deepEqual(r.reasons, [
      'spool full (GW_SPOOL_FULL): new transactions are not acknowledged',
      'spool directory not writable (ENOENT)',
    ]);
  });
});

/** A status server on its own (no controller), with a token, a clock the test moves, and small limits. */
async function hostileTarget(limits: Partial<HttpLimits> = {}, host = '127.0.0.1') {
  const clock = { t: Date.parse('2026-12-01T08:00:00Z') };
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (l: string) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  const spool = Object.assign(new EventEmitter(), {
    isFull: false,
    stats: () => {
      throw new Error('not used');
    },
  });
  const core = { state: { connected: false, reconnects: 0, attempts: 0 } };
  const stats = new DeviceStats();
  const metrics = new GatewayMetrics({ siteId: 's', version: 'v', devices: () => [], stats, spool, core, lastConfirmAt: () => 0 });
  const access = new AccessGate(TOKEN, {
    session: { idleS: 600, lifetimeS: 3600, max: 8 },
    guesses: { failures: 5, lockoutS: 30 },
    log,
    now: () => clock.t,
  });
  const server = new StatusServer(
    { host, port: 0, access, metrics, limits: { ...DEFAULT_HTTP_LIMITS, ...limits } },
    {
      report: { status: () => ({}), ready: () => ({ ready: true, reasons: [] }) },
      stats,
      spool,
      core,
      startedAt: Date.now(),
      spoolDir: '/tmp',
    },
    log,
  );
  await server.start();
  const port = Number(new URL(server.address).port);
  return { server, access, metrics, clock, lines, port, base: server.address };
}

/** A raw socket from a chosen loopback address (the attacker is 127.0.0.66, the site engineer 127.0.0.1). */
function rawSocket(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ port, host: '127.0.0.1', localAddress }, () => resolve(s));
    s.on('error', reject);
  });
}

/** Resolves with what the server sent and how long until it closed the socket (or 'open' after waitMs). */
function untilClosed(s: Socket, waitMs: number): Promise<{ closedAfterMs: number | 'open'; got: string }> {
  const started = performance.now();
  let got = '';
  s.on('data', (d: Buffer) => {
    got += d.toString('latin1');
  });
  s.on('error', () => {});
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ closedAfterMs: 'open', got }), waitMs);
    s.once('close', () => {
      clearTimeout(timer);
      resolve({ closedAfterMs: performance.now() - started, got });
    });
  });
}

describe('status server against hostile clients (sessions, guesses, sizes, slow and many sockets)', () => {
  let t: Awaited<ReturnType<typeof hostileTarget>>;
  before(async () => {
    t = await hostileTarget({ maxConnections: 12, maxConnectionsPerSource: 4, headersTimeoutMs: 500, requestTimeoutMs: 1000 });
  });
  after(async () => {
    await t?.server.stop();
  });

  it('a session cookie works only under its own Host, ends on the server when it expires, and /logout ends it', async () => {
    const host = `127.0.0.1:${t.port}`;
    const signIn = await get(t.base, `/?token=${TOKEN}`);
    assert.equal(signIn.status, 303);
    const setCookie = String(signIn.headers['set-cookie']);
    assert.match(setCookie, /; Path=\/; HttpOnly; SameSite=Strict; Max-Age=3600$/);
    const cookie = setCookie.split(';')[0]!;
    assert.equal((await get(t.base, '/', { headers: { cookie } })).status, 200);

    for (const other of [`evil.example:${t.port}`, `localhost:${t.port}`, '127.0.0.1:9']) {
      const replay = await get(t.base, '/', { headers: { cookie, host: other } });
      assert.equal(replay.status, 401, other);
      assert.match(JSON.parse(replay.body).error, /another address/);
      assert.match(String(replay.headers['set-cookie']), /^eg_status=; .*Max-Age=0/);
    }
    assert.equal((await get(t.base, '/', { headers: { cookie, host } })).status, 200, 'its own browser is still signed in');

    t.clock.t += 600_000; // idle for http.session.idleS
    const expired = await get(t.base, '/', { headers: { cookie } });
    assert.equal(expired.status, 401);
    assert.match(JSON.parse(expired.body).error, /session expired.*\?token=TOKEN/);

    const again = String((await get(t.base, `/?token=${TOKEN}`)).headers['set-cookie']).split(';')[0]!;
    assert.equal((await get(t.base, '/', { headers: { cookie: again } })).status, 200);
    const out = await get(t.base, '/logout', { headers: { cookie: again } });
    assert.equal(out.status, 200);
    assert.match(String(out.headers['set-cookie']), /^eg_status=; .*Max-Age=0/);
    assert.equal((await get(t.base, '/', { headers: { cookie: again } })).status, 401, 'signed out on the server, not only in the browser');
  });

  it('guessed tokens from one address are counted, logged without their text, and then answered 429 to that address only', async () => {
    const guesses = Array.from({ length: 5 }, (_, i) => `guessed-token-${i}-abcdefgh`);
    for (const g of guesses) {
      const a = await get(t.base, '/api/status', { localAddress: '127.0.0.66', headers: { authorization: `Bearer ${g}` } });
      assert.equal(a.status, 401);
    }
    const locked = await get(t.base, '/api/status', { localAddress: '127.0.0.66', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(locked.status, 429, 'locked out: even the right token is not looked at');
    assert.equal(locked.headers['retry-after'], '30');
    assert.equal(locked.headers.connection, 'close');
    assert.equal(
      (await get(t.base, '/', { localAddress: '127.0.0.1', headers: { authorization: `Bearer ${TOKEN}` } })).status,
      200,
      'the site engineer is not locked out',
    );
    const m = parsePrometheus(await t.metrics.registry.getSingleMetricAsString('edge_gateway_http_auth_refused_total'));
    assert.equal(metricValue(m, 'edge_gateway_http_auth_refused_total', { reason: 'token' }), 5);
    assert.equal(metricValue(m, 'edge_gateway_http_auth_refused_total', { reason: 'locked' }), 1);
    const logged = t.lines.filter((l) => l.code === 'GW_HTTP_AUTH_FAILED' && l.source === '127.0.0.66');
    assert.equal(logged.length, 5);
    const all = JSON.stringify(t.lines);
    assert.ok(!all.includes('guessed-token') && !all.includes(TOKEN), 'neither the guesses nor the token are logged');
    t.clock.t += 30_000;
    assert.equal(
      (await get(t.base, '/', { localAddress: '127.0.0.66', headers: { authorization: `Bearer ${TOKEN}` } })).status,
      200,
      'the lock-out ends',
    );
  });

  it('refuses request lines and headers over http.limits.maxHeaderBytes with 431, and keeps serving', async () => {
    const longUrl = await rawSocket(t.port, '127.0.0.66');
    const answer = untilClosed(longUrl, 5000);
    longUrl.write(`GET /${'a'.repeat(12_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    const a = await answer;
    assert.match(a.got, /^HTTP\/1\.1 431 /);
    assert.notEqual(a.closedAfterMs, 'open');
    longUrl.destroy();
    const many = await rawSocket(t.port, '127.0.0.66');
    const answer2 = untilClosed(many, 5000);
    many.write(
      `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n${Array.from({ length: 200 }, (_, i) => `X-H${i}: ${'v'.repeat(50)}\r\n`).join('')}\r\n`,
    );
    try {
      assert.match((await answer2).got, /^HTTP\/1\.1 431 /);
    } finally {
      longUrl.destroy();
      many.destroy();
    }
    assert.equal((await get(t.base, '/healthz')).status, 200);
  });

  it('closes a slow client (headers dribbled, or nothing sent at all) after headersTimeoutMs with 408', async () => {
    const slow = await rawSocket(t.port, '127.0.0.66');
    const closed = untilClosed(slow, 10_000);
    slow.write('GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    let n = 0;
    const drip = setInterval(() => {
      if (!slow.destroyed && n++ < 100) slow.write(`X-${n}: y\r\n`);
    }, 100);
    const silent = await rawSocket(t.port, '127.0.0.66');
    const silentClosed = untilClosed(silent, 10_000);
    try {
      const a = await closed;
      assert.notEqual(a.closedAfterMs, 'open', 'a slow client holds the socket no longer than the limit');
      assert.match(a.got, /^HTTP\/1\.1 408 /);
      const b = await silentClosed;
      assert.notEqual(b.closedAfterMs, 'open', 'a socket that sends nothing is closed too');
    } finally {
      clearInterval(drip);
      slow.destroy();
      silent.destroy();
    }
  });

  it("caps sockets per source address and in total: an attacker's extra sockets are closed, the engineer still gets in", async () => {
    const held: Socket[] = [];
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const s = await rawSocket(t.port, '127.0.0.66');
          held.push(s);
          return untilClosed(s, 300);
        }),
      );
      assert.equal(results.filter((r) => r.closedAfterMs === 'open').length, 4, 'http.limits.maxConnectionsPerSource sockets stay open');
      assert.equal(
        (await get(t.base, '/', { localAddress: '127.0.0.1', headers: { authorization: `Bearer ${TOKEN}` } })).status,
        200,
        'one address cannot take the whole table',
      );
      for (const from of ['127.0.0.67', '127.0.0.68']) {
        for (let i = 0; i < 4; i++) held.push(await rawSocket(t.port, from));
      }
      // 12 sockets held (http.limits.maxConnections): the next is closed by node before a byte is read.
      const over = await rawSocket(t.port, '127.0.0.69');
      held.push(over);
      assert.notEqual((await untilClosed(over, 2000)).closedAfterMs, 'open');
    } finally {
      for (const s of held) s.destroy();
    }
    const m = parsePrometheus(await t.metrics.registry.getSingleMetricAsString('edge_gateway_http_connections_refused_total'));
    assert.equal(metricValue(m, 'edge_gateway_http_connections_refused_total', { limit: 'source' }), 16);
    assert.ok(metricValue(m, 'edge_gateway_http_connections_refused_total', { limit: 'total' }) >= 1);
    assert.ok(t.lines.some((l) => l.code === 'GW_HTTP_CONNECTION_LIMIT' && l.source === '127.0.0.66'));
    await waitFor(async () => (await get(t.base, '/healthz')).status === 200, {
      timeoutMs: 5000,
      what: 'serving again once the sockets are gone',
    });
  });
});

/** This machine's first IPv6 link-local address with its zone ("fe80::1%eth0"), if it has one. */
function linkLocal(): string | undefined {
  for (const [name, addrs] of Object.entries(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === 'IPv6' && a.address.startsWith('fe80:')) return `${a.address}%${name}`;
  }
  return undefined;
}

describe('status server bound to every address', () => {
  const peer = linkLocal();
  it('answers a link-local IPv6 peer (its address carries a zone, "%eth0") and keeps running', {
    skip: peer ? false : 'no IPv6 link-local address here',
  }, async () => {
    const t = await hostileTarget({}, '::');
    try {
      // Any machine on the LAN segment can reach the page this way; the zone in its address made the socket guard
      // throw in the server's 'connection' handler, an uncaught exception that ended the process.
      const answer = await new Promise<number>((resolve, reject) => {
        const req = request({ host: peer, family: 6, port: t.port, path: '/healthz', agent: false, timeout: 5000 }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
        req.on('error', reject);
        req.end();
      });
      assert.equal(answer, 200);
      assert.equal(
        (await get(t.base.replace('[::]', '127.0.0.1'), '/healthz', { localAddress: '127.0.0.1' })).status,
        200,
        'still serving',
      );
    } finally {
      await t.server.stop();
    }
  });
});
