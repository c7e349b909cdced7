// Each machine's counts for today, from the running totals in DeviceStats (which count since the gateway started): at
// the first read of a new local day the totals are remembered, and today's count is the total minus that. Until the
// first midnight the day started with the gateway, so `since` says from when the counts run (GatewayHealth's
// counts_since_ms). The same rule as the status page's "today" (gateway/status/daily.ts), with forwarded counted too.

export interface MachineTotals {
  received: number;
  rejected: number;
  forwarded: number;
}

function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export class TodayCounts {
  private day: string;
  private sinceMs: number;
  private base = new Map<string, MachineTotals>();

  constructor(startedAt: number) {
    this.day = localDay(startedAt);
    this.sinceMs = startedAt;
  }

  sample(totals: Readonly<Record<string, MachineTotals>>, now: number): void {
    const day = localDay(now);
    if (day === this.day) return;
    this.day = day;
    const d = new Date(now);
    this.sinceMs = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    this.base = new Map(
      Object.entries(totals).map(([id, t]) => [id, { received: t.received, rejected: t.rejected, forwarded: t.forwarded }]),
    );
  }

  get since(): number {
    return this.sinceMs;
  }

  today(id: string, totals: MachineTotals): MachineTotals {
    const b = this.base.get(id) ?? { received: 0, rejected: 0, forwarded: 0 };
    return {
      received: Math.max(0, totals.received - b.received),
      rejected: Math.max(0, totals.rejected - b.rejected),
      forwarded: Math.max(0, totals.forwarded - b.forwarded),
    };
  }
}
