// Every machine with transport "opcua": a connector each (protocols/opcua-client.ts), their data into the spool through
// Ingest.accept, their online flags in DeviceStats, and the CommandTransport the command router uses for them.
//
// node-opcua takes about two seconds to load, so it is imported in start() and only when the site has an OPC-UA
// machine: an MQTT-only gateway never pays for it. The gateway's OPC-UA certificate and trust lists live in
// {state}/opcua-pki, the remembered transaction ids in {state}/opcua-seen/ (state = the directory beside the spool).
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { edge } from '../proto/index.ts';
import type { ConnectorHealth } from '../protocols/opcua-client.ts';
import type { OpcuaIdentity } from '../protocols/opcua-types.ts';
import type { CommandTransport, DeviceAnswer } from './commands/transport.ts';
import { resolveSecret } from './config/secrets.ts';
import type { DeviceConfig, OpcuaConfig } from './config/schema.ts';
import type { DeviceStats } from './device-stats.ts';
import { GatewayError } from './errors.ts';
import { OpcuaMachine, SeenTxIds, type Accept } from './opcua-device.ts';
import { monitorPlan, OPCUA_KINDS } from './opcua-kinds.ts';

export interface OpcuaDevicesOptions {
  devices: readonly DeviceConfig[];
  accept: Accept;
  stats: DeviceStats;
  log: Logger;
  /** The gateway's state directory (beside the spool). */
  stateDir: string;
  /** The site's key for hashing pickup codes and ID numbers (the same the MQTT path uses). */
  hashKey: Buffer;
  env?: NodeJS.ProcessEnv;
  /** Wait before offering again what the spool could not take; default 5 s. */
  retryMs?: number;
  clock?: () => number;
}

export class OpcuaDevices implements CommandTransport {
  private readonly o: OpcuaDevicesOptions;
  private readonly machines = new Map<string, OpcuaMachine>();
  private readonly connectListeners: ((deviceId: string) => void)[] = [];
  private pki: { dispose(): Promise<void> } | undefined;

  constructor(opts: OpcuaDevicesOptions) {
    this.o = opts;
  }

  get pkiDir(): string {
    return join(this.o.stateDir, 'opcua-pki');
  }

  async start(): Promise<void> {
    const devices = this.o.devices.filter((d) => d.transport === 'opcua' && d.opcua);
    if (devices.length === 0) return;
    const identities = await Promise.all(devices.map((d, i) => identityFor(d.opcua!, `/devices/${this.o.devices.indexOf(devices[i]!)}/opcua/auth`, this.o.env ?? process.env)));
    const [{ OpcuaConnector }, { createClientPki, routeLibraryLog }] = await Promise.all([import('../protocols/opcua-client.ts'), import('../protocols/opcua-pki.ts')]);
    routeLibraryLog(this.o.log);
    mkdirSync(this.pkiDir, { recursive: true });
    const pki = createClientPki(this.pkiDir);
    await pki.initialize();
    this.pki = pki;
    devices.forEach((d, i) => {
      const kind = OPCUA_KINDS[d.kind]!;
      const cfg = d.opcua!;
      const plan = monitorPlan(kind, cfg.mapping);
      const seen = new SeenTxIds(join(this.o.stateDir, 'opcua-seen', `${d.id}.json`));
      seen.load();
      const m = new OpcuaMachine(d, kind, plan, {
        accept: this.o.accept, stats: this.o.stats, log: this.o.log, seen, retryMs: this.o.retryMs ?? 5000,
        ctx: { format: 'json', hashKey: this.o.hashKey }, clock: this.o.clock,
        onConnected: (id) => { for (const l of this.connectListeners) l(id); },
      });
      const connector = new OpcuaConnector({
        deviceId: d.id, endpointUrl: cfg.endpointUrl, securityMode: cfg.securityMode, securityPolicy: cfg.securityPolicy,
        identity: identities[i]!, pki, pkiDir: this.pkiDir, applicationName: 'edge-gateway',
        values: plan.values, events: plan.events, heartbeatKey: plan.heartbeatKey,
        samplingIntervalMs: cfg.samplingIntervalMs, publishingIntervalMs: cfg.publishingIntervalMs, staleAfterIntervals: cfg.staleAfterIntervals,
        reconnectMinMs: cfg.reconnectMinMs, reconnectMaxMs: cfg.reconnectMaxMs, refusedRetryMs: cfg.refusedRetryMs, clock: this.o.clock,
      }, m.events(), this.o.log);
      this.machines.set(d.id, m);
      m.start(connector);
    });
    this.o.log.info({ component: 'opcua', devices: devices.length, pki: this.pkiDir }, 'OPC-UA machines starting');
  }

  async stop(): Promise<void> {
    await Promise.all([...this.machines.values()].map((m) => m.stop()));
    this.machines.clear();
    await this.pki?.dispose();
    this.pki = undefined;
  }

  health(): Record<string, ReturnType<OpcuaMachine['health']>> {
    return Object.fromEntries([...this.machines].map(([id, m]) => [id, m.health()]));
  }

  /** The connector's view of one machine, for tests and the status page. */
  connector(deviceId: string): ConnectorHealth | undefined {
    const h = this.machines.get(deviceId)?.health();
    return h && 'attempts' in h ? h : undefined;
  }

  isConnected(deviceId: string): boolean {
    return this.machines.get(deviceId)?.isConnected ?? false;
  }

  onConnect(listener: (deviceId: string) => void): void {
    this.connectListeners.push(listener);
  }

  deliver(deviceId: string, command: edge.v1.ICommand, deadlineMs: number): Promise<DeviceAnswer> {
    const m = this.machines.get(deviceId);
    if (!m) return Promise.reject(new Error(`${deviceId} is not an OPC-UA machine of this site`));
    return m.deliver(command, deadlineMs);
  }
}

/** The login for one machine; secrets are read here, at start, never kept in the config. */
async function identityFor(o: OpcuaConfig, where: string, env: NodeJS.ProcessEnv): Promise<OpcuaIdentity> {
  const a = o.auth;
  if (a.type === 'anonymous') return { type: 'anonymous' };
  if (a.type === 'userName') return { type: 'userName', userName: a.userName!, password: resolveSecret(a, where, env)! };
  const read = async (file: string, what: string): Promise<string> => {
    try {
      return await readFile(file, 'utf8');
    } catch (e) {
      throw new GatewayError('GW_SECRET_MISSING', `${where}: cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code}`, { where, file });
    }
  };
  return { type: 'certificate', certificatePem: await read(a.certificateFile!, 'certificateFile'), privateKeyPem: await read(a.privateKeyFile!, 'privateKeyFile') };
}
