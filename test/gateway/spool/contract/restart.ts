// Restarts: after a clean stop, after a crash mid-write (a torn tail), and over a damaged segment. What comes back must
// be exactly what was acknowledged and not yet confirmed, and the sequence counter must never go back.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { encodeRecord } from '../../../../gateway/spool/record.ts';
import { fileSize, recordsIn, segmentFiles } from './disk.ts';
import { appendMany, confirmAll, indexOf, type MakeSpool, readAll, rig } from './harness.ts';

const T = { timeout: 15_000 };

export function restartCases(make: MakeSpool): void {
  describe('reopen after a clean stop', () => {
    it('gives back the unconfirmed records and not the confirmed ones; new sequence numbers follow on', T, async (t) => {
      const r = await rig(t, make, { segmentBytes: 4096 });
      const seqs = await appendMany(r.spool, 'tx', 0, 80, { size: 150 });
      const got = await readAll(r.spool);
      await confirmAll(r.spool, got.slice(0, 30));
      await r.reopen();
      const back = await readAll(r.spool);
      assert.deepEqual(
        back.map((x) => x.seq),
        seqs.slice(30),
      );
      assert.deepEqual(
        back.map((x) => indexOf(x.payload)),
        seqs.slice(30).map((_, k) => 30 + k),
      );
      assert.equal(r.spool.stats().depth, 50);
      const next = await r.spool.appendAsync({ cls: 'tx', route: 'vend-01/tx', build: () => Buffer.from('#999;') });
      assert.equal(next.seq, seqs[79]! + 1);
    });

    it('never reuses a sequence number, even when everything was confirmed before the stop', T, async (t) => {
      const r = await rig(t, make, { segmentBytes: 4096 });
      const seqs = await appendMany(r.spool, 'tx', 0, 100, { size: 150 });
      await confirmAll(r.spool, await readAll(r.spool));
      assert.equal(r.spool.stats().depth, 0);
      await r.reopen();
      assert.deepEqual(await readAll(r.spool), []);
      const next = await r.spool.appendAsync({ cls: 'telemetry', route: 'vend-01/telemetry', build: () => Buffer.from('#0;') });
      assert.ok(next.seq > seqs[99]!, `seq ${next.seq} reuses a number already given out (last was ${seqs[99]})`);
    });

    it('never reuses a sequence number after a crash during the first write to a new segment', T, async (t) => {
      // The crash left a new, named segment file holding only part of its first record; the segments before it were
      // all confirmed. Opening cuts the torn record and deletes the confirmed segments: the name of the empty newest
      // segment is then the only trace of the numbers already given out, and must still count after another restart.
      const r = await rig(t, make, { segmentBytes: 4096 });
      const seqs = await appendMany(r.spool, 'tx', 0, 60, { size: 150 });
      await confirmAll(r.spool, await readAll(r.spool));
      await r.close();
      const last = seqs[59]!;
      const torn = encodeRecord(last + 1, r.clock.now(), 'vend-01/tx', '', Buffer.alloc(150)).subarray(0, 40);
      writeFileSync(path.join(r.dir, 'tx', `${String(last + 1).padStart(16, '0')}.seg`), torn);
      await r.open();
      await r.reopen();
      const next = await r.spool.appendAsync({ cls: 'tx', route: 'vend-01/tx', build: () => Buffer.from('#0;') });
      assert.ok(next.seq > last, `seq ${next.seq} reuses a number already given out (last was ${last})`);
    });
  });

  describe('reopen after a torn tail', () => {
    // Several segments, so the damage is in the newest one and the sealed ones are untouched.
    const setup = async (t: Parameters<typeof rig>[0]) => {
      const r = await rig(t, make, { segmentBytes: 4096 });
      const seqs = await appendMany(r.spool, 'tx', 0, 60, { size: 150 });
      await r.close();
      const files = segmentFiles(r.dir, 'tx');
      assert.ok(files.length >= 2);
      return { r, seqs, newest: files[files.length - 1]! };
    };

    const afterwards = async (r: Awaited<ReturnType<typeof rig>>, expected: number[], newest: string, cleanSize: number) => {
      await r.open();
      assert.equal(fileSize(newest), cleanSize, 'the torn tail is cut off');
      const back = await readAll(r.spool);
      assert.deepEqual(
        back.map((x) => x.seq),
        expected,
      );
      const more = await appendMany(r.spool, 'tx', 1000, 5, { size: 150 });
      assert.ok(more[0]! > expected[expected.length - 1]!);
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => x.seq),
        more,
        'new appends read back after the old ones',
      );
      await r.reopen();
      const all = await readAll(r.spool);
      assert.deepEqual(
        all.map((x) => x.seq),
        [...expected, ...more],
        'no garbage sits between old and new records',
      );
      assert.equal(r.spool.stats().corruptions, 0, 'a torn tail is not corruption');
    };

    it('cuts half a record written after the last acknowledged one', T, async (t) => {
      const { r, seqs, newest } = await setup(t);
      const clean = fileSize(newest);
      const next = encodeRecord(seqs[59]! + 1, r.clock.now(), 'vend-01/tx', '', Buffer.alloc(150, 1));
      appendFileSync(newest, next.subarray(0, Math.floor(next.length / 2)));
      await afterwards(r, seqs, newest, clean);
    });

    it('cuts a last record truncated in the middle and keeps every one before it', T, async (t) => {
      const { r, seqs, newest } = await setup(t);
      const recs = recordsIn(newest);
      const lastRec = recs[recs.length - 1]!;
      truncateSync(newest, lastRec.offset + Math.floor(lastRec.size / 2));
      assert.equal(lastRec.seq, seqs[59]);
      await afterwards(r, seqs.slice(0, 59), newest, lastRec.offset);
    });

    it('cuts random bytes written after the last record', T, async (t) => {
      const { r, seqs, newest } = await setup(t);
      const clean = fileSize(newest);
      appendFileSync(newest, randomBytes(777));
      await afterwards(r, seqs, newest, clean);
    });
  });

  describe('a corrupt record in the middle', () => {
    const damage = async (t: Parameters<typeof rig>[0], where: 'payload' | 'header', segment: 'sealed' | 'newest') => {
      const r = await rig(t, make, { segmentBytes: 4096 }, { start: false });
      await r.open();
      const seqs = await appendMany(r.spool, 'tx', 0, 60, { size: 150 });
      await r.close();
      const files = segmentFiles(r.dir, 'tx');
      assert.ok(files.length >= 3);
      const file = segment === 'sealed' ? files[0]! : files[files.length - 1]!;
      const recs = recordsIn(file);
      assert.ok(recs.length >= 3);
      const victim = recs[Math.floor(recs.length / 2)]!;
      const buf = readFileSync(file);
      if (where === 'payload') for (let k = 40; k < 44; k++) buf[victim.offset + k]! ^= 0xa5;
      else buf.writeUInt32LE(0x7fff_fff0, victim.offset + 4); // an absurd length: the reader must not trust it
      writeFileSync(file, buf);
      return { r, seqs, file, damaged: buf, victim };
    };

    for (const [where, segment] of [
      ['payload', 'sealed'],
      ['header', 'sealed'],
      ['payload', 'newest'],
    ] as const) {
      it(`quarantines the ${segment} segment and still delivers every other record (damaged ${where})`, T, async (t) => {
        const { r, seqs, file, damaged, victim } = await damage(t, where, segment);
        await r.open();
        // Found while opening (the newest segment), or for a sealed segment opened from its summary by the background
        // check that runs before any of its records is handed out: at the latest once reading reaches it.
        const back = await readAll(r.spool);
        assert.ok(r.corruptions.length > 0, "a 'corrupt' event was raised");
        assert.ok(r.spool.stats().corruptions > 0);
        const qdir = path.join(r.dir, 'quarantine');
        const copies = existsSync(qdir) ? readdirSync(qdir) : [];
        assert.equal(copies.length, 1, 'one copy of the damaged segment in quarantine/');
        assert.deepEqual(readFileSync(path.join(qdir, copies[0]!)), damaged, 'the copy is the segment as found');
        assert.deepEqual(
          back.map((x) => x.seq),
          seqs.filter((s) => s !== victim.seq),
          'only the damaged record is missing',
        );

        const more = await appendMany(r.spool, 'tx', 1000, 3, { size: 150 });
        await confirmAll(r.spool, [...back, ...(await readAll(r.spool))]);
        assert.equal(r.spool.stats().depth, 0);
        if (segment === 'sealed') assert.ok(!existsSync(file), 'the damaged segment is deleted once the rest of it is confirmed');
        assert.equal(readdirSync(qdir).length, 1, 'the quarantined copy stays for the engineer');
        await r.reopen();
        assert.deepEqual(await readAll(r.spool), []);
        const after = await r.spool.appendAsync({ cls: 'tx', route: 'vend-01/tx', build: () => Buffer.from('#0;') });
        assert.ok(after.seq > more[2]!);
      });
    }

    it('handles damage in the middle and a torn tail in the same newest segment', T, async (t) => {
      const { r, seqs, file, victim } = await damage(t, 'payload', 'newest');
      const clean = fileSize(file);
      appendFileSync(file, encodeRecord(seqs[59]! + 1, r.clock.now(), 'vend-01/tx', '', Buffer.alloc(150)).subarray(0, 60));
      await r.open();
      assert.equal(fileSize(file), clean, 'the torn tail is cut off');
      const expected = seqs.filter((s) => s !== victim.seq);
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => x.seq),
        expected,
      );
      const more = await appendMany(r.spool, 'tx', 1000, 3, { size: 150 });
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => x.seq),
        more,
      );
      await r.reopen();
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => x.seq),
        [...expected, ...more],
      );
    });
  });
}
