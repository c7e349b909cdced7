// Text guards: milliseconds per MiB for every function that masks, scans or logs text from outside (issue 12 point 3),
// on each adversarial 1 MiB shape of test/gateway/text-guards.ts, in this process, on one core.
// Prints figures, never passes or fails.
//   node --import tsx bench/text-guards.ts [--json] [--runs N] [--before]
// --json prints the JSON report on stdout (the table goes to stderr); --runs N times each (guard, shape) N times and
// keeps the median (default 3); --before also times the regular expressions this replaced on a 64 KiB topic-sized
// input (the 65,000-character topic of the issue), where one call takes seconds.
import { parseArgs } from 'node:util';
import { GUARDS, MIB, SHAPES } from '../test/gateway/text-guards.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    before: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write('Usage: node --import tsx bench/text-guards.ts [--json] [--runs N] [--before]\n');
  process.exit(0);
}
const runs = Math.max(1, Number(values.runs) || 3);
const out = values.json ? process.stderr : process.stdout;

interface Row {
  guard: string;
  worstShape: string;
  worstMsPerMiB: number;
  medianMsPerMiB: number;
  wrong: string[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(f: () => unknown): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const rows: Row[] = [];
for (const g of GUARDS) {
  const perShape: [string, number][] = [];
  const wrong: string[] = [];
  for (const [shape, input] of Object.entries(SHAPES)) {
    const result = g.run(input); // also warms up the JIT and builds lazy tables
    if (g.check(result, input) !== undefined) wrong.push(shape);
    const mib = input.length / MIB;
    perShape.push([shape, median(Array.from({ length: runs }, () => time(() => g.run(input)))) / mib]);
  }
  const worst = perShape.reduce((a, b) => (b[1] > a[1] ? b : a));
  rows.push({
    guard: g.name,
    worstShape: worst[0],
    worstMsPerMiB: round(worst[1]),
    medianMsPerMiB: round(median(perShape.map((x) => x[1]))),
    wrong,
  });
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

const before: { mask: string; inputChars: number; ms: number }[] = [];
if (values.before) {
  // The masks of gateway/status/recent-errors.ts before issue 12, on the shapes that made them quadratic.
  const old: [string, RegExp][] = [
    ['e-mail /[^\\s@]+@[^\\s@]+\\.[a-z]{2,}/gi', /[^\s@]+@[^\s@]+\.[a-z]{2,}/gi],
    ['URL credentials /\\b([a-z][a-z0-9+.-]*:\\/\\/)[^/@\\s]*@/gi', /\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi],
  ];
  const topic = `unknown channel "${'a'.repeat(65_000)}"`;
  for (const [name, re] of old) before.push({ mask: name, inputChars: topic.length, ms: round(time(() => topic.replace(re, ''))) });
}

out.write(
  `text guards: ms per MiB of input, median of ${runs}, ${Object.keys(SHAPES).length} adversarial shapes each (node ${process.version})\n\n`,
);
out.write(`${'function'.padEnd(56)} ${'median'.padStart(8)} ${'worst'.padStart(8)}  worst shape\n`);
for (const r of rows) {
  out.write(
    `${r.guard.padEnd(56)} ${r.medianMsPerMiB.toFixed(1).padStart(8)} ${r.worstMsPerMiB.toFixed(1).padStart(8)}  ${r.worstShape}${r.wrong.length ? `  WRONG on: ${r.wrong.join(', ')}` : ''}\n`,
  );
}
if (before.length) {
  out.write('\nbefore issue 12 (regular expressions), one call on a 65,000-character topic:\n');
  for (const b of before) out.write(`  ${b.mask.padEnd(60)} ${b.ms.toFixed(0).padStart(8)} ms\n`);
}
if (values.json)
  process.stdout.write(
    `${JSON.stringify({ bench: 'text-guards', node: process.version, runs, shapes: Object.keys(SHAPES), rows, before }, null, 2)}\n`,
  );
