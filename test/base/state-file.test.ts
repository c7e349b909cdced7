// Durable files and directories (base/state-file.ts): temp files are made fresh (a planted symlink is removed, never
// followed), and mkdirDurable makes every missing level. That the fsyncs happen where they must is checked on a disk
// model that forgets what was not fsynced: test/integration/powercut.test.ts.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, rmdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { mkdirDurable, openState, writeFileDurable } from '../../base/state-file.ts';
import { Spool } from '../../gateway/spool/spool.ts';
import { tempDir } from '../../harness/tmp.ts';

it('writeFileDurable: a symlink planted at the temp path is removed, not followed; a stale temp file is replaced', async () => {
  const tmp = await tempDir('eg-statefile-');
  try {
    const victim = join(tmp.path, 'victim.txt');
    writeFileSync(victim, 'do not touch');
    const file = join(tmp.path, 'state', 'commands.json');
    mkdirSync(join(tmp.path, 'state'));
    symlinkSync(victim, `${file}.tmp`);
    const db = await openState(file, { n: 0 });
    db.data.n = 7;
    await db.write();
    assert.equal(readFileSync(victim, 'utf8'), 'do not touch', 'the link target was not written');
    assert.ok(lstatSync(file).isFile());
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { n: 7 });
    // A stale temp file from a crash, read-only and with other bytes: replaced, with the mode asked for.
    writeFileSync(`${file}.tmp`, 'stale');
    chmodSync(`${file}.tmp`, 0o444);
    writeFileDurable(file, 'new', 0o600);
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(existsSync(`${file}.tmp`), false);
  } finally {
    await tmp.cleanup();
  }
});

it('spool cursor: a symlink planted at cursor.json.tmp is removed, not followed', async () => {
  const tmp = await tempDir('eg-statefile-');
  try {
    const dir = join(tmp.path, 'spool');
    const victim = join(tmp.path, 'victim.txt');
    writeFileSync(victim, 'do not touch');
    const spool = new Spool({ dir, maxBytes: 1 << 24, segmentBytes: 1 << 20, telemetryTtlMs: 1e9, dedupWindow: 10 });
    spool.start();
    await new Promise<void>((res, rej) =>
      spool.append({ cls: 'tx', route: 'vend-1/tx', key: 't1', build: () => Buffer.from('x') }, (e) => (e ? rej(e) : res())),
    );
    const [rec] = await spool.read(1);
    symlinkSync(victim, join(dir, 'tx', 'cursor.json.tmp'));
    spool.confirm('tx', rec!.seq);
    await spool.stop();
    assert.equal(readFileSync(victim, 'utf8'), 'do not touch', 'the link target was not written');
    assert.ok(lstatSync(join(dir, 'tx', 'cursor.json')).isFile());
    assert.equal(existsSync(join(dir, 'tx', 'cursor.json.tmp')), false);
  } finally {
    await tmp.cleanup();
  }
});

it('mkdirDurable makes every missing level and accepts one that exists', async () => {
  const tmp = await tempDir('eg-statefile-');
  try {
    const deep = join(tmp.path, 'a', 'b', 'c');
    mkdirDurable(deep);
    assert.ok(statSync(deep).isDirectory());
    mkdirDurable(deep);
    writeFileSync(join(tmp.path, 'file'), '');
    assert.throws(() => mkdirDurable(join(tmp.path, 'file', 'x')), /ENOTDIR|EEXIST/);
  } finally {
    await tmp.cleanup();
  }
});

it('state writes: each write() resolves only once its change is on disk, however many are asked for at once', async () => {
  const tmp = await tempDir('eg-statefile-');
  try {
    const file = join(tmp.path, 'state', 'commands.json');
    const db = await openState<{ ids: number[] }>(file, { ids: [] });
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      db.data.ids.push(i);
      writes.push(
        db.write().then(() => {
          const onDisk = (JSON.parse(readFileSync(file, 'utf8')) as { ids: number[] }).ids;
          assert.ok(onDisk.includes(i), `write ${i} resolved before its change was on disk`);
        }),
      );
    }
    await Promise.all(writes);
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { ids: number[] }).ids.length, 200);
    assert.equal(existsSync(`${file}.tmp`), false);
  } finally {
    await tmp.cleanup();
  }
});

it('state writes: a failed write is reported to its callers and the next one is written', async () => {
  const tmp = await tempDir('eg-statefile-');
  try {
    const file = join(tmp.path, 'state', 'commands.json');
    const db = await openState(file, { n: 0 });
    mkdirSync(join(tmp.path, 'state'), { recursive: true });
    mkdirSync(`${file}.tmp`); // a directory at the temp path: it cannot be removed as a file, so the write fails
    db.data.n = 1;
    await assert.rejects(db.write());
    rmdirSync(`${file}.tmp`);
    db.data.n = 2;
    await db.write();
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { n: 2 });
  } finally {
    await tmp.cleanup();
  }
});
