// Records just made durable are handed to the uplink from memory (issue 17), byte for byte what is on disk; a reader
// behind the memory tail reads from disk; the tail never holds more than its bound.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { ClassLog } from '../../../gateway/spool/class-log.ts';
import { encodeRecord, parseRecord, type StoredRecord } from '../../../gateway/spool/record.ts';

/** Every record in the class directory's segment files, oldest first: what a restart would find. */
function onDisk(dir: string): StoredRecord[] {
  const records: StoredRecord[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.seg'))
    .sort()) {
    const buf = readFileSync(path.join(dir, name));
    for (let at = 0; at < buf.length; ) {
      const parsed = parseRecord(buf, at);
      assert.equal(parsed.kind, 'record');
      if (parsed.kind !== 'record') break;
      records.push(parsed.record);
      at += parsed.record.size;
    }
  }
  return records;
}

async function withLog(segmentBytes: number, memoryTailBytes: number, body: (log: ClassLog) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spool-memory-'));
  const log = new ClassLog(dir, 'tx', segmentBytes, {}, { memoryTailBytes });
  log.open(0);
  try {
    await body(log);
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Stages `count` records from `firstSeq` (each payload different) and makes them durable in groups of `group`. */
async function write(log: ClassLog, firstSeq: number, count: number, group: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const seq = firstSeq + i;
    log.stage(
      encodeRecord(seq, 1000 + seq, `vend-${seq % 7}/tx`, `t${seq}`, Buffer.alloc(200 + (seq % 50), seq)),
      seq,
      1000 + seq,
      () => {},
    );
    if ((i + 1) % group === 0) await log.flush();
  }
  await log.flush();
}

const comparable = (r: StoredRecord) => ({
  seq: r.seq,
  appendedAt: r.appendedAt,
  route: r.route,
  key: r.key,
  payload: r.payload.toString('hex'),
});

it('records just written are served from memory, and are exactly what the segment files hold', async () => {
  await withLog(64 << 10, 4 << 20, async (log) => {
    await write(log, 1, 1000, 25); // 1,000 records over several 64 KiB segments
    const read = await log.read(2000);
    assert.equal(log.served.fromDisk, 0, 'nothing read back from disk');
    assert.equal(log.served.fromMemory, 1000);
    assert.deepEqual(read.map(comparable), onDisk(log.dir).map(comparable));
    for (const r of read) log.confirm(r.seq);
    assert.equal(log.memoryTailBytes, 0, 'confirmed records leave the memory tail');
  });
});

it('a reader behind the memory tail reads from disk, then from memory once it catches up; a rewind is served again', async () => {
  await withLog(1 << 20, 32 << 10, async (log) => {
    await write(log, 1, 2000, 10); // about 500 KB, far more than the 32 KiB tail
    const first = await log.read(1950); // stops 50 records (about 12 KB) before the end, inside the tail
    assert.ok(log.served.fromDisk >= 1000, `the backlog came from disk (${JSON.stringify(log.served)})`);
    const rest = await log.read(1000);
    assert.ok(log.served.fromMemory > 0, `the newest records came from memory (${JSON.stringify(log.served)})`);
    const all = [...first, ...rest];
    assert.deepEqual(all.map(comparable), onDisk(log.dir).map(comparable));
    for (const r of all.slice(0, 1990)) log.confirm(r.seq);
    log.rewind(); // the connection dropped with 10 records unconfirmed: they come again, from memory
    const before = log.served.fromMemory;
    const again = await log.read(100);
    assert.deepEqual(
      again.map((r) => r.seq),
      all.slice(1990).map((r) => r.seq),
    );
    assert.equal(log.served.fromMemory - before, 10);
  });
});

it('the memory tail never holds more than its bound', async () => {
  const bound = 16 << 10;
  await withLog(1 << 20, bound, async (log) => {
    let most = 0;
    for (let round = 0; round < 40; round++) {
      await write(log, 1 + round * 50, 50, 7);
      most = Math.max(most, log.memoryTailBytes);
    }
    assert.ok(most > bound / 2, `the tail was used (${most})`);
    assert.ok(most <= bound, `held ${most} bytes, bound ${bound}`);
    assert.equal((await log.read(5000)).length, 2000, 'and every record is still read, from disk where memory let go');
  });
});
