// Append, read, confirm, rewind: the path every message takes while nothing goes wrong.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileSize, recordsIn, segmentFiles } from './disk.ts';
import { appendMany, confirmAll, indexOf, type MakeSpool, readAll, req, rig } from './harness.ts';

const T = { timeout: 15_000 };

export function appendReadCases(make: MakeSpool): void {
  describe('append and read', () => {
    it('reads records back in append order, with increasing sequence numbers and their route and time', T, async (t) => {
      const r = await rig(t, make);
      const seqs = await appendMany(r.spool, 'tx', 0, 50);
      for (let i = 1; i < seqs.length; i++) assert.ok(seqs[i]! > seqs[i - 1]!, `seq ${seqs[i]} after ${seqs[i - 1]}`);
      const got = await readAll(r.spool, 7);
      assert.deepEqual(
        got.map((x) => x.seq),
        seqs,
      );
      assert.deepEqual(
        got.map((x) => indexOf(x.payload)),
        seqs.map((_, i) => i),
      );
      for (const x of got) {
        assert.equal(x.cls, 'tx');
        assert.equal(x.route, 'vend-01/tx');
        assert.equal(x.appendedAt, r.clock.now());
      }
      assert.equal(r.spool.stats().depth, 50, 'reading does not remove: only confirm does');
    });

    it('calls back only once the record is in its segment file', T, async (t) => {
      const r = await rig(t, make, { segmentBytes: 4096 });
      // Check from inside the callback, synchronously: that is when the broker sends the device its PUBACK.
      const checks = Array.from(
        { length: 60 },
        (_, i) =>
          new Promise<void>((resolve, reject) => {
            r.spool.append(req('tx', i, { size: 200 }), (err, res) => {
              try {
                assert.equal(err, null);
                const onDisk = segmentFiles(r.dir, 'tx')
                  .flatMap(recordsIn)
                  .find((x) => x.seq === res!.seq);
                assert.ok(onDisk, `seq ${res!.seq} acknowledged but not in any segment file`);
                assert.equal(indexOf(onDisk.payload), i);
                resolve();
              } catch (e) {
                reject(e);
              }
            });
          }),
      );
      await Promise.all(checks);
      const files = segmentFiles(r.dir, 'tx');
      assert.ok(files.length > 1, 'the batch crossed segment boundaries');
      const total = files.reduce((n, f) => n + fileSize(f), 0);
      assert.equal(
        total,
        files.flatMap(recordsIn).reduce((n, x) => n + x.size, 0),
        'segment files hold whole records only',
      );
    });

    it('keeps the order in which append() was called, for thousands of appends issued at once', T, async (t) => {
      const r = await rig(t, make, { segmentBytes: 4096 });
      const n = 5000;
      const acked: { i: number; seq: number }[] = [];
      let failed: unknown;
      await new Promise<void>((resolve) => {
        let pending = n;
        for (let i = 0; i < n; i++) {
          r.spool.append(req('tx', i, { route: `vend-0${i % 3}/tx`, size: 40 }), (err, res) => {
            if (err) failed ??= err;
            else acked.push({ i, seq: res!.seq });
            if (--pending === 0) resolve();
          });
        }
      });
      assert.equal(failed, undefined);
      const seqOf = new Map(acked.map((a) => [a.i, a.seq]));
      for (let i = 1; i < n; i++)
        assert.ok(seqOf.get(i)! > seqOf.get(i - 1)!, `append ${i} got seq ${seqOf.get(i)} <= ${seqOf.get(i - 1)}`);
      const got = await readAll(r.spool, 500);
      assert.equal(got.length, n);
      assert.deepEqual(
        got.map((x) => indexOf(x.payload)),
        Array.from({ length: n }, (_, i) => i),
      );
      assert.ok(segmentFiles(r.dir, 'tx').length > 10, 'the appends spread over many segments');
    });
  });

  describe('confirm', () => {
    it('removes confirmed records and deletes wholly confirmed segments, keeping the newest', T, async (t) => {
      const r = await rig(t, make, { segmentBytes: 4096 });
      const seqs = await appendMany(r.spool, 'tx', 0, 120, { size: 200 });
      const before = segmentFiles(r.dir, 'tx');
      assert.ok(before.length >= 5, `expected several segments, got ${before.length}`);
      const got = await readAll(r.spool);
      assert.equal(got.length, 120);

      await confirmAll(r.spool, got.slice(0, 60));
      assert.equal(r.spool.stats().depth, 60);
      const middle = segmentFiles(r.dir, 'tx');
      assert.ok(middle.length < before.length, 'segments before the head were deleted');
      for (const f of middle) {
        assert.ok(
          recordsIn(f).some((x) => x.seq > seqs[59]!),
          `${f} holds only confirmed records but is still on disk`,
        );
      }

      await confirmAll(r.spool, got.slice(60));
      assert.equal(r.spool.stats().depth, 0);
      const after = segmentFiles(r.dir, 'tx');
      assert.deepEqual(after, [before[before.length - 1]], 'only the newest segment stays');
      assert.equal(r.spool.diskBytes(), fileSize(after[0]!), 'disk use follows the backlog');
      assert.deepEqual(await r.spool.read(10), [], 'nothing confirmed is handed out again');
    });
  });

  describe('rewind', () => {
    it('hands out the same unconfirmed records again, in order, and never the confirmed ones', T, async (t) => {
      const r = await rig(t, make);
      const seqs = await appendMany(r.spool, 'tx', 0, 10);
      const first = await r.spool.read(4);
      assert.deepEqual(
        first.map((x) => x.seq),
        seqs.slice(0, 4),
      );
      r.spool.rewind();
      const again = await readAll(r.spool, 3);
      assert.deepEqual(
        again.map((x) => x.seq),
        seqs,
        'a plain rewind replays everything in flight, oldest first',
      );

      // Confirmations: two in order (the head moves), one out of order (it must not come back either).
      r.spool.confirm('tx', seqs[0]!);
      r.spool.confirm('tx', seqs[1]!);
      r.spool.confirm('tx', seqs[4]!);
      r.spool.rewind();
      const third = await readAll(r.spool, 4);
      assert.deepEqual(
        third.map((x) => x.seq),
        [seqs[2], seqs[3], ...seqs.slice(5)],
      );

      // A confirmation that arrives after the rewind, for a record not handed out again yet, still counts.
      r.spool.rewind();
      r.spool.confirm('tx', seqs[9]!);
      const fourth = await readAll(r.spool, 100);
      assert.deepEqual(
        fourth.map((x) => x.seq),
        [seqs[2], seqs[3], ...seqs.slice(5, 9)],
      );
      await confirmAll(r.spool, fourth);
      assert.equal(r.spool.stats().depth, 0);
      await r.reopen();
      assert.deepEqual(await readAll(r.spool), [], 'nothing confirmed comes back after a restart');
    });
  });
}
