// Runs a TypeScript entry point (the gateway, a simulator) as one real child process: `node --import tsx
// script`, not `npx tsx script`, because npx/tsx start a second process and the PID we hold (and kill -9 in
// crash tests) would not be the one holding the ports and files. Output is captured line by line so tests
// can wait for what a user or an operator would see, and dump the tail when an assertion fails.
import { spawn } from 'node:child_process';
import { trackChild, untrackChild } from './child-reaper.ts';

export interface OutputLine {
  /** Position in the whole output, counting lines already dropped; use with mark() and `after`. */
  readonly seq: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  readonly at: number;
}

export type LineMatch = RegExp | ((text: string, line: OutputLine) => boolean);
export type JsonLog = Record<string, unknown>;

export interface WaitLineOptions {
  /** Only lines with seq > after (from mark()); default: every retained line, so a line printed early still counts. */
  after?: number;
}

export interface Child {
  readonly pid: number;
  /** Resolves (never rejects) when the process has exited and its output is read to the end. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly running: boolean;
  /** Retained lines (the last 5,000). */
  lines(): readonly OutputLine[];
  /** The seq of the newest line so far, for waiting only on what comes next. */
  mark(): number;
  waitForLine(match: LineMatch, timeoutMs: number, opts?: WaitLineOptions): Promise<OutputLine>;
  /** stdout lines that parse as a JSON object (pino's format) and satisfy predicate. */
  waitForJsonLog(predicate: (log: JsonLog) => boolean, timeoutMs: number, opts?: WaitLineOptions): Promise<JsonLog>;
  /** Sends a signal to this PID (default SIGTERM); a no-op once it has exited. */
  kill(signal?: NodeJS.Signals): void;
  /** SIGTERM, wait up to graceMs, then SIGKILL; resolves with the exit. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last n lines as text, prefixed "out|" or "err|", for failure messages. */
  tail(n?: number): string;
}

const MAX_LINES = 5000;
const tsxLoader = import.meta.resolve('tsx');

export function startNode(
  script: string,
  args: string[] = [],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; nodeArgs?: string[] } = {},
): Child {
  // The loader is passed as a resolved URL so that a cwd outside the repo still finds tsx; built JavaScript needs none.
  const loader = script.endsWith('.ts') ? ['--import', tsxLoader] : [];
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...loader, script, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`startNode: could not spawn ${process.execPath} for ${script}`);
  const pid = child.pid;
  trackChild(pid);

  const retained: OutputLine[] = [];
  let seq = 0;
  let running = true;
  /** Exited and output read to the end: no further line can come. */
  let settled = false;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  function collect(stream: 'stdout' | 'stderr'): void {
    let partial = '';
    const source = child[stream];
    source.setEncoding('utf8');
    source.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) push(stream, text);
      notify();
    });
    source.on('end', () => {
      if (partial) push(stream, partial);
      partial = '';
      notify();
    });
  }

  function push(stream: 'stdout' | 'stderr', text: string): void {
    retained.push({ seq: ++seq, stream, text: text.replace(/\r$/, ''), at: Date.now() });
    if (retained.length > MAX_LINES) retained.shift();
  }

  collect('stdout');
  collect('stderr');

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      untrackChild(pid);
      // 'close' waits for stdout/stderr to end, so the last lines are in; a grandchild holding the pipes
      // open must not hang the test, hence the bound.
      const fallback = setTimeout(() => finish(), 2000);
      child.once('close', () => finish());
      function finish(): void {
        clearTimeout(fallback);
        settled = true;
        resolve({ code, signal });
        notify(); // waiters see settled and fail now rather than at their timeout
      }
    });
  });

  function signal(name: NodeJS.Signals = 'SIGTERM'): void {
    if (!running) return;
    try {
      process.kill(pid, name);
    } catch {
      // Exited between the check and the signal.
    }
  }

  function tail(n = 50): string {
    return retained
      .slice(-n)
      .map((line) => `${line.stream === 'stdout' ? 'out' : 'err'}| ${line.text}`)
      .join('\n');
  }

  function waitForMatch<T>(find: (line: OutputLine) => T | undefined, timeoutMs: number, after: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let scanned = after;
      const check = (): void => {
        for (const line of retained) {
          if (line.seq <= scanned) continue;
          scanned = line.seq;
          const found = find(line);
          if (found !== undefined) return done(() => resolve(found));
        }
        if (settled) done(() => reject(new Error(`${what}: process ${pid} exited before it appeared; last lines:\n${tail(30)}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`${what}: not seen within ${timeoutMs} ms; last lines:\n${tail(30)}`))),
        timeoutMs,
      );
      function done(settle: () => void): void {
        clearTimeout(timer);
        listeners.delete(check);
        settle();
      }
      listeners.add(check);
      check();
    });
  }

  return {
    pid,
    exited,
    get running() {
      return running;
    },
    lines: () => retained,
    mark: () => seq,
    waitForLine(match, timeoutMs, waitOpts = {}) {
      const test = typeof match === 'function' ? match : (text: string) => match.test(text);
      return waitForMatch(
        (line) => (test(line.text, line) ? line : undefined),
        timeoutMs,
        waitOpts.after ?? 0,
        `waitForLine(${String(match)})`,
      );
    },
    waitForJsonLog(predicate, timeoutMs, waitOpts = {}) {
      return waitForMatch(
        (line) => {
          if (line.stream !== 'stdout' || !line.text.startsWith('{')) return undefined;
          let log: unknown;
          try {
            log = JSON.parse(line.text);
          } catch {
            return undefined;
          }
          if (log === null || typeof log !== 'object' || Array.isArray(log)) return undefined;
          return predicate(log as JsonLog) ? (log as JsonLog) : undefined;
        },
        timeoutMs,
        waitOpts.after ?? 0,
        `waitForJsonLog(${predicate.toString().slice(0, 80)})`,
      );
    },
    kill: signal,
    async stop(graceMs = 3000) {
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    tail,
  };
}
