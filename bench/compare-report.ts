// The side-by-side table: one row per figure, median (min..max) per site, and the ratios gateway / bridge. A pinned run
// (every site on one core, bench/pinning.ts) repeats the rows it has, marked "1 core:", below the others.
import type { RunFigures } from './compare-phases.ts';
import { TARGET_LABEL, TARGETS, type TargetName } from './compare-sites.ts';
import { round, spread, type Spread } from './stats.ts';

type Key = Exclude<keyof RunFigures, 'duplicates'>;
export const ROWS: { key: Key; label: string; digits: number }[] = [
  { key: 'throughput', label: 'end-to-end msg/s (flood)', digits: 0 },
  { key: 'p50', label: 'latency p50 ms @ steady rate', digits: 2 },
  { key: 'p99', label: 'latency p99 ms @ steady rate', digits: 2 },
  { key: 'cpuUsFlood', label: 'site CPU us per delivered msg (flood)', digits: 1 },
  { key: 'cpuUsSteady', label: 'site CPU us per delivered msg @ steady rate', digits: 1 },
  { key: 'siteCoresFlood', label: 'site CPU, cores busy (flood)', digits: 2 },
  { key: 'floodMissing', label: 'flood: PUBACKed, never arrived', digits: 0 },
  { key: 'drainRate', label: 'drain msg/s (core back -> last)', digits: 0 },
  { key: 'drainFromFirstRate', label: 'drain msg/s (first -> last)', digits: 0 },
  { key: 'reconnectMs', label: 'core back -> first arrival ms', digits: 0 },
  { key: 'cpuUsDrain', label: 'site CPU us per delivered msg (drain)', digits: 1 },
  { key: 'rssIdleMb', label: 'RSS idle MiB (2 s after start)', digits: 1 },
  { key: 'rssSettledMb', label: 'RSS idle MiB (after the load, settled)', digits: 1 },
  { key: 'rssBacklogMb', label: 'RSS with the backlog MiB', digits: 1 },
  { key: 'backlogAcked', label: 'PUBACKed during the outage', digits: 0 },
  { key: 'outageLost', label: 'lost after the outage', digits: 0 },
  { key: 'killAcked', label: 'PUBACKed before kill -9', digits: 0 },
  { key: 'killLost', label: 'lost after kill -9 in an outage', digits: 0 },
  { key: 'othersCoresFlood', label: 'other processes on the machine, cores (flood)', digits: 2 },
];

export type Figures = Partial<Record<TargetName, Partial<Record<Key | 'duplicates', Spread>>>>;

export function figuresOf(runs: Partial<Record<TargetName, RunFigures[]>>): Figures {
  const out: Figures = {};
  for (const t of TARGETS) {
    const rs = runs[t];
    if (!rs?.length) continue;
    const f: Partial<Record<Key | 'duplicates', Spread>> = {};
    for (const k of [...ROWS.map((r) => r.key), 'duplicates' as const]) {
      const vals = rs.map((r) => r[k]).filter((v): v is number => v !== undefined);
      if (vals.length) f[k] = spread(vals);
    }
    out[t] = f;
  }
  return out;
}

function cell(s: Spread | undefined, digits: number): string {
  if (!s || !Number.isFinite(s.median)) return s ? 'n/a' : '-';
  const m = round(s.median, digits).toLocaleString('en-US');
  if (s.runs.length < 2 || s.min === s.max) return m;
  return `${m} (${round(s.min, digits).toLocaleString('en-US')}..${round(s.max, digits).toLocaleString('en-US')})`;
}

function ratio(a: Spread | undefined, b: Spread | undefined): string {
  if (!a || !b || !Number.isFinite(a.median) || !Number.isFinite(b.median)) return '-';
  if (b.median === 0) return a.median === 0 ? '=' : 'inf';
  return `${round(a.median / b.median, 2)}x`;
}

function rowsOf(fig: Figures, prefix: string): string[][] {
  return ROWS.filter((r) => TARGETS.some((t) => fig[t]?.[r.key] !== undefined)).map((r) => [
    `${prefix}${r.label}`,
    cell(fig.gateway?.[r.key], r.digits),
    cell(fig.bridge?.[r.key], r.digits),
    cell(fig.bridgeUnlimited?.[r.key], r.digits),
    ratio(fig.gateway?.[r.key], fig.bridge?.[r.key]),
    ratio(fig.gateway?.[r.key], fig.bridgeUnlimited?.[r.key]),
  ]);
}

/** `free`: every process on every core; `pinned`: each site on one core, load and core broker on the others. */
export function renderTable(free: Figures, pinned: Figures = {}): string {
  const head = [
    'figure (median (min..max))',
    TARGET_LABEL.gateway,
    TARGET_LABEL.bridge,
    TARGET_LABEL.bridgeUnlimited,
    'gw / bridge',
    'gw / bridge max_queued 0',
  ];
  const rows = [...rowsOf(free, ''), ...rowsOf(pinned, '1 core: ')];
  const lines = [head, ...rows].map((cols) => `| ${cols.join(' | ')} |`);
  lines.splice(1, 0, `|${head.map(() => '---').join('|')}|`);
  return `${lines.join('\n')}\n`;
}
