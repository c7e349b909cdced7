// A read-only page server's defences against hostile clients on the LAN (issue 12), set on the node:http server:
// - header and URL size: maxHeaderSize (the request line counts) -> 431 and the socket closed, nothing buffered beyond it;
// - slow clients: headersTimeout (all headers within it, from the first byte; a socket that sends nothing at all is cut
//   by the same check) and requestTimeout (the whole request), checked every connectionsCheckingInterval (node's
//   default of 30 s would let a slow client hold a socket for 30 s past its deadline) -> 408 and closed;
// - many sockets: at most maxConnectionsPerSource from one address (IPv6: one /64) and maxConnections in all; extra
//   sockets are closed at once, counted, and logged (GW_HTTP_CONNECTION_LIMIT, rate-limited). The per-source cap comes
//   first, so one attacker cannot fill the whole table and lock the rightful reader out.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { pino, type Logger } from 'pino';
import { LogThrottle } from '../log-throttle.ts';
import { sourceKey } from '../source-key.ts';

export interface HttpLimits {
  maxConnections: number;
  maxConnectionsPerSource: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  maxHeaderBytes: number;
}

/** The defaults of http.limits in the site config schema; the fleet view uses them as they are. */
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

export interface ConnectionGuardOptions {
  /** What the log lines name: "status page", "fleet view". */
  subject: string;
  /** The log lines' component field. */
  component: string;
  /** Where the limits are set, for the log line: "http.limits." names the config keys. */
  settingPrefix?: string;
  log?: Logger;
}

export class ConnectionGuard {
  private readonly limits: HttpLimits;
  private readonly options: ConnectionGuardOptions;
  private readonly log: Logger;
  private readonly perSource = new Map<string, number>();
  readonly refused = { source: 0, total: 0 };
  private readonly logThrottle = new LogThrottle(LOG_EVERY_MS);

  constructor(limits: HttpLimits, options: ConnectionGuardOptions) {
    this.limits = limits;
    this.options = options;
    this.log = options.log ?? pino({ level: 'silent' });
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
    const prefix = this.options.settingPrefix ?? '';
    const limit =
      kind === 'source'
        ? `${prefix}maxConnectionsPerSource (${this.limits.maxConnectionsPerSource})`
        : `${prefix}maxConnections (${this.limits.maxConnections})`;
    this.log.warn(
      { component: this.options.component, code: 'GW_HTTP_CONNECTION_LIMIT', source, limit: kind, ...(also ? { alsoRefused: also } : {}) },
      `${this.options.subject} connection closed: over ${limit}`,
    );
  }
}
