// What the status server tests share: a request helper, a controller on a free port with the core down, the
// security headers every answer must carry, and the test's token and sale.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { pino } from 'pino';
import { checkConfig } from '../../../gateway/config/load.ts';
import { Controller } from '../../../gateway/controller.ts';
import { SECURITY_HEADERS } from '../../../base/http/answer.ts';
import { freePort } from '../../../harness/ports.ts';
import type { TempDir } from '../../../harness/tmp.ts';
import { vendingSale } from '../../../harness/sale.ts';

export const TOKEN = 'status-token-0123456789abcdef';
export const PAN = '4111111111111111';
export const SALE = vendingSale('V-000123', { qty: 2, payment: 'card' });

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request; `localAddress` sends it from that loopback address (on a fresh socket), as another host on the LAN. */
export function get(
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

export async function startController(
  tmp: TempDir,
  name: string,
  http: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
): Promise<Controller> {
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

export function assertSecurityHeaders(a: Answer, what: string): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) assert.equal(a.headers[k.toLowerCase()], v, `${what}: ${k}`);
  const csp = String(a.headers['content-security-policy']);
  assert.match(csp, /script-src 'self'(;|$)/, 'scripts only from this origin, none inline');
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
}
