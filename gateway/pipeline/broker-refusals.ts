// Refusals before authentication, counted and logged in one place (like Ingest.reject for a machine's messages), so the
// log, /metrics and the status page cannot disagree. What an attacker controls never reaches any of them:
//  - every refusal is counted by code and reason; a login naming a configured machine (a wrong password) is also
//    counted on that machine, a bounded set;
//  - anything else (an unknown name, an oversized or malformed packet, a connection cap) is counted by code and reason
//    only; the claimed name appears in the log at most as a short keyed fingerprint (HMAC with the site's hash key), so
//    an engineer can tell one guesser from many without the name itself being stored or shown.
// The log is rate-limited per (code, reason, machine): one line per `logEveryMs`, carrying how many were suppressed
// since the line before, so a flood of thousands of CONNECTs writes a handful of lines, and the counters keep the total.
import type { Logger } from 'pino';
import { LogThrottle } from '../../base/log-throttle.ts';
import { keyedHash } from '../../devices/common/keyed-hash.ts';
import type { PreAuthRefusal } from '../../protocols/mqtt/device-broker.ts';
import type { DeviceStats } from './device-stats.ts';

export interface RefusalLogOptions {
  stats: DeviceStats;
  log: Logger;
  hashKey: Buffer;
  /** At most one log line per (code, reason, machine) this often; default 10 s. */
  logEveryMs?: number;
  clock?: () => number;
}

/** More keys than (codes x reasons x configured machines) can make only by a bug; past it the map starts again. */
const MAX_THROTTLE_KEYS = 4096;

export class BrokerRefusals {
  private readonly options: RefusalLogOptions;
  private readonly throttle: LogThrottle;

  constructor(opts: RefusalLogOptions) {
    this.options = opts;
    this.throttle = new LogThrottle(opts.logEveryMs ?? 10_000, opts.clock, MAX_THROTTLE_KEYS);
  }

  refuse(r: PreAuthRefusal): void {
    this.options.stats.refused(r.code, r.reason, r.deviceId);
    const key = `${r.code}\u0000${r.reason}\u0000${r.deviceId ?? ''}`;
    const suppressed = this.throttle.pass(key);
    if (suppressed === undefined) return;
    this.options.log.warn(
      {
        component: 'broker',
        code: r.code,
        source: r.source,
        ...(r.deviceId !== undefined ? { deviceId: r.deviceId } : {}),
        ...(r.claimedId !== undefined ? { idFingerprint: fingerprint(this.options.hashKey, r.claimedId) } : {}),
        ...(suppressed > 0 ? { suppressed } : {}),
      },
      r.reason,
    );
  }
}

/** Eight hex characters of HMAC-SHA256(site key, name): enough to tell names apart in a log, useless for reading them. */
export function fingerprint(key: Buffer, name: string): string {
  return keyedHash(key, `mqtt-login\u0000${name}`).slice(0, 8);
}
