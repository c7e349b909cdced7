// Remote configuration in the running process (docs/remote-config.md): what the site starts with, the agent wired to the
// controller (its topic through the uplink's subscriptions, live reload, the health probe, results straight to the
// core), the version on /metrics, and the restart that applies a section reload cannot.
import { accessSync, constants } from 'node:fs';
import { Gauge } from 'prom-client';
import type { Logger } from 'pino';
import { checkConfig } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import type { Controller, RemoteConfigHooks } from '../controller.ts';
import { RemoteConfigAgent } from '../remote-config/agent.ts';
import { bootRemoteConfig, type BootOutcome } from '../remote-config/boot.ts';
import { checkRemoteConfig } from '../remote-config/check.ts';
import { RemoteConfigStore } from '../remote-config/store.ts';
import { remoteConfigFile } from './config-show.ts';

/** The exit status of a restart to apply or roll back a remote configuration (the unit's RestartForceExitStatus). */
export const RESTART_EXIT_STATUS = 75;

/** How long a result may wait for the core broker's PUBACK before the publish counts as failed (kept, sent again). */
const PUBLISH_TIMEOUT_MS = 5000;

export class RemoteConfigShell {
  readonly store: RemoteConfigStore;
  readonly boot: BootOutcome;
  private agent: RemoteConfigAgent | undefined;
  private ctl: Controller | undefined;
  private localRaw: unknown;
  private restarting = false;
  private readonly log: Logger;

  /** Opens the store and decides what runs (boot.ts): call before the controller is built. */
  constructor(localRaw: unknown, local: Readonly<Config>, log: Logger) {
    this.localRaw = localRaw;
    this.log = log;
    this.store = new RemoteConfigStore(remoteConfigFile(local)).open();
    this.boot = bootRemoteConfig(localRaw, local, this.store, process.env, Date.now());
    for (const note of this.boot.notes) log.warn({ component: 'remote-config' }, note);
    if (this.boot.version > 0) {
      log.info(
        { component: 'remote-config', version: this.boot.version, underTest: this.boot.underTest },
        this.boot.underTest ? 'starting with a remote config under test' : 'starting with the last good remote config',
      );
    }
  }

  /** What the controller needs: the config topic at the core, the status section, the version for SiteStatus. */
  hooks(): RemoteConfigHooks {
    const c = this.boot.config;
    const topic = `${c.uplink.topicPrefix}/${c.site.id}/config`;
    return {
      subscriber: {
        topics: () => [topic],
        matches: (t) => t === topic,
        onMessage: async (_t, payload) => {
          await this.agent?.handle(payload); // never throws: the agent logs its own failures
        },
      },
      status: () => this.agent?.status() ?? { source: 'site file', version: this.store.activeVersion },
      version: () => this.store.activeVersion,
    };
  }

  /**
   * Wires the agent to the controller, before its start: a message that arrives at the first connect waits for start().
   * `stopInOrder` is the process's clean stop; a restart runs it and exits with RESTART_EXIT_STATUS for systemd.
   */
  attach(ctl: Controller, stopInOrder: () => Promise<void>): void {
    this.ctl = ctl;
    const restart = (reason: string) => {
      if (this.restarting) return;
      this.restarting = true;
      this.log.warn({ component: 'controller', reason, exitStatus: RESTART_EXIT_STATUS }, 'restarting to apply the configuration');
      setTimeout(() => process.exit(RESTART_EXIT_STATUS), 15_000).unref(); // a stop that hangs still ends in the restart
      void stopInOrder()
        .catch((e: Error) => this.log.error({ component: 'controller', code: 'GW_INTERNAL', err: e.message }, 'error while stopping'))
        .finally(() => process.exit(RESTART_EXIT_STATUS));
    };
    this.agent = new RemoteConfigAgent({
      localRaw: this.localRaw,
      running: () => ctl.config,
      store: this.store,
      applyLive: (next) => {
        ctl.reload(next);
        ctl.uplink.rebirth(); // the retained SiteStatus carries the version
      },
      restart,
      // systemd sets INVOCATION_ID for every service it runs; another supervisor that restarts the gateway says so itself.
      canRestart: Boolean(process.env.INVOCATION_ID || process.env.EDGE_GATEWAY_SUPERVISED === '1'),
      probe: () => ({
        uplinkConnected: ctl.core.state.connected,
        brokerListening: ctl.broker.health().listening,
        spoolWritable: ctl.ready().ready && !ctl.spool.stats().full && writable(ctl.config.spool.dir),
      }),
      publish: (topic, payload) => publishToCore(ctl, topic, payload),
      env: process.env,
      log: this.log,
    });
    const store = this.store;
    new Gauge({
      name: 'edge_gateway_config_version',
      help: 'Remote configuration version running (0: the site file alone); docs/remote-config.md.',
      registers: [ctl.metrics.registry],
      collect() {
        this.set(store.activeVersion);
      },
    });
    ctl.core.on('up', () => this.agent?.onConnected());
  }

  /** After the controller started: resumes what the store holds (a version under test, a held one) and sends results. */
  start(): void {
    this.agent?.start();
    if (this.ctl?.core.state.connected) this.agent?.onConnected();
  }

  stop(): void {
    this.agent?.stop();
  }

  /**
   * SIGHUP: the site file was re-read. Returns what to run: the new file with the active remote version over it, or the
   * file alone when remote configuration is now refused or the version no longer fits (logged). Throws, like
   * loadConfig, when the file itself is broken.
   */
  reloadLocal(raw: unknown): Readonly<Config> {
    const local = checkConfig(raw);
    this.localRaw = raw;
    this.agent?.setLocal(raw);
    const s = this.store.state;
    const active = s.pending ?? s.lastGood;
    if (!local.remoteConfig.enabled || !active || !this.ctl) return local;
    const checked = checkRemoteConfig(raw, active.document, this.ctl.config, process.env);
    if (checked.ok) return checked.config;
    this.log.error(
      { component: 'remote-config', code: checked.code, version: active.version, problems: checked.problems },
      'the active remote config does not fit the reloaded site file: running the site file alone',
    );
    return local;
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** QoS 1 straight to the core: resolves on the broker's PUBACK; rejects when not connected or after PUBLISH_TIMEOUT_MS. */
function publishToCore(ctl: Controller, topic: string, payload: Buffer): Promise<void> {
  const client = ctl.core.current;
  if (!client) return Promise.reject(new Error('not connected to the core'));
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no PUBACK from the core')), PUBLISH_TIMEOUT_MS);
    client.publish(topic, payload, { qos: 1 }, (err) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    });
  });
}
