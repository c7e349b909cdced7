// The status server's refusals on /metrics. The defences themselves (socket, header and slow-client limits) are
// base/http/connection-guard.ts, shared with the fleet view; the access gate is access.ts.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ConnectionGuard } from '../../base/http/connection-guard.ts';
import type { AccessGate } from './access.ts';

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
