// Command line and sizes. Defaults are the figures; --quick shrinks everything for a smoke run under a minute.
import { parseArgs } from 'node:util';

export const PHASES = ['spool', 'throughput', 'latency', 'drain', 'backlog'] as const;
export type Phase = (typeof PHASES)[number];

export interface BenchOptions {
  quick: boolean;
  json: boolean;
  profile: boolean;
  liveTree: boolean;
  /** Longest wait for a quieter machine before each measured run (0: never wait). */
  quietWaitMs: number;
  /** Extra node flags for every gateway child, for experiments (e.g. --max-old-space-size=96). */
  gatewayNodeArgs: string[];
  runs: number;
  phases: Phase[];
  devices: number;
  window: number;
  throughput: { warmupMs: number; durationMs: number };
  latency: { rate: number; warmupMs: number; durationMs: number };
  drain: { messages: number };
  backlog: { messages: number; fillBudgetMs: number; startupBytes: number; startupRuns: number };
  spoolAlone: { records: number };
  /** The whole run is aborted (and everything stopped) after this long. */
  deadlineMs: number;
}

export const HELP = `Usage: npm run bench:spool -- [options]  (or: node --import tsx bench/spool-e2e.ts [options])

Device -> gateway (fsync before PUBACK) -> mosquitto core, QoS 1, 300-byte vending sales.

  --quick            small sizes, one run each: a smoke test in under a minute
  --runs N           runs per figure (median, min, max); default 3 (1 with --quick)
  --json             print the JSON report on stdout (the table goes to stderr)
  --only LIST        comma-separated phases: ${PHASES.join(',')} (default: all)
  --devices N        device connections (default 8)
  --window N         unacknowledged messages per device (default 100)
  --rss-messages N   backlog for the RSS figure (default 1000000)
  --startup-mb N     spool size for the start-up figure in MiB (default 1024; 0 skips the start-up figure)
  --quiet-wait S     before each run wait up to S seconds while other processes use > 0.25 cores (default 20, 0 with --quick; 0 = off)
  --gateway-node-args="FLAGS"  extra node flags for the gateway, for experiments (e.g. --gateway-node-args="--max-old-space-size=96")
  --live-tree        run the gateway from the working tree itself, not from a copy taken at start
  --profile          one more throughput run and fill+drain with the gateway under --cpu-prof; top functions printed
  --help

Progress goes to stderr; the report is always written to bench/results/spool-e2e.json.`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'live-tree': { type: 'boolean', default: false },
      'quiet-wait': { type: 'string' },
      'gateway-node-args': { type: 'string' },
      runs: { type: 'string' },
      only: { type: 'string' },
      devices: { type: 'string' },
      window: { type: 'string' },
      'rss-messages': { type: 'string' },
      'startup-mb': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }
  const int = (name: string, v: string | undefined, dflt: number, min = 1): number => {
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got "${v}"`);
    return n;
  };
  const quick = values.quick!;
  const phases = values.only ? values.only.split(',').map((p) => p.trim()) : [...PHASES];
  for (const p of phases)
    if (!(PHASES as readonly string[]).includes(p)) throw new Error(`--only: unknown phase "${p}" (${PHASES.join(', ')})`);
  return {
    quick,
    json: values.json!,
    profile: values.profile!,
    liveTree: values['live-tree']!,
    gatewayNodeArgs: (values['gateway-node-args'] ?? '').split(/\s+/).filter(Boolean),
    quietWaitMs: int('quiet-wait', values['quiet-wait'], quick ? 0 : 20, 0) * 1000,
    runs: int('runs', values.runs, quick ? 1 : 3),
    phases: phases as Phase[],
    devices: int('devices', values.devices, 8),
    window: int('window', values.window, 100),
    throughput: quick ? { warmupMs: 1000, durationMs: 3000 } : { warmupMs: 2000, durationMs: 10_000 },
    latency: quick ? { rate: 1000, warmupMs: 500, durationMs: 3000 } : { rate: 1000, warmupMs: 1000, durationMs: 10_000 },
    drain: { messages: quick ? 10_000 : 100_000 },
    backlog: {
      messages: int('rss-messages', values['rss-messages'], quick ? 50_000 : 1_000_000),
      fillBudgetMs: quick ? 30_000 : 300_000,
      startupBytes: int('startup-mb', values['startup-mb'], quick ? 64 : 1024, 0) * 1024 * 1024,
      startupRuns: quick ? 1 : 3,
    },
    spoolAlone: { records: quick ? 20_000 : 200_000 },
    deadlineMs: quick ? 180_000 : 14 * 60_000,
  };
}
