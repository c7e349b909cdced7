// Local HTTP for site engineers and monitoring: /api/status (JSON), /healthz, /readyz. Read-only; no personal data or
// secrets are ever part of the status (device ids, counters, error codes and redacted messages only).
// The HTML status page and Prometheus metrics build on this (see the status-page issue).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export interface StatusSource {
  status(): Record<string, unknown>;
  ready(): { ready: boolean; reasons: string[] };
}

export class StatusServer {
  private readonly host: string;
  private readonly port: number;
  private readonly source: StatusSource;
  private readonly log: Logger;
  private server: Server | undefined;

  constructor(host: string, port: number, source: StatusSource, log: Logger) {
    this.host = host;
    this.port = port;
    this.source = source;
    this.log = log;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.host, () => { server.off('error', reject); resolve(); });
    });
  }

  get address(): string {
    const a = this.server?.address();
    return a && typeof a === 'object' ? `http://${this.host}:${a.port}` : `http://${this.host}:${this.port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'read-only' });
    const path = (req.url ?? '/').split('?')[0];
    try {
      switch (path) {
        case '/api/status': return send(res, 200, this.source.status());
        case '/healthz': return send(res, 200, { alive: true });
        case '/readyz': {
          const r = this.source.ready();
          return send(res, r.ready ? 200 : 503, r);
        }
        default: return send(res, 404, { error: 'not found', paths: ['/api/status', '/healthz', '/readyz'] });
      }
    } catch (e) {
      this.log.error({ component: 'status', err: (e as Error).message }, 'status request failed');
      send(res, 500, { error: 'internal' });
    }
  }
}

function send(res: ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body, null, 2);
  res.writeHead(code, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
