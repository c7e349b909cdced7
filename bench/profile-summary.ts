// Reads a V8 .cpuprofile (written by `node --cpu-prof`) and ranks functions by self time, so a bench run can name where
// the gateway's CPU went without opening DevTools. Also sums time by package (aedes, mqtt, protobufjs, the gateway's own
// folders, node internals), which is usually the more useful first answer.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  wallMs: number;
  /** Sampled time that was not "(idle)": the process on a CPU (or waiting for one). Shares below are of all samples. */
  busyMs: number;
  /** Share of samples in each bucket, busiest first. "(idle)" is the event loop waiting. */
  byArea: { area: string; pct: number }[];
  top: { fn: string; where: string; pct: number }[];
}

function area(url: string, fn: string): string {
  if (fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)') return fn;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/(gateway\/spool|gateway|protocols|devices|proto|base)\//.exec(url);
  if (own) return own[1]!;
  return url ? 'other' : '(native)';
}

/** `strip`: directory prefixes to drop from script paths (the repository, the bench's copy of it). */
export function summariseProfile(file: string, topN = 15, strip: string[] = []): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  // Self time per node from the sample stream (timeDeltas[i] is the time before sample i).
  const self = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i + 1] ?? 0;
    self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + dt);
    total += dt;
  }
  const areas = new Map<string, number>();
  const fns = new Map<string, { fn: string; where: string; us: number }>();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const fn = functionName || '(anonymous)';
    const a = area(url, fn);
    areas.set(a, (areas.get(a) ?? 0) + us);
    let path = url.replace(/^file:\/\//, '');
    for (const prefix of strip) if (path.startsWith(prefix)) path = path.slice(prefix.length);
    path = path.replace(/^.*\/bench-spool-e2e-code-[^/]+\//, ''); // the bench's copy of the tree (bench/snapshot.ts)
    const where = url ? `${path}:${lineNumber + 1}` : '';
    const key = `${fn}@${where}`;
    const f = fns.get(key) ?? { fn, where, us: 0 };
    f.us += us;
    fns.set(key, f);
  }
  const pct = (us: number): number => Math.round((us / total) * 1000) / 10;
  return {
    file,
    wallMs: Math.round((p.endTime - p.startTime) / 1000),
    busyMs: Math.round((total - (areas.get('(idle)') ?? 0)) / 1000),
    byArea: [...areas].sort((a, b) => b[1] - a[1]).map(([a, us]) => ({ area: a, pct: pct(us) })),
    top: [...fns.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, topN)
      .map((f) => ({ fn: f.fn, where: f.where, pct: pct(f.us) })),
  };
}

/**
 * Each sample charged to the innermost frame of our own code on its stack (`own` matches the script URL: the built
 * bundle, or the TypeScript files), so library and native work (mqtt-packet, protobufjs, a writev, an fdatasync) counts
 * towards the gateway function that asked for it. Samples with no own frame go to the area of their innermost frame
 * ("aedes", "(garbage collector)", "(idle)"...). Microseconds per "function file:line", busiest first.
 */
export function byOwnCaller(file: string, own: RegExp, strip: string[] = []): { caller: string; us: number }[] {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const charged = new Map<number, string>();
  const chargeOf = (leaf: number): string => {
    const known = charged.get(leaf);
    if (known !== undefined) return known;
    let name: string | undefined;
    for (let id: number | undefined = leaf; id !== undefined && name === undefined; id = parent.get(id)) {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      if (!own.test(url)) continue;
      let path = url.replace(/^file:\/\//, '');
      for (const prefix of strip) if (path.startsWith(prefix)) path = path.slice(prefix.length);
      name = `${functionName || '(anonymous)'} ${path}:${lineNumber + 1}`;
    }
    if (name === undefined) {
      const { functionName, url } = byId.get(leaf)!.callFrame;
      name = `[${area(url, functionName || '(anonymous)')}] ${functionName}`;
    }
    charged.set(leaf, name);
    return name;
  };
  const out = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const k = chargeOf(p.samples[i]!);
    out.set(k, (out.get(k) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
  }
  return [...out].map(([caller, us]) => ({ caller, us })).sort((a, b) => b.us - a.us);
}

export function formatProfile(s: ProfileSummary): string {
  const lines = [`profile ${s.file} (${(s.wallMs / 1000).toFixed(1)} s of wall time, ${(s.busyMs / 1000).toFixed(1)} s busy)`];
  lines.push(
    `  by area: ${s.byArea
      .slice(0, 10)
      .map((a) => `${a.area} ${a.pct}%`)
      .join(', ')}`,
  );
  for (const f of s.top) lines.push(`  ${String(f.pct).padStart(5)}%  ${f.fn}  ${f.where}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of process.argv.slice(2)) process.stdout.write(`${formatProfile(summariseProfile(f, 25, [`${process.cwd()}/`]))}\n`);
}
