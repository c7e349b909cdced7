// The gateway under test as one real child process, started from a config file as systemd starts it: the node flags and
// script of the unit's ExecStart (systemd/edge-gateway.service: the built dist/edge-gateway.mjs with the unit's heap
// caps), then any --gateway-node-args, which win over the unit's where they name the same flag. One process, so the
// PID we hold is the one whose memory
// and CPU we read and the one we stop. Its pino JSON lines are watched for the moments the bench times
// ("spool open", "device broker listening", "connected to core").
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trackChild, untrackChild } from '../harness/child-reaper.ts';
import { freePort } from '../harness/ports.ts';
import { memoryOf, type Memory } from './proc-stats.ts';
import { unitCommands } from '../harness/unit.ts';

/**
 * The per-machine budget (broker.deviceBudget) for benchmarks: a bench drives a handful of simulated machines thousands
 * of times faster than a real one, which the shipped defaults (100 msg/s, 100 in flight) would rightly hold back.
 */
export const BENCH_BUDGET = { messagesPerS: 0, maxInflight: 100000 };

export const REPO = join(import.meta.dirname, '..');
// For experiments with any bench (compare, faults, fleet as well as spool-e2e): BENCH_GATEWAY_NODE_ARGS adds node flags
// to every gateway (e.g. "--trace-gc"), and BENCH_GATEWAY_RAW_LOG names a file that gets the gateways' stdout lines that
// are not pino JSON (what --trace-gc prints), each prefixed with the gateway's PID.
const ENV_NODE_ARGS = (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const RAW_LOG = process.env.BENCH_GATEWAY_RAW_LOG;
let codeRoot = REPO;
const built = new Set<string>();

/** Builds dist/ from the code being measured, once per code root (a stale dist/ would measure other code). */
function ensureBuilt(root: string): void {
  if (built.has(root)) return;
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'ignore' });
  built.add(root);
}

/** Where child processes take the code from: the repository, or a snapshot of it (bench/snapshot.ts). */
export function setCodeRoot(dir: string): void {
  codeRoot = dir;
}

export function codePath(...parts: string[]): string {
  return join(codeRoot, ...parts);
}

export interface BenchDevice {
  id: string;
  password: string;
}

export interface GatewaySetup {
  dir: string;
  siteId: string;
  coreUrl: string;
  devices: BenchDevice[];
  spoolDir: string;
}

export interface GatewayConfigFile {
  path: string;
  brokerUrl: string;
  env: NodeJS.ProcessEnv;
}

function envName(id: string): string {
  return `BENCH_PW_${id.replace(/\W/g, '_').toUpperCase()}`;
}

/**
 * Writes a config that differs from the shipped defaults only where a bench must: loopback ports chosen by the OS, a
 * spool quota large enough for the 1 GB start-up figure, and a short reconnect cap so "time to drain after the core
 * returns" measures draining rather than a random backoff of up to 30 s. Window and rate towards the core stay default.
 */
export async function writeGatewayConfig(setup: GatewaySetup): Promise<GatewayConfigFile> {
  const brokerPort = await freePort();
  const httpPort = await freePort();
  const config = {
    site: { id: setup.siteId, name: 'Benchmark site' },
    broker: { host: '127.0.0.1', port: brokerPort, deviceBudget: BENCH_BUDGET },
    devices: setup.devices.map((d) => ({ id: d.id, kind: 'vending', transport: 'mqtt', passwordEnv: envName(d.id) })),
    uplink: { url: setup.coreUrl, reconnectMinMs: 20, reconnectMaxMs: 100 },
    spool: { dir: setup.spoolDir, maxBytes: 8 * 1024 ** 3 },
    http: { host: '127.0.0.1', port: httpPort },
    log: { level: 'info' },
  };
  const path = join(setup.dir, `gateway-${brokerPort}.json`);
  writeFileSync(path, JSON.stringify(config, null, 2));
  const env: NodeJS.ProcessEnv = {};
  for (const d of setup.devices) env[envName(d.id)] = d.password;
  return { path, brokerUrl: `mqtt://127.0.0.1:${brokerPort}`, env };
}

export interface LogSeen {
  at: number;
  log: Record<string, unknown>;
}

export class GatewayProcess {
  readonly pid: number;
  /** performance.now() just before spawn: the start of every start-up figure. */
  readonly spawnedAt: number;
  private readonly child: ChildProcess;
  private readonly tailLines: string[] = [];
  private readonly seen = new Map<string, LogSeen>();
  private readonly waiters = new Set<() => void>();
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  readonly exited: Promise<void>;

  constructor(file: GatewayConfigFile, nodeArgs: string[] = []) {
    ensureBuilt(codeRoot);
    const { start: unit, env: unitEnv } = unitCommands(codeRoot);
    this.spawnedAt = performance.now();
    this.child = spawn(process.execPath, [...unit.nodeArgs, ...nodeArgs, ...ENV_NODE_ARGS, unit.script, 'run', '--config', file.path], {
      cwd: codeRoot,
      env: { ...process.env, ...unitEnv, ...file.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (this.child.pid === undefined) throw new Error('could not spawn the gateway');
    this.pid = this.child.pid;
    trackChild(this.pid);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        untrackChild(this.pid);
        this.notify();
        resolve();
      });
    });
    this.collect(this.child.stdout!, true);
    this.collect(this.child.stderr!, false);
  }

  private collect(stream: NodeJS.ReadableStream, json: boolean): void {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now();
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        this.tailLines.push(line);
        if (this.tailLines.length > 40) this.tailLines.shift();
        if (RAW_LOG && !line.startsWith('{')) appendFileSync(RAW_LOG, `${this.pid} ${line}\n`);
        if (!json || !line.startsWith('{')) continue;
        try {
          const log = JSON.parse(line) as Record<string, unknown>;
          // The latest line per message text is enough: waits name a moment after which the line must appear.
          this.seen.set(String(log.msg), { at, log });
        } catch {
          // not a log line
        }
      }
      this.notify();
    });
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  tail(): string {
    return this.tailLines.map((l) => `  | ${l}`).join('\n');
  }

  /** Resolves when a log line whose msg starts with `msg` has appeared after `since` (performance.now()); rejects at the bound or on exit. */
  waitForLog(msg: string, timeoutMs: number, since = this.spawnedAt): Promise<LogSeen> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        for (const [text, s] of this.seen) if (s.at >= since && text.startsWith(msg)) return finish(() => resolve(s));
        if (!this.running)
          finish(() => reject(new Error(`gateway exited (${JSON.stringify(this.exitInfo)}) before "${msg}":\n${this.tail()}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`gateway: no "${msg}" within ${timeoutMs} ms:\n${this.tail()}`))),
        timeoutMs,
      );
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  memory(): Memory | undefined {
    return memoryOf(this.pid);
  }

  /** SIGTERM (the gateway stops in order and flushes), SIGKILL after graceMs. Resolves with how long the stop took. */
  async stop(graceMs = 20_000): Promise<number> {
    if (!this.running) return 0;
    const t0 = performance.now();
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
    return performance.now() - t0;
  }

  signal(sig: NodeJS.Signals): void {
    if (!this.running) return;
    try {
      process.kill(this.pid, sig);
    } catch {
      // exited in between
    }
  }
}
