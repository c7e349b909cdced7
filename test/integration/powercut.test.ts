// Power cuts (issue 13): the real gateway process on a disk that keeps only what was fsynced, with strict POSIX rules
// for directory entries and torn tails (harness/powercut-fs.py, a FUSE filesystem), under load from machines
// sending QoS 1 sales, with a real mosquitto as the core. A kill -9 keeps the page cache; a power cut does not: before
// directories were fsynced into their parents, a cut after the first start lost the whole spool and replaced hash.key.
// The fault suite runs many more cuts (`npm run faults -- --only powercut`).
import assert from 'node:assert/strict';
import {
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mkdirDurable, writeFileDurable } from '../../base/state-file.ts';
import { Spool } from '../../gateway/spool/spool.ts';
import { mountPowercut, powercutUnavailable } from '../../harness/powercut.ts';
import { runPowercuts } from '../../harness/powercut-run.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';

const unavailable = powercutUnavailable();
/** POWERCUT_IGNORE_FSYNC=1 runs the end-to-end test on a disk that ignores fsync: it must then fail. */
const ignoreFsync = process.env.POWERCUT_IGNORE_FSYNC === '1';

describe('power cuts', { skip: unavailable }, () => {
  let tmp: TempDir;
  before(async () => {
    tmp = await tempDir('eg-powercut-');
  });
  after(async () => {
    await tmp?.cleanup();
  });

  it(
    'the disk model keeps a file in a directory made with mkdirDurable, and loses one whose new ' +
      'directory was never fsynced into its parent',
    async () => {
      const disk = await mountPowercut(join(tmp.path, 'model'), { seed: 1 });
      try {
        writeFileDurable(join(disk.mount, 'kept', 'deep', 'state.json'), 'kept');
        mkdirDurable(join(disk.mount, 'empty', 'dir'));
        mkdirSync(join(disk.mount, 'plain', 'deep'), { recursive: true });
        const fd = openSync(join(disk.mount, 'plain', 'deep', 'state.json'), 'w');
        writeFileSync(fd, 'lost');
        fsyncSync(fd); // the file's bytes are durable; its directory's name in its parent is not
        closeSync(fd);
        const dfd = openSync(join(disk.mount, 'plain', 'deep'), 'r');
        fsyncSync(dfd); // nor is fsyncing the directory itself enough
        closeSync(dfd);
        const report = await disk.cut();
        assert.equal(readFileSync(join(disk.backing, 'kept', 'deep', 'state.json'), 'utf8'), 'kept');
        assert.ok(existsSync(join(disk.backing, 'empty', 'dir')));
        assert.equal(existsSync(join(disk.backing, 'plain')), false, 'a directory never fsynced into its parent is gone');
        assert.ok(report.lostEntries >= 3, `plain/, plain/deep/ and the file were lost (${JSON.stringify(report)})`);
      } finally {
        await disk.close();
      }
    },
  );

  it('the disk model keeps an O_DSYNC write once it returned, and tears a plain write that was never fsynced', async () => {
    // The spool's segments are written with O_DSYNC and no fdatasync (gateway/spool/writer.ts): the kernel follows each
    // such write with a datasync of its range, which the model takes as an fsync of the file.
    const disk = await mountPowercut(join(tmp.path, 'dsync'), { seed: 4 });
    try {
      const bytes = Buffer.alloc(64 * 1024, 'r');
      const write = (name: string, extraFlags: number): void => {
        const fd = openSync(join(disk.mount, name), constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | extraFlags, 0o644);
        writeSync(fd, bytes);
        closeSync(fd);
      };
      write('dsync', constants.O_DSYNC);
      write('plain', 0);
      const dfd = openSync(disk.mount, 'r');
      fsyncSync(dfd); // both names durable: only the bytes differ
      closeSync(dfd);
      const report = await disk.cut();
      assert.deepEqual(readFileSync(join(disk.backing, 'dsync')), bytes, 'the O_DSYNC write survived whole');
      assert.ok(readFileSync(join(disk.backing, 'plain')).length < bytes.length, `the plain write was torn (${JSON.stringify(report)})`);
    } finally {
      await disk.close();
    }
  });

  it('the OPC-UA PKI (folders and private key) made on a fresh install survives a cut right after it was made', async () => {
    const { openClientPki } = await import('../../protocols/opcua/pki.ts');
    const disk = await mountPowercut(join(tmp.path, 'pki'), { seed: 2 });
    try {
      const root = join(disk.mount, 'var', 'lib', 'edge-gateway', 'state', 'opcua-pki');
      const pki = await openClientPki(root);
      await pki.dispose();
      const key = readFileSync(join(root, 'own', 'private', 'private_key.pem'), 'utf8');
      await disk.cut();
      const after = join(disk.backing, 'var', 'lib', 'edge-gateway', 'state', 'opcua-pki');
      assert.equal(readFileSync(join(after, 'own', 'private', 'private_key.pem'), 'utf8'), key, 'the same private key after the cut');
      for (const d of ['trusted', 'rejected']) assert.ok(existsSync(join(after, d)), `${d}/ is still there`);
    } finally {
      await disk.close();
    }
  });

  it('segments deleted once the core confirmed them stay deleted after a cut (their records are not sent again)', async () => {
    const disk = await mountPowercut(join(tmp.path, 'unlinks'), { seed: 3 });
    try {
      // 1 MiB quota: 4 KiB segments, so 300 records of 500 bytes fill about 40 of them.
      const options = {
        dir: join(disk.mount, 'spool'),
        maxBytes: 1 << 20,
        segmentBytes: 4096,
        telemetryTtlMs: 86_400_000,
        dedupWindow: 100,
      };
      const spool = new Spool(options);
      spool.start();
      const payload = Buffer.alloc(500, 7);
      for (let i = 0; i < 300; i++) await spool.appendAsync({ cls: 'tx', route: 'vend-01/tx', key: `t${i}`, build: () => payload });
      let confirmed = 0;
      for (let round = 0; round < 100 && confirmed < 300; round++) {
        for (const record of await spool.read(64)) {
          spool.confirm(record.cls, record.seq);
          confirmed++;
        }
      }
      assert.equal(confirmed, 300, 'the core confirmed every record');
      const segmentsBefore = readdirSync(join(options.dir, 'tx')).filter((n) => n.endsWith('.seg'));
      await spool.stop();
      const report = await disk.cut();
      const segmentsAfter = readdirSync(join(disk.backing, 'spool', 'tx')).filter((n) => n.endsWith('.seg'));
      assert.deepEqual(segmentsAfter, segmentsBefore, `only the newest segment is left, as before the cut (${JSON.stringify(report)})`);
      await disk.mountAgain();
      const again = new Spool(options);
      again.start();
      try {
        // At most the newest segment's records are sent again (cursor.json is not fsynced: spool.ts invariant 6).
        assert.ok(again.stats().depth <= 8, `confirmed records are not pending again: ${again.stats().depth}`);
      } finally {
        await again.stop();
      }
    } finally {
      await disk.close();
    }
  });

  it(
    `gateway: after ` +
      `${ignoreFsync ? 'cuts on a disk that IGNORES fsync (must fail)' : '5 cuts under load, 2 with the uplink down'}, ` +
      `every acknowledged sale reaches the core, every restart succeeds, hash.key never changes`,
    async (t) => {
      const f = await runPowercuts({
        dir: join(tmp.path, 'gateway'),
        cuts: 5,
        uplinkDownEvery: 2,
        loadMs: [600, 1600],
        ignoreFsync,
        deliverWaitMs: ignoreFsync ? 10_000 : 60_000,
      });
      const figures = JSON.stringify(f);
      t.diagnostic(figures);
      assert.deepEqual(f.restartFailures, [], `every restart succeeds: ${figures}`);
      assert.equal(f.cuts, 5);
      assert.ok(f.acknowledged > 100, `the load was real: ${figures}`);
      assert.equal(f.hashKeyChanges, 0, `hash.key is the one made at the first start: ${figures}`);
      assert.equal(f.lost, 0, `every acknowledged sale reached the core: ${figures}`);
      assert.ok(f.disk.lostEntries + f.disk.unsyncedBytesLost > 0, `the cuts did take something away (the model was active): ${figures}`);
    },
  );
});
