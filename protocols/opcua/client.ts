// The OPC-UA connector: one per machine. Transport only: it keeps a session with subscriptions alive and hands over
// values and events by the keys the kind mapping gave it; what they mean is the kind's business.
//
// - Reconnects itself. node-opcua's automatic reconnection is switched off (maxRetry 0) because it has been seen to come
//   back without the subscriptions (issue 1059); instead every loss of the connection, the session or the subscription
//   ends the whole session and a new one is built from scratch (session.ts), with capped exponential backoff and
//   full jitter between attempts, so a site's worth of gateways does not hammer a controller that just rebooted.
// - Refused attempts (credentials, certificates, security settings) need a person: they are retried after
//   refusedRetryMs, never in a fast loop, and logged once per streak, not once per attempt.
// - Watches for stale data (watchdog.ts): no heartbeat change for staleAfterIntervals publishing intervals ->
//   "stale" (logged once), and the session is rebuilt once in case the subscription died quietly; "fresh" when data
//   comes back.
import type { OPCUACertificateManager } from 'node-opcua';
import type { Logger } from 'pino';
import { backoffDelay } from '../../base/backoff.ts';
import { classifyFailure, type OpcuaFailure } from './errors.ts';
import { openSession, type LiveSession } from './session.ts';
import type {
  CallRequest,
  EventFields,
  EventItem,
  OpcuaIdentity,
  OpcuaOutcome,
  SecurityMode,
  ValueChange,
  ValueItem,
  WriteRequest,
} from './types.ts';
import { StaleWatchdog } from './watchdog.ts';

export interface ConnectorOptions {
  deviceId: string;
  endpointUrl: string;
  securityMode: SecurityMode;
  securityPolicy: string;
  identity: OpcuaIdentity;
  pki: OPCUACertificateManager;
  /** Folder of the PKI, named in certificate advice. */
  pkiDir: string;
  applicationName: string;
  values: readonly ValueItem[];
  events: readonly EventItem[];
  /** Key of the value whose change proves the machine alive; without one, any data or keep-alive does. */
  heartbeatKey?: string;
  samplingIntervalMs: number;
  publishingIntervalMs: number;
  staleAfterIntervals: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  refusedRetryMs: number;
  setupTimeoutMs?: number;
  random?: () => number;
  clock?: () => number;
}

export interface ConnectorEvents {
  up(): void;
  down(reason: string): void;
  values(changes: ValueChange[]): void;
  event(key: string, fields: EventFields): void;
  stale(): void;
  fresh(): void;
  failure(f: OpcuaFailure): void;
}

export interface ConnectorHealth {
  connected: boolean;
  since: number;
  /** Connection attempts, successful or not. */
  attempts: number;
  /** Sessions established (1 = never lost the connection). */
  sessions: number;
  /** Failed attempts since the last success. */
  failures: number;
  stale: boolean;
  lastError: { code: string; message: string; at: number } | null;
}

export class NotConnectedError extends Error {
  override name = 'NotConnectedError';
}

export class OpcuaConnector {
  private readonly options: ConnectorOptions;
  private readonly listeners: ConnectorEvents;
  private readonly log: Logger;
  private readonly clock: () => number;
  private readonly watchdog: StaleWatchdog;
  private live: LiveSession | undefined;
  private attemptSeq = 0;
  private inflight: Promise<void> | undefined;
  private abort: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private stopped = true;
  private lastFailure: string | undefined;
  private lastHeartbeat: string | undefined;
  private recycledForStale = false;
  private readonly reportedMapping = new Set<string>();
  private readonly healthState: ConnectorHealth;

  constructor(opts: ConnectorOptions, events: ConnectorEvents, log: Logger) {
    this.options = opts;
    this.listeners = events;
    this.log = log.child({ component: 'opcua', deviceId: opts.deviceId });
    this.clock = opts.clock ?? Date.now;
    this.watchdog = new StaleWatchdog(opts.staleAfterIntervals * opts.publishingIntervalMs, this.clock());
    this.healthState = { connected: false, since: this.clock(), attempts: 0, sessions: 0, failures: 0, stale: false, lastError: null };
  }

  get connected(): boolean {
    return this.live !== undefined;
  }

  health(): ConnectorHealth {
    return { ...this.healthState, stale: this.watchdog.stale };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const every = Math.min(this.options.publishingIntervalMs, 1000);
    this.ticker = setInterval(() => this.checkStale(), every);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.ticker);
    this.timer = this.ticker = undefined;
    this.abort?.abort();
    await this.inflight;
    const live = this.live;
    this.live = undefined;
    this.healthState.connected = false;
    await live?.close();
  }

  /** Hands a method call to the machine. Throws NotConnectedError when there is no session to hand it to. */
  call(req: CallRequest, timeoutMs: number): Promise<OpcuaOutcome> {
    if (!this.live) return Promise.reject(new NotConnectedError(`${this.options.deviceId} is not connected`));
    return this.live.call(req, timeoutMs);
  }

  write(req: WriteRequest, timeoutMs: number): Promise<OpcuaOutcome> {
    if (!this.live) return Promise.reject(new NotConnectedError(`${this.options.deviceId} is not connected`));
    return this.live.write(req, timeoutMs);
  }

  private schedule(delayMs: number): void {
    // called from inside an attempt too (its failure schedules the next), so only a pending timer blocks
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const p: Promise<void> = this.attempt().finally(() => {
        if (this.inflight === p) this.inflight = undefined;
      });
      this.inflight = p;
    }, delayMs);
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    const seq = ++this.attemptSeq;
    this.healthState.attempts++;
    this.abort = new AbortController();
    let early: ValueChange[][] = [];
    const mine = (): boolean => seq === this.attemptSeq && !this.stopped;
    let live: LiveSession;
    try {
      live = await openSession(
        {
          endpointUrl: this.options.endpointUrl,
          securityMode: this.options.securityMode,
          securityPolicy: this.options.securityPolicy,
          identity: this.options.identity,
          pki: this.options.pki,
          applicationName: this.options.applicationName,
          values: this.options.values,
          events: this.options.events,
          samplingIntervalMs: this.options.samplingIntervalMs,
          publishingIntervalMs: this.options.publishingIntervalMs,
          // keep-alives at least three times per stale window, so a dead server is told from a quiet one in time
          keepAliveCount: Math.max(1, Math.floor(this.options.staleAfterIntervals / 3)),
          setupTimeoutMs: this.options.setupTimeoutMs ?? 15_000,
          signal: this.abort.signal,
        },
        {
          values: (changes) => {
            if (!mine()) return;
            if (!this.live) early.push(changes);
            else this.onValues(changes);
          },
          event: (key, fields) => {
            if (mine() && this.live) this.listeners.event(key, fields);
          },
          keepalive: () => {
            if (mine() && this.options.heartbeatKey === undefined) this.alive();
          },
          mappingProblem: (key, ref, why) => this.mappingProblem(key, ref, why),
          ended: (reason) => {
            if (mine()) this.lost(reason);
          },
        },
      );
    } catch (e) {
      if (this.stopped) return;
      this.fail(
        classifyFailure(e, {
          endpointUrl: this.options.endpointUrl,
          securityMode: this.options.securityMode,
          securityPolicy: this.options.securityPolicy,
          pkiDir: this.options.pkiDir,
        }),
      );
      return;
    } finally {
      this.abort = undefined;
    }
    if (this.stopped) {
      await live.close();
      return;
    }
    this.live = live;
    this.healthState.sessions++;
    this.healthState.connected = true;
    this.healthState.since = this.clock();
    this.healthState.failures = 0;
    this.healthState.lastError = null;
    this.lastFailure = undefined;
    this.watchdog.restart(this.clock());
    this.log.info(
      { sessions: this.healthState.sessions, endpointUrl: this.options.endpointUrl },
      this.healthState.sessions === 1 ? 'OPC-UA session and subscriptions up' : 'OPC-UA session and subscriptions re-created',
    );
    this.listeners.up();
    const queued = early;
    early = [];
    for (const b of queued) this.onValues(b);
  }

  private onValues(changes: ValueChange[]): void {
    const hb = this.options.heartbeatKey;
    if (hb === undefined) this.alive();
    else {
      for (const c of changes) {
        if (c.key !== hb) continue;
        const v = JSON.stringify(c.sample.value);
        if (v !== this.lastHeartbeat) {
          this.lastHeartbeat = v;
          this.alive();
        }
      }
    }
    this.listeners.values(changes);
  }

  private alive(): void {
    if (this.watchdog.alive(this.clock()) === 'fresh') {
      this.recycledForStale = false;
      this.log.info({ code: 'GW_OPCUA_STALE' }, 'data from the machine again: back online');
      this.listeners.fresh();
    }
  }

  private checkStale(): void {
    if (!this.live) return;
    if (this.watchdog.check(this.clock()) !== 'stale') return;
    const windowMs = this.options.staleAfterIntervals * this.options.publishingIntervalMs;
    this.log.warn(
      { code: 'GW_OPCUA_STALE', windowMs },
      `no new data from the machine for ${windowMs} ms although its server answers: marked offline`,
    );
    this.listeners.stale();
    if (!this.recycledForStale) {
      // Once per stale period: a subscription the server dropped without telling us comes back with a new session.
      this.recycledForStale = true;
      void this.recycle('stale data');
    }
  }

  /** Lets go of the live session (its late callbacks are ignored from here on) and returns it; undefined if none. */
  private drop(): LiveSession | undefined {
    const live = this.live;
    if (!live) return undefined;
    this.attemptSeq++;
    this.live = undefined;
    this.healthState.connected = false;
    this.healthState.since = this.clock();
    return live;
  }

  private async recycle(reason: string): Promise<void> {
    const live = this.drop();
    if (!live) return;
    this.listeners.down(reason);
    await live.close();
    this.schedule(0);
  }

  private lost(reason: string): void {
    if (!this.drop()) return;
    this.healthState.lastError = { code: 'GW_OPCUA_UNREACHABLE', message: reason, at: this.clock() };
    this.log.warn({ code: 'GW_OPCUA_UNREACHABLE', reason }, 'OPC-UA session lost: re-creating session and subscriptions');
    this.lastFailure = 'unreachable'; // failed reconnects are the same story: not logged again
    this.listeners.down(reason);
    this.schedule(backoffDelay(0, this.options.reconnectMinMs, this.options.reconnectMaxMs, this.options.random));
  }

  private fail(f: OpcuaFailure): void {
    const n = this.healthState.failures++;
    this.healthState.lastError = { code: f.code, message: f.message, at: this.clock() };
    const random = this.options.random ?? Math.random;
    const delay = f.refused
      ? this.options.refusedRetryMs + Math.floor((random() * this.options.refusedRetryMs) / 2)
      : backoffDelay(n, this.options.reconnectMinMs, this.options.reconnectMaxMs, this.options.random);
    // Logged once per streak of the same failure: a controller that stays down does not flood the journal.
    if (f.situation !== this.lastFailure) {
      this.lastFailure = f.situation;
      const fields = { code: f.code, endpointUrl: this.options.endpointUrl, retryInMs: delay };
      if (f.refused) this.log.error(fields, f.message);
      else this.log.warn(fields, f.message);
    } else {
      this.log.debug({ code: f.code, retryInMs: delay, failures: this.healthState.failures }, f.message);
    }
    this.listeners.failure(f);
    this.schedule(delay);
  }

  private mappingProblem(key: string, ref: string, why: string): void {
    const k = `${key} ${why}`;
    if (this.reportedMapping.has(k)) return;
    this.reportedMapping.add(k);
    this.log.warn(
      { code: 'GW_OPCUA_MAPPING', key, node: ref },
      `mapped node ${ref} (${key}) is not usable: ${why}; the rest of the mapping keeps working`,
    );
  }
}
