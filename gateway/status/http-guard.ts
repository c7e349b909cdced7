// The status server's own defences against hostile clients on the LAN (issue 12), set on the node:http server:
// - header and URL size: maxHeaderSize (the request line counts) -> 431 and the socket closed, nothing buffered beyond it;
// - slow clients: headersTimeout (all headers within it, from the first byte; a socket that sends nothing at all is cut
//   by the same check) and requestTimeout (the whole request), checked every connectionsCheckingInterval (node's
//   default of 30 s would let a slow client hold a socket for 30 s past its deadline) -> 408 and closed;
// - many sockets: at most maxConnectionsPerSource from one address (IPv6: one /64) and maxConnections in all; extra
//   sockets are closed at once, counted, and logged (GW_HTTP_CONNECTION_LIMIT, rate-limited). The per-source cap comes
//   first, so one attacker cannot fill the whole table and lock the site engineer out.
// The device broker is a different port and server: nothing here can take its sockets or its event loop for long.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { AccessGate } from './access.ts';
import { LogThrottle } from '../../base/log-throttle.ts';
import { sourceKey } from '../../base/source-key.ts';

export interface HttpLimits {
  maxConnections: number;
  maxConnectionsPerSource: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  maxHeaderBytes: number;
}

/** The defaults of http.limits in the config schema, for a StatusServer made without a config. */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxConnections: 64,
  maxConnectionsPerSource: 16,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxHeaderBytes: 8192,
};
const LOG_EVERY_MS = 10_000;

/** Options for http.createServer from the limits. */
export function serverOptions(l: HttpLimits): {
  maxHeaderSize: number;
  headersTimeout: number;
  requestTimeout: number;
  connectionsCheckingInterval: number;
} {
  return {
    maxHeaderSize: l.maxHeaderBytes,
    headersTimeout: l.headersTimeoutMs,
    // node requires requestTimeout >= headersTimeout (or 0)
    requestTimeout: Math.max(l.requestTimeoutMs, l.headersTimeoutMs),
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(l.headersTimeoutMs / 4))),
  };
}

export class ConnectionGuard {
  private readonly limits: HttpLimits;
  private readonly log: Logger;
  private readonly perSource = new Map<string, number>();
  readonly refused = { source: 0, total: 0 };
  private readonly logThrottle = new LogThrottle(LOG_EVERY_MS);

  constructor(limits: HttpLimits, log: Logger) {
    this.limits = limits;
    this.log = log;
  }

  attach(server: Server): void {
    server.maxConnections = this.limits.maxConnections;
    // node closes the socket itself beyond maxConnections and says so with 'drop'.
    server.on('drop', () => this.refuse('total', undefined));
    server.on('connection', (socket: Socket) => this.admit(socket));
  }

  get sources(): number {
    return this.perSource.size;
  }

  private admit(socket: Socket): void {
    const source = sourceKey(socket.remoteAddress);
    const n = (this.perSource.get(source) ?? 0) + 1;
    if (n > this.limits.maxConnectionsPerSource) {
      this.refuse('source', source);
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

  private refuse(kind: 'source' | 'total', source: string | undefined): void {
    this.refused[kind]++;
    const also = this.logThrottle.pass('connection limit');
    if (also === undefined) return;
    const limit =
      kind === 'source'
        ? `http.limits.maxConnectionsPerSource (${this.limits.maxConnectionsPerSource})`
        : `http.limits.maxConnections (${this.limits.maxConnections})`;
    this.log.warn(
      { component: 'status', code: 'GW_HTTP_CONNECTION_LIMIT', source, limit: kind, ...(also ? { alsoRefused: also } : {}) },
      `status page connection closed: over ${limit}`,
    );
  }
}

/** The status server's refusals on /metrics, read at scrape time from the counters kept above and in access. */
export function registerHttpMetrics(registry: Registry, gate: AccessGate, guard: ConnectionGuard): void {
  const registers = [registry];
  new Counter({
    name: 'edge_gateway_http_auth_refused_total',
    labelNames: ['reason'],
    registers,
    help:
      'Status page requests refused for a wrong token or a bad session cookie (token, session-unknown, ' +
      'session-expired, session-host), or because their source is locked out (locked).',
    collect() {
      this.reset();
      for (const [reason, n] of Object.entries(gate.guesses.refused)) this.inc({ reason }, n);
      this.inc({ reason: 'locked' }, gate.guesses.lockedRefusals);
    },
  });
  new Gauge({
    name: 'edge_gateway_http_locked_sources',
    help: 'Source addresses the status page refuses right now after repeated wrong credentials.',
    registers,
    collect() {
      this.set(gate.guesses.lockedSources);
    },
  });
  new Gauge({
    name: 'edge_gateway_http_sessions',
    help: 'Live status page browser sessions (at most http.session.max).',
    registers,
    collect() {
      this.set(gate.sessions.size);
    },
  });
  new Counter({
    name: 'edge_gateway_http_connections_refused_total',
    labelNames: ['limit'],
    registers,
    help: 'Status page sockets closed at once: over http.limits.maxConnectionsPerSource (source) or maxConnections (total).',
    collect() {
      this.reset();
      this.inc({ limit: 'source' }, guard.refused.source);
      this.inc({ limit: 'total' }, guard.refused.total);
    },
  });
}
