// The fault suite (long-running, not part of npm test): the gateway under load through repeated random kill -9, uplink
// flaps through a TCP proxy, spool quota exhaustion, a corrupted sealed segment, power cuts on a disk that keeps only
// what was fsynced (needs root and FUSE; skipped with the reason otherwise), and fuzzed device payloads (in process
// through every kind's codec, and a sample over MQTT through the running gateway). Prints, per scenario and in total,
// messages acknowledged, delivered, lost, quarantined (records in a segment we corrupted on purpose), duplicated (same
// txId, i.e. same message, delivered twice) and inputs rejected; exits 1 on any loss (quarantined excepted) or crash.
// `node --import tsx bench/faults.ts [--quick] [--seed N] [--fuzz N] [--only kill,flap,quota,corrupt,fuzz,powercut]`
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { KINDS } from '../devices/registry.ts';
import { startMosquitto } from '../harness/mosquitto.ts';
import { parseRecord } from '../gateway/spool/record.ts';
import { CompareSink } from './compare-sink.ts';
import { fuzzCases, fuzzInProcess, rng } from './faults-fuzz.ts';
import { FaultGateway, tally } from './faults-gateway.ts';
import { progress } from './progress.ts';
import { indexOf } from './sale.ts';
import { sleep } from '../harness/wait.ts';
import { powercutUnavailable } from '../harness/powercut.ts';
import { runPowercuts } from '../harness/powercut-run.ts';
import { startLongRun } from './long-run.ts';

const argv = process.argv.slice(2);
const arg = (n: string): string | undefined => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : undefined);
const quick = argv.includes('--quick');
const seed = Number(arg('seed') ?? Date.now() % 100000);
const only = (arg('only') ?? 'kill,flap,quota,corrupt,fuzz,powercut').split(',');
const SCEN_MS = quick ? 20_000 : 120_000;
const FUZZ = Number(arg('fuzz') ?? 100_000);
const FUZZ_MQTT = quick ? 500 : 2000;
const r = rng(seed);

type Row = Record<string, number | string>;
const rows: Row[] = [];
const failures: string[] = [];

function record(name: string, row: Row & { lost?: number }, crashes: string[]): void {
  rows.push({ scenario: name, ...row, crashes: crashes.length });
  if ((row.lost ?? 0) > 0)
    failures.push(`${name}: ${row.lost} acknowledged messages never arrived (e.g. index ${String(row.lostExamples)})`);
  for (const c of crashes) failures.push(`${name}: ${c}`);
  progress(`${name}: ${JSON.stringify(rows[rows.length - 1])}`);
}

async function settle(fg: FaultGateway, sink: CompareSink, name: string): Promise<void> {
  for (const d of fg.devices) d.stopProducing();
  if (!(await fg.allAcked(60_000))) failures.push(`${name}: devices still had unacknowledged messages after 60 s`);
  await sink.settle(fg.acked().length, { idleMs: 5000, firstMs: 15_000, maxMs: 120_000 });
  await sleep(500);
}

async function killLoop(ctx: Ctx): Promise<void> {
  const tag = ctx.tag();
  ctx.sink.track(tag);
  const fg = await FaultGateway.start({ ...ctx.base, name: 'kill', devices: 4, window: 50 }, tag);
  let kills = 0;
  try {
    const end = performance.now() + SCEN_MS;
    fg.produce(1e9);
    while (performance.now() < end) {
      await sleep(500 + r() * 3000);
      await fg.kill9();
      kills++;
      await fg.launch();
    }
    await settle(fg, ctx.sink, 'kill -9');
  } finally {
    await fg.close();
  }
  record('kill -9 under load', { kills, ...tally(fg.acked(), ctx.sink) }, fg.crashes);
}

async function flaps(ctx: Ctx): Promise<void> {
  const tag = ctx.tag();
  ctx.sink.track(tag);
  const fg = await FaultGateway.start({ ...ctx.base, name: 'flap', devices: 4, window: 50 }, tag);
  let cuts = 0,
    holes = 0;
  try {
    await fg.gw.waitForLog('connected to core', 15_000);
    const end = performance.now() + SCEN_MS;
    fg.produce(1e9);
    while (performance.now() < end) {
      await sleep(200 + r() * 1500);
      if (r() < 0.6) {
        fg.proxy.cut();
        cuts++;
        await sleep(r() * 2000);
        fg.proxy.restore();
      } else {
        fg.proxy.pause();
        holes++;
        await sleep(r() * 3000);
        fg.proxy.resume();
      }
    }
    await settle(fg, ctx.sink, 'flaps');
  } finally {
    await fg.close();
  }
  record('uplink flaps', { cuts, blackHoles: holes, ...tally(fg.acked(), ctx.sink) }, fg.crashes);
}

async function quota(ctx: Ctx): Promise<void> {
  const tag = ctx.tag();
  ctx.sink.track(tag);
  // 1 MiB (the schema's minimum) holds ~2,500 sales: with the core away, the gateway must stop acknowledging, not drop.
  const fg = await FaultGateway.start({ ...ctx.base, name: 'quota', devices: 2, window: 20, maxBytes: 1024 * 1024 }, tag);
  let full = false;
  try {
    await fg.gw.waitForLog('connected to core', 15_000);
    fg.proxy.cut();
    fg.produce(4000);
    const t0 = performance.now();
    await fg.gw.waitForLog('spool full', 30_000, t0).then(
      () => {
        full = true;
      },
      () => undefined,
    );
    await sleep(3000);
    const ackedWhileFull = fg.acked().length;
    progress(
      `quota: spool full: ${full}; ${ackedWhileFull} of ${fg.devices.reduce((a, d) => a + d.highestSent, 0)} acknowledged with the core away`,
    );
    fg.proxy.restore();
    await settle(fg, ctx.sink, 'quota');
    if (!full) failures.push('quota: the gateway never reported its spool full');
    record('quota exhaustion', { ackedWhileFull, ...tally(fg.acked(), ctx.sink) }, fg.crashes);
  } finally {
    await fg.close();
  }
}

/** Flips bytes inside one record's payload in the middle of an older (sealed) tx segment; returns that record's index. */
function corruptSegment(spoolDir: string, tag: string): { file: string; index: number; key: string } {
  const dir = join(spoolDir, 'tx');
  const segs = readdirSync(dir)
    .filter((n) => n.endsWith('.seg'))
    .sort();
  if (segs.length < 3) throw new Error(`corrupt: only ${segs.length} tx segments`);
  const file = join(dir, segs[Math.floor(segs.length / 2)]!);
  const buf = readFileSync(file);
  const recs: { off: number; size: number; key: string }[] = [];
  for (let off = 0; off < buf.length; ) {
    const p = parseRecord(buf, off);
    if (p.kind !== 'record') break;
    recs.push({ off, size: p.record.size, key: p.record.key });
    off += p.record.size;
  }
  const victim = recs[Math.floor(recs.length / 2)]!;
  for (let i = 0; i < 4; i++) {
    const k = victim.off + victim.size - 10 - i;
    buf[k] = buf[k]! ^ 0xff;
  } // inside the payload: the CRC no longer matches
  writeFileSync(file, buf);
  return { file, index: indexOf(tag, victim.key), key: victim.key };
}

async function corrupt(ctx: Ctx): Promise<void> {
  const tag = ctx.tag();
  ctx.sink.track(tag);
  const fg = await FaultGateway.start({ ...ctx.base, name: 'corrupt', devices: 2, window: 20, segmentBytes: 64 * 1024 }, tag);
  try {
    await fg.gw.waitForLog('connected to core', 15_000);
    fg.proxy.cut();
    fg.produce(1500);
    if (!(await fg.allAcked(60_000, 3000))) failures.push('corrupt: backlog not acknowledged in 60 s');
    await fg.stopGateway();
    const hit = corruptSegment(fg.spoolDir, tag);
    progress(`corrupt: flipped 4 bytes of record ${hit.key} in ${hit.file}`);
    const t0 = performance.now();
    await fg.launch();
    const seen = await fg.gw.waitForLog('corrupt spool record quarantined', 10_000, t0).then(
      () => true,
      () => false,
    );
    if (!seen) failures.push('corrupt: no GW_SPOOL_CORRUPT log line after the restart');
    fg.proxy.restore();
    await settle(fg, ctx.sink, 'corrupt');
    record('corrupted segment', tally(fg.acked(), ctx.sink, new Set([hit.index])), fg.crashes);
  } finally {
    await fg.close();
  }
}

async function fuzz(ctx: Ctx): Promise<void> {
  const t0 = performance.now();
  const c = fuzzInProcess(seed, FUZZ);
  progress(`fuzz in process: ${JSON.stringify(c)} in ${Math.round(performance.now() - t0)} ms`);
  rows.push({ scenario: 'fuzz (codecs in process)', cases: c.cases, accepted: c.accepted, rejected: c.rejected, threw: c.threw });
  if (c.threw > 0) failures.push(`fuzz: a codec threw: ${c.firstThrow}`);

  const tag = ctx.tag();
  ctx.sink.track(tag);
  const extra = KINDS.map((kind) => ({ id: `fz-${kind}`, kind }));
  const fg = await FaultGateway.start({ ...ctx.base, name: 'fuzz', devices: 1, window: 10, extraDevices: extra }, tag);
  let sent = 0,
    refusedConn = 0;
  const errors = { n: 0 };
  try {
    await fg.gw.waitForLog('connected to core', 15_000);
    const clients = await Promise.all(
      extra.map((d) =>
        mqtt.connectAsync(fg.file.brokerUrl, {
          clientId: d.id,
          username: d.id,
          password: 'fault-password',
          protocolVersion: 4,
          reconnectPeriod: 0,
        }),
      ),
    );
    for (const cl of clients) {
      cl.on('error', () => undefined);
      cl.on('message', () => {
        errors.n++;
      });
      await cl.subscribeAsync(`devices/${cl.options.clientId}/error`, { qos: 0 });
    }
    // A real device keeps valid traffic flowing meanwhile: it must all arrive.
    fg.produce(2000);
    const byKind = new Map(extra.map((d, i) => [d.kind, clients[i]!]));
    for (const fc of fuzzCases(seed + 1, FUZZ_MQTT)) {
      const cl = byKind.get(fc.kind)!;
      if (!cl.connected) {
        refusedConn++;
        continue;
      } // a too-large or broken packet may end a connection
      await Promise.race([cl.publishAsync(`devices/${cl.options.clientId}/${fc.channel}`, fc.payload, { qos: 1 }), sleep(2000)]).catch(
        () => undefined,
      );
      sent++;
    }
    await sleep(1000);
    await Promise.all(clients.map((cl) => cl.endAsync(true).catch(() => undefined)));
    if (!fg.gw.running) failures.push('fuzz: the gateway is not running after the MQTT fuzz');
    await settle(fg, ctx.sink, 'fuzz');
    record(
      'fuzz (over MQTT)',
      { fuzzSent: sent, errorRepliesSeen: errors.n, skippedDisconnected: refusedConn, ...tally(fg.acked(), ctx.sink) },
      fg.crashes,
    );
  } finally {
    await fg.close();
  }
}

/**
 * Power cuts on a disk that keeps only what was fsynced (harness/powercut-fs.py, FUSE, needs root): kill -9 at the
 * moment of each cut, the disk rewritten to its durable state with torn tails, restart; every third cut with the uplink
 * down. Its own core and sales (harness/powercut-run.ts), so its figures are its own row.
 */
async function powercut(ctx: Ctx): Promise<void> {
  const why = powercutUnavailable();
  if (why) {
    rows.push({ scenario: 'power cuts', skipped: why });
    progress(`power cuts skipped: ${why}`);
    return;
  }
  const f = await runPowercuts({
    dir: join(ctx.base.dir, 'powercut'),
    cuts: quick ? 8 : 30,
    uplinkDownEvery: 3,
    loadMs: [500, 3000],
    seed,
    log: progress,
  });
  const crashes = f.restartFailures.map((x) => `restart failed ${x.split('\n')[0]}`);
  if (f.hashKeyChanges > 0) failures.push(`power cuts: hash.key changed after ${f.hashKeyChanges} restarts`);
  record(
    'power cuts',
    {
      cuts: f.cuts,
      cutsWithUplinkDown: f.cutsWithUplinkDown,
      acknowledged: f.acknowledged,
      delivered: f.delivered,
      lost: f.lost,
      lostExamples: f.lostExamples.join(' '),
      hashKeyChanges: f.hashKeyChanges,
      diskEntriesLost: f.disk.lostEntries,
      diskEntriesRevived: f.disk.revivedEntries,
      tornTails: f.disk.tornFiles,
      unsyncedBytesLost: f.disk.unsyncedBytesLost,
      seconds: f.seconds,
    },
    crashes,
  );
}

interface Ctx {
  sink: CompareSink;
  base: { dir: string; corePort: number };
  tag(): string;
}

async function main(): Promise<void> {
  const started = performance.now();
  const dir = startLongRun({
    liveTree: argv.includes('--live-tree'),
    scratchPrefix: 'bench-faults-',
    deadlineMs: 14 * 60_000,
    atDeadline: '14 min bound reached: stopping',
  });
  const core = await startMosquitto({ dir, extraConfig: 'max_inflight_messages 0\nmax_queued_messages 0' });
  const sink = await CompareSink.start(core.url);
  let n = 0;
  const runId = Date.now().toString(36).slice(-5);
  const ctx: Ctx = { sink, base: { dir, corePort: core.port }, tag: () => `f${runId}${(n++).toString(36)}` };
  progress(`faults: seed ${seed}; scenarios ${only.join(',')}; ${SCEN_MS / 1000} s per timed scenario; core ${core.url}`);
  const steps: [string, (c: Ctx) => Promise<void>][] = [
    ['fuzz', fuzz],
    ['kill', killLoop],
    ['flap', flaps],
    ['quota', quota],
    ['corrupt', corrupt],
    ['powercut', powercut],
  ];
  for (const [name, f] of steps) {
    if (!only.includes(name)) continue;
    progress(`scenario ${name}`);
    try {
      await f(ctx);
    } catch (e) {
      failures.push(`${name}: ${(e as Error).message.split('\n').slice(0, 6).join(' | ')}`);
      progress(`${name} failed: ${(e as Error).message}`);
    }
  }
  await sink.close();
  await core.stop();
  const sum = (k: string): number => rows.reduce((a, row) => a + (typeof row[k] === 'number' ? (row[k] as number) : 0), 0);
  process.stdout.write(`\nfaults, seed ${seed}, ${Math.round((performance.now() - started) / 1000)} s\n`);
  for (const row of rows) process.stdout.write(`  ${JSON.stringify(row)}\n`);
  process.stdout.write(
    `total: acknowledged ${sum('acknowledged')}, delivered ${sum('delivered')}, lost ` +
      `${sum('lost')}, quarantined ${sum('quarantined')}, duplicated ${sum('duplicates')} (of which ` +
      `${sum('duplicatesSameMessageId')} with the same message_id), inputs rejected ` +
      `${sum('rejected')} (in process) + ${sum('errorRepliesSeen')} error replies over MQTT, crashes ${sum('crashes')}\n`,
  );
  if (failures.length) {
    process.stdout.write(`FAIL\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('PASS: no acknowledged message lost, no crash\n');
  process.exit(0);
}

void main();
