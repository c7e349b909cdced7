// A connection that drops while the uplink is still reading must not make the spool skip what was in flight:
// after a rewind, reading starts again at the first unconfirmed record.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { ClassLog } from '../../../gateway/spool/class-log.ts';
import { encodeRecord } from '../../../gateway/spool/record.ts';

it('rewind while a read waits on the disk: nothing in flight or taken by that read is skipped', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spool-rewind-'));
  // No memory tail: this is about a read that waits on the disk (one served from memory never waits).
  const log = new ClassLog(dir, 'tx', 64 << 20, {}, { memoryTailBytes: 0 });
  log.open(0);
  try {
    // 1,000 records of 4 KB span several 1 MiB read chunks, so a read has to wait on the disk part-way.
    const payload = Buffer.alloc(4000, 1);
    for (let seq = 1; seq <= 1000; seq++) log.stage(encodeRecord(seq, 0, 'vend-01/tx', '', payload), seq, 0, () => undefined);
    await log.flush();
    const first = await log.read(500); // sent on the connection that is about to drop, never confirmed
    assert.equal(first[0]!.seq, 1);
    const reading = log.read(500); // the next read is waiting on the disk when the connection drops...
    log.rewind(); // ...and the new connection comes up
    assert.deepEqual(await reading, [], 'a read overtaken by a rewind hands out nothing');
    assert.equal(log.inflightCount, 0, 'and tracks nothing in flight');
    log.rewind(); // the uplink sees the change of connection and puts back whatever that read took
    const again = await log.read(1000);
    assert.deepEqual(
      again.map((r) => r.seq),
      Array.from({ length: 1000 }, (_, i) => i + 1),
    );
  } finally {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
