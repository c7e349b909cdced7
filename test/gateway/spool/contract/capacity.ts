// What the engineer sees (stats), one process per spool directory (the lock), and a disk that really fills up.
import assert from 'node:assert/strict';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startNode } from '../../../../harness/process.ts';
import { tryTmpfs } from '../../../../harness/tmp.ts';
import { fileSize, recordsIn, segmentFiles } from './disk.ts';
import { appendMany, appendUntilRefused, confirmAll, errorCode, indexOf, type MakeSpool, readAll, req, rig } from './harness.ts';

const T = { timeout: 15_000 };
const lockProbe = fileURLToPath(new URL('../fixtures/lock-probe.ts', import.meta.url));

/** How a child process builds the same implementation: a module URL and the name of its class export. */
export interface ChildImpl {
  moduleUrl: string;
  exportName: string;
}

export function capacityCases(make: MakeSpool, child: ChildImpl | undefined): void {
  describe('stats', () => {
    it('shows depth, bytes, age of the oldest record, drain time and outage headroom', T, async (t) => {
      const max = 64 * 1024 * 1024;
      const r = await rig(t, make, { maxBytes: max });
      const empty = r.spool.stats();
      assert.equal(empty.depth, 0);
      assert.equal(empty.classes.tx.oldestAgeMs, 0);
      assert.equal(empty.drainEtaS, 0, 'nothing to drain');
      assert.equal(empty.outageHoursLeft, null, 'nothing comes in');
      assert.deepEqual(empty.drops, { ttl: 0, quota: 0, superseded: 0 });
      assert.equal(empty.full, false);

      await appendMany(r.spool, 'tx', 0, 200, { size: 200 });
      await appendMany(r.spool, 'telemetry', 0, 10, { size: 100 });
      r.clock.advance(5_000);
      const s1 = r.spool.stats();
      assert.equal(s1.depth, 210);
      assert.equal(s1.classes.tx.depth, 200);
      assert.equal(s1.classes.telemetry.depth, 10);
      assert.equal(
        s1.classes.tx.bytes,
        segmentFiles(r.dir, 'tx')
          .flatMap(recordsIn)
          .reduce((n, x) => n + x.size, 0),
      );
      assert.equal(s1.diskBytes, r.spool.diskBytes());
      assert.equal(s1.classes.tx.oldestAgeMs, 5_000);
      assert.equal(s1.drainEtaS, null, 'nothing drains while the uplink is down');
      // 200 + 10 records arrived within the last minute: the free quota lasts (free / intake per second) seconds.
      const intake = (s1.classes.tx.bytes + s1.classes.telemetry.bytes) / 59;
      const expectHours = (max - s1.diskBytes) / intake / 3600;
      assert.equal(typeof s1.outageHoursLeft, 'number');
      assert.ok(
        Math.abs(s1.outageHoursLeft! - expectHours) / expectHours < 0.05,
        `outageHoursLeft ${s1.outageHoursLeft}, expected ~${expectHours.toFixed(1)}`,
      );

      // The core takes 120 records in one second: the rest drains in a bounded, positive time.
      const sent = (await readAll(r.spool)).filter((x) => x.cls === 'tx');
      await confirmAll(r.spool, sent.slice(0, 120));
      r.clock.advance(1_000);
      const s2 = r.spool.stats();
      assert.equal(s2.depth, 90);
      assert.equal(s2.classes.tx.oldestAgeMs, 6_000, 'the oldest unsent transaction is still 6 s old');
      assert.equal(typeof s2.drainEtaS, 'number');
      assert.ok(s2.drainEtaS! > 0, `drainEtaS ${s2.drainEtaS}`);

      // Two quiet minutes: nothing comes in, nothing drains.
      r.clock.advance(120_000);
      const s3 = r.spool.stats();
      assert.equal(s3.drainEtaS, null);
      assert.equal(s3.outageHoursLeft, null);
      assert.equal(s3.classes.tx.oldestAgeMs, 126_000);
    });

    it('shows a drain time while a slow core confirms a few records a minute', T, async (t) => {
      const r = await rig(t, make);
      await appendMany(r.spool, 'tx', 0, 20);
      const sent = await readAll(r.spool);
      for (const x of sent.slice(0, 10)) {
        r.spool.confirm('tx', x.seq);
        r.clock.advance(5_000);
      }
      const s = r.spool.stats();
      assert.equal(s.depth, 10);
      assert.equal(typeof s.drainEtaS, 'number', 'the backlog is draining: the engineer should see for how long');
      assert.ok(s.drainEtaS! > 0);
    });
  });

  describe('lock', () => {
    const skip = child ? false : 'no child implementation given to the contract';

    it('refuses a second process on an open spool directory with GW_SPOOL_LOCKED', { ...T, skip }, async (t) => {
      const r = await rig(t, make);
      const probe = startNode(lockProbe, [child!.moduleUrl, child!.exportName, r.dir, 'try']);
      t.after(() => probe.stop(1000));
      const line = await probe.waitForLine(/^(opened|GW_\w+|\w*Error.*)$/, 10_000);
      assert.equal(line.text, 'GW_SPOOL_LOCKED');
      await r.spool.appendAsync(req('tx', 0));
      assert.equal((await readAll(r.spool)).length, 1, 'the holder is undisturbed');
    });

    it('is refused while another process holds the directory, and opens once that process is dead', { ...T, skip }, async (t) => {
      const r = await rig(t, make, {}, { start: false });
      const holder = startNode(lockProbe, [child!.moduleUrl, child!.exportName, r.dir, 'hold']);
      t.after(() => holder.stop(1000));
      await holder.waitForLine(/^holding$/, 10_000);
      await assert.rejects(r.open(), (e) => errorCode(e) === 'GW_SPOOL_LOCKED');
      holder.kill('SIGKILL');
      await holder.exited;
      await r.open(); // the lock of a killed gateway must not stop its restart
      await r.spool.appendAsync(req('tx', 0));
    });
  });

  describe('a disk that is really full', () => {
    it('refuses with GW_SPOOL_FULL on ENOSPC, leaves no half record, and resumes when room returns', { timeout: 30_000 }, async (t) => {
      const mounted = await tryTmpfs(1024 * 1024);
      if (!('tmpfs' in mounted)) return t.skip(mounted.reason);
      const fs = mounted.tmpfs;
      const dir = path.join(fs.path, 'spool');
      mkdirSync(dir);
      // A quota far above the disk, so the disk fills first.
      const r = await rig(t, make, { maxBytes: 1024 * 1024 * 1024, segmentBytes: 64 * 1024 }, { dir });
      t.after(() => fs.unmount()); // after the rig's own hook, which stops the spool and closes its files
      const state = await r.spool.appendAsync(req('state', 1, { route: 'locker-01/state', size: 8000 }));
      const filler = path.join(fs.path, 'filler');
      writeFileSync(filler, Buffer.alloc(1024 * 1024 - 160 * 1024));

      const { acked, error } = await appendUntilRefused(r.spool, 'tx', 0, 5000, { size: 500 });
      assert.equal(errorCode(error), 'GW_SPOOL_FULL', `refused with ${String(error)}`);
      assert.ok(acked.length > 50, `only ${acked.length} fit`);
      assert.deepEqual(r.alarms, [{ code: 'GW_SPOOL_FULL', active: true }]);
      for (const f of segmentFiles(dir, 'tx')) {
        assert.equal(
          fileSize(f),
          recordsIn(f).reduce((n, x) => n + x.size, 0),
          `${path.basename(f)} ends in a half record`,
        );
      }
      assert.deepEqual(
        segmentFiles(dir, 'tx')
          .flatMap(recordsIn)
          .map((x) => x.seq),
        acked,
        'exactly the acknowledged records are on disk',
      );

      // A state update that fails on the full disk must not take the last stored state of that device with it.
      r.clock.advance(1_001);
      await assert.rejects(
        r.spool.appendAsync(req('state', 2, { route: 'locker-01/state', size: 8000 })),
        (e) => errorCode(e) === 'GW_SPOOL_FULL',
      );
      // The core confirms a few records while the disk is still full: the spool must keep running.
      const sent = await r.spool.read(5);
      assert.ok(
        sent.some((x) => x.cls === 'state' && x.seq === state.seq),
        'the stored state is still delivered',
      );
      await confirmAll(r.spool, sent);
      await new Promise((resolve) => setTimeout(resolve, 400)); // the head position is saved on a 200 ms timer

      unlinkSync(filler);
      r.clock.advance(1_001); // a disk error holds appends back for a second
      const after = await r.spool.appendAsync(req('tx', 9001, { size: 500 }));
      assert.ok(after.seq > acked[acked.length - 1]!);
      assert.deepEqual(r.alarms.at(-1), { code: 'GW_SPOOL_FULL', active: false });

      await r.reopen();
      const back = await readAll(r.spool);
      const confirmed = new Set(sent.map((x) => x.seq));
      assert.deepEqual(
        back.filter((x) => x.cls === 'tx').map((x) => x.seq),
        [...acked.filter((s) => !confirmed.has(s)), after.seq],
      );
      assert.deepEqual(
        back
          .filter((x) => x.cls === 'tx')
          .map((x) => indexOf(x.payload))
          .at(-1),
        9001,
      );
    });
  });
}
