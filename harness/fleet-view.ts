// The fleet view (`edge-gateway core fleet`) as a real child process, as an operator runs it at the core; stopped by PID.
import { CLI, REPO } from './gateway.ts';
import { freePort } from './ports.ts';
import { startNode, type Child } from './process.ts';

export interface FleetViewFixture {
  child: Child;
  port: number;
  /** http://127.0.0.1:PORT/ */
  base: string;
  stop(): Promise<void>;
}

export interface FleetViewSpec {
  coreUrl: string;
  /** Extra CLI arguments (--token-file, --history-bucket-s, ...). */
  args?: string[];
  host?: string;
  env?: NodeJS.ProcessEnv;
  nodeArgs?: string[];
}

export async function startFleetView(spec: FleetViewSpec): Promise<FleetViewFixture> {
  const port = await freePort();
  const host = spec.host ?? '127.0.0.1';
  const child = startNode(CLI, ['core', 'fleet', '--url', spec.coreUrl, '--http', `${host}:${port}`, ...(spec.args ?? [])], {
    cwd: REPO,
    env: spec.env,
    nodeArgs: spec.nodeArgs,
  });
  try {
    await child.waitForJsonLog((l) => l.msg === 'fleet view listening', 20_000);
  } catch (e) {
    await child.stop(5000);
    throw new Error(`fleet view did not start: ${(e as Error).message}\n${child.tail()}`);
  }
  return {
    child,
    port,
    base: `http://${host}:${port}/`,
    async stop() {
      if (child.running) await child.stop(10_000);
    },
  };
}
