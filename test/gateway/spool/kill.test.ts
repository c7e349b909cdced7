// kill -9 at a random moment while a child process appends as fast as it can: after every crash, each append that was
// acknowledged (and not yet confirmed) is in the spool, in order, and sequence numbers are never given out twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Spool } from '../../../gateway/spool/spool.ts';
import { trackChild, untrackChild } from '../../../harness/child-reaper.ts';
import { indexOf, readAll } from './contract/harness.ts';

const appender = fileURLToPath(new URL('./fixtures/appender.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const ROUNDS = 5;

interface Round {
  acked: number[];
  confirmed: Set<number>;
  errors: string[];
  readyLast: number;
  stderr: string;
}

/** Runs the appender until `killAfterMs` after its first acknowledgement, then SIGKILLs it. */
function runAndKill(dir: string, round: number, killAfterMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, appender, dir, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child.pid!);
    let stdout = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`round ${round}: no acknowledgement within 10 s; stderr:\n${stderr.slice(-2000)}`));
    }, 10_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr += d;
    });
    child.stdout.on('data', (d: string) => {
      stdout += d;
      if (!killTimer && /^a \d+$/m.test(stdout)) {
        clearTimeout(giveUp);
        killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(killTimer);
      untrackChild(child.pid!);
      if (signal !== 'SIGKILL')
        return reject(new Error(`round ${round}: appender exited by itself (${code}/${signal}); stderr:\n${stderr.slice(-2000)}`));
      const r: Round = { acked: [], confirmed: new Set(), errors: [], readyLast: -1, stderr };
      for (const line of stdout.split('\n')) {
        const [kind, value] = line.split(' ');
        if (kind === 'a') r.acked.push(Number(value));
        else if (kind === 'c') r.confirmed.add(Number(value));
        else if (kind === 'e') r.errors.push(value!);
        else if (kind === 'ready') r.readyLast = Number(value);
      }
      resolve(r);
    });
  });
}

it(`keeps every acknowledged append across ${ROUNDS} kill -9s at random moments`, { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spool-kill-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const everAcked: number[] = [];
  const confirmed = new Set<number>();
  let highestSeen = 0;
  let unconfirmedChecked = 0;

  for (let round = 1; round <= ROUNDS; round++) {
    const killAfterMs = 30 + Math.floor(Math.random() * 400);
    const r = await runAndKill(dir, round, killAfterMs);
    const where = `round ${round} (killed ${killAfterMs} ms after the first ack, ${r.acked.length} acks)`;
    assert.deepEqual(r.errors, [], `${where}: appends failed`);
    assert.ok(r.acked.length > 0, `${where}: nothing was acknowledged`);
    assert.ok(r.readyLast >= highestSeen, `${where}: the spool reopened at seq ${r.readyLast}, below ${highestSeen} already handed out`);
    assert.ok(r.acked[0]! > highestSeen, `${where}: seq ${r.acked[0]} given out again (had reached ${highestSeen})`);
    for (let i = 1; i < r.acked.length; i++) assert.ok(r.acked[i]! > r.acked[i - 1]!, `${where}: acks out of order at ${i}`);
    everAcked.push(...r.acked);
    for (const s of r.confirmed) confirmed.add(s);

    const spool = new Spool({ dir, maxBytes: 1 << 30, segmentBytes: 64 * 1024, telemetryTtlMs: 3_600_000, dedupWindow: 10_000 });
    spool.start();
    try {
      const recs = await readAll(spool, 1000);
      const seqs = recs.map((x) => x.seq);
      for (let i = 1; i < seqs.length; i++) {
        assert.ok(seqs[i]! > seqs[i - 1]!, `${where}: read back out of order: ${seqs[i]} after ${seqs[i - 1]}`);
        assert.ok(indexOf(recs[i]!.payload) > indexOf(recs[i - 1]!.payload), `${where}: records stored out of append order`);
      }
      const readable = new Set(seqs);
      const missing = everAcked.filter((s) => !confirmed.has(s) && !readable.has(s));
      assert.deepEqual(missing.slice(0, 20), [], `${where}: ${missing.length} acknowledged, unconfirmed records are missing`);
      unconfirmedChecked += r.acked.filter((s) => !r.confirmed.has(s)).length;
      highestSeen = Math.max(highestSeen, spool.lastSequence, r.acked[r.acked.length - 1]!);
      t.diagnostic(`${where}: ${seqs.length} records readable, ${r.confirmed.size} confirmed by the child`);
    } finally {
      await spool.stop();
    }
  }
  assert.ok(
    unconfirmedChecked > 1000,
    `only ${unconfirmedChecked} acknowledged records were still unconfirmed at the kills: too little was checked`,
  );
});
