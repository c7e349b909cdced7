// Who holds a spool directory: the LOCK file names the process, the boot it ran in and when it started, so a lock left
// by a gateway that died (kill -9, a power cut) never blocks its restart, even when, after a reboot, its old PID now
// belongs to some other process. A PID alone is not enough on a site box: PIDs are handed out again from the start at
// every boot, and under systemd's DynamicUser= a probe of another user's process answers EPERM, which looks alive.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { GatewayError } from '../../base/errors.ts';

export interface LockOwner {
  pid: number;
  boot?: string;
  start?: string;
}

/** This boot's id, or undefined off Linux. */
function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** When `pid` started (clock ticks since boot, field 22 of /proc/PID/stat), or undefined when it is not visible. */
export function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or parentheses: count from the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is the process the lock names still the one that wrote it? */
function holds(owner: LockOwner): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0 || owner.pid === process.pid) return false;
  const boot = bootId();
  if (owner.boot !== undefined && boot !== undefined) {
    if (owner.boot !== boot) return false; // written before a reboot
    return owner.start !== undefined && startTime(owner.pid) === owner.start;
  }
  return signalable(owner.pid); // a lock from an older version (a bare PID), or no /proc
}

export function parseLock(text: string): LockOwner {
  const t = text.trim();
  if (/^\d+$/.test(t)) return { pid: Number(t) };
  try {
    const o = JSON.parse(t) as Partial<LockOwner>;
    return {
      pid: Number(o.pid),
      boot: typeof o.boot === 'string' ? o.boot : undefined,
      start: typeof o.start === 'string' ? o.start : undefined,
    };
  } catch {
    return { pid: 0 }; // unreadable: nobody can be shown to hold it
  }
}

/** Takes the directory's lock for this process, or throws GW_SPOOL_LOCKED naming the live holder. */
export function takeLock(path: string, dir: string): void {
  const me = `${JSON.stringify({ pid: process.pid, boot: bootId(), start: startTime(process.pid) } satisfies LockOwner)}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, me, { flag: 'wx' }); // exclusive: two starting at once cannot both win
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let owner: LockOwner;
    try {
      owner = parseLock(readFileSync(path, 'utf8'));
    } catch {
      continue;
    } // removed meanwhile: try again
    if (owner.pid === process.pid) {
      // This process (a spool reopened in it), or an old lock naming the PID this process got after a reboot: ours now,
      // made again with our boot and start time (removed and created exclusively, never written through whatever is at
      // the path), so that a second process does not take it for stale.
      try {
        unlinkSync(path);
      } catch {
        /* removed meanwhile */
      }
      continue;
    }
    if (holds(owner)) {
      throw new GatewayError('GW_SPOOL_LOCKED', `spool ${dir} is in use by process ${owner.pid}; stop it first`, { pid: owner.pid });
    }
    try {
      unlinkSync(path);
    } catch {
      /* removed meanwhile */
    }
  }
  throw new GatewayError('GW_SPOOL_LOCKED', `spool ${dir}: another process keeps taking the lock`, {});
}

export function releaseLock(path: string): void {
  try {
    if (parseLock(readFileSync(path, 'utf8')).pid === process.pid) unlinkSync(path);
  } catch {
    /* already gone */
  }
}
