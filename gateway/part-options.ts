// The config's sections as the options of the parts they configure: pure mappings, so the controller only wires.
import { dirname, join } from 'node:path';
import type { CoreOptions } from '../protocols/mqtt/core-connection.ts';
import type { DeviceBrokerOptions } from '../protocols/mqtt/device-broker.ts';
import type { SpoolOptions } from './spool/spool-types.ts';
import type { Config } from './config/schema.ts';
import { resolveSecret } from './config/secrets.ts';

/** Small durable state (commands, pickup lists) lives beside the spool: /var/lib/edge-gateway/state by default. */
export function stateDir(c: Readonly<Config>): string {
  return join(dirname(c.spool.dir), 'state');
}

export function spoolOptions(s: Readonly<Config['spool']>): SpoolOptions {
  return {
    dir: s.dir,
    maxBytes: s.maxBytes,
    segmentBytes: s.segmentBytes,
    telemetryTtlMs: s.telemetryTtlS * 1000,
    dedupWindow: s.dedupWindow,
  };
}

export function deviceBrokerOptions(b: Readonly<Config['broker']>): DeviceBrokerOptions {
  return {
    host: b.host,
    port: b.port,
    tls: b.tls.port > 0 ? { ...b.tls, host: b.tls.host || b.host } : undefined,
    guard: {
      connectMaxBytes: b.connectMaxBytes,
      connectDeadlineMs: b.connectDeadlineMs,
      maxConnections: b.maxConnections,
      maxConnectionsPerSource: b.maxConnectionsPerSource,
      // After login: the payload, the largest topic MQTT allows (65,535 bytes and its length), a packet id, a 5-byte fixed header.
      packetMaxBytes: b.maxPayloadBytes + 2 + 65535 + 2 + 5,
    },
    backoff: { ...b.loginBackoff, forgetAfterMs: b.loginBackoff.forgetAfterS * 1000 },
  };
}

/** The uplink's connection; `offline` is the retained SiteStatus the core keeps as the site's will. */
export function coreOptions(c: Readonly<Config>, env: NodeJS.ProcessEnv, offline: Buffer): CoreOptions {
  const u = c.uplink;
  return {
    url: u.url,
    clientId: u.clientId || `edge-gateway-${c.site.id}`,
    username: u.username || undefined,
    password: resolveSecret(u, '/uplink', env),
    keepaliveS: u.keepaliveS,
    reconnectMinMs: u.reconnectMinMs,
    reconnectMaxMs: u.reconnectMaxMs,
    will: { topic: `${u.topicPrefix}/${c.site.id}/status`, payload: offline, retain: true, qos: 1 },
    tlsFiles: u.url.startsWith('mqtts:') ? u.tls : undefined,
  };
}
