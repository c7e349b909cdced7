// The site's retained status at the core ({topicPrefix}/{siteId}/status, an edge.v1.SiteStatus): published "online" by
// the uplink on every connect (the birth, and again on a core's rebirth request), "offline" as the core connection's
// last will and as its goodbye at stop. lastSequence is the spool's newest sequence number while the spool is open, else 0.
import { VERSION } from '../../base/version.ts';
import { pb } from '../../proto/index.ts';
import type { Spool } from '../spool/spool.ts';

export interface SiteStatusOptions {
  /** The site's id and name (a function: the config may be reloaded). */
  site: () => { id: string; name: string };
  /** The configured machines' ids now. */
  deviceIds: () => string[];
  spool: Pick<Spool, 'lastSequence'>;
  startedAt: number;
  /** The remote configuration version running (docs/remote-config.md); 0 without one. */
  configVersion?: () => number;
  /** Where the retained GatewayHealth is published (gateway/health/); empty or absent: none. */
  healthTopic?: () => string;
  clock?: () => number;
}

export class SiteStatus {
  private readonly options: SiteStatusOptions;
  private readonly clock: () => number;
  /** Set by the controller between the spool's start and the start of stop(). */
  spoolOpen = false;

  constructor(options: SiteStatusOptions) {
    this.options = options;
    this.clock = options.clock ?? Date.now;
  }

  encode(online: boolean): Buffer {
    const site = this.options.site();
    return Buffer.from(
      pb.SiteStatus.encode({
        siteId: site.id,
        siteName: site.name,
        online,
        gatewayVersion: VERSION,
        timeMs: this.clock(),
        startedMs: this.options.startedAt,
        deviceIds: this.options.deviceIds(),
        lastSequence: this.spoolOpen ? this.options.spool.lastSequence : 0,
        configVersion: this.options.configVersion?.() ?? 0,
        healthTopic: this.options.healthTopic?.() ?? '',
      }).finish(),
    );
  }
}
