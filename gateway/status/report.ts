// What /api/status (and the systemd status line) shows: the site, the uplink, the spool's capacity, the broker, the
// pickup lock-outs and every configured machine with its counters; and /readyz's part that only the running gateway
// knows. Read from the parts at request time, never counted a second time. No personal data, no secrets: the uplink's
// URL loses its user name and password here.
import { VERSION } from '../../base/version.ts';
import type { DeviceBroker } from '../../protocols/mqtt/device-broker.ts';
import type { CoreConnection } from '../../protocols/mqtt/core-connection.ts';
import type { PickupRequests } from '../commands/pickup-requests.ts';
import type { Config } from '../config/schema.ts';
import type { DeviceStats } from '../pipeline/device-stats.ts';
import type { Uplink } from '../pipeline/uplink.ts';
import type { Spool, SpoolStats } from '../spool/spool.ts';
import type { ClockReport } from '../health/site-health.ts';

export interface StatusReportSources {
  /** The config in force (a function: it changes on a reload). */
  config: () => Readonly<Config>;
  startedAt: number;
  core: Pick<CoreConnection, 'state'>;
  uplink: Pick<Uplink, 'health' | 'lastConfirmAt'>;
  spool: Pick<Spool, 'stats'>;
  broker: Pick<DeviceBroker, 'health'>;
  stats: Pick<DeviceStats, 'snapshot' | 'refusalCounts'>;
  pickups: Pick<PickupRequests, 'status'>;
  /** Whether the spool is open (between the controller's start and stop). */
  spoolOpen: () => boolean;
  /** Remote configuration: what runs and why (docs/remote-config.md); without it, `config` says the site file alone. */
  remoteConfig?: () => Record<string, unknown>;
  /** Outage capacity and clock trust as GatewayHealth reports them (gateway/health/). */
  health?: { outage(spool?: SpoolStats): { freeBytes: number; outageHoursLeft: number | null }; clockReport(): ClockReport };
  clock?: () => number;
}

export class StatusReport {
  private readonly sources: StatusReportSources;
  private readonly clock: () => number;

  constructor(sources: StatusReportSources) {
    this.sources = sources;
    this.clock = sources.clock ?? Date.now;
  }

  status(): Record<string, unknown> {
    const { config, core, uplink, spool, broker, stats, pickups, startedAt } = this.sources;
    const cfg = config();
    const coreState = core.state;
    const devices = stats.snapshot();
    const { inflight, awaitingAck } = uplink.health();
    const spoolStats = spool.stats();
    const outage = this.sources.health?.outage(spoolStats);
    return {
      site: { id: cfg.site.id, name: cfg.site.name },
      version: VERSION,
      uptimeS: Math.round((this.clock() - startedAt) / 1000),
      uplink: {
        url: redactUrl(cfg.uplink.url),
        connected: coreState.connected,
        since: new Date(coreState.since).toISOString(),
        reconnects: coreState.reconnects,
        lastError: coreState.lastError ?? null,
        lastConfirmAt: uplink.lastConfirmAt ? new Date(uplink.lastConfirmAt).toISOString() : null,
        inflight,
        awaitingAck,
      },
      // One meaning of outage hours everywhere (here, the page, GatewayHealth, /metrics): the free room (the quota or the
      // filesystem, the smaller) over the intake averaged across health.inflowWindowS (an hour by default). The spool's
      // own figure (the last minute's intake) swings with every burst, so it is replaced, not shown beside it.
      spool: outage ? { ...spoolStats, outageHoursLeft: outage.outageHoursLeft } : spoolStats,
      ...(this.sources.health ? { outage, clock: this.sources.health.clockReport() } : {}),
      broker: { ...broker.health(), refusals: stats.refusalCounts() },
      pickups: pickups.status(),
      config: this.sources.remoteConfig?.() ?? { source: 'site file', version: 0 },
      devices: cfg.devices.map((d) => ({
        id: d.id,
        ...(d.name ? { name: d.name } : {}),
        kind: d.kind,
        transport: d.transport,
        ...(devices[d.id] ?? { online: false, received: 0, rejected: 0, forwarded: 0, lastSeen: 0 }),
      })),
    };
  }

  ready(): { ready: boolean; reasons: string[] } {
    const reasons: string[] = [];
    if (!this.sources.broker.health().listening) reasons.push('device broker not listening');
    if (!this.sources.spoolOpen()) reasons.push('spool not open');
    return { ready: reasons.length === 0, reasons };
  }
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return '(invalid url)';
  }
}
