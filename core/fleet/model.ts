// One record per site, fed by the retained status and health messages and the sites' config results. Bounded everywhere: a payload over
// maxPayloadBytes is refused before it is decoded, at most maxSites sites are kept (a new site beyond the cap is refused
// and counted, never an eviction of a known one), and each site's history is a fixed ring. An empty retained payload (how
// MQTT clears a retained message) forgets that half of the site; a site with neither half left is removed.
import type { Logger } from 'pino';
import { LogThrottle } from '../../base/log-throttle.ts';
import { BacklogHistory, DEFAULT_HISTORY, type HistoryOptions } from './history.ts';
import {
  decodeConfigResult,
  decodeHealth,
  decodeStatus,
  parseTopic,
  REFUSAL_REASONS,
  type ConfigResultFacts,
  type HealthFacts,
  type RefusalReason,
  type StatusFacts,
} from './input.ts';

export interface FleetModelOptions {
  prefix: string;
  maxSites: number;
  maxPayloadBytes: number;
  history: HistoryOptions;
  log?: Logger;
  now?: () => number;
}

export const DEFAULT_MODEL: Omit<FleetModelOptions, 'prefix'> = {
  maxSites: 20_000,
  maxPayloadBytes: 256 * 1024,
  history: DEFAULT_HISTORY,
};

export interface SiteRecord {
  readonly siteId: string;
  status?: StatusFacts;
  /** Core clock (ms) when the latest status arrived. */
  statusAt: number;
  health?: HealthFacts;
  healthAt: number;
  /** The site's latest ConfigResult (not retained at the core: known from the first one after the view started). */
  configResult?: ConfigResultFacts;
  configResultAt: number;
  readonly history: BacklogHistory;
}

const LOG_EVERY_MS = 10_000;

export class FleetModel {
  private readonly options: FleetModelOptions;
  private readonly now: () => number;
  readonly sites = new Map<string, SiteRecord>();
  readonly refused: Record<RefusalReason, number> = Object.fromEntries(REFUSAL_REASONS.map((r) => [r, 0])) as Record<RefusalReason, number>;
  accepted = 0;
  /** Bumped on every change, so a reader can reuse what it built from an unchanged model. */
  revision = 0;
  private readonly logThrottle = new LogThrottle(LOG_EVERY_MS);

  constructor(options: FleetModelOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  get maxSites(): number {
    return this.options.maxSites;
  }

  /** Takes one MQTT message; returns the refusal reason, or undefined when it was taken. */
  apply(topic: string, payload: Buffer): RefusalReason | undefined {
    const parsed = parseTopic(this.options.prefix, topic);
    if (typeof parsed === 'string') return this.refuse(parsed, undefined);
    if (payload.length > this.options.maxPayloadBytes) return this.refuse('too-large', parsed.siteId);
    let site = this.sites.get(parsed.siteId);
    if (payload.length === 0) {
      if (site) this.clear(site, parsed.kind);
      return undefined;
    }
    const facts =
      parsed.kind === 'status'
        ? decodeStatus(parsed.siteId, payload)
        : parsed.kind === 'health'
          ? decodeHealth(parsed.siteId, payload)
          : decodeConfigResult(parsed.siteId, payload);
    if (typeof facts === 'string') return this.refuse(facts, parsed.siteId);
    if (!site) {
      if (this.sites.size >= this.options.maxSites) return this.refuse('site-limit', parsed.siteId);
      site = { siteId: parsed.siteId, statusAt: 0, healthAt: 0, configResultAt: 0, history: new BacklogHistory(this.options.history) };
      this.sites.set(parsed.siteId, site);
    }
    const now = this.now();
    if (parsed.kind === 'status') {
      site.status = facts as StatusFacts;
      site.statusAt = now;
    } else if (parsed.kind === 'config-result') {
      site.configResult = facts as ConfigResultFacts;
      site.configResultAt = now;
    } else {
      const health = facts as HealthFacts;
      site.health = health;
      site.healthAt = now;
      // At the time the site measured it (its clock corrected by its own offset estimate, never in the future): the
      // retained health of a site that went away an hour ago belongs an hour back in its sparkline.
      const measuredAt = health.timeMs + (health.clock.known ? health.clock.offsetMs : 0);
      site.history.record(
        health.spool.classes.reduce((n, c) => n + c.depth, 0),
        Math.min(now, measuredAt),
      );
    }
    this.accepted++;
    this.revision++;
    return undefined;
  }

  private clear(site: SiteRecord, kind: 'status' | 'health' | 'config-result'): void {
    if (kind === 'status') site.status = undefined;
    else if (kind === 'health') site.health = undefined;
    else site.configResult = undefined;
    if (!site.status && !site.health && !site.configResult) this.sites.delete(site.siteId);
    this.revision++;
  }

  private refuse(reason: RefusalReason, siteId: string | undefined): RefusalReason {
    this.refused[reason]++;
    const held = this.options.log && this.logThrottle.pass(reason);
    if (held !== undefined && this.options.log) {
      const code = reason === 'site-limit' ? 'GW_FLEET_SITE_LIMIT' : 'GW_FLEET_MESSAGE_REFUSED';
      this.options.log.warn(
        // The site id is logged only once it passed the id rule; a refused topic is described by its reason alone.
        { component: 'fleet', code, reason, ...(reason !== 'topic' && reason !== 'site-id' ? { site: siteId } : {}), alsoRefused: held },
        reason === 'site-limit'
          ? `fleet view full (--max-sites ${this.options.maxSites}): a new site was not added`
          : 'fleet message refused',
      );
    }
    return reason;
  }
}
