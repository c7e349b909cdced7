// Fuzzing of device payloads: random bytes, and mutations of valid messages of every kind (the simulators' traffic),
// decoded in process by each kind's codec (which must never throw), and a sample sent through a running gateway over
// MQTT (which must stay up and keep delivering). Seeded, so a failing case can be reproduced.
import type { Channel, CodecContext, Traffic } from '../devices/common/types.ts';
import { codecFor, KINDS, kindEntry, type Kind } from '../devices/registry.ts';

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

export interface FuzzCase {
  kind: Kind;
  channel: Channel;
  payload: Buffer;
  how: string;
}

const CHANNELS: Channel[] = ['tx', 'telemetry', 'event', 'state'];
const WEIRD = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.1,
  '',
  'x'.repeat(5000),
  '\u0000',
  '\ud800',
  '4242424242424242',
  [],
  {},
  [[[[[]]]]],
  { __proto__: { a: 1 } },
  'NaN',
];

function mutateValue(v: unknown, r: () => number, depth = 0): unknown {
  if (depth > 6) return v;
  if (Array.isArray(v)) {
    const a = v.map((x) => (r() < 0.3 ? mutateValue(x, r, depth + 1) : x));
    if (r() < 0.2) a.push(WEIRD[Math.floor(r() * WEIRD.length)]);
    if (r() < 0.2) a.splice(Math.floor(r() * a.length), 1);
    return a;
  }
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    const keys = Object.keys(o);
    const k = keys[Math.floor(r() * keys.length)];
    const op = r();
    if (k === undefined || op < 0.15) o[`extra${Math.floor(r() * 9)}`] = WEIRD[Math.floor(r() * WEIRD.length)];
    else if (op < 0.35) delete o[k];
    else if (op < 0.7) o[k] = WEIRD[Math.floor(r() * WEIRD.length)];
    else o[k] = mutateValue(o[k], r, depth + 1);
    return o;
  }
  if (typeof v === 'number') return r() < 0.5 ? -v : v * 1e6 + 0.5;
  if (typeof v === 'string') return r() < 0.5 ? `${v}\u202e${v}` : v.slice(0, Math.floor(r() * v.length));
  return WEIRD[Math.floor(r() * WEIRD.length)];
}

function mutateBytes(buf: Buffer, r: () => number): Buffer {
  const b = Buffer.from(buf);
  const op = r();
  if (op < 0.4) for (let i = 0, n = 1 + Math.floor(r() * 8); i < n; i++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
  else if (op < 0.7) return b.subarray(0, Math.floor(r() * b.length));
  else if (op < 0.85) return Buffer.concat([b, b.subarray(Math.floor(r() * b.length))]);
  else {
    const i = Math.floor(r() * b.length);
    b[i] = 0x22;
  } // a stray quote
  return b;
}

/** Case i of the seeded stream: 20% random bytes, 40% JSON mutations, 30% byte mutations, 10% valid messages. */
export function* fuzzCases(seed: number, count: number): Generator<FuzzCase> {
  const r = rng(seed);
  const traffic = new Map<Kind, Traffic>(KINDS.map((k) => [k, kindEntry(k).simulator.traffic(`fz-${k}`, rng(seed + 7))]));
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const sim = traffic.get(kind)!.next(new Date(1_790_000_000_000 + i * 1000));
    const channel = (CHANNELS.includes(sim.channel as Channel) ? sim.channel : 'tx') as Channel;
    const valid = Buffer.from(JSON.stringify(sim.body));
    const p = r();
    if (p < 0.2) {
      const len = Math.floor(r() * (r() < 0.1 ? 70_000 : 600));
      const b = Buffer.allocUnsafe(len);
      for (let j = 0; j < len; j++) b[j] = Math.floor(r() * 256);
      yield { kind, channel: CHANNELS[Math.floor(r() * 4)]!, payload: b, how: 'random' };
    } else if (p < 0.6)
      yield { kind, channel, payload: Buffer.from(JSON.stringify(mutateValue(sim.body, r)) ?? 'null'), how: 'json-mutation' };
    else if (p < 0.9) yield { kind, channel, payload: mutateBytes(valid, r), how: 'byte-mutation' };
    else yield { kind, channel, payload: valid, how: 'valid' };
  }
}

export interface FuzzCounts {
  cases: number;
  accepted: number;
  rejected: number;
  threw: number;
  firstThrow?: string;
}

/** Decodes `count` cases in process with each kind's codec (json format); a throw is a failure. */
export function fuzzInProcess(seed: number, count: number): FuzzCounts {
  const ctx: CodecContext = { format: 'json', hashKey: Buffer.alloc(32, 7) };
  const c: FuzzCounts = { cases: 0, accepted: 0, rejected: 0, threw: 0 };
  for (const fc of fuzzCases(seed, count)) {
    c.cases++;
    try {
      const res = codecFor(fc.kind).decode(fc.channel, fc.payload, ctx);
      if (res.ok) c.accepted++;
      else c.rejected++;
    } catch (e) {
      c.threw++;
      c.firstThrow ??= `${fc.kind}/${fc.channel} ${fc.how} ${fc.payload.subarray(0, 200).toString('base64')}: ${(e as Error).message}`;
    }
  }
  return c;
}
