// A real Debian host with systemd as PID 1, for `npm run test:host`: a minbase bookworm root made once by debootstrap and
// cached outside the repository, booted with systemd-nspawn on a throwaway overlay (the cache stays pristine), with its
// own network namespace. Commands run inside with nsenter (there is no machined here to ask); host tools such as
// mosquitto_sub can run in the container's network alone. Every wait is bounded; the container is stopped by its PID 1
// and the overlay unmounted.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from '../../harness/wait.ts';

export const CACHE = process.env.EDGE_GATEWAY_HOST_CACHE ?? '/var/cache/edge-gateway-host';
const SUITE = 'bookworm';
// systemd as PID 1, perl-base for the notify relay (Essential anyway), mosquitto as the core the gateway forwards to.
const INCLUDE = ['systemd', 'systemd-sysv', 'dbus', 'perl-base', 'ca-certificates', 'mosquitto'];
const DEBOOTSTRAP_TIMEOUT_MS = 15 * 60_000;
const BOOT_TIMEOUT_MS = 90_000;
const POWEROFF_TIMEOUT_MS = 30_000;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], timeoutMs: number, input?: string): Run {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', input, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

function mirror(): string {
  if (process.env.EDGE_GATEWAY_DEBIAN_MIRROR) return process.env.EDGE_GATEWAY_DEBIAN_MIRROR;
  // The mirror apt already uses here (deb822 or one-line sources), else Debian's CDN.
  for (const f of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
    if (!existsSync(f)) continue;
    const text = readFileSync(f, 'utf8');
    const m = /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(text) ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s+bookworm\s/m.exec(text);
    if (m) return m[1]!;
  }
  return 'http://deb.debian.org/debian';
}

/** The cached root filesystem; made by debootstrap when absent. `seconds` is how long debootstrap took (0: cached). */
export function rootfs(): { dir: string; seconds: number } {
  const key = createHash('sha256')
    .update(`${SUITE} minbase ${INCLUDE.join(',')}`)
    .digest('hex')
    .slice(0, 12);
  const dir = join(CACHE, `${SUITE}-${key}`);
  const done = `${dir}.complete`;
  if (existsSync(done) && existsSync(join(dir, 'usr', 'lib', 'systemd', 'systemd'))) return { dir, seconds: 0 };
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  const started = Date.now();
  const r = run('debootstrap', ['--variant=minbase', `--include=${INCLUDE.join(',')}`, SUITE, tmp, mirror()], DEBOOTSTRAP_TIMEOUT_MS);
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(
      `debootstrap failed (exit ${r.status}; it needs Debian's mirror the first time):\n${(r.stdout + r.stderr).slice(-3000)}`,
    );
  }
  renameSync(tmp, dir);
  writeFileSync(done, `${new Date().toISOString()} ${Math.round((Date.now() - started) / 1000)} s\n`);
  return { dir, seconds: (Date.now() - started) / 1000 };
}

/** Overlays left by a test:host run that was killed before its cleanup (its PID is gone): unmounted and removed. */
function sweepStaleRuns(): void {
  if (!existsSync(CACHE)) return;
  for (const name of readdirSync(CACHE)) {
    const m = /^run-(\d+)$/.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
      continue;
    } catch {
      /* that run's process is gone */
    }
    const root = join(CACHE, name, 'root');
    if (run('mountpoint', ['-q', root], 5_000).status === 0) run('umount', ['-l', root], 10_000);
    if (run('mountpoint', ['-q', root], 5_000).status !== 0) rmSync(join(CACHE, name), { recursive: true, force: true });
  }
}

export class Container {
  readonly root: string;
  private readonly runDir: string;
  private nspawn: ChildProcess | undefined;
  private pid1 = 0;

  constructor(private readonly lower: string) {
    this.runDir = join(CACHE, `run-${process.pid}`);
    this.root = join(this.runDir, 'root');
  }

  /** Mounts a writable overlay over the cached root: write files into `root` before boot() or while it runs. */
  prepare(): void {
    sweepStaleRuns();
    rmSync(this.runDir, { recursive: true, force: true });
    for (const d of ['upper', 'work', 'root']) mkdirSync(join(this.runDir, d), { recursive: true });
    const r = run(
      'mount',
      [
        '-t',
        'overlay',
        'overlay',
        '-o',
        `lowerdir=${this.lower},upperdir=${join(this.runDir, 'upper')},workdir=${join(this.runDir, 'work')}`,
        this.root,
      ],
      30_000,
    );
    if (r.status !== 0) throw new Error(`overlay mount failed: ${r.stderr}`);
  }

  /** Boots systemd as the container's PID 1 and waits until it reports the system running (or degraded). */
  async boot(): Promise<void> {
    const log = openSync(join(this.runDir, 'console.log'), 'w');
    // --keep-unit: there is no machined and no system bus to register with; --private-network: its own loopback.
    this.nspawn = spawn('systemd-nspawn', ['-b', '-D', this.root, '--register=no', '--keep-unit', '--private-network', '--console=pipe'], {
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    const deadline = Date.now() + BOOT_TIMEOUT_MS;
    while (this.pid1 === 0 && Date.now() < deadline) {
      if (this.nspawn.exitCode !== null) throw new Error(`systemd-nspawn exited (${this.nspawn.exitCode}): ${this.console()}`);
      const kids = this.childrenOf(this.nspawn.pid!);
      if (kids.length > 0) this.pid1 = kids[0]!;
      else await sleep(100);
    }
    if (this.pid1 === 0) throw new Error(`no container PID 1 within ${BOOT_TIMEOUT_MS} ms: ${this.console()}`);
    let state = '';
    while (Date.now() < deadline) {
      state = this.exec('systemctl is-system-running', 10_000).stdout.trim();
      if (state === 'running' || state === 'degraded') return;
      await sleep(250);
    }
    throw new Error(`systemd in the container is "${state}" after ${BOOT_TIMEOUT_MS} ms: ${this.console()}`);
  }

  private childrenOf(pid: number): number[] {
    try {
      return readdirSync(`/proc/${pid}/task`)
        .flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/))
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  }

  console(): string {
    try {
      return readFileSync(join(this.runDir, 'console.log'), 'utf8').slice(-4000);
    } catch {
      return '';
    }
  }

  /** Runs a shell command inside the container (all its namespaces), as root, in `cwd`. */
  exec(command: string, timeoutMs = 60_000, cwd = '/'): Run {
    return run(
      'nsenter',
      [
        '-t',
        String(this.pid1),
        '-m',
        '-u',
        '-i',
        '-n',
        '-p',
        '--',
        '/usr/bin/env',
        '-i',
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'LANG=C.UTF-8',
        'SYSTEMD_PAGER=',
        '/bin/sh',
        '-c',
        `cd ${cwd} && ${command}`,
      ],
      timeoutMs,
    );
  }

  /** Runs a host program in the container's network namespace only (the container's 127.0.0.1, the host's files). */
  inNet(args: string[], timeoutMs: number, input?: string): Run {
    return run('nsenter', ['-t', String(this.pid1), '-n', '--', ...args], timeoutMs, input);
  }

  /** Powers the container off through its PID 1 (SIGRTMIN+4), kills it if that takes too long, removes the overlay. */
  async destroy(): Promise<void> {
    const child = this.nspawn;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      try {
        if (this.pid1) process.kill(this.pid1, 'SIGRTMIN+4');
      } catch {
        /* already gone */
      }
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), POWEROFF_TIMEOUT_MS).unref());
      if ((await Promise.race([exited.then(() => 'exited' as const), timer])) === 'timeout') {
        try {
          process.kill(child.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
        try {
          if (this.pid1) process.kill(this.pid1, 'SIGKILL');
        } catch {
          /* gone */
        }
        await Promise.race([exited, sleep(10_000)]);
      }
    }
    for (let i = 0; i < 5 && run('mountpoint', ['-q', this.root], 5_000).status === 0; i++) {
      if (run('umount', [this.root], 10_000).status !== 0) {
        await sleep(500);
        if (i === 4) run('umount', ['-l', this.root], 10_000);
      }
    }
    if (run('mountpoint', ['-q', this.root], 5_000).status !== 0) rmSync(this.runDir, { recursive: true, force: true });
  }
}
