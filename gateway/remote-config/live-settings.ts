// The one list of config settings the gateway applies while running: Controller.reload (SIGHUP) applies them and the
// remote-config check (check.ts) sorts a version by them into "live" or "needs a restart". A changed setting not named
// here, or under a name here, takes effect only after a restart. docs/remote-config.md and the README's reload section
// print this table; keep the three in step.
//
// Left restart-only on purpose: the device broker's listeners and guards (broker.host/port/tls, connection caps,
// connectMaxBytes, connectDeadlineMs, maxPayloadBytes, loginBackoff): the connection guard and the login back-off take
// their limits when the broker is built, aedes takes its CONNECT timeout then, and the packet size is fixed in the
// parser, so a new value would apply to some sockets and not others; uplink settings other than maxRate (a new core
// connection); the spool (never remotely, and not live: it would strand buffered data); http; health.enabled and
// health.inflowWindowS (the publisher and the time probe start or not at start; the inflow average keeps its window);
// remoteConfig; opcua settings outside devices.

/** A setting applied live: its path (dotted, from the config's root; a section name covers all of it) and how. */
export interface LiveSetting {
  path: string;
  how: string;
}

export const LIVE_SETTINGS: readonly LiveSetting[] = [
  { path: 'devices', how: 'machines added, removed or changed (password, budget, codec); only those are disconnected' },
  { path: 'log.level', how: 'the log level, at once' },
  { path: 'broker.deviceBudget', how: 'every machine without its own budget gets the new limits at its next packet' },
  { path: 'health.intervalS', how: 'the next health message comes one new interval after the last' },
  { path: 'health.minGapMs', how: 'the next change waits the new gap' },
  { path: 'health.configVersion', how: 'the next health message carries the new label' },
  { path: 'clock', how: 'new skew limit, probe interval and sample counts at the next sample or probe' },
  { path: 'uplink.maxRate', how: 'the uplink sends at the new rate from its next batch' },
];

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Dotted paths of the leaves that differ between two configs (arrays are leaves: `devices` compares whole). */
export function changedPaths(before: Json, after: Json, prefix = ''): string[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => changedPaths(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

/** Whether a setting (a dotted path) is applied live. */
export function isLive(path: string): boolean {
  return LIVE_SETTINGS.some((s) => path === s.path || path.startsWith(`${s.path}.`));
}

export interface ConfigChange {
  /** Changed settings applied live (dotted paths). */
  live: string[];
  /** Changed settings that take effect after a restart (dotted paths). */
  restart: string[];
}

/** Sorts what changed between the config running and the next one into live and restart-only settings. */
export function classifyChange(running: Json, next: Json): ConfigChange {
  const paths = changedPaths(running, next);
  return { live: paths.filter(isLive), restart: paths.filter((p) => !isLive(p)) };
}

/** The top-level sections of a list of paths, in order, once each. */
export function sectionsOf(paths: readonly string[]): string[] {
  return [...new Set(paths.map((p) => p.split('.')[0]!))].sort();
}
