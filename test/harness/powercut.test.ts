// The power-cut disk model (harness/powercut-fs.py) keeps exactly what a strict POSIX filesystem promises after a
// power cut: fsynced bytes, a torn prefix of unsynced appends at most, and directory entries as of their directory's
// last fsync. A model that kept too much would let the power-cut test pass with lost writes.
import assert from 'node:assert/strict';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mountPowercut, powercutUnavailable } from '../../harness/powercut.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';

function fsyncPath(p: string): void {
  const fd = openSync(p, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

describe('power-cut disk model', { skip: powercutUnavailable() }, () => {
  let tmp: TempDir;
  before(async () => {
    tmp = await tempDir('eg-powercut-self-');
  });
  after(async () => {
    await tmp?.cleanup();
  });

  it('keeps fsynced bytes, and of the unsynced appended bytes at most a prefix (the bytes or zeros)', async () => {
    let dropped = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const disk = await mountPowercut(join(tmp.path, `tail-${seed}`), { seed });
      const f = join(disk.mount, 'seg');
      const fd = openSync(f, 'a');
      writeSync(fd, 'durable|');
      fsyncSync(fd);
      writeSync(fd, 'unsynced-bytes-0123456789');
      closeSync(fd);
      fsyncPath(disk.mount);
      dropped += (await disk.cut()).unsyncedBytesLost;
      const got = readFileSync(join(disk.backing, 'seg'), 'latin1');
      assert.ok(got.startsWith('durable|'), `fsynced bytes kept (seed ${seed}: ${JSON.stringify(got)})`);
      const tail = got.slice('durable|'.length);
      const real = 'unsynced-bytes-0123456789'.slice(0, tail.length);
      assert.ok(
        tail === real || /^\0*$/.test(tail),
        `the rest is a prefix of what was written, or zeros (seed ${seed}: ${JSON.stringify(tail)})`,
      );
      await disk.close();
    }
    assert.ok(dropped > 0, 'unsynced bytes were dropped (the seeds are fixed: this is deterministic)');
  });

  it('directory entries are as of the last fsync of their directory: new names vanish, removed and renamed ones come back', async () => {
    const disk = await mountPowercut(join(tmp.path, 'entries'), { seed: 7 });
    writeFileSync(join(disk.mount, 'old'), 'x');
    writeFileSync(join(disk.mount, 'gone'), 'y');
    for (const p of ['old', 'gone']) fsyncPath(join(disk.mount, p));
    fsyncPath(disk.mount);
    renameSync(join(disk.mount, 'old'), join(disk.mount, 'new'));
    unlinkSync(join(disk.mount, 'gone'));
    writeFileSync(join(disk.mount, 'fresh'), 'z');
    fsyncPath(join(disk.mount, 'fresh')); // its bytes, not its name
    const report = await disk.cut();
    assert.equal(readFileSync(join(disk.backing, 'old'), 'utf8'), 'x', 'the rename was not durable');
    assert.equal(existsSync(join(disk.backing, 'new')), false);
    assert.equal(readFileSync(join(disk.backing, 'gone'), 'utf8'), 'y', 'the unlink was not durable');
    assert.equal(existsSync(join(disk.backing, 'fresh')), false, 'a name never fsynced into its directory');
    assert.equal(report.revivedEntries, 2);
    assert.equal(report.lostEntries, 2);
    await disk.close();
  });

  it('with ignoreFsync, nothing written since the mount survives', async () => {
    const disk = await mountPowercut(join(tmp.path, 'ignore'), { ignoreFsync: true });
    writeFileSync(join(disk.mount, 'a'), 'a');
    fsyncPath(join(disk.mount, 'a'));
    fsyncPath(disk.mount);
    await disk.cut();
    assert.equal(existsSync(join(disk.backing, 'a')), false);
    await disk.close();
  });
});
