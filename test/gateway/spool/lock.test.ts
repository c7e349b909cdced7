// The spool's LOCK after a crash or a power cut: a lock whose process is gone, or whose PID now belongs to another
// process (PIDs start again at every boot), must not keep the gateway from starting; a live holder must.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GatewayError } from '../../../base/errors.ts';
import { parseLock, startTime } from '../../../gateway/spool/lock.ts';
import { Spool } from '../../../gateway/spool/spool.ts';
import { trackChild, untrackChild } from '../../../harness/child-reaper.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';

const linux = startTime(process.pid) !== undefined;

describe('spool lock after a crash or a reboot', { skip: linux ? false : 'needs /proc' }, () => {
  let tmp: TempDir;
  let other: ReturnType<typeof spawn>;
  let n = 0;

  before(async () => {
    tmp = await tempDir('eg-lock-');
    // Some unrelated live process whose PID an old lock may name.
    other = spawn('sleep', ['120'], { stdio: 'ignore' });
    trackChild(other.pid!);
  });
  after(async () => {
    if (other?.pid) {
      process.kill(other.pid, 'SIGKILL');
      untrackChild(other.pid);
    }
    await tmp?.cleanup();
  });

  function spoolWithLock(lock: string): { spool: Spool; dir: string } {
    const dir = join(tmp.path, `s${n++}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'LOCK'), lock);
    return { dir, spool: new Spool({ dir, maxBytes: 64 << 20, segmentBytes: 1 << 20, telemetryTtlMs: 60_000, dedupWindow: 10 }) };
  }
  const bootId = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();

  it('opens when the lock was written before a reboot, although its PID is alive now', async () => {
    const { spool, dir } = spoolWithLock(
      JSON.stringify({ pid: other.pid, boot: 'c0ffee00-0000-4000-8000-000000000000', start: startTime(other.pid!) }),
    );
    spool.start();
    assert.equal(parseLock(readFileSync(join(dir, 'LOCK'), 'utf8')).pid, process.pid, 'the lock is ours now');
    await spool.stop();
  });

  it("opens when the lock's PID now belongs to a process that started later (PID reused)", async () => {
    const { spool } = spoolWithLock(JSON.stringify({ pid: other.pid, boot: bootId(), start: '1' }));
    spool.start();
    await spool.stop();
  });

  it('is refused with GW_SPOOL_LOCKED while the process the lock names is the one that wrote it', async () => {
    const { spool } = spoolWithLock(JSON.stringify({ pid: other.pid, boot: bootId(), start: startTime(other.pid!) }));
    assert.throws(
      () => spool.start(),
      (e) => e instanceof GatewayError && e.code === 'GW_SPOOL_LOCKED' && e.message.includes(String(other.pid)),
    );
  });

  it('reads a lock from an older version (a bare PID): refused while that PID lives, opened once it is gone', async () => {
    const live = spoolWithLock(String(other.pid));
    assert.throws(
      () => live.spool.start(),
      (e) => e instanceof GatewayError && e.code === 'GW_SPOOL_LOCKED',
    );
    const gone = spawn('true');
    await new Promise((r) => gone.once('exit', r));
    const dead = spoolWithLock(String(gone.pid));
    dead.spool.start();
    await dead.spool.stop();
  });

  it("a lock from before a reboot that names the PID this process got is rewritten as this process's", async () => {
    const { spool, dir } = spoolWithLock(JSON.stringify({ pid: process.pid, boot: 'c0ffee00-0000-4000-8000-000000000000', start: '1' }));
    spool.start();
    assert.deepEqual(
      parseLock(readFileSync(join(dir, 'LOCK'), 'utf8')),
      { pid: process.pid, boot: bootId(), start: startTime(process.pid) },
      'so a second process sees it held, not stale',
    );
    await spool.stop();
  });

  it('opens over an unreadable lock file (a power cut during its write)', async () => {
    const { spool } = spoolWithLock('{"pid": 12');
    spool.start();
    await spool.stop();
  });
});
