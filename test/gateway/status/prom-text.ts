// A small parser for the Prometheus text exposition format (version 0.0.4), strict enough to catch a malformed line:
// every sample must belong to a family announced by # TYPE, label values are unescaped, values are numbers.
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
export interface Family {
  name: string;
  type: string;
  help: string;
  samples: Sample[];
}

const SUFFIXES = ['_bucket', '_sum', '_count', '_total', '_created'];

export function parsePrometheus(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const familyOf = (name: string): Family | undefined => {
    if (families.has(name)) return families.get(name);
    for (const s of SUFFIXES) if (name.endsWith(s) && families.has(name.slice(0, -s.length))) return families.get(name.slice(0, -s.length));
    return undefined;
  };
  for (const [i, line] of text.split('\n').entries()) {
    if (line === '') continue;
    let m = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (m) {
      const f = families.get(m[2]!) ?? { name: m[2]!, type: 'untyped', help: '', samples: [] };
      if (m[1] === 'HELP') f.help = m[3]!;
      else f.type = m[3]!;
      families.set(f.name, f);
      continue;
    }
    if (line.startsWith('#')) continue;
    m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: \d+)?$/.exec(line);
    if (!m) throw new Error(`line ${i + 1} is not a sample: ${line}`);
    const labels: Record<string, string> = {};
    if (m[2]) {
      const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/gy;
      let lm: RegExpExecArray | null;
      let consumed = 0;
      while ((lm = re.exec(m[2])) !== null) {
        labels[lm[1]!] = lm[2]!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
        consumed = re.lastIndex;
      }
      if (consumed !== m[2].length) throw new Error(`line ${i + 1}: bad labels: ${m[2]}`);
    }
    // Values are Go floats: NaN and Inf are case-insensitive (prom-client writes "Nan" for an empty lag histogram).
    const raw = m[3]!.toLowerCase();
    const value = raw === 'nan' ? NaN : /^[+-]?inf(inity)?$/.test(raw) ? (raw.startsWith('-') ? -Infinity : Infinity) : Number(m[3]);
    if (Number.isNaN(value) && raw !== 'nan') throw new Error(`line ${i + 1}: bad value: ${m[3]}`);
    const f = familyOf(m[1]!);
    if (!f) throw new Error(`line ${i + 1}: sample ${m[1]} has no # TYPE`);
    f.samples.push({ name: m[1]!, labels, value });
  }
  return families;
}

/** The value of the one sample named `name` whose labels include `labels`; throws when there is not exactly one. */
export function metricValue(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number {
  const all = [...families.values()].flatMap((f) => f.samples);
  const hits = all.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (hits.length !== 1) throw new Error(`${name}${JSON.stringify(labels)}: ${hits.length} samples`);
  return hits[0]!.value;
}
