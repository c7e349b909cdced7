// Clock flags as coded events: each change of a flag is logged once (a warning when it is raised, a note when it
// clears) and counted in the same call, so the log and /metrics (edge_gateway_clock_events_total) cannot disagree.
import type { Logger } from 'pino';

export type ClockCode = 'GW_CLOCK_SKEW' | 'GW_DEVICE_CLOCK_SKEW' | 'GW_DEVICE_CLOCK_JUMP';

export class ClockEvents {
  private readonly log: Pick<Logger, 'warn' | 'info'>;
  /** Flags raised since start, by code. */
  readonly raised: Record<ClockCode, number> = { GW_CLOCK_SKEW: 0, GW_DEVICE_CLOCK_SKEW: 0, GW_DEVICE_CLOCK_JUMP: 0 };
  private readonly listeners = new Set<(code: ClockCode, active: boolean) => void>();

  constructor(log: Pick<Logger, 'warn' | 'info'>) {
    this.log = log;
  }

  /** Calls `listener` after every change (the health publisher publishes at once); returns the unsubscribe. */
  onChange(listener: (code: ClockCode, active: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  change(code: ClockCode, active: boolean, fields: Record<string, unknown>, message: string): void {
    if (active) {
      this.raised[code]++;
      this.log.warn({ component: 'clock', code, ...fields }, message);
    } else {
      this.log.info({ component: 'clock', code, cleared: true, ...fields }, message);
    }
    for (const l of this.listeners) l(code, active);
  }
}
