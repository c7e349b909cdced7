// The fleet view's HTTP:
//   /                       the page (page/index.html, /fleet.css, /fleet.js; no external assets)
//   /api/fleet              every site, trouble first, with its backlog sparkline (view.ts)
//   /api/fleet/site/ID      one site in full: status, health, machines, clock
//   /metrics                Prometheus text (metrics.ts)
//   /healthz                alive
// The site status page's safety rules, from the same code (base/http/): read-only, security headers (CSP: own script,
// styles and fetches only) on every answer, a token off loopback (access.ts), bounded header size, slow clients cut,
// sockets capped in all and per source, and nothing personal: ids, counts, states, versions and GW_ codes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzip } from 'node:zlib';
import { answerAccess, closeServer, listen, readOnlyRequest, readPageFiles, sendBytes } from '../../base/http/answer.ts';
import { ConnectionGuard, DEFAULT_HTTP_LIMITS, serverOptions } from '../../base/http/connection-guard.ts';
import { ROOT } from '../../base/root.ts';
import type { FleetAccess } from './access.ts';
import type { FleetMetrics } from './metrics.ts';
import type { FleetView } from './view.ts';

const PAGE_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/fleet.css': { file: 'fleet.css', type: 'text/css; charset=utf-8' },
  '/fleet.js': { file: 'fleet.js', type: 'text/javascript; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
  '/favicon.ico': { file: 'favicon.svg', type: 'image/svg+xml' },
};
const OPEN_PATHS = new Set(['/healthz', '/favicon.svg', '/favicon.ico']);
const SITE_PATH = '/api/fleet/site/';

export interface FleetHttpOptions {
  host: string;
  port: number;
  access: FleetAccess;
  view: FleetView;
  metrics: FleetMetrics;
  onError?: (e: unknown, path: string) => void;
}

export class FleetHttp {
  private readonly options: FleetHttpOptions;
  private assets = new Map<string, { body: Buffer; type: string }>();
  private readonly guard = new ConnectionGuard(DEFAULT_HTTP_LIMITS, { subject: 'fleet view', component: 'fleet' });
  private server: Server | undefined;

  constructor(options: FleetHttpOptions) {
    this.options = options;
  }

  async start(): Promise<void> {
    this.assets = await readPageFiles(PAGE_FILES, join(ROOT, 'core', 'fleet', 'page'));
    const server = createServer(serverOptions(DEFAULT_HTTP_LIMITS), (req, res) => this.handle(req, res));
    this.guard.attach(server);
    await listen(server, this.options.port, this.options.host);
    this.server = server;
  }

  /** Sockets closed at once: over the per-source cap (source) or the total one (total). */
  get connectionsRefused(): { source: number; total: number } {
    return this.guard.refused;
  }

  get port(): number {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : this.options.port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await closeServer(s);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = readOnlyRequest(req, res, send);
    if (!url) return;
    const path = url.pathname === '/index.html' ? '/' : url.pathname;
    if (!OPEN_PATHS.has(path)) {
      if (answerAccess(req, res, this.options.access.check(req, url), 'edge-gateway fleet', send)) return;
    }
    try {
      const asset = this.assets.get(path);
      if (asset) return sendBytes(req, res, 200, asset.type, asset.body);
      if (path === '/api/fleet') return send(req, res, 200, this.options.view.fleetBody());
      if (path.startsWith(SITE_PATH)) {
        // Site ids are plain (input.ts ID_PATTERN): nothing here needs percent-decoding, and a bad escape is no site.
        const body = this.options.view.siteBody(path.slice(SITE_PATH.length));
        return body ? send(req, res, 200, body) : send(req, res, 404, { error: 'no such site in the fleet view' });
      }
      if (path === '/healthz') return send(req, res, 200, { alive: true });
      if (path === '/metrics') {
        this.options.metrics.text().then(
          (text) => sendMaybeZipped(req, res, 200, this.options.metrics.contentType, Buffer.from(text)),
          (e: unknown) => this.fail(req, res, e, path),
        );
        return;
      }
      return send(req, res, 404, { error: 'not found', paths: ['/', '/api/fleet', `${SITE_PATH}ID`, '/metrics', '/healthz'] });
    } catch (e) {
      this.fail(req, res, e, path);
    }
  }

  private fail(req: IncomingMessage, res: ServerResponse, e: unknown, path: string): void {
    this.options.onError?.(e, path);
    if (!res.headersSent) send(req, res, 500, { error: 'internal error (GW_INTERNAL); see the fleet view log' });
  }
}

/**
 * /api/fleet and /metrics are megabytes at 10,000 sites (8.3 MiB of Prometheus text) and mostly repeat: compressed (off
 * the event loop) when the client takes gzip, as browsers, fetch and Prometheus do.
 */
const GZIP_FROM_BYTES = 32 * 1024;

function send(req: IncomingMessage, res: ServerResponse, code: number, body: unknown): void {
  sendMaybeZipped(req, res, code, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(body)));
}

function sendMaybeZipped(req: IncomingMessage, res: ServerResponse, code: number, type: string, raw: Buffer): void {
  if (raw.length < GZIP_FROM_BYTES || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
    return sendBytes(req, res, code, type, raw);
  res.setHeader('Vary', 'Accept-Encoding');
  gzip(raw, { level: 4 }, (err, zipped) => {
    if (err) return sendBytes(req, res, code, type, raw);
    res.setHeader('Content-Encoding', 'gzip');
    sendBytes(req, res, code, type, zipped);
  });
}
