// Every machine with transport "opcua": a connector each (protocols/opcua/client.ts), their data into the spool through
// Ingest.accept, their online flags in DeviceStats, and the CommandTransport the command router uses for them.
//
// node-opcua takes about two seconds to load, so it is imported in start() and only when the site has an OPC-UA
// machine: an MQTT-only gateway never pays for it. The gateway's OPC-UA certificate and trust lists live in
// {state}/opcua-pki, the remembered transaction ids in {state}/opcua-seen/ (state = the directory beside the spool).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { edge } from '../../proto/index.ts';
import type { ConnectorHealth } from '../../protocols/opcua/client.ts';
import type { DeviceAnswer } from '../../devices/common/types.ts';
import type { OpcuaIdentity } from '../../protocols/opcua/types.ts';
import type { CommandTransport } from '../commands/transport.ts';
import { resolveSecret } from '../config/secrets.ts';
import type { DeviceConfig, OpcuaConfig } from '../config/schema.ts';
import type { DeviceStats } from '../pipeline/device-stats.ts';
import { GatewayError } from '../../base/errors.ts';
import { OpcuaMachine, type Accept } from './machine.ts';
import { SeenTxIds } from './seen-tx-ids.ts';
import { opcuaKindOf } from '../../devices/registry.ts';
import { monitorPlan } from './plan.ts';

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

type Lib = typeof import('../../protocols/opcua/client.ts') & typeof import('../../protocols/opcua/pki.ts');

export class OpcuaDevices implements CommandTransport {
  private readonly options: OpcuaDevicesOptions;
  private readonly machines = new Map<string, OpcuaMachine>();
  private readonly connectListeners: ((deviceId: string) => void)[] = [];
  /** The devices running now (by their config), so a reload restarts only what changed. */
  private running = new Map<string, string>();
  private lib: { mod: Lib; pki: ReturnType<Lib['createClientPki']> } | undefined;
  private stopped = false;

  constructor(opts: OpcuaDevicesOptions) {
    this.options = opts;
  }

  get pkiDir(): string {
    return join(this.options.stateDir, 'opcua-pki');
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.prepareReload(this.options.devices)();
  }

  /**
   * Checks a new device list and returns the step that applies it: machines removed or changed are stopped, added or
   * changed ones started, the others keep their sessions. Secrets are resolved here, so a missing one throws before
   * anything changes (the controller's reload refuses the whole file then).
   */
  prepareReload(devices: readonly DeviceConfig[]): () => Promise<void> {
    const next = devices.filter((d) => d.transport === 'opcua' && d.opcua);
    const key = (d: DeviceConfig) => JSON.stringify(d);
    const launch = next
      .filter((d) => this.running.get(d.id) !== key(d))
      .map((d) => ({
        device: d,
        identity: identityFor(d.opcua!, `/devices/${devices.indexOf(d)}/opcua/auth`, this.options.env ?? process.env),
      }));
    const retire = [...this.running.keys()].filter((id) => !next.some((d) => d.id === id && this.running.get(id) === key(d)));
    return async () => {
      for (const id of retire) {
        this.running.delete(id);
        await this.machines.get(id)?.stop();
        this.machines.delete(id);
      }
      if (launch.length === 0 || this.stopped) return;
      const lib = await this.load();
      for (const { device, identity } of launch) {
        this.running.set(device.id, key(device));
        this.launch(lib, device, identity);
      }
      this.options.log.info(
        { component: 'opcua', started: launch.map((l) => l.device.id), stopped: retire, pki: this.pkiDir },
        'OPC-UA machines started',
      );
    };
  }

  /** node-opcua and the gateway's PKI, on first need. */
  private async load(): Promise<NonNullable<OpcuaDevices['lib']>> {
    if (this.lib) return this.lib;
    const [client, pkiMod] = await Promise.all([import('../../protocols/opcua/client.ts'), import('../../protocols/opcua/pki.ts')]);
    const mod = { ...client, ...pkiMod };
    mod.routeLibraryLog(this.options.log);
    const pki = await mod.openClientPki(this.pkiDir); // made durable: spool.ts invariant 7
    this.lib = { mod, pki };
    return this.lib;
  }

  private launch(lib: NonNullable<OpcuaDevices['lib']>, device: DeviceConfig, identity: OpcuaIdentity): void {
    const kind = opcuaKindOf(device.kind)!; // load.ts has refused an OPC-UA device of a kind without a mapping
    const cfg = device.opcua!;
    const plan = monitorPlan(kind.roles, cfg.mapping);
    const seen = new SeenTxIds(join(this.options.stateDir, 'opcua-seen', `${device.id}.json`));
    seen.load();
    const machine = new OpcuaMachine(device, kind, plan, {
      accept: this.options.accept,
      stats: this.options.stats,
      log: this.options.log,
      seen,
      retryMs: this.options.retryMs ?? 5000,
      ctx: { format: 'json', hashKey: this.options.hashKey },
      clock: this.options.clock,
      onConnected: (id) => {
        for (const l of this.connectListeners) l(id);
      },
    });
    const connector = new lib.mod.OpcuaConnector(
      {
        deviceId: device.id,
        endpointUrl: cfg.endpointUrl,
        securityMode: cfg.securityMode,
        securityPolicy: cfg.securityPolicy,
        identity,
        pki: lib.pki,
        pkiDir: this.pkiDir,
        applicationName: 'edge-gateway',
        values: plan.values,
        events: plan.events,
        heartbeatKey: plan.heartbeatKey,
        samplingIntervalMs: cfg.samplingIntervalMs,
        publishingIntervalMs: cfg.publishingIntervalMs,
        staleAfterIntervals: cfg.staleAfterIntervals,
        reconnectMinMs: cfg.reconnectMinMs,
        reconnectMaxMs: cfg.reconnectMaxMs,
        refusedRetryMs: cfg.refusedRetryMs,
        clock: this.options.clock,
      },
      machine.events(),
      this.options.log,
    );
    this.machines.set(device.id, machine);
    machine.start(connector);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.machines.values()].map((m) => m.stop()));
    this.machines.clear();
    this.running.clear();
    await this.lib?.pki.dispose();
    this.lib = undefined;
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

/** The login for one machine; secrets are read here, at start or reload, never kept in the config. */
function identityFor(settings: OpcuaConfig, where: string, env: NodeJS.ProcessEnv): OpcuaIdentity {
  const auth = settings.auth;
  if (auth.type === 'anonymous') {
    // load.ts refuses this already; a config built in code must not get around it either
    if (settings.securityMode !== 'None')
      throw new GatewayError('GW_CONFIG_INVALID', `${where}: anonymous login is refused with securityMode "${settings.securityMode}"`, {
        where,
      });
    return { type: 'anonymous' };
  }
  if (auth.type === 'userName') return { type: 'userName', userName: auth.userName!, password: resolveSecret(auth, where, env)! };
  const read = (file: string, what: string): string => {
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      throw new GatewayError('GW_SECRET_MISSING', `${where}: cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code}`, {
        where,
        file,
      });
    }
  };
  return {
    type: 'certificate',
    certificatePem: read(auth.certificateFile!, 'certificateFile'),
    privateKeyPem: read(auth.privateKeyFile!, 'privateKeyFile'),
  };
}
