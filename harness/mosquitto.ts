// Debian's mosquitto as a stand-in for the central core broker: a real broker nobody here wrote, with real
// persistence, started on a loopback port and stopped by the PID we spawned (never by name: other test
// files run their own brokers at the same time).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { atTestProcessEnd, trackChild, untrackChild } from './child-reaper.ts';
import { canConnect, freePort } from './ports.ts';
import { sleep } from './wait.ts';

export interface MosquittoOptions {
  /** Loopback port; default: one chosen by the OS. */
  port?: number;
  /** Keep retained messages, subscriptions and queued QoS 1 messages in DIR/mosquitto.db. Default false. */
  persistence?: boolean;
  /** Directory for the config file and the persistence file. Default: a temp dir removed when the test process exits. */
  dir?: string;
  /** Appended verbatim to the generated config (e.g. "max_queued_messages 10" or "autosave_interval 1"). */
  extraConfig?: string;
}

export interface Mosquitto {
  readonly port: number;
  readonly url: string;
  /** PID of the running broker; changes after restart(). */
  readonly pid: number;
  readonly dir: string;
  readonly configFile: string;
  /**
   * DIR/mosquitto.db when persistence is on. mosquitto writes it at a clean stop and on autosave; autosave
   * runs on a main-loop pass after the trigger, not at the PUBACK, so a crash test that needs a message to
   * survive kill() must wait until the file holds it (see the self-test).
   */
  readonly persistenceFile: string | undefined;
  /** The broker's stderr (error and warning lines), last 500 lines. */
  stderr(): string;
  /** SIGTERM, wait for exit (mosquitto writes its persistence file now), SIGKILL after 3 s. */
  stop(): Promise<void>;
  /** SIGKILL and wait for exit: a crash. Nothing is saved beyond what autosave already wrote. */
  kill(): Promise<void>;
  /** Start again on the same port with the same config and persistence dir (stops first if still running). */
  restart(): Promise<void>;
}

const START_TIMEOUT_MS = 5000;
const POLL_MS = 25;
const STOP_GRACE_MS = 3000;
const STDERR_LINES = 500;

function mosquittoPath(): string {
  try {
    const found = execFileSync('sh', ['-c', 'command -v mosquitto'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // Not on PATH (sbin is often missing from a non-root PATH): fall back to Debian's location.
  }
  return '/usr/sbin/mosquitto';
}

function renderConfig(port: number, dir: string, opts: MosquittoOptions): string {
  const lines = [
    `listener ${port} 127.0.0.1`,
    'allow_anonymous true',
    // Started as root, mosquitto 2 drops to the "mosquitto" user and then cannot write its persistence
    // file in our root-owned 0700 temp dir (it logs "Permission denied" at shutdown and saves nothing).
    ...(process.getuid?.() === 0 ? ['user root'] : []),
    // A test subscriber that falls behind on a loaded machine must not lose messages at the core: mosquitto's default
    // queue of 1,000 per client drops the rest silently, which looks like loss or reordering by the gateway.
    'max_queued_messages 0',
    `persistence ${opts.persistence ? 'true' : 'false'}`,
    ...(opts.persistence ? [`persistence_location ${dir}${path.sep}`, 'persistence_file mosquitto.db'] : []),
    'log_dest stderr',
    'log_type error',
    'log_type warning',
  ];
  if (opts.extraConfig) lines.push(opts.extraConfig);
  return `${lines.join('\n')}\n`;
}

export async function startMosquitto(opts: MosquittoOptions = {}): Promise<Mosquitto> {
  const port = opts.port ?? (await freePort());
  let dir = opts.dir;
  if (dir === undefined) {
    const owned = await mkdtemp(path.join(os.tmpdir(), 'mosquitto-'));
    atTestProcessEnd(() => rmSync(owned, { recursive: true, force: true }));
    dir = owned;
  }
  const configFile = path.join(dir, 'mosquitto.conf');
  await writeFile(configFile, renderConfig(port, dir, opts));
  const binary = mosquittoPath();
  const stderrLines: string[] = [];

  let child: ChildProcess;
  let exited: Promise<void>;
  let running = false;

  async function launch(): Promise<void> {
    // The readiness probe below cannot tell our broker from another one on the same port: refuse up front.
    if (await canConnect(port)) throw new Error(`mosquitto: port ${port} on 127.0.0.1 is already accepting connections`);
    child = spawn(binary, ['-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    const pid = child.pid;
    if (pid === undefined) {
      const err = await new Promise<unknown>((resolve) => child.once('error', resolve));
      throw new Error(`mosquitto: could not spawn ${binary}: ${String(err)}`);
    }
    trackChild(pid);
    running = true;
    exited = new Promise<void>((resolve) => {
      child.once('exit', () => {
        running = false;
        untrackChild(pid);
        resolve();
      });
    });
    let partial = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) if (line) stderrLines.push(line);
      if (stderrLines.length > STDERR_LINES) stderrLines.splice(0, stderrLines.length - STDERR_LINES);
    });

    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      // A connect that succeeds while our child is already dead means someone else holds the port.
      if (!running) throw new Error(`mosquitto on port ${port} exited during start-up:\n${stderrLines.join('\n')}`);
      if (await canConnect(port, POLL_MS * 4)) {
        if (running) return;
        continue;
      }
      if (Date.now() > deadline) {
        await killNow();
        throw new Error(`mosquitto did not accept connections on port ${port} within ${START_TIMEOUT_MS} ms:\n${stderrLines.join('\n')}`);
      }
      await sleep(POLL_MS);
    }
  }

  function signal(name: NodeJS.Signals): void {
    if (!running || child.pid === undefined) return;
    try {
      process.kill(child.pid, name);
    } catch {
      // Exited between the check and the signal; 'exit' is on its way.
    }
  }

  async function killNow(): Promise<void> {
    signal('SIGKILL');
    await exited;
  }

  async function stop(): Promise<void> {
    if (!running) return;
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  await launch();

  return {
    port,
    url: `mqtt://127.0.0.1:${port}`,
    get pid() {
      return child.pid ?? -1;
    },
    dir,
    configFile,
    persistenceFile: opts.persistence ? path.join(dir, 'mosquitto.db') : undefined,
    stderr: () => stderrLines.join('\n'),
    stop,
    kill: killNow,
    async restart() {
      await stop();
      await launch();
    },
  };
}

/** True when the broker's persistence file exists (mosquitto writes it at stop and on autosave). */
export function hasPersistenceFile(broker: Mosquitto): boolean {
  return broker.persistenceFile !== undefined && existsSync(broker.persistenceFile);
}
