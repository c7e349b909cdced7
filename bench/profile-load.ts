// One gateway (as the unit runs it) under one steady shape of load, with `node --cpu-prof`, and where its CPU went:
// self time by area and by function, and the inclusive time of the per-message steps of ingest -> spool -> uplink
// (each sample charged to the innermost gateway function on its stack), as shares of the gateway's busy time. The
// profile covers the whole process, start-up and warm-up
// included; the CPU per message printed is over the measured window only (/proc/PID/stat).
//
//   node --import tsx bench/profile-load.ts --shape flood --seconds 15
//   node --import tsx bench/profile-load.ts --shape steady --rate 1000 --seconds 15
//   node --import tsx bench/profile-load.ts --shape steady --pin      # the gateway on one core, as on a small box
//
// The .cpuprofile stays in bench/results/profiles/ (open it in Chrome DevTools for the call tree).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO } from './gateway-process.ts';
import { Load } from './load.ts';
import { cpuPlan, pin } from './pinning.ts';
import { cpuSecondsOf } from './proc-stats.ts';
import { byOwnCaller, formatProfile, summariseProfile } from './profile-summary.ts';
import { progress } from './progress.ts';
import { Rig } from './rig.ts';

/** utime and stime (clock ticks) per thread of `pid`, keyed "tid name"; threads that have ended are missing. */
function threadTicks(pid: number): Map<string, { user: number; system: number }> {
  const out = new Map<string, { user: number; system: number }>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(`${tid} ${name}`, { user: Number(f[11]), system: Number(f[12]) });
    } catch {
      // the thread ended in between
    }
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shape: { type: 'string', default: 'steady' },
      seconds: { type: 'string', default: '15' },
      rate: { type: 'string', default: '1000' },
      devices: { type: 'string', default: '8' },
      window: { type: 'string', default: '100' },
      pin: { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const rate = Number(values.rate);
  const profDir = join(REPO, 'bench', 'results', 'profiles', `load-${values.shape}-${Date.now().toString(36)}`);
  mkdirSync(profDir, { recursive: true });
  const rig = await Rig.start({ devices: Number(values.devices), window: Number(values.window) });
  const plan = values.pin ? cpuPlan() : undefined;
  try {
    const { gw, brokerUrl } = await rig.startGateway(rig.spoolDir('profile'), { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir] });
    if (plan) {
      pin(gw.pid, plan.siteCpu);
      pin(process.pid, plan.restCpus);
      pin(rig.core.pid, plan.restCpus);
    }
    const fleet = await rig.connectFleet(brokerUrl);
    const tag = rig.nextTag();
    rig.sink.track(tag);
    const load = new Load(fleet, tag, rig.opts.window);
    const run = (ms: number): Promise<void> => (values.shape === 'flood' ? load.flood(ms) : load.paced(rate, ms));
    await run(2000); // warm-up: JIT, first segment
    const c0 = cpuSecondsOf(gw.pid),
      r0 = rig.sink.received,
      th0 = threadTicks(gw.pid);
    await run(seconds * 1000);
    await rig.sink.waitForCount(load.acked, 60_000);
    const delivered = Math.max(1, rig.sink.received - r0);
    const usPerMsg = ((cpuSecondsOf(gw.pid) - c0) * 1e6) / delivered;
    // Where the CPU time went by thread (main: JavaScript and syscalls made from it; libuv pool: fs calls, fdatasync,
    // scrypt; V8 workers: concurrent GC and compilation), user and system, per delivered message. Ticks of 1/100 s.
    const threads: string[] = [];
    for (const [k, t1] of threadTicks(gw.pid)) {
      const t = th0.get(k) ?? { user: 0, system: 0 };
      const user = ((t1.user - t.user) * 1e4) / delivered,
        system = ((t1.system - t.system) * 1e4) / delivered;
      if (user + system >= 1) threads.push(`  ${k}: user ${user.toFixed(1)} us/msg, system ${system.toFixed(1)} us/msg`);
    }
    await fleet.close();
    await gw.stop();
    const file = readdirSync(profDir).find((n) => /\.0\.\d+\.cpuprofile$/.test(n) || n.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no profile in ${profDir}`);
    const path = join(profDir, file);
    const s = summariseProfile(path, 30, [`${REPO}/`]);
    process.stdout.write(
      `${values.shape}${values.shape === 'steady' ? ` ${rate} msg/s` : ''}${plan ? ' (pinned)' : ''}: ${rig.sink.received - r0} delivered in the window, gateway CPU ${usPerMsg.toFixed(1)} us/msg\n`,
    );
    process.stdout.write(`by thread (tid name), assuming 100 ticks/s:\n${threads.join('\n')}\n`);
    process.stdout.write(`${formatProfile(s)}\n`);
    process.stdout.write(
      'by the innermost gateway function on the stack (library and native work below it included), share of busy time:\n',
    );
    for (const { caller, us } of byOwnCaller(path, /\/dist\/|\/(gateway|protocols|devices|base|proto)\//, [`${REPO}/`])
      .filter((c) => !c.caller.startsWith('[(idle)]'))
      .slice(0, 30))
      process.stdout.write(`  ${((us / 1000 / s.busyMs) * 100).toFixed(1).padStart(5)}%  ${caller}\n`);
  } finally {
    if (plan) pin(process.pid, plan.allCpus);
    await rig.stop();
  }
  progress('done');
  process.exit(0);
}

void main();
