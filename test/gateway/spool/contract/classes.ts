// The class policies: transactions are never dropped (a full spool refuses them instead), telemetry expires and gives
// way under pressure, state keeps the latest value per device, and a retried transaction is stored once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AppendResult } from '../../../../gateway/spool/spool.ts';
import { segmentFiles } from './disk.ts';
import { appendMany, appendUntilRefused, confirmAll, errorCode, indexOf, type MakeSpool, readAll, req, rig } from './harness.ts';

const T = { timeout: 15_000 };

export function classCases(make: MakeSpool): void {
  describe('quota', () => {
    it('refuses transactions beyond maxBytes with GW_SPOOL_FULL and an alarm, and takes them again once room returns', T, async (t) => {
      const r = await rig(t, make, { maxBytes: 16 * 1024, segmentBytes: 4096 });
      const { acked, error } = await appendUntilRefused(r.spool, 'tx', 0, 1000, { size: 200 });
      assert.equal(errorCode(error), 'GW_SPOOL_FULL');
      assert.ok(acked.length > 30, `only ${acked.length} fit`);
      assert.ok(r.spool.diskBytes() <= 16 * 1024, 'the quota holds');
      assert.deepEqual(r.alarms, [{ code: 'GW_SPOOL_FULL', active: true }]);
      assert.equal(r.spool.stats().full, true);
      await assert.rejects(r.spool.appendAsync(req('tx', 5000, { size: 200 })), (e) => errorCode(e) === 'GW_SPOOL_FULL', 'still full');

      // The core confirms the oldest records: their segments go, and the device's retry is accepted.
      const sent = await r.spool.read(25);
      await confirmAll(r.spool, sent);
      const retried = await r.spool.appendAsync(req('tx', 5000, { size: 200 }));
      assert.ok(retried.seq > acked[acked.length - 1]!);
      assert.deepEqual(r.alarms.at(-1), { code: 'GW_SPOOL_FULL', active: false }, 'the alarm clears by itself');
      assert.equal(r.spool.stats().full, false);

      const rest = await readAll(r.spool);
      assert.deepEqual(
        rest.map((x) => x.seq),
        [...acked.slice(25), retried.seq],
        'nothing acknowledged was lost',
      );
      await r.reopen();
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => x.seq),
        [...acked.slice(25), retried.seq],
      );
    });

    it('recovers once everything is confirmed even when maxBytes is smaller than one segment', T, async (t) => {
      // The schema allows spool.maxBytes = 1 MiB with the default 8 MiB segments; the newest segment always stays, so
      // room must come back some other way than deleting it.
      const r = await rig(t, make, { maxBytes: 64 * 1024, segmentBytes: 1024 * 1024 });
      const { acked, error } = await appendUntilRefused(r.spool, 'tx', 0, 10_000, { size: 200 });
      assert.equal(errorCode(error), 'GW_SPOOL_FULL');
      await confirmAll(r.spool, await readAll(r.spool));
      assert.equal(r.spool.stats().depth, 0);
      const next = await r.spool.appendAsync(req('tx', 99_999, { size: 200 }));
      assert.ok(next.seq > acked[acked.length - 1]!);
    });
  });

  describe('telemetry', () => {
    it('gives way to transactions under pressure: the oldest telemetry segment is dropped and counted', T, async (t) => {
      const max = 16 * 1024;
      const r = await rig(t, make, { maxBytes: max, segmentBytes: 4096 });
      let i = 0;
      while (r.spool.diskBytes() + 500 < max) await r.spool.appendAsync(req('telemetry', i++, { size: 200 }));
      assert.ok(segmentFiles(r.dir, 'telemetry').length >= 3);
      assert.equal(r.spool.stats().drops.quota, 0);
      const tx = await appendMany(r.spool, 'tx', 0, 20, { size: 200 });
      assert.equal(tx.length, 20, 'no transaction was refused');
      assert.ok(r.spool.stats().drops.quota > 0, 'the dropped telemetry is counted');
      assert.ok(r.spool.diskBytes() <= max);
      assert.deepEqual(r.alarms, [], 'no full-spool alarm while telemetry can give way');

      const got = await readAll(r.spool);
      assert.deepEqual(
        got.filter((x) => x.cls === 'tx').map((x) => x.seq),
        tx,
      );
      const tele = got.filter((x) => x.cls === 'telemetry').map((x) => indexOf(x.payload));
      assert.ok(tele.length > 0 && tele.length < i);
      assert.deepEqual(
        tele,
        Array.from({ length: tele.length }, (_, k) => i - tele.length + k),
        'the oldest went first',
      );
      assert.equal(tele.length + r.spool.stats().drops.quota, i, 'every telemetry record is delivered or counted');
    });

    it('does not deliver telemetry older than its TTL, and counts it', T, async (t) => {
      const r = await rig(t, make, { telemetryTtlMs: 60_000 });
      await appendMany(r.spool, 'telemetry', 0, 5);
      r.clock.advance(30_000);
      const fresh = await appendMany(r.spool, 'telemetry', 100, 3);
      const tx = await appendMany(r.spool, 'tx', 200, 2);
      r.clock.advance(31_000); // the first five are now 61 s old, the others 31 s
      const got = await readAll(r.spool);
      assert.deepEqual(
        got.filter((x) => x.cls === 'telemetry').map((x) => x.seq),
        fresh,
      );
      assert.deepEqual(
        got.filter((x) => x.cls === 'tx').map((x) => x.seq),
        tx,
        'transactions never expire',
      );
      assert.equal(r.spool.stats().drops.ttl, 5);
      assert.equal(r.spool.stats().depth, 5, 'expired telemetry no longer counts as backlog');
      await r.reopen();
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => x.seq).sort((a, b) => a - b),
        [...fresh, ...tx],
        'expired records stay gone',
      );
    });
  });

  describe('state', () => {
    it('delivers only the latest value per route and counts the superseded ones', T, async (t) => {
      const r = await rig(t, make);
      const a = await appendMany(r.spool, 'state', 0, 3, { route: 'locker-01/state' });
      const b = await appendMany(r.spool, 'state', 10, 1, { route: 'locker-02/state' });
      const got = await readAll(r.spool);
      assert.deepEqual(
        got.map((x) => [x.route, indexOf(x.payload)]),
        [
          ['locker-01/state', 2],
          ['locker-02/state', 10],
        ],
      );
      assert.deepEqual(
        got.map((x) => x.seq),
        [a[2], b[0]],
      );
      assert.equal(r.spool.stats().drops.superseded, 2);
    });

    it('still compacts after a restart', T, async (t) => {
      const r = await rig(t, make);
      await appendMany(r.spool, 'state', 0, 3, { route: 'locker-01/state' });
      await appendMany(r.spool, 'state', 10, 2, { route: 'locker-02/state' });
      await r.reopen();
      const got = await readAll(r.spool);
      assert.deepEqual(
        got.map((x) => indexOf(x.payload)),
        [2, 11],
      );
      assert.equal(r.spool.stats().drops.superseded, 3);
    });
  });

  describe('dedup', () => {
    const tx = (key: string, i: number) => req('tx', i, { route: 'vend-01/tx', key });

    it('stores a retried transaction (same route and txId) once and returns the first sequence number', T, async (t) => {
      const r = await rig(t, make);
      const first = await r.spool.appendAsync(tx('T-1', 0));
      const again = await r.spool.appendAsync(tx('T-1', 1));
      assert.deepEqual(first, { seq: first.seq, duplicate: false });
      assert.deepEqual(again, { seq: first.seq, duplicate: true });
      const other = await r.spool.appendAsync(req('tx', 2, { route: 'vend-02/tx', key: 'T-1' }));
      assert.equal(other.duplicate, false, 'the same txId from another device is another transaction');
      assert.equal(r.spool.stats().depth, 2);
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => indexOf(x.payload)),
        [0, 2],
      );
    });

    it('recognises a retry that arrives before the first copy is durable', T, async (t) => {
      const r = await rig(t, make);
      const results = await new Promise<AppendResult[]>((resolve, reject) => {
        const out: AppendResult[] = [];
        const cb = (err: unknown, res?: AppendResult) => {
          if (err) return reject(err);
          out.push(res!);
          if (out.length === 2) resolve(out);
        };
        r.spool.append(tx('T-7', 0), cb);
        r.spool.append(tx('T-7', 1), cb);
      });
      assert.equal(results[0]!.seq, results[1]!.seq);
      assert.deepEqual(results.map((x) => x.duplicate).sort(), [false, true]);
      assert.equal(r.spool.stats().depth, 1);
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => indexOf(x.payload)),
        [0],
      );
    });

    it('recognises a retry after a restart', T, async (t) => {
      const r = await rig(t, make);
      const first = await r.spool.appendAsync(tx('T-9', 0));
      await r.reopen();
      const again = await r.spool.appendAsync(tx('T-9', 1));
      assert.deepEqual(again, { seq: first.seq, duplicate: true });
      assert.equal(r.spool.stats().depth, 1);
      assert.deepEqual(
        (await readAll(r.spool)).map((x) => indexOf(x.payload)),
        [0],
      );
    });
  });
}
