// The fleet view's HTTP:
//   /                       the page (page/index.html, /fleet.css, /fleet.js; no external assets)
//   /api/fleet              every site, trouble first, with its backlog sparkline (view.ts)
//   /api/fleet/site/ID      one site in full: status, health, machines, clock
//   /metrics                Prometheus text (metrics.ts)
//   /healthz                alive
// The site status page's safety rules: read-only, security headers (CSP: own script, styles and fetches only) on every
// answer, a token off loopback (access.ts), bounded header size, slow clients cut, sockets capped in all and per source,
// and nothing personal: ids, counts, states, versions and GW_ codes.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { gzip } from 'node:zlib';
import { ROOT } from '../../base/root.ts';
import { sourceKey } from '../../base/source-key.ts';
import type { FleetAccess } from './access.ts';
import type { FleetMetrics } from './metrics.ts';
import type { FleetView } from './view.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const LIMITS = { maxConnections: 64, perSource: 16, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxHeaderBytes: 8192 };

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
  private readonly assets = new Map<string, { body: Buffer; type: string }>();
  private readonly perSource = new Map<string, number>();
  private server: Server | undefined;
  readonly connectionsRefused = { source: 0, total: 0 };

  constructor(options: FleetHttpOptions) {
    this.options = options;
  }

  async start(): Promise<void> {
    for (const [path, a] of Object.entries(PAGE_FILES)) {
      this.assets.set(path, { body: await readFile(join(ROOT, 'core', 'fleet', 'page', a.file)), type: a.type });
    }
    const server = createServer(
      {
        maxHeaderSize: LIMITS.maxHeaderBytes,
        headersTimeout: LIMITS.headersTimeoutMs,
        requestTimeout: LIMITS.requestTimeoutMs,
        connectionsCheckingInterval: 1000,
      },
      (req, res) => this.handle(req, res),
    );
    server.maxConnections = LIMITS.maxConnections;
    server.on('drop', () => this.connectionsRefused.total++);
    server.on('connection', (socket: Socket) => this.admit(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }

  get port(): number {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : this.options.port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }

  /** One address may not take the whole socket table: the per-source cap comes before the total one. */
  private admit(socket: Socket): void {
    const source = sourceKey(socket.remoteAddress);
    const n = (this.perSource.get(source) ?? 0) + 1;
    if (n > LIMITS.perSource) {
      this.connectionsRefused.source++;
      socket.destroy();
      return;
    }
    this.perSource.set(source, n);
    socket.once('close', () => {
      const left = (this.perSource.get(source) ?? 1) - 1;
      if (left <= 0) this.perSource.delete(source);
      else this.perSource.set(source, left);
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(req, res, 405, { error: 'read-only: only GET and HEAD are allowed' });
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://fleet.invalid');
    } catch {
      return send(req, res, 400, { error: 'bad request' });
    }
    const path = url.pathname === '/index.html' ? '/' : url.pathname;
    if (!OPEN_PATHS.has(path)) {
      const d = this.options.access.check(req, url);
      if (d.kind === 'deny') {
        if (d.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="edge-gateway fleet"');
        if (d.status === 429) res.setHeader('Connection', 'close');
        return send(req, res, d.status, { error: d.reason });
      }
      if (d.kind === 'redirect') {
        res.setHeader('Set-Cookie', d.cookie);
        res.setHeader('Location', d.location);
        return send(req, res, 303, { redirect: d.location });
      }
    }
    try {
      const asset = this.assets.get(path);
      if (asset) return sendRaw(req, res, 200, asset.type, asset.body);
      if (path === '/api/fleet') return send(req, res, 200, this.options.view.fleetBody());
      if (path.startsWith(SITE_PATH)) {
        // Site ids are plain (input.ts ID_PATTERN): nothing here needs percent-decoding, and a bad escape is no site.
        const body = this.options.view.siteBody(path.slice(SITE_PATH.length));
        return body ? send(req, res, 200, body) : send(req, res, 404, { error: 'no such site in the fleet view' });
      }
      if (path === '/healthz') return send(req, res, 200, { alive: true });
      if (path === '/metrics') {
        this.options.metrics.text().then(
          (text) => sendRaw(req, res, 200, this.options.metrics.contentType, Buffer.from(text)),
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

/** /api/fleet is megabytes at 10,000 sites and mostly repeats: compressed (off the event loop) when the client takes gzip. */
const GZIP_FROM_BYTES = 32 * 1024;

function send(req: IncomingMessage, res: ServerResponse, code: number, body: unknown): void {
  const raw = Buffer.from(JSON.stringify(body));
  const type = 'application/json; charset=utf-8';
  if (raw.length < GZIP_FROM_BYTES || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
    return sendRaw(req, res, code, type, raw);
  res.setHeader('Vary', 'Accept-Encoding');
  gzip(raw, { level: 4 }, (err, zipped) => {
    if (err) return sendRaw(req, res, code, type, raw);
    res.setHeader('Content-Encoding', 'gzip');
    sendRaw(req, res, code, type, zipped);
  });
}

function sendRaw(req: IncomingMessage, res: ServerResponse, code: number, type: string, body: Buffer): void {
  res.writeHead(code, { 'Content-Type': type, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}
