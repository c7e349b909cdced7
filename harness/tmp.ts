// Scratch directories for spools, state and broker persistence, and a deliberately tiny filesystem for
// "disk full" tests: a real ENOSPC from the kernel, not a mocked fs call.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { atTestProcessEnd } from './child-reaper.ts';

export interface TempDir {
  readonly path: string;
  cleanup(): Promise<void>;
}

export async function tempDir(prefix: string): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix.endsWith('-') ? prefix : `${prefix}-`));
  return {
    path: dir,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface Tmpfs {
  readonly path: string;
  /** The size asked for; the kernel rounds it up to whole pages (4 KiB here). */
  readonly sizeBytes: number;
  /** Unmounts (lazily if busy) and removes the mount point. */
  unmount(): Promise<void>;
}

function unmountSync(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore', timeout: 5000 });
  } catch {
    // Still busy (a child holds a file open): detach it now, the kernel frees it when the last user goes.
    try {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore', timeout: 5000 });
    } catch {
      return; // Leave the mount point rather than deleting files inside a live mount.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Mounts a tmpfs of sizeBytes on a fresh temp dir, or explains why it cannot (not root, no CAP_SYS_ADMIN
 * in a container, no mount binary) so a test can skip with that reason.
 */
export async function tryTmpfs(sizeBytes: number): Promise<{ tmpfs: Tmpfs } | { reason: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0700`, 'tmpfs', dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 5000,
    });
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    return { reason: `cannot mount a tmpfs here: ${stderr || String(err)}` };
  }
  // A failed test must not leave mounts behind: they outlive the process and pile up in /proc/mounts.
  const forget = atTestProcessEnd(() => unmountSync(dir));
  return {
    tmpfs: {
      path: dir,
      sizeBytes,
      unmount: async () => {
        forget();
        unmountSync(dir);
      },
    },
  };
}
