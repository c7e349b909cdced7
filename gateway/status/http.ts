// Local HTTP for site engineers and monitoring:
//   /             the status page (page/index.html, with /status.css and /status.js; no external assets)
//   /api/status   the same facts as JSON (README "Status page")
//   /metrics      Prometheus text (metrics.ts)
//   /healthz      the process is alive and serving
//   /readyz       the device broker listens and the spool can take transactions (a down uplink is NOT unready:
//                 buffering while the core is away is the gateway doing its job)
//   /logout       ends this browser's status page session
// Safe by default: read-only (GET and HEAD only; /logout only ends the caller's own session), security headers on every
// answer, an access token when reachable from other machines (access.ts, sessions.ts, guesses.ts), limits on sockets,
// header size and slow clients (base/http/connection-guard.ts), and no personal data or secrets: device ids, counters, error codes and
// masked messages.
import { accessSync, constants as fsConstants } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { answerAccess, closeServer, listen, readOnlyRequest, readPageFiles, sendBytes } from '../../base/http/answer.ts';
import { ConnectionGuard, DEFAULT_HTTP_LIMITS, serverOptions, type HttpLimits } from '../../base/http/connection-guard.ts';
import type { AccessGate } from './access.ts';
import { registerHttpMetrics } from './http-guard.ts';
import type { GatewayMetrics } from './metrics.ts';
import type { MaskedText } from '../../base/outside-text.ts';
import { safeCode, safeMessage } from './recent-errors.ts';
import { StatusWatch, type WatchSources } from './watch.ts';
import { ROOT } from '../../base/root.ts';

export interface StatusSources extends WatchSources {
  /** The running gateway's status (site, uplink, spool, broker, devices) and readiness: report.ts. */
  report: { status(): Record<string, unknown>; ready(): { ready: boolean; reasons: string[] } };
  spool: WatchSources['spool'] & { readonly isFull: boolean };
  spoolDir: string;
}

export interface StatusServerOptions {
  host: string;
  port: number;
  access: AccessGate;
  metrics: GatewayMetrics;
  /** http.limits from the config (sockets, header size, slow clients); defaults when absent. */
  limits?: HttpLimits;
}

const PAGE_FILES = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/status.css': { file: 'status.css', type: 'text/css; charset=utf-8' },
  '/status.js': { file: 'status.js', type: 'text/javascript; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
  // Browsers ask for /favicon.ico on any page without an icon link (the JSON 401 answer, say); a 404 there is a console
  // error on every visit.
  '/favicon.ico': { file: 'favicon.svg', type: 'image/svg+xml' },
} as const;
// Open without the token: health checks for supervisors, and the icon, which says nothing about the site.
const OPEN_PATHS = new Set(['/healthz', '/readyz', '/favicon.svg', '/favicon.ico']);
const PATHS = ['/', '/api/status', '/metrics', '/healthz', '/readyz', '/logout'];

/** lastError's message was masked when it was stored (DeviceStats.rejected), so a request does not mask it again. */
interface StatusDevice {
  id: string;
  received: number;
  rejected: number;
  lastError?: { code: string; message: MaskedText; at: number };
}

export class StatusServer {
  private readonly options: StatusServerOptions;
  private readonly src: StatusSources;
  private readonly log: Logger;
  private readonly watch: StatusWatch;
  private readonly guard: ConnectionGuard;
  private readonly limits: HttpLimits;
  private assets = new Map<string, { body: Buffer; type: string }>();
  private server: Server | undefined;

  constructor(options: StatusServerOptions, sources: StatusSources, log: Logger) {
    this.options = options;
    this.src = sources;
    this.log = log;
    this.watch = new StatusWatch(sources);
    this.limits = options.limits ?? DEFAULT_HTTP_LIMITS;
    this.guard = new ConnectionGuard(this.limits, { subject: 'status page', component: 'status', settingPrefix: 'http.limits.', log });
    registerHttpMetrics(options.metrics.registry, options.access, this.guard);
  }

  async start(): Promise<void> {
    this.assets = await readPageFiles(PAGE_FILES, join(ROOT, 'gateway', 'status', 'page'));
    this.watch.start();
    // The metrics object belongs to the controller (the commands module counts into it); serving it is this
    // server's job, so the spool's fsync timings are collected while it runs.
    this.options.metrics.start();
    const server = createServer(serverOptions(this.limits), (req, res) => this.handle(req, res));
    this.guard.attach(server);
    this.server = server;
    try {
      await listen(server, this.options.port, this.options.host);
    } catch (e) {
      this.server = undefined;
      this.watch.stop();
      this.options.metrics.stop();
      throw e;
    }
  }

  get address(): string {
    const a = this.server?.address();
    const port = a && typeof a === 'object' ? a.port : this.options.port;
    return `http://${this.options.host.includes(':') ? `[${this.options.host}]` : this.options.host}:${port}/`;
  }

  get tokenRequired(): boolean {
    return this.options.access.tokenRequired;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    this.watch.stop();
    this.options.metrics.stop();
    if (s) await closeServer(s);
  }

  /** /api/status: the controller's facts with names, today's counts, the latest errors, and every message masked. */
  statusBody(): Record<string, unknown> {
    this.watch.sample();
    const base = this.src.report.status();
    const uplink = base.uplink as Record<string, unknown> | undefined;
    const devices = ((base.devices ?? []) as StatusDevice[]).map((d) => ({
      ...d,
      ...(d.lastError ? { lastError: { code: safeCode(d.lastError.code), message: d.lastError.message, at: d.lastError.at } } : {}),
      today: this.watch.daily.today(d.id, d),
    }));
    return {
      ...base,
      ...(uplink ? { uplink: { ...uplink, lastError: typeof uplink.lastError === 'string' ? safeMessage(uplink.lastError) : null } } : {}),
      devices,
      today: { since: new Date(this.watch.daily.since).toISOString() },
      errors: this.watch.errors.list(),
      access: this.accessFacts(),
      generatedAt: new Date().toISOString(),
    };
  }

  /** Counts about who was refused by the status page itself (no addresses, no guessed text). */
  private accessFacts(): Record<string, unknown> {
    const g = this.options.access.guesses;
    return {
      tokenRequired: this.options.access.tokenRequired,
      sessions: this.options.access.sessions.size,
      sessionsEvicted: this.options.access.sessions.evicted,
      refused: { ...g.refused, locked: g.lockedRefusals },
      lockedSources: g.lockedSources,
      connectionsRefused: { ...this.guard.refused },
    };
  }

  /** /readyz: the controller's readiness plus the spool's: it must be writable and have room for transactions. */
  readiness(): { ready: boolean; reasons: string[] } {
    const r = this.src.report.ready();
    const reasons = [...r.reasons];
    if (this.src.spool.isFull) reasons.push('spool full (GW_SPOOL_FULL): new transactions are not acknowledged');
    try {
      accessSync(this.src.spoolDir, fsConstants.W_OK);
    } catch (e) {
      reasons.push(`spool directory not writable (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return { ready: reasons.length === 0, reasons };
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = readOnlyRequest(req, res, send);
    if (!url) return;
    const path = url.pathname === '/index.html' ? '/' : url.pathname;
    if (path === '/logout') {
      // Open like /healthz: it can only end the session whose cookie (and Host) it is sent with.
      res.setHeader('Set-Cookie', this.options.access.logout(req));
      return send(req, res, 200, { signedOut: true, next: 'open /?token=TOKEN to sign in again' });
    }
    let session: { expiresAt: number } | undefined;
    if (!OPEN_PATHS.has(path)) {
      const decision = this.options.access.check(req, url);
      if (answerAccess(req, res, decision, 'edge-gateway status', send)) return;
      if (decision.kind === 'allow') session = decision.session;
    }
    try {
      const asset = this.assets.get(path);
      if (asset) return sendBytes(req, res, 200, asset.type, asset.body);
      switch (path) {
        case '/api/status': {
          const body = this.statusBody();
          // Only for the browser that asked: when its own session ends unless used (the page offers "Sign out").
          if (session) body.session = { expiresAt: new Date(session.expiresAt).toISOString() };
          return send(req, res, 200, body);
        }
        case '/healthz':
          return send(req, res, 200, { alive: true });
        case '/readyz': {
          const r = this.readiness();
          return send(req, res, r.ready ? 200 : 503, r);
        }
        case '/metrics':
          this.options.metrics.text().then(
            (text) => sendBytes(req, res, 200, this.options.metrics.contentType, Buffer.from(text)),
            (e: unknown) => this.fail(req, res, e),
          );
          return;
        default:
          return send(req, res, 404, { error: 'not found', paths: PATHS });
      }
    } catch (e) {
      this.fail(req, res, e);
    }
  }

  private fail(req: IncomingMessage, res: ServerResponse, e: unknown): void {
    this.log.error(
      { component: 'status', code: 'GW_INTERNAL', err: (e as Error).message, path: (req.url ?? '').split('?')[0] },
      'status request failed',
    );
    if (!res.headersSent) send(req, res, 500, { error: 'internal error (GW_INTERNAL); see the gateway log' });
  }
}

function send(req: IncomingMessage, res: ServerResponse, code: number, body: unknown): void {
  sendBytes(req, res, code, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(body, null, 2)));
}
