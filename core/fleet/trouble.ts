// What is wrong with a site, in the order an operator should look: a site that cannot send at all first, then one that
// is losing or about to lose data, then the ones whose data is late or cannot be trusted. The page sorts by the first
// trouble in this list, then by how many, then by the oldest unsent age.
import type { ConfigStateName } from './input.ts';
import type { SiteRecord } from './model.ts';

export const TROUBLES = [
  'offline',
  'silent',
  'spool-full',
  'corrupt',
  'outage-hours-low',
  'backlog-old',
  'machines-offline',
  'config-failed',
  'clock-skew',
  'old-version',
] as const;
export type Trouble = (typeof TROUBLES)[number];
/** Troubles that mean data is not arriving or is at risk; the rest are warnings. */
export const SEVERE: ReadonlySet<Trouble> = new Set(['offline', 'silent', 'spool-full', 'corrupt', 'outage-hours-low']);

export interface TroubleRules {
  /** An online site whose latest health is older than this is "silent" (3 health intervals by default). */
  staleMs: number;
  maxUnsentAgeMs: number;
  minOutageHours: number;
  /** Used when a site's health does not say its own clock.maxSkewMs. */
  maxSkewMs: number;
}

export const DEFAULT_RULES: TroubleRules = { staleMs: 180_000, maxUnsentAgeMs: 15 * 60_000, minOutageHours: 24, maxSkewMs: 2_000 };

/** The facts the page, /api/fleet and /metrics share, computed once per site per request. */
export interface SiteFacts {
  online: boolean;
  /** Age of the latest health by the core's clock (the site's time corrected by its own offset estimate); null: none. */
  healthAgeMs: number | null;
  depth: number;
  bytes: number;
  /** The reported oldest unsent age, plus the time since that report while anything waits: it keeps ageing. */
  oldestUnsentAgeMs: number;
  outageHoursLeft: number | null;
  spoolFull: boolean;
  corruptions: number;
  machines: number;
  machinesOffline: number;
  /** Core minus gateway clock; null until the site has an estimate. */
  clockOffsetMs: number | null;
  clockSkewed: boolean;
  machineClocksSkewed: number;
  commandsFailed: number;
  version: string;
  oldVersion: boolean;
  /** The remote configuration version the site runs (its health, else its status, else its last result); null: unknown. */
  configVersion: number | null;
  /** The site's latest ConfigResult: problem codes only; null until one arrived. */
  configResult: { version: number; state: ConfigStateName; timeMs: number; codes: string[] } | null;
  troubles: Trouble[];
}

export function siteFacts(site: SiteRecord, now: number, newestVersion: string, rules: TroubleRules): SiteFacts {
  const h = site.health;
  const online = site.status?.online === true;
  const clockKnown = h?.clock.known === true;
  const healthAgeMs = h ? Math.max(0, now - (h.timeMs + (clockKnown ? h.clock.offsetMs : 0))) : null;
  const depth = h ? h.spool.classes.reduce((n, c) => n + c.depth, 0) : 0;
  const reportedAge = h ? h.spool.classes.reduce((n, c) => Math.max(n, c.oldestUnsentAgeMs), 0) : 0;
  const oldestUnsentAgeMs = depth > 0 ? reportedAge + (healthAgeMs ?? 0) : 0;
  const maxSkewMs = h && h.clock.maxSkewMs > 0 ? h.clock.maxSkewMs : rules.maxSkewMs;
  const clockSkewed = clockKnown && (h.clock.skewed || Math.abs(h.clock.offsetMs) - h.clock.uncertaintyMs > maxSkewMs);
  const machineClocksSkewed = h ? h.machines.filter((m) => m.clock.known && (m.clock.skewed || m.clock.jumped)).length : 0;
  const machines = h ? h.machines.length : (site.status?.machines ?? 0);
  const machinesOffline = h ? h.machines.filter((m) => !m.online).length : 0;
  const version = h?.version || site.status?.version || '';
  const oldVersion = version !== '' && compareVersions(version, newestVersion) < 0;
  const r = site.configResult;
  const configVersion = h ? h.remoteConfigVersion : site.status ? site.status.configVersion : r ? r.activeVersion : null;
  // The last result says the core's latest config did not take: rejected, or applied and rolled back.
  const configFailed = r !== undefined && (r.state === 'rejected' || r.state === 'rolled_back');
  const troubles: Trouble[] = [];
  if (!online) troubles.push('offline');
  else if (healthAgeMs === null || healthAgeMs > rules.staleMs) troubles.push('silent');
  if (h?.spool.full) troubles.push('spool-full');
  if (h && h.spool.corruptions > 0) troubles.push('corrupt');
  if (h?.spool.outageHoursLeft != null && h.spool.outageHoursLeft < rules.minOutageHours) troubles.push('outage-hours-low');
  if (oldestUnsentAgeMs > rules.maxUnsentAgeMs) troubles.push('backlog-old');
  if (machinesOffline > 0) troubles.push('machines-offline');
  if (configFailed) troubles.push('config-failed');
  if (clockSkewed || machineClocksSkewed > 0) troubles.push('clock-skew');
  if (oldVersion) troubles.push('old-version');
  return {
    online,
    healthAgeMs,
    depth,
    bytes: h ? h.spool.classes.reduce((n, c) => n + c.bytes, 0) : 0,
    oldestUnsentAgeMs,
    outageHoursLeft: h?.spool.outageHoursLeft ?? null,
    spoolFull: h?.spool.full === true,
    corruptions: h?.spool.corruptions ?? 0,
    machines,
    machinesOffline,
    clockOffsetMs: clockKnown ? h.clock.offsetMs : null,
    clockSkewed,
    machineClocksSkewed,
    commandsFailed: h?.commandsFailed ?? 0,
    version,
    oldVersion,
    configVersion,
    configResult: r ? { version: r.version, state: r.state, timeMs: r.timeMs, codes: r.codes } : null,
    troubles,
  };
}

/** Trouble first: by the first trouble's rank, then more troubles, then the older backlog, then the site id. */
export function compareTrouble(a: { id: string; facts: SiteFacts }, b: { id: string; facts: SiteFacts }): number {
  const rank = (f: SiteFacts) => (f.troubles.length > 0 ? TROUBLES.indexOf(f.troubles[0]!) : TROUBLES.length);
  return (
    rank(a.facts) - rank(b.facts) ||
    b.facts.troubles.length - a.facts.troubles.length ||
    b.facts.oldestUnsentAgeMs - a.facts.oldestUnsentAgeMs ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Numeric comparison of the dotted release part (1.10.0 > 1.9.3); a pre-release (1.2.0-rc.1) sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < Math.max(coreA.length, coreB.length); i++) {
    const d = (coreA[i] ?? 0) - (coreB[i] ?? 0);
    if (d !== 0) return d;
  }
  if (preA === preB) return 0;
  if (preA === '') return 1;
  if (preB === '') return -1;
  return preA < preB ? -1 : 1;
}

function splitVersion(v: string): [number[], string] {
  const dash = v.search(/[-+]/);
  const core = dash >= 0 ? v.slice(0, dash) : v;
  const pre = dash >= 0 && v[dash] === '-' ? v.slice(dash + 1).replace(/\+.*$/, '') : '';
  return [core.split('.').map((p) => (/^\d{1,9}$/.test(p) ? Number(p) : 0)), pre];
}

export function newestVersion(sites: Iterable<SiteRecord>): string {
  let newest = '';
  for (const s of sites) {
    const v = s.health?.version || s.status?.version || '';
    if (v && v !== 'invalid' && (newest === '' || compareVersions(v, newest) > 0)) newest = v;
  }
  return newest;
}
