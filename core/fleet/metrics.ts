// /metrics of the fleet view: a few fleet-wide series and one fixed set per site (label `site`, plus `version` on the
// info series), read from the same snapshot as /api/fleet at scrape time. Bounded: the number of sites is capped
// (--max-sites), a site's set never grows, and a removed site's series go with it (every gauge is rebuilt per scrape).
// deploy/prometheus/fleet-alerts.yml and deploy/grafana/fleet-dashboard.json use these names; a test keeps them in step.
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { CONFIG_STATES } from './input.ts';
import type { FleetModel } from './model.ts';
import type { SiteFacts } from './trouble.ts';
import { TROUBLES } from './trouble.ts';
import type { FleetView, Snapshot } from './view.ts';

type Per = (f: SiteFacts) => number | null;

/** name -> help and how to read it from a site's facts; null: no sample for that site (e.g. no estimate yet). */
const PER_SITE: Record<string, { help: string; value: Per; counter?: true }> = {
  edge_fleet_site_online: {
    help: 'The site gateway is connected to the core (its retained SiteStatus says online): 1 or 0.',
    value: (f) => +f.online,
  },
  edge_fleet_site_health_age_seconds: {
    help: "Age of the site's latest GatewayHealth, by the core's clock (the site's time corrected by its own offset estimate).",
    value: (f) => (f.healthAgeMs === null ? null : f.healthAgeMs / 1000),
  },
  edge_fleet_site_backlog_depth: { help: 'Records waiting in the site spool, all classes.', value: (f) => f.depth },
  edge_fleet_site_backlog_bytes: { help: 'Bytes waiting in the site spool, all classes.', value: (f) => f.bytes },
  edge_fleet_site_oldest_unsent_age_seconds: {
    help: 'Age of the oldest record the core has not confirmed (as reported, plus the time since the report while anything waits).',
    value: (f) => f.oldestUnsentAgeMs / 1000,
  },
  edge_fleet_site_outage_hours_left: {
    help: "Hours of uplink outage the site's free spool room still holds at its recent inflow; absent while unknown.",
    value: (f) => f.outageHoursLeft,
  },
  edge_fleet_site_spool_full: { help: 'The site spool is full and refuses new transactions: 1 or 0.', value: (f) => +f.spoolFull },
  edge_fleet_site_spool_corruptions_total: {
    help: 'Corrupt spool records found and set aside since the site gateway started.',
    value: (f) => f.corruptions,
    counter: true,
  },
  edge_fleet_site_machines: { help: 'Machines the site gateway reports.', value: (f) => f.machines },
  edge_fleet_site_machines_offline: { help: 'Machines the site gateway reports offline.', value: (f) => f.machinesOffline },
  edge_fleet_site_clock_offset_seconds: {
    help: "Core clock minus the site gateway's clock (NTP-style estimate over the uplink); absent until known.",
    value: (f) => (f.clockOffsetMs === null ? null : f.clockOffsetMs / 1000),
  },
  edge_fleet_site_clock_skewed: {
    help: "The site gateway's clock is off the core's by more than its clock.maxSkewMs: 1 or 0.",
    value: (f) => +f.clockSkewed,
  },
  edge_fleet_site_machine_clocks_skewed: {
    help: "Machines at the site whose clock is skewed or jumped against the gateway's.",
    value: (f) => f.machineClocksSkewed,
  },
  edge_fleet_site_commands_failed_total: {
    help: 'Core commands that ended failed, expired or rejected since the site gateway started.',
    value: (f) => f.commandsFailed,
    counter: true,
  },
  edge_fleet_site_old_version: {
    help: 'The site runs an older gateway version than the newest in the fleet: 1 or 0.',
    value: (f) => +f.oldVersion,
  },
  edge_fleet_site_config_version: {
    help: 'The remote configuration version the site runs (0: its own file alone); absent while unknown.',
    value: (f) => f.configVersion,
  },
  edge_fleet_site_config_result_version: {
    help: "The version the site's latest ConfigResult is about; absent until one arrived since the fleet view started.",
    value: (f) => f.configResult?.version ?? null,
  },
};

export const FLEET_METRIC_NAMES = [
  ...Object.keys(PER_SITE),
  'edge_fleet_site_config_result',
  'edge_fleet_site_info',
  'edge_fleet_sites',
  'edge_fleet_sites_in_trouble',
  'edge_fleet_messages_accepted_total',
  'edge_fleet_messages_refused_total',
  'edge_fleet_max_sites',
  'edge_fleet_core_connected',
];

export class FleetMetrics {
  readonly registry = new Registry();
  /** One snapshot for a whole scrape: every series of it describes the same moment, and it is built once, not per family. */
  private scrape: Snapshot | undefined;

  private readonly view: FleetView;

  constructor(model: FleetModel, view: FleetView) {
    this.view = view;
    const registers = [this.registry];
    const rows = () => (this.scrape ?? view.snapshot()).rows;
    for (const [name, spec] of Object.entries(PER_SITE)) {
      const Kind = spec.counter ? Counter : Gauge;
      new Kind({
        name,
        help: spec.help,
        labelNames: ['site'],
        registers,
        collect(this: Gauge | Counter) {
          this.reset();
          for (const r of rows()) {
            const v = spec.value(r.facts);
            if (v === null) continue;
            // A counter here mirrors the site's own count since its start (a restart resets it, as Prometheus expects).
            if (this instanceof Gauge) this.set({ site: r.id }, v);
            else this.inc({ site: r.id }, v);
          }
        },
      });
    }
    new Gauge({
      name: 'edge_fleet_site_info',
      help: 'Always 1: the gateway version a site runs, as a label.',
      labelNames: ['site', 'version'],
      registers,
      collect() {
        this.reset();
        for (const r of rows()) this.set({ site: r.id, version: r.facts.version || 'unknown' }, 1);
      },
    });
    new Gauge({
      name: 'edge_fleet_site_config_result',
      help: "1 for the state of the site's latest ConfigResult (applied, rejected, rolled_back, pending_restart, scheduled, other), 0 for the others.",
      labelNames: ['site', 'state'],
      registers,
      collect() {
        this.reset();
        for (const r of rows()) {
          const last = r.facts.configResult;
          if (!last) continue;
          for (const state of CONFIG_STATES) this.set({ site: r.id, state }, +(state === last.state));
        }
      },
    });
    new Gauge({
      name: 'edge_fleet_sites',
      help: 'Sites the fleet view knows, by online state.',
      labelNames: ['state'],
      registers,
      collect() {
        const all = rows();
        const online = all.filter((r) => r.facts.online).length;
        this.set({ state: 'online' }, online);
        this.set({ state: 'offline' }, all.length - online);
      },
    });
    new Gauge({
      name: 'edge_fleet_sites_in_trouble',
      help: 'Sites with each trouble (the page sorts by these, in this order).',
      labelNames: ['trouble'],
      registers,
      collect() {
        const counts = new Map<string, number>(TROUBLES.map((t) => [t, 0]));
        for (const r of rows()) for (const t of r.facts.troubles) counts.set(t, counts.get(t)! + 1);
        for (const [trouble, n] of counts) this.set({ trouble }, n);
      },
    });
    new Counter({
      name: 'edge_fleet_messages_accepted_total',
      help: 'Status, health and config result messages taken into the fleet view.',
      registers,
      collect() {
        this.reset();
        this.inc(model.accepted);
      },
    });
    new Counter({
      name: 'edge_fleet_messages_refused_total',
      help: 'Messages refused (GW_FLEET_MESSAGE_REFUSED, GW_FLEET_SITE_LIMIT), by reason: topic, site-id, too-large, not-protobuf, site-mismatch, site-limit.',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        for (const [reason, n] of Object.entries(model.refused)) this.inc({ reason }, n);
      },
    });
    new Gauge({
      name: 'edge_fleet_core_connected',
      help: 'The fleet view is connected and subscribed to the core broker: 1 or 0 (while 0, every site shows as it last reported).',
      registers,
      collect() {
        this.set(+view.coreState().connected);
      },
    });
    new Gauge({
      name: 'edge_fleet_max_sites',
      help: 'The most sites the fleet view keeps (--max-sites); a new site beyond it is refused.',
      registers,
      collect() {
        this.set(model.maxSites);
      },
    });
  }

  private defaultsOn = false;

  /** The process's own figures (resident memory, heap, event loop lag) next to the fleet's: the view is a service too. */
  start(): void {
    if (this.defaultsOn) return;
    collectDefaultMetrics({ register: this.registry });
    this.defaultsOn = true;
  }

  async text(): Promise<string> {
    this.scrape = this.view.snapshot();
    try {
      return await this.registry.metrics();
    } finally {
      this.scrape = undefined;
    }
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
