// Starts the real gateway as a child process from a config file, as systemd or a site engineer would.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../devices/registry.ts';
import { freePort } from './ports.ts';
import { startNode, type Child } from './process.ts';

export const REPO = join(import.meta.dirname, '..');
export const CLI = join(REPO, 'gateway', 'app', 'main.ts');

export interface GatewayDevice {
  id: string;
  kind: Kind;
  password: string;
  format?: 'json' | 'protobuf';
}

export interface GatewayFixture {
  child: Child;
  configPath: string;
  config: Record<string, unknown>;
  brokerUrl: string;
  brokerPort: number;
  httpPort: number;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
  /** Starts the same config again (after a stop or a kill -9), on the same ports and spool. */
  restart(): Promise<void>;
}

export interface GatewaySpec {
  dir: string;
  coreUrl: string;
  devices: GatewayDevice[];
  siteId?: string;
  spool?: Record<string, unknown>;
  uplink?: Record<string, unknown>;
  broker?: Record<string, unknown>;
  /** More top-level config sections (merged over the defaults above, section by section). */
  extra?: Record<string, unknown>;
  /** Extra environment for the gateway process. */
  env?: NodeJS.ProcessEnv;
  /** Run this script with these node flags instead of gateway/app/main.ts under tsx (the built dist/, as the unit runs it). */
  command?: { script: string; nodeArgs: string[] };
}

export function envName(id: string): string {
  return `PW_${id.replace(/\W/g, '_').toUpperCase()}`;
}

export async function startGateway(spec: GatewaySpec): Promise<GatewayFixture> {
  const brokerPort = await freePort();
  const httpPort = await freePort();
  const config = {
    site: { id: spec.siteId ?? 'mo-test-01', name: 'Test site' },
    broker: { host: '127.0.0.1', port: brokerPort, ...spec.broker },
    devices: spec.devices.map((d) => ({
      id: d.id,
      kind: d.kind,
      transport: 'mqtt',
      passwordEnv: envName(d.id),
      ...(d.format ? { format: d.format } : {}),
    })),
    uplink: { url: spec.coreUrl, topicPrefix: 'gov/v1/site', reconnectMinMs: 50, reconnectMaxMs: 500, keepaliveS: 5, ...spec.uplink },
    spool: { dir: join(spec.dir, 'spool'), ...spec.spool },
    http: { host: '127.0.0.1', port: httpPort },
    log: { level: 'info' },
  } as Record<string, unknown>;
  for (const [key, value] of Object.entries(spec.extra ?? {})) {
    const base = config[key];
    config[key] =
      base && typeof base === 'object' && value && typeof value === 'object' && !Array.isArray(value) ? { ...base, ...value } : value;
  }
  const configPath = join(spec.dir, 'config.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  const env: NodeJS.ProcessEnv = { ...process.env, ...spec.env };
  for (const d of spec.devices) env[envName(d.id)] = d.password;
  const fx: GatewayFixture = {
    child: undefined as unknown as Child,
    configPath,
    config,
    env,
    brokerPort,
    httpPort,
    brokerUrl: `mqtt://127.0.0.1:${brokerPort}`,
    async stop() {
      if (fx.child.running) await fx.child.stop(15_000);
    },
    async restart() {
      fx.child = startNode(spec.command?.script ?? CLI, ['run', '--config', configPath], {
        env,
        cwd: REPO,
        nodeArgs: spec.command?.nodeArgs,
      });
      await fx.child.waitForJsonLog((l) => l.msg === 'device broker listening', 20_000);
    },
  };
  await fx.restart();
  return fx;
}
