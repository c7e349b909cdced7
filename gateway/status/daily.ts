// "Messages today" per machine, from the running totals in DeviceStats: at the first sample of a new local day the
// totals are remembered, and today's count is the total minus that. Until the first midnight the day started with
// the gateway, so `since` says from when a count runs (the page shows "since 09:12" on the day of a restart).
// Local time is the gateway's: the site's engineers read the page in the site's own time zone.

export interface Totals {
  received: number;
  rejected: number;
}

export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function startOfLocalDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

export class DailyCounts {
  private day: string;
  private sinceMs: number;
  private base = new Map<string, Totals>();

  /** `startedAt`: when the totals were zero (the gateway's start). */
  constructor(startedAt: number) {
    this.day = localDay(startedAt);
    this.sinceMs = startedAt;
  }

  /** Call often (every second is plenty): a day change is noticed at the first sample after midnight. */
  sample(totals: Readonly<Record<string, Totals>>, now: number): void {
    const day = localDay(now);
    if (day === this.day) return;
    this.day = day;
    this.sinceMs = startOfLocalDay(now);
    this.base = new Map(Object.entries(totals).map(([id, t]) => [id, { received: t.received, rejected: t.rejected }]));
  }

  /** When today's counts start: local midnight, or the gateway's start on its first day. */
  get since(): number {
    return this.sinceMs;
  }

  today(id: string, totals: Totals): Totals {
    const b = this.base.get(id) ?? { received: 0, rejected: 0 };
    return { received: Math.max(0, totals.received - b.received), rejected: Math.max(0, totals.rejected - b.rejected) };
  }
}
