// Fleet recovery: N light gateways (one device each) on one mosquitto core. The core goes away (SIGTERM), every device
// publishes B sales that its gateway spools, the core comes back, and every gateway replays at once. Reported per
// configuration: the peak rate at which the core delivered to its subscriber (1 s sliding window over 100 ms buckets;
// the subscriber is one MQTT.js client, so this is the core's ingest as far as one consumer can see it), the time from
// the core's return until every backlog has arrived, and loss. Two configurations: no rate limit and a near-fixed
// reconnect delay (reconnectMinMs = reconnectMaxMs = 100), then uplink.maxRate with the shipped reconnect backoff
// (500 ms doubling to 30 s, full jitter). Run as `npm run bench -- --fleet N` (default 20) or directly.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startMosquitto, type Mosquitto } from '../harness/mosquitto.ts';
import { freePort } from '../harness/ports.ts';
import { CompareSink } from './compare-sink.ts';
import { BENCH_BUDGET, GatewayProcess, REPO } from './gateway-process.ts';
import { Fleet, Load } from './load.ts';
import { progress } from './progress.ts';
import { sleep } from '../harness/wait.ts';
import { startLongRun } from './long-run.ts';
import { round } from './stats.ts';

const argv = process.argv.slice(2);
const arg = (n: string, d: number): number =>
  argv.includes(`--${n}`) && /^\d+$/.test(argv[argv.indexOf(`--${n}`) + 1] ?? '') ? Number(argv[argv.indexOf(`--${n}`) + 1]) : d;
const N = arg('fleet', 20);
const B = arg('fleet-backlog', argv.includes('--quick') ? 1000 : 5000);
const RATE = arg('fleet-rate', 500);

interface Variant {
  name: string;
  uplink: Record<string, number>;
}
const VARIANTS: Variant[] = [
  { name: 'no rate limit, reconnect 100 ms', uplink: { maxRate: 0, reconnectMinMs: 100, reconnectMaxMs: 100 } },
  {
    name: `maxRate ${RATE}/s per gateway, backoff 0.5..30 s with full jitter`,
    uplink: { maxRate: RATE, reconnectMinMs: 500, reconnectMaxMs: 30_000 },
  },
];

async function startGateways(dir: string, core: Mosquitto, v: Variant, tag: number) {
  const out: { gw: GatewayProcess; url: string; dev: { id: string; password: string } }[] = [];
  // Started a few at a time: twenty tsx start-ups at once on 2 cores only slow each other down.
  for (let i = 0; i < N; i += 4) {
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(4, N - i) }, async (_, k) => {
          const n = i + k,
            port = await freePort(),
            dev = { id: `vend-${n}`, password: `pw-${n}` };
          const config = {
            site: { id: `mo-fleet-${String(n).padStart(2, '0')}`, name: `Fleet site ${n}` },
            broker: { host: '127.0.0.1', port, deviceBudget: BENCH_BUDGET },
            devices: [{ id: dev.id, kind: 'vending', transport: 'mqtt', passwordEnv: 'FLEET_PW' }],
            uplink: { url: core.url, ...v.uplink },
            spool: { dir: join(dir, `v${tag}-gw${n}`, 'spool'), maxBytes: 256 * 1024 ** 2, segmentBytes: 4 * 1024 ** 2 },
            http: { host: '127.0.0.1', port: await freePort() },
            log: { level: 'info' },
          };
          const path = join(dir, `v${tag}-gw${n}.json`);
          writeFileSync(path, JSON.stringify(config));
          const gw = new GatewayProcess({ path, brokerUrl: `mqtt://127.0.0.1:${port}`, env: { FLEET_PW: dev.password } });
          await gw.waitForLog('device broker listening', 120_000);
          await gw.waitForLog('connected to core', 30_000);
          return { gw, url: `mqtt://127.0.0.1:${port}`, dev };
        }),
      )),
    );
    progress(`  ${out.length} of ${N} gateways up`);
  }
  return out;
}

async function variantRun(dir: string, core: Mosquitto, sink: CompareSink, v: Variant, tag: number) {
  progress(`fleet: ${N} gateways, ${B} messages each, ${v.name}`);
  const gws = await startGateways(dir, core, v, tag);
  const fleets: Fleet[] = [];
  try {
    // Tags of at most 7 characters: with 8-14, sale.ts's zero-filled receipt is 13-19 digits, which passes the Luhn
    // check, and the vending codec refuses it as a card number (GW_PAYLOAD_CARD_NUMBER, acknowledged but not stored).
    const t = `${Date.now().toString(36).slice(-3)}${tag}`;
    const tags = gws.map((_, i) => `${t}${i.toString(36)}`);
    sink.track(tags, B);
    await core.stop();
    for (const g of gws) fleets.push(await Fleet.connect(g.url, [g.dev]));
    // One load per gateway, each with its own tag; the sink maps tag k to indices k*B .. k*B+B-1.
    const loads = fleets.map((f, i) => new Load(f, tags[i]!, 100));
    const f0 = performance.now();
    await Promise.all(loads.map((l) => l.burst(B)));
    const acked = loads.reduce((a, l) => a + l.acked, 0);
    progress(`  ${acked} PUBACKed with the core down in ${round((performance.now() - f0) / 1000, 1)} s; core back now`);
    await sleep(3000); // let the gateways' backoff grow as it would in a real outage
    const buckets: number[] = [];
    let last = 0;
    const meter = setInterval(() => {
      buckets.push(sink.received - last);
      last = sink.received;
    }, 100);
    const back = performance.now();
    await core.restart();
    await sink.settle(acked, { idleMs: 40_000, firstMs: 60_000, maxMs: 240_000 }, (n) => progress(`  ${n} of ${acked} at the core`));
    clearInterval(meter);
    buckets.push(sink.received - last);
    // Peak over a 1 s sliding window (scaled up when the whole drain took less than 1 s), and over one 100 ms bucket.
    const w = Math.max(1, Math.min(10, buckets.length));
    let peak = 0;
    for (let i = 0; i + w <= buckets.length; i++) peak = Math.max(peak, buckets.slice(i, i + w).reduce((a, b) => a + b, 0) * (10 / w));
    const peak100 = Math.max(...buckets) * 10;
    const res = {
      variant: v.name,
      gateways: N,
      perGateway: B,
      acked,
      delivered: sink.received,
      lost: acked - sink.received,
      duplicates: sink.duplicates,
      peakRate: Math.round(peak),
      peak100msRate: peak100,
      drainS: round((sink.lastAt - back) / 1000, 1),
      firstArrivalS: round((sink.firstAt - back) / 1000, 2),
    };
    progress(`  ${JSON.stringify(res)}`);
    return res;
  } finally {
    await Promise.all(fleets.map((f) => f.close()));
    await Promise.all(gws.map((g) => g.gw.stop()));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const dir = startLongRun({
    liveTree: argv.includes('--live-tree'),
    scratchPrefix: 'bench-fleet-',
    deadlineMs: 14 * 60_000,
    atDeadline: '14 min bound reached: stopping',
  });
  // Persistence on the core only so that the subscriber's session (clean: false) survives the core's restart.
  const core = await startMosquitto({ dir, persistence: true, extraConfig: 'max_inflight_messages 0\nmax_queued_messages 0' });
  const sink = await CompareSink.start(core.url, { clean: false });
  const results = [];
  try {
    for (const [i, v] of VARIANTS.entries()) results.push(await variantRun(dir, core, sink, v, i));
  } finally {
    await sink.close();
    await core.stop();
  }
  const lines = [
    '| fleet variant | gateways x backlog | peak msg/s at the core (1 s) | peak msg/s (100 ms) | core ' +
      'back -> all drained s | first arrival s | lost | duplicates |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results)
    lines.push(
      `| ${r.variant} | ${r.gateways} x ${r.perGateway} | ${r.peakRate} | ${r.peak100msRate} | ` +
        `${r.drainS} | ${r.firstArrivalS} | ${r.lost} | ${r.duplicates} |`,
    );
  process.stdout.write(`\n${lines.join('\n')}\n`);
  mkdirSync(join(REPO, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(REPO, 'bench', 'results', 'fleet.json'),
    `${JSON.stringify({ date: new Date().toISOString(), command: `node --import tsx bench/fleet-recovery.ts ${argv.join(' ')}`, elapsedS: round((performance.now() - started) / 1000, 1), results }, null, 2)}\n`,
  );
  progress(`done in ${round((performance.now() - started) / 1000, 1)} s; JSON in bench/results/fleet.json`);
  process.exit(results.some((r) => r.lost > 0) ? 1 : 0);
}

void main();
