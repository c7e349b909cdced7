// The status server as a monitoring system and a browser meet it, against a real controller in this process (aedes on a
// free port, a real spool, the core unreachable): what each endpoint returns, headers on every answer, read-only, the
// access token, readiness, and no card number anywhere after a machine sent one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import type { MqttClient } from 'mqtt';
import type { Controller } from '../../../gateway/controller.ts';
import { StatusServer } from '../../../gateway/status/http.ts';
import { AccessGate } from '../../../gateway/status/access.ts';
import { GatewayMetrics } from '../../../gateway/status/metrics.ts';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';
import { EventEmitter } from 'node:events';
import { closeDevice, connectDevice, publishBytes, publishJson } from '../../../harness/device.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';
import { waitFor } from '../../../harness/wait.ts';
import { parsePrometheus, metricValue } from './prom-text.ts';

import { PAN, SALE, TOKEN, assertSecurityHeaders, get, startController } from './http-kit.ts';

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
    // One meaning of outage hours: the hour-averaged figure health and /metrics use, in both places. Known once the
    // intake has been seen over a second (null before, and then equal as well): waited for, so both are numbers.
    const known = await waitFor(
      async () => {
        const body = JSON.parse((await get(base, '/api/status')).body);
        return typeof body.outage.outageHoursLeft === 'number' ? body : undefined;
      },
      { timeoutMs: 5000, what: 'outage hours known after the sale' },
    );
    assert.ok(known.outage.outageHoursLeft > 0);
    assert.equal(known.spool.outageHoursLeft, known.outage.outageHoursLeft);
    const metric = (await get(base, '/metrics')).body.match(/^edge_gateway_spool_outage_hours_left(?:\{[^}]*\})? (\S+)$/m);
    assert.ok(metric, 'edge_gateway_spool_outage_hours_left on /metrics');
    assert.ok(
      Math.abs(Number(metric[1]) - known.outage.outageHoursLeft) <= 0.1 * known.outage.outageHoursLeft,
      `/metrics says ${metric[1]}`,
    );
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
