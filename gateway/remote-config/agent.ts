// The gateway's side of remote configuration, from a message on {topicPrefix}/{siteId}/config to a ConfigResult on
// {topicPrefix}/{siteId}/config/result (docs/remote-config.md). One message at a time, in arrival order:
//   verify.ts (site, signature, version, size) -> check.ts (the validate rules over the merged config) ->
//   a held activation time: kept (store.scheduled) and applied then ->
//   only live sections changed (devices, log): pending marker (attempts 1), applied live, health gate ->
//   a section that needs a restart: pending marker (attempts 0), result "pending_restart", a clean restart (the shell
//   exits for systemd to start it again); boot.ts starts the pending version and this agent runs its health gate ->
//   the gate passes: it becomes the last good ("applied"); it fails: the last good comes back by itself ("rolled_back",
//   live, or by another restart).
// Results for versions the core signed are kept in the store until the core's broker acknowledges them (QoS 1), and
// sent again on every reconnect: a result usually matters most when the link was what broke. They go straight to the
// core, not through the spool: the spool is the machines' data and stays byte for byte as it was; a result is one small
// message per version, superseded by the next, that the store already keeps durably.
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.ts';
import { checkConfig } from '../config/load.ts';
import { checkRemoteConfig, type RemoteProblem } from './check.ts';
import { HealthGate, type HealthProbe } from './health.ts';
import { encodeResult, RefusalBudget, ResultOutbox } from './results.ts';
import type { RemoteConfigStore, RemoteVersion, ResultRecord, ResultState } from './store.ts';
import { loadConfigKey, verifySignedConfig, type VerifiedConfig } from './verify.ts';

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface RemoteConfigDeps {
  /** The site file as read (raw JSON), the base every remote document merges over; replaced on SIGHUP. */
  localRaw: unknown;
  /** The config running now. */
  running(): Readonly<Config>;
  store: RemoteConfigStore;
  /** Applies a config live (Controller.reload); throws and changes nothing when it cannot. */
  applyLive(next: Readonly<Config>): void;
  /** Stops cleanly and exits for systemd to start the gateway again (gateway/app/remote-config-shell.ts). */
  restart(reason: string): void;
  /** Something starts the gateway again after it exits (systemd, or a supervisor that says so); otherwise versions that need a restart are refused. */
  canRestart: boolean;
  probe(): HealthProbe;
  /** Publishes to the core with QoS 1; resolves on the broker's PUBACK, rejects when not connected. */
  publish(topic: string, payload: Buffer): Promise<void>;
  env: NodeJS.ProcessEnv;
  log: Logger;
  timers?: Timers;
  /** How often the health gate looks (default 500 ms). */
  pollMs?: number;
}

export class RemoteConfigAgent {
  private readonly d: RemoteConfigDeps;
  private readonly timers: Timers;
  private readonly budget = new RefusalBudget();
  /** Messages in arrival order; it begins at start(), behind the health gate of a version under test. */
  private queue: Promise<void>;
  private begin: (first: Promise<void> | undefined) => void = () => undefined;
  private started = false;
  private key: { key?: KeyObject; problem?: string } | undefined;
  private gateTimer: unknown;
  private scheduleTimer: unknown;
  private gateDone: (() => void) | undefined;
  private readonly outbox: ResultOutbox;
  private stopped = false;

  constructor(deps: RemoteConfigDeps) {
    this.d = deps;
    this.timers = deps.timers ?? realTimers;
    this.queue = new Promise<void>((resolve) => {
      this.begin = resolve;
    });
    this.outbox = new ResultOutbox(
      deps.store,
      (payload) => deps.publish(this.resultTopic, payload),
      () => deps.running().site.id,
    );
  }

  get topic(): string {
    const c = this.d.running();
    return `${c.uplink.topicPrefix}/${c.site.id}/config`;
  }

  get resultTopic(): string {
    return `${this.topic}/result`;
  }

  /** Resumes what the store holds: the health gate of a version boot.ts started, a held activation. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.key = loadConfigKey(this.d.running().uplink.configKey);
    const s = this.d.store.state;
    // Messages that came before (the retained config, at the first connect) wait behind this version's health gate.
    this.begin(s.pending && s.pending.attempts >= 1 ? this.runGate() : undefined);
    if (s.scheduled) this.arm(s.scheduled);
  }

  stop(): void {
    this.stopped = true;
    if (this.gateTimer !== undefined) this.timers.clearTimeout(this.gateTimer);
    if (this.scheduleTimer !== undefined) this.timers.clearTimeout(this.scheduleTimer);
    this.gateDone?.();
  }

  /** The site file was re-read (SIGHUP): later documents merge over it. */
  setLocal(raw: unknown): void {
    this.d.localRaw = raw;
    this.key = undefined; // uplink.configKey may have changed: read again at the next message
  }

  /** A message on the config topic; handled after the ones before it (and after a health gate in progress). */
  handle(payload: Buffer): Promise<void> {
    const run = this.queue.then(() => this.process(payload));
    this.queue = run.catch((e: Error) =>
      this.d.log.error({ component: 'remote-config', code: 'GW_INTERNAL', err: e.message }, 'remote config failed'),
    );
    return this.queue;
  }

  /** Resolves once every message so far is handled and no health gate is running (tests, a clean stop). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** The core connection is up: send the results it has not acknowledged. */
  onConnected(): void {
    void this.flush();
  }

  /** What /api/status shows under `config`. */
  status(): Record<string, unknown> {
    return this.d.store.summary(this.d.running());
  }

  private async process(payload: Buffer): Promise<void> {
    if (this.stopped) return; // restarting: the core's retained config comes again after the restart
    const c = this.d.running();
    this.key ??= loadConfigKey(c.uplink.configKey);
    const v = verifySignedConfig(payload, {
      siteId: c.site.id,
      enabled: c.remoteConfig.enabled,
      maxBytes: c.remoteConfig.maxBytes,
      key: this.key?.key,
      keyProblem: this.key?.problem,
      highestVersion: this.d.store.state.highestVersion,
    });
    if (!v.ok) {
      const r = v.refusal;
      const last = this.d.store.state.lastResult;
      if (r.code === 'GW_CONFIG_REMOTE_STALE' && r.version === this.d.store.state.highestVersion && last?.version === r.version) {
        // The newest version again, signed: the retained config at a reconnect, or the core resending. Answered with its
        // result, nothing applied again; only an older version is a refusal.
        if (this.budget.take(this.timers.now())) this.d.publish(this.resultTopic, encodeResult(c.site.id, last)).catch(() => undefined);
        return;
      }
      const problems = [{ path: '', code: r.code, message: r.message }];
      if (r.countsAsSeen) return this.finish(r.version, 'rejected', problems, [], true);
      const result = this.result(r.version, 'rejected', problems, []);
      this.d.log.warn({ component: 'remote-config', code: r.code, version: r.version }, `remote config refused: ${r.message}`);
      if (this.budget.take(this.timers.now())) {
        this.d.publish(this.resultTopic, encodeResult(c.site.id, result)).catch(() => undefined);
      }
      return;
    }
    const now = this.timers.now();
    if (v.config.activateAtMs > now) {
      const held: RemoteVersion = { ...v.config, receivedAtMs: now };
      this.d.store.update((s) => {
        s.highestVersion = Math.max(s.highestVersion, held.version);
        s.scheduled = held;
        this.d.store.addResult(s, this.result(held.version, 'scheduled', [], []));
      });
      this.arm(held);
      void this.flush();
      return;
    }
    await this.apply({ ...v.config, receivedAtMs: now });
  }

  private async apply(v: VerifiedConfig & { receivedAtMs: number }): Promise<void> {
    const running = this.d.running();
    const checked = checkRemoteConfig(this.d.localRaw, v.document, running, this.d.env);
    if (!checked.ok) return this.finish(v.version, 'rejected', checked.problems, [], true);
    const store = this.d.store;
    if (checked.restartSections.length > 0 && !this.d.canRestart) {
      const message = `changes ${checked.restartSections.join(', ')}, which need a restart, and nothing would start the gateway again`;
      return this.finish(
        v.version,
        'rejected',
        [{ path: '', code: 'GW_CONFIG_REMOTE_NO_RESTART', message }],
        checked.restartSections,
        true,
      );
    }
    if (checked.restartSections.length > 0) {
      store.update((s) => {
        s.highestVersion = Math.max(s.highestVersion, v.version);
        s.pending = { ...v, attempts: 0, restart: true, restartSections: checked.restartSections };
        store.addResult(s, this.result(v.version, 'pending_restart', [], checked.restartSections));
      });
      this.d.log.warn(
        { component: 'remote-config', version: v.version, sections: checked.restartSections },
        'remote config needs a restart to apply: restarting',
      );
      await this.flush();
      this.d.restart(`remote config version ${v.version}`);
      return;
    }
    store.update((s) => {
      s.highestVersion = Math.max(s.highestVersion, v.version);
      s.pending = { ...v, attempts: 1, restart: false, restartSections: [] };
    });
    try {
      this.d.applyLive(checked.config);
    } catch (e) {
      store.update((s) => {
        s.pending = null;
      });
      const code = (e as { code?: string }).code ?? 'GW_INTERNAL';
      return this.finish(v.version, 'rejected', [{ path: '', code, message: (e as Error).message }], [], true);
    }
    this.d.log.info(
      { component: 'remote-config', version: v.version, sections: checked.liveSections },
      'remote config applied live; checking health',
    );
    await this.runGate();
  }

  /** Runs the health gate for the pending version; resolves when it passed or failed (or the agent stopped). */
  private runGate(): Promise<void> {
    const pending = this.d.store.state.pending;
    if (!pending) return Promise.resolve();
    const gate = new HealthGate(this.d.probe, this.timers.now(), this.d.running().remoteConfig.confirmAfterS * 1000);
    return new Promise<void>((resolve) => {
      this.gateDone = resolve;
      const look = () => {
        this.gateTimer = undefined;
        if (this.stopped) return resolve();
        const verdict = gate.check(this.timers.now());
        if (verdict.state === 'waiting') {
          this.gateTimer = this.timers.setTimeout(look, this.d.pollMs ?? 500);
          return;
        }
        this.gateDone = undefined;
        if (verdict.state === 'passed') this.confirm();
        else this.rollBack(verdict.failed);
        resolve();
      };
      look();
    });
  }

  private confirm(): void {
    const p = this.d.store.state.pending;
    if (!p) return;
    this.d.store.update((s) => {
      s.lastGood = {
        version: p.version,
        document: p.document,
        activateAtMs: p.activateAtMs,
        receivedAtMs: p.receivedAtMs,
        confirmedAtMs: this.timers.now(),
      };
      s.pending = null;
    });
    void this.finish(p.version, 'applied', [], p.restartSections, false);
  }

  private rollBack(failed: string[]): void {
    const p = this.d.store.state.pending;
    if (!p) return;
    this.d.store.update((s) => {
      s.pending = null;
    });
    const problems = failed.map((message) => ({ path: '', code: 'GW_CONFIG_REMOTE_UNHEALTHY', message }));
    void this.finish(p.version, 'rolled_back', problems, p.restartSections, false);
    if (p.restart) {
      this.d.restart(`remote config version ${p.version} rolled back`);
      return;
    }
    this.d.applyLive(this.lastGoodConfig());
  }

  /** The site file with the last good version over it (or alone, when there is none or it no longer fits). */
  private lastGoodConfig(): Readonly<Config> {
    const good = this.d.store.state.lastGood;
    if (good) {
      const checked = checkRemoteConfig(this.d.localRaw, good.document, this.d.running(), this.d.env);
      if (checked.ok) return checked.config;
    }
    return checkConfig(this.d.localRaw);
  }

  private arm(held: RemoteVersion): void {
    if (this.scheduleTimer !== undefined) this.timers.clearTimeout(this.scheduleTimer);
    const wait = Math.max(0, held.activateAtMs - this.timers.now());
    // setTimeout holds at most 2^31-1 ms (24.8 days); a later time is looked at again then.
    this.scheduleTimer = this.timers.setTimeout(
      () => {
        this.scheduleTimer = undefined;
        const s = this.d.store.state.scheduled;
        if (!s || s.version !== held.version) return;
        if (s.activateAtMs > this.timers.now()) return this.arm(s);
        this.queue = this.queue.then(() => {
          // A newer version arrived meanwhile (applied, refused or held itself): this one is superseded, never applied.
          const superseded = s.version < this.d.store.state.highestVersion;
          this.d.store.update((st) => {
            if (st.scheduled?.version === s.version) st.scheduled = null;
          });
          if (superseded) return;
          return this.apply({ ...s, receivedAtMs: this.timers.now() });
        });
      },
      Math.min(wait, 2 ** 31 - 1),
    );
  }

  private result(version: number, state: ResultState, problems: RemoteProblem[], restartSections: string[]): ResultRecord {
    return { version, state, problems, timeMs: this.timers.now(), activeVersion: this.d.store.activeVersion, restartSections };
  }

  /** Records a result for a version the core signed (moving the version mark when `counts`), logs it and sends it. */
  private async finish(version: number, state: ResultState, problems: RemoteProblem[], sections: string[], counts: boolean): Promise<void> {
    this.d.store.update((s) => {
      if (counts) s.highestVersion = Math.max(s.highestVersion, version);
      this.d.store.addResult(s, this.result(version, state, problems, sections));
    });
    const fields = {
      component: 'remote-config',
      version,
      state,
      code: problems[0]?.code,
      problems: problems.length ? problems : undefined,
    };
    if (state === 'applied') this.d.log.info(fields, `remote config version ${version} applied`);
    else this.d.log.warn(fields, `remote config version ${version} ${state.replace('_', ' ')}`);
    await this.flush();
  }

  private flush(): Promise<void> {
    return this.outbox.flush();
  }
}
