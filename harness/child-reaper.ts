// Children started by the test support library (mosquitto, the gateway under test) must not outlive the
// test process: an orphaned broker keeps its port and its persistence file, and the next run fails in
// confusing ways. Every child's PID is tracked here and SIGKILLed when the test process exits.
//
// Killing is by the PID we spawned, never by name: other test files run in parallel and own their own
// mosquitto processes.
//
// The same moment also runs other synchronous clean-ups registered with atTestProcessEnd (temp dirs a
// broker owned, tmpfs mounts), because on a signal Node skips 'exit' handlers entirely.
//
// Limits: a SIGKILL of the test process itself runs no handler; nothing in Node can prevent that orphan.

import { readFileSync } from 'node:fs';

const live = new Set<number>();
const cleanups = new Set<() => void>();
let installed = false;

/** Registers a synchronous clean-up for when the test process ends (exit, uncaught error, SIGTERM/SIGINT/SIGHUP). */
export function atTestProcessEnd(cleanup: () => void): () => void {
  install();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

function killAll(): void {
  // Children first: a broker must be gone before its directory is removed under it.
  for (const pid of live) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone (ESRCH): exactly what we wanted.
    }
  }
  live.clear();
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // Best effort at exit: one failed clean-up must not stop the others.
    }
  }
  cleanups.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAll);
  // node:test stops a file that overruns with SIGTERM, and a developer presses Ctrl-C: neither runs 'exit'
  // when no handler exists. Reap, then re-raise so the default action (or any other handler) still applies.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

export function trackChild(pid: number): void {
  install();
  live.add(pid);
}

export function untrackChild(pid: number): void {
  live.delete(pid);
}

/** True while a process with this PID exists (signal 0 probes without sending anything). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A killed process whose parent has died stays a zombie until PID 1 reaps it, which a container's init may do
    // late: it is dead for every purpose that matters here.
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z') return false;
    } catch {
      /* gone meanwhile, or no /proc */
    }
    return true;
  } catch (err) {
    // EPERM means it exists but belongs to someone else; for our own children that cannot happen, but be exact.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
