// The fleet as /api/fleet, the page and /metrics read it: every site's facts computed once, sorted trouble first, and
// reused for up to a second while nothing changed (a scrape and a page poll at the same moment do the work once).
import type { FleetModel, SiteRecord } from './model.ts';
import { compareTrouble, newestVersion, SEVERE, siteFacts, TROUBLES, type SiteFacts, type Trouble, type TroubleRules } from './trouble.ts';

export interface SnapshotRow {
  id: string;
  record: SiteRecord;
  facts: SiteFacts;
}

export interface Snapshot {
  at: number;
  newestVersion: string;
  rows: SnapshotRow[];
}

const REUSE_MS = 1000;

export interface CoreState {
  connected: boolean;
  /** When it last connected or lost the connection (Unix ms); 0: never connected. */
  since: number;
}

export class FleetView {
  private readonly model: FleetModel;
  readonly rules: TroubleRules;
  private readonly now: () => number;
  readonly coreState: () => CoreState;
  private cached: { snapshot: Snapshot; revision: number } | undefined;

  constructor(
    model: FleetModel,
    rules: TroubleRules,
    coreState: () => CoreState = () => ({ connected: true, since: 0 }),
    now: () => number = Date.now,
  ) {
    this.model = model;
    this.rules = rules;
    this.coreState = coreState;
    this.now = now;
  }

  snapshot(): Snapshot {
    const now = this.now();
    const c = this.cached;
    if (c && c.revision === this.model.revision && now - c.snapshot.at < REUSE_MS && now >= c.snapshot.at) return c.snapshot;
    const newest = newestVersion(this.model.sites.values());
    const rows: SnapshotRow[] = [];
    for (const [id, record] of this.model.sites) rows.push({ id, record, facts: siteFacts(record, now, newest, this.rules) });
    rows.sort(compareTrouble);
    const snapshot = { at: now, newestVersion: newest, rows };
    this.cached = { snapshot, revision: this.model.revision };
    return snapshot;
  }

  /** /api/fleet: a summary and one compact row per site, trouble first, each with its backlog sparkline. */
  fleetBody(): Record<string, unknown> {
    const s = this.snapshot();
    const byTrouble = Object.fromEntries(TROUBLES.map((t) => [t, 0])) as Record<Trouble, number>;
    let online = 0;
    let severe = 0;
    let warn = 0;
    for (const r of s.rows) {
      if (r.facts.online) online++;
      for (const t of r.facts.troubles) byTrouble[t]++;
      if (r.facts.troubles.some((t) => SEVERE.has(t))) severe++;
      else if (r.facts.troubles.length > 0) warn++;
    }
    return {
      generatedAt: new Date(s.at).toISOString(),
      core: this.coreState(),
      summary: {
        sites: s.rows.length,
        online,
        severe,
        warn,
        ok: s.rows.length - severe - warn,
        byTrouble,
        newestVersion: s.newestVersion,
        maxSites: this.model.maxSites,
        refused: { ...this.model.refused },
      },
      rules: this.rules,
      sites: s.rows.map((r) => row(r, s.at)),
    };
  }

  /** /api/fleet/site/ID: everything the fleet view holds about one site, or undefined. */
  siteBody(id: string): Record<string, unknown> | undefined {
    const r = this.snapshot().rows.find((x) => x.id === id);
    if (!r) return undefined;
    const { record } = r;
    return {
      ...row(r, this.now()),
      status: record.status ?? null,
      statusAt: record.statusAt ? new Date(record.statusAt).toISOString() : null,
      health: record.health ?? null,
      healthAt: record.healthAt ? new Date(record.healthAt).toISOString() : null,
    };
  }
}

function row(r: SnapshotRow, now: number): Record<string, unknown> {
  const f = r.facts;
  return {
    id: r.id,
    name: r.record.status?.siteName ?? '',
    level: f.troubles.some((t) => SEVERE.has(t)) ? 'severe' : f.troubles.length > 0 ? 'warn' : 'ok',
    ...f,
    history: r.record.history.series(now),
  };
}
