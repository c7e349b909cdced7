// Start-up from segment summaries (issue 17): a spool opened from the summaries of its sealed segments (scanning only
// the newest) must be the spool a full scan opens: the same backlog and counts, the same records read back in the same
// order, the same transactions recognised as retries, the same superseded state dropped. A summary that is missing or
// damaged, or of the previous format (version 1: 64-bit digests), falls back to a scan of its segment; a segment
// damaged after its summary was written is found before any of its records is sent.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { crc32c } from '@node-rs/crc32';
import { ClassLog } from '../../../gateway/spool/class-log.ts';
import { type OutRecord, Spool, type SpoolOptions } from '../../../gateway/spool/spool.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'spool-summary-'));
const options = (dir: string): SpoolOptions => ({
  dir,
  maxBytes: 64 << 20,
  segmentBytes: 4096,
  telemetryTtlMs: 86_400_000,
  dedupWindow: 150,
  clock: () => 1_700_000_000_000,
});
const original = path.join(root, 'original');
let confirmedTx: number[] = [];

async function readAll(spool: Spool): Promise<OutRecord[]> {
  const out: OutRecord[] = [];
  for (let round = 0; round < 200; round++) {
    const batch = await spool.read(50);
    if (batch.length === 0) break;
    out.push(...batch);
  }
  return out;
}

before(async () => {
  // 300 transactions with txIds, state of 5 devices again and again, telemetry: dozens of 4 KiB segments per class.
  const spool = new Spool(options(original));
  spool.start();
  for (let i = 0; i < 300; i++) {
    await spool.appendAsync({ cls: 'tx', route: `vend-0${i % 4}/tx`, key: `T-${i}`, build: () => Buffer.alloc(120, i) });
    if (i % 2 === 0) await spool.appendAsync({ cls: 'telemetry', route: `vend-0${i % 3}/telemetry`, build: () => Buffer.alloc(200, i) });
  }
  // The core confirmed the first 130 transactions: the head sits inside a sealed segment.
  const records = await readAll(spool);
  confirmedTx = records
    .filter((r) => r.cls === 'tx')
    .slice(0, 130)
    .map((r) => r.seq);
  for (const seq of confirmedTx) spool.confirm('tx', seq);
  spool.rewind();
  // State after the read (a read confirms superseded state): the stored backlog holds every value, the latest last.
  // One device's state only in the oldest segment: a start must still know it is that device's latest.
  await spool.appendAsync({ cls: 'state', route: 'vend-09/state', build: () => Buffer.alloc(90, 9) });
  for (let i = 0; i < 300; i++) await spool.appendAsync({ cls: 'state', route: `vend-0${i % 5}/state`, build: () => Buffer.alloc(90, i) });
  await spool.stop();
});

after(() => rmSync(root, { recursive: true, force: true }));

/** Opens a copy of the original spool, changed by `damage`, and tells what it finds. */
async function openCopy(name: string, damage: (dir: string) => void) {
  const dir = path.join(root, name);
  cpSync(original, dir, { recursive: true });
  damage(dir);
  const spool = new Spool(options(dir));
  const corruptions: unknown[] = [];
  spool.on('corrupt', (c) => corruptions.push(c));
  spool.start();
  try {
    const { classes, depth, diskBytes, lastSequence } = spool.stats();
    const counts = { classes: { ...classes, tx: { ...classes.tx, oldestAgeMs: 0 } }, depth, diskBytes, lastSequence };
    // Retries of the newest transaction, of one in a sealed segment inside the window of 150, and of one outside it.
    const retry = [];
    for (const i of [299, 200, 140])
      retry.push(await spool.appendAsync({ cls: 'tx', route: `vend-0${i % 4}/tx`, key: `T-${i}`, build: () => Buffer.alloc(120) }));
    const records = (await readAll(spool)).map((r) => `${r.cls}:${r.seq}`);
    return { counts, retry, records, corruptions: corruptions.length };
  } finally {
    await spool.stop();
  }
}

const summaries = (dir: string, cls: string) => readdirSync(path.join(dir, cls)).filter((n) => n.endsWith('.sum'));

it('sealed segments have summaries, and a start opens them from those without reading them', async () => {
  for (const cls of ['tx', 'state', 'telemetry'])
    assert.ok(summaries(original, cls).length >= 5, `${cls}: ${summaries(original, cls).length}`);
  const log = new ClassLog(original, 'tx', 4096, {}, { recoverKeys: 150 });
  log.open(0);
  try {
    assert.equal(log.verified, false, 'sealed segments wait for the background check');
  } finally {
    await log.close();
  }
});

it('a start from summaries finds what a full scan finds: counts, records, retries, superseded state', async () => {
  const scanned = await openCopy('scanned', (dir) => {
    for (const cls of ['tx', 'state', 'telemetry']) for (const n of summaries(dir, cls)) unlinkSync(path.join(dir, cls, n));
  });
  const fromSummaries = await openCopy('summaries', () => {});
  assert.equal(scanned.counts.classes.tx.depth, 170, 'the 130 confirmed transactions are not pending');
  assert.deepEqual(
    scanned.retry.map((r) => r.duplicate),
    [true, true, false],
    'retries inside the window are recognised',
  );
  assert.deepEqual(fromSummaries, scanned);
  const stateRecords = fromSummaries.records.filter((r) => r.startsWith('state:'));
  assert.equal(stateRecords.length, 6, 'only the latest state of each device is sent');
});

it('a damaged or missing summary falls back to a scan of its segment', async () => {
  const scanned = await openCopy('scanned-2', (dir) => {
    for (const cls of ['tx', 'state', 'telemetry']) for (const n of summaries(dir, cls)) unlinkSync(path.join(dir, cls, n));
  });
  const damaged = await openCopy('damaged-summaries', (dir) => {
    summaries(dir, 'tx').forEach((n, i) => {
      const file = path.join(dir, 'tx', n);
      if (i % 3 === 0) unlinkSync(file);
      else {
        const buf = readFileSync(file);
        buf[buf.length - 1 - (i % 40)]! ^= 0x01; // a flipped bit in the keys or the counts
        writeFileSync(file, buf);
      }
    });
  });
  assert.deepEqual(damaged, scanned);
});

/** Rewrites a summary as version 1 wrote it: the same counts, 64-bit digests (three words a key), valid CRCs. */
function toVersion1(file: string): void {
  const text = readFileSync(file, 'latin1');
  const newline = text.indexOf('\n');
  const [, mainBytes] = text.slice(0, newline).split(' ').map(Number);
  const main = JSON.parse(Buffer.from(text.slice(newline + 1, newline + 1 + mainBytes!), 'latin1').toString('utf8'));
  const words = new Uint32Array(Buffer.from(text.slice(newline + 1 + mainBytes!), 'base64').buffer.slice(0));
  const old = new Uint32Array(3 * main.keyCount);
  for (let k = 0; k < main.keyCount; k++) old.set([words[5 * k]!, words[5 * k + 1]!, words[5 * k + 4]!], 3 * k);
  const mainPart = Buffer.from(JSON.stringify({ ...main, version: 1 }));
  const keysPart = Buffer.from(Buffer.from(old.buffer).toString('base64'));
  writeFileSync(file, `EGS1 ${mainPart.length} ${crc32c(mainPart)} ${keysPart.length} ${crc32c(keysPart)}\n${mainPart}${keysPart}`);
}

it('a summary of the previous format (64-bit digests) is not trusted: its segment is scanned, retries still found', async () => {
  const scanned = await openCopy('scanned-3', (dir) => {
    for (const cls of ['tx', 'state', 'telemetry']) for (const n of summaries(dir, cls)) unlinkSync(path.join(dir, cls, n));
  });
  const fromVersion1 = await openCopy('version-1', (dir) => {
    for (const cls of ['tx', 'state', 'telemetry']) for (const n of summaries(dir, cls)) toVersion1(path.join(dir, cls, n));
  });
  assert.deepEqual(fromVersion1, scanned);
  assert.deepEqual(
    fromVersion1.retry.map((r) => r.duplicate),
    [true, true, false],
  );
  // Every segment was scanned at start (none waits for the background check of a segment opened from its summary):
  // without the version check too, for the classes whose summaries hold no keys, or a window that loads none.
  const dir = path.join(root, 'version-1-log');
  cpSync(original, dir, { recursive: true });
  for (const cls of ['tx', 'state', 'telemetry']) {
    for (const recoverKeys of [0, 150]) {
      // Converted before each open: a clean close writes the newest segment's summary anew.
      for (const n of summaries(dir, cls)) toVersion1(path.join(dir, cls, n));
      const log = new ClassLog(dir, cls, 4096, {}, { recoverKeys });
      log.open(0);
      try {
        assert.equal(log.verified, true, `${cls}: no segment opened from a version 1 summary`);
      } finally {
        await log.close();
      }
    }
  }
});

it('a sealed segment damaged after its summary was written: found before its records are sent, the rest delivered', async () => {
  const clean = await openCopy('clean', () => {});
  const result = await openCopy('damaged-segment', (dir) => {
    const last = summaries(dir, 'tx').sort().at(-2)!; // a sealed segment with pending records
    const file = path.join(dir, 'tx', last.replace('.sum', '.seg'));
    const buf = readFileSync(file);
    buf[100]! ^= 0xff; // inside the first record's payload
    writeFileSync(file, buf);
  });
  assert.equal(result.corruptions, 1);
  assert.equal(result.records.length, clean.records.length - 1, 'only the damaged record is missing');
});

it('a segment scanned for want of a summary (none, damaged, or version 1) gets one again: the next start does not scan it', async () => {
  const dir = path.join(root, 'rewritten');
  cpSync(original, dir, { recursive: true });
  const sealed = summaries(dir, 'tx');
  sealed.forEach((n, i) => {
    if (i % 3 === 0) unlinkSync(path.join(dir, 'tx', n));
    else if (i % 3 === 1) toVersion1(path.join(dir, 'tx', n));
    else writeFileSync(path.join(dir, 'tx', n), 'EGS1 damaged');
  });
  const first = new ClassLog(dir, 'tx', 4096, {}, { recoverKeys: 150 });
  first.open(0);
  assert.equal(first.verified, true, 'every segment was scanned at this start');
  await first.close();
  assert.deepEqual(summaries(dir, 'tx'), sealed, 'every summary is back');
  for (const n of sealed) assert.match(readFileSync(path.join(dir, 'tx', n), 'latin1'), /"version":2/, `${n} is of the current version`);
  const second = new ClassLog(dir, 'tx', 4096, {}, { recoverKeys: 150 });
  second.open(0);
  try {
    assert.equal(second.verified, false, 'the sealed segments open from their new summaries, unread');
  } finally {
    await second.close();
  }
  // And what a start finds from them is what a scan finds, the dedup window included.
  const scanned = await openCopy('rewritten-scanned', (d) => {
    for (const cls of ['tx', 'state', 'telemetry']) for (const n of summaries(d, cls)) unlinkSync(path.join(d, cls, n));
  });
  const fromRewritten = await openCopy('rewritten-again', (d) => {
    rmSync(path.join(d, 'tx'), { recursive: true });
    cpSync(path.join(dir, 'tx'), path.join(d, 'tx'), { recursive: true });
  });
  assert.deepEqual(fromRewritten, scanned);
});
