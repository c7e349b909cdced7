// A disk that loses power: mounts harness/powercut-fs.py (a FUSE filesystem that keeps apart what was fsynced,
// with strict POSIX rules for directory entries) and cuts the power on demand. A cut unmounts the filesystem and the
// model rewrites its backing directory to what a machine would find after the power came back: only fsynced bytes
// (plus a random prefix of unsynced appended bytes: a torn tail), only directory entries whose directory was fsynced.
//
// Needs root, /dev/fuse, fusermount3 and Debian's python3-fusepy (`apt-get install fuse3 python3-fusepy`).
// powercutUnavailable() says why not, for a test to skip with that reason.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atTestProcessEnd } from './child-reaper.ts';
import { sleep } from './wait.ts';

const MODEL = join(import.meta.dirname, 'powercut-fs.py');
/** Debian's python, where python3-fusepy is installed (a pyenv or venv python on PATH would not see it). */
const PYTHON = '/usr/bin/python3';

export interface CutReport {
  /** Entries (files, directories) that existed before the cut and are gone after it. */
  lostEntries: number;
  /** Entries unlinked or renamed away before the cut that are back after it (their directory was not fsynced). */
  revivedEntries: number;
  tornFiles: number;
  tornBytesKept: number;
  unsyncedBytesLost: number;
  fsyncs: number;
  dirSyncs: number;
  ignoreFsync: boolean;
}

export interface PowercutDisk {
  /** Where the program under test reads and writes. */
  readonly mount: string;
  /** What survives; read it between a cut and the next mount. */
  readonly backing: string;
  /** Cuts the power: unmounts (once nothing holds a file open there) and rewrites the backing directory. */
  cut(): Promise<CutReport>;
  /** Power back on: mounts the (rewritten) backing directory again. */
  mountAgain(): Promise<void>;
  /** Unmounts if mounted (a final cut) and stops the model. */
  close(): Promise<void>;
}

export interface PowercutOptions {
  /** fsync and fsyncdir do nothing: every write since the mount is lost at the cut (to show a test can see loss). */
  ignoreFsync?: boolean;
  /** Seed for the torn tails (a different one per mount is derived from it). */
  seed?: number;
}

/** Why a power-cut disk cannot be mounted here, or undefined when it can. */
export function powercutUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'the power-cut disk model needs Linux FUSE';
  if (process.getuid?.() !== 0) return 'the power-cut disk model mounts a FUSE filesystem and needs root';
  if (!existsSync('/dev/fuse')) return 'no /dev/fuse on this machine (a container without the fuse device)';
  if (spawnSync('fusermount3', ['-V'], { stdio: 'ignore' }).status !== 0) return 'fusermount3 is missing: apt-get install fuse3';
  if (spawnSync(PYTHON, ['-c', 'import fusepy'], { stdio: 'ignore' }).status !== 0)
    return `${PYTHON} cannot import fusepy: apt-get install python3-fusepy`;
  return undefined;
}

function mounted(dir: string): boolean {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .some((l) => l.split(' ')[4] === dir);
}

/** Mounts a fresh power-cut disk in `dir` (which must exist): dir/mnt over dir/backing. */
export async function mountPowercut(dir: string, opts: PowercutOptions = {}): Promise<PowercutDisk> {
  const mount = join(dir, 'mnt');
  const backing = join(dir, 'backing');
  const shadow = join(dir, 'shadow');
  for (const d of [mount, backing, shadow]) mkdirSync(d, { recursive: true });
  let model: { child: ChildProcess; out: string[]; exited: Promise<void> } | undefined;
  let mounts = 0;
  const forget = atTestProcessEnd(() => {
    // The process is ending: detach the mount (lazily if a killed writer still holds it) and stop the model.
    try {
      execFileSync('fusermount3', ['-u', '-z', mount], { stdio: 'ignore', timeout: 5000 });
    } catch {
      /* not mounted */
    }
    if (model?.child.pid)
      try {
        process.kill(model.child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
  });

  async function start(): Promise<void> {
    const seed = (opts.seed ?? Math.floor(Math.random() * 2 ** 31)) + mounts++;
    const args = [MODEL, '--backing', backing, '--shadow', shadow, '--mount', mount, '--seed', String(seed)];
    if (opts.ignoreFsync) args.push('--ignore-fsync');
    const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: string[] = [];
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => out.push(...s.split('\n').filter(Boolean)));
    child.stderr!.setEncoding('utf8').on('data', (s: string) => {
      err = (err + s).slice(-4000);
    });
    const exited = new Promise<void>((res) => child.once('close', () => res()));
    model = { child, out, exited };
    for (let i = 0; i < 200; i++) {
      if (out.includes('ready') && mounted(mount)) return;
      if (child.exitCode !== null) break;
      await sleep(25);
    }
    throw new Error(`power-cut disk did not mount on ${mount}: ${err.trim() || 'no output'}`);
  }

  async function cut(): Promise<CutReport> {
    const m = model;
    if (!m) throw new Error('power-cut disk is not mounted');
    // A writer killed a moment ago may still be closing its files: EBUSY until it is gone. Bounded.
    let lastErr = '';
    for (let i = 0; i < 200 && mounted(mount); i++) {
      const r = spawnSync('fusermount3', ['-u', mount], { encoding: 'utf8', timeout: 5000 });
      if (r.status === 0) break;
      lastErr = r.stderr;
      await sleep(50);
    }
    if (mounted(mount)) throw new Error(`cannot unmount the power-cut disk: ${lastErr.trim()}`);
    const exitWithin = async (ms: number): Promise<boolean> => {
      let timer: NodeJS.Timeout | undefined;
      const done = await Promise.race([
        m.exited.then(() => true),
        new Promise<boolean>((res) => {
          timer = setTimeout(() => res(false), ms);
        }),
      ]);
      clearTimeout(timer);
      return done;
    };
    // The unmount ends the model's loop, unless a mount namespace made meanwhile (a container started by another test,
    // systemd-nspawn) holds a copy of the mount: then the kernel keeps the connection open and the model must be told.
    // libfuse ends its loop on SIGTERM and the model then cuts as usual.
    if (!(await exitWithin(2000))) {
      m.child.kill('SIGTERM');
      if (!(await exitWithin(60_000))) throw new Error('the power-cut model did not finish its cut within 60 s');
    }
    model = undefined;
    const line = m.out.find((l) => l.startsWith('{'));
    if (!line) throw new Error('the power-cut model exited without its report');
    return JSON.parse(line) as CutReport;
  }

  await start();
  return {
    mount,
    backing,
    cut,
    mountAgain: start,
    async close() {
      if (model) await cut().catch(() => undefined);
      forget();
    },
  };
}
