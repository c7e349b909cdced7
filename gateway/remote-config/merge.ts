// How a remote configuration and the site's own file combine (docs/remote-config.md, "How remote and local combine").
// The site's file is the base; the remote document overrides what it names and nothing else:
//   - objects merge key by key, to any depth (a remote { "log": { "level": "debug" } } keeps the file's log.pretty);
//   - "devices" merges by id: a remote machine with a new id is added, one with a known id replaces the file's entry
//     whole; machines of the file the document does not name stay. Each remote version is complete in itself: a machine
//     an earlier version added and this one omits is gone;
//   - every other array, and every scalar, is replaced.
// Some settings belong to the site alone (FORBIDDEN): a document that names one is refused whole.
import { classifyChange, sectionsOf } from './live-settings.ts';

export interface MergeProblem {
  path: string;
  code: 'GW_CONFIG_REMOTE_FORBIDDEN';
  message: string;
}

/**
 * Paths a remote document may not name, and why. The spool and the site id would move or strand buffered data (the
 * records are the site's; the topics carry its id); remoteConfig and the two keys would let the core take the site
 * out of its operators' hands (turn refusal off, trust another key).
 */
export const FORBIDDEN: readonly { path: string[]; why: string }[] = [
  { path: ['site', 'id'], why: 'the site id names the buffered records and every topic; only the site file sets it' },
  { path: ['spool'], why: 'the spool holds buffered data; moving or resizing it remotely could strand or drop records' },
  { path: ['remoteConfig'], why: 'whether and how remote configuration applies is for the site file alone' },
  { path: ['uplink', 'configKey'], why: 'which key signs configurations is for the site file alone' },
  { path: ['uplink', 'commandKey'], why: 'which key signs commands is for the site file alone' },
];

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The settings of a remote document that the site keeps for itself, each with its JSON pointer. */
export function forbiddenSettings(remote: Record<string, Json>): MergeProblem[] {
  const out: MergeProblem[] = [];
  for (const rule of FORBIDDEN) {
    let node: Json = remote;
    for (const key of rule.path) node = isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    if (node !== undefined) out.push({ path: `/${rule.path.join('/')}`, code: 'GW_CONFIG_REMOTE_FORBIDDEN', message: rule.why });
  }
  return out;
}

/** The site file with the remote document merged over it (neither argument is changed). */
export function mergeConfig(local: Json, remote: Record<string, Json>): Json {
  const base = structuredClone(local);
  if (!isObject(base)) return base;
  for (const [key, value] of Object.entries(remote)) {
    base[key] = key === 'devices' ? mergeDevices(base[key], value) : mergeValue(base[key], value);
  }
  return base;
}

function mergeValue(base: Json, over: Json): Json {
  if (!isObject(base) || !isObject(over)) return structuredClone(over);
  const out: Record<string, Json> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergeValue(base[key], value);
  return out;
}

function mergeDevices(base: Json, over: Json): Json {
  // Anything but two arrays is left to the schema check to refuse, with its path.
  if (!Array.isArray(base) || !Array.isArray(over)) return structuredClone(over);
  const out = structuredClone(base) as Json[];
  for (const device of over) {
    const id = isObject(device) ? device.id : undefined;
    const at = id === undefined ? -1 : out.findIndex((d) => isObject(d) && d.id === id);
    if (at >= 0) out[at] = structuredClone(device);
    else out.push(structuredClone(device));
  }
  return out;
}

/** The top-level sections with a changed setting that needs a restart (live-settings.ts is the one list of live ones). */
export function restartSections(running: Record<string, Json>, next: Record<string, Json>): string[] {
  return sectionsOf(classifyChange(running, next).restart);
}

/** The top-level sections with a changed setting applied live. */
export function liveSections(running: Record<string, Json>, next: Record<string, Json>): string[] {
  return sectionsOf(classifyChange(running, next).live);
}
