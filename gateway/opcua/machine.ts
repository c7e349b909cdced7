// One OPC-UA machine inside the gateway: what its connector reports becomes messages in the spool (through
// Ingest.accept, like every other transport), its online flag in DeviceStats, and commands become method calls or writes.
//
// Online means "session up and data fresh". Going offline (connection lost, or stale data) and coming back are stored
// as the machine's DeviceState, and stale data additionally as an Event GW_OPCUA_STALE (active, then cleared), so the core
// sees what the site's status page shows.
//
// Transactions are stored at most once: their txIds are remembered once durable (SeenTxIds, on disk, so a gateway
// restart does not re-send the controller's whole log), and the spool drops a repeated txId as well. One that could not
// be stored (spool full) is offered again later, since a controller, unlike an MQTT machine, does not resend.
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { commandName } from '../../devices/common/command-json.ts';
import { eventBody } from '../../devices/common/bodies.ts';
import type { Channel, CodecContext, DecodedMessage, DecodeResult, DeviceAnswer, PayloadError } from '../../devices/common/types.ts';
import type { edge } from '../../proto/index.ts';
import type { ConnectorEvents, ConnectorHealth } from '../../protocols/opcua/client.ts';
import type { CallRequest, EventFields, OpcuaOutcome, ValueChange, WriteRequest } from '../../protocols/opcua/types.ts';
import { maskText } from '../../base/outside-text.ts';
import { writeFileDurable } from '../../base/state-file.ts';
import { RecentMap } from '../../base/recent-map.ts';
import type { DeviceConfig, OpcuaConfig } from '../config/schema.ts';
import type { DeviceStats } from '../pipeline/device-stats.ts';
import type { OpcuaKind } from '../../devices/opcua-kinds.ts';
import type { MonitorPlan } from './plan.ts';

export type Accept = (deviceId: string, ch: Channel, msg: DecodedMessage, done: (err?: Error | null) => void) => void;

/** What the machine needs of its connector; the real one is protocols/opcua/client.ts. */
export interface ConnectorLike {
  readonly connected: boolean;
  start(): void;
  stop(): Promise<void>;
  health(): ConnectorHealth;
  call(req: CallRequest, timeoutMs: number): Promise<OpcuaOutcome>;
  write(req: WriteRequest, timeoutMs: number): Promise<OpcuaOutcome>;
}

/** txIds already durable in the spool, kept in a small file so a restart does not store the controller's log again. */
export class SeenTxIds {
  private readonly file: string;
  private readonly max: number;
  private ids = new Set<string>();
  private saving = false;
  private failing = false;
  /** Told once when the file cannot be written (and once when it can again). */
  onSaveError: ((e: Error | undefined) => void) | undefined;

  constructor(file: string, max = 5000) {
    this.file = file;
    this.max = max;
  }

  load(): void {
    try {
      const list = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      if (Array.isArray(list)) this.ids = new Set(list.filter((x): x is string => typeof x === 'string').slice(-this.max));
    } catch {
      this.ids = new Set(); // first start, or a torn file: the spool's own dedup still catches repeats it holds
    }
  }

  has(txId: string): boolean {
    return this.ids.has(txId);
  }

  /** Remembers a txId; the file is rewritten durably once per turn of the event loop. */
  add(txId: string): void {
    this.ids.delete(txId);
    this.ids.add(txId);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
    if (this.saving) return;
    this.saving = true;
    setImmediate(() => {
      this.saving = false;
      try {
        this.save();
        if (this.failing) {
          this.failing = false;
          this.onSaveError?.(undefined);
        }
      } catch (e) {
        // not fatal: the spool still drops a repeated txId while it holds the record
        if (!this.failing) {
          this.failing = true;
          this.onSaveError?.(e as Error);
        }
      }
    });
  }

  save(): void {
    writeFileDurable(this.file, JSON.stringify([...this.ids]), 0o600);
  }
}

export interface MachineDeps {
  accept: Accept;
  stats: DeviceStats;
  log: Logger;
  ctx: CodecContext;
  seen: SeenTxIds;
  /** Wait before offering again what the spool could not take. */
  retryMs: number;
  onConnected(deviceId: string): void;
  clock?: () => number;
}

export class OpcuaMachine {
  readonly id: string;
  readonly cfg: OpcuaConfig;
  readonly plan: MonitorPlan;
  private readonly kind: OpcuaKind;
  private readonly d: MachineDeps;
  private readonly log: Logger;
  private snap: ReturnType<OpcuaKind['newSnapshot']>;
  private connector: ConnectorLike | undefined;
  private stale = false;
  private online = false;
  private readonly inflight = new Set<string>();
  private readonly refusals = new RecentMap<string, true>(1000);
  private pendingEvents: DecodedMessage[] = [];
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(device: DeviceConfig, kind: OpcuaKind, plan: MonitorPlan, deps: MachineDeps) {
    this.id = device.id;
    this.cfg = device.opcua!;
    this.kind = kind;
    this.plan = plan;
    this.d = deps;
    this.log = deps.log.child({ component: 'opcua', deviceId: device.id });
    this.snap = kind.newSnapshot(this.cfg.mapping.units);
    deps.seen.onSaveError = (e) => {
      if (e)
        this.log.error(
          { code: 'GW_SPOOL_IO', err: e.message },
          "cannot remember stored transaction ids; after a restart the controller's log may be stored again",
        );
      else this.log.info({ code: 'GW_SPOOL_IO' }, 'stored transaction ids written again');
    };
  }

  /** The connector's events, bound to this machine. */
  events(): ConnectorEvents {
    return {
      up: () => {
        this.updateOnline();
        this.d.onConnected(this.id);
      },
      down: () => this.updateOnline(),
      values: (changes) => this.onValues(changes),
      event: (key, fields) => this.onEvent(key, fields),
      stale: () => {
        this.stale = true;
        this.storeEvent(this.staleEvent(true));
        this.updateOnline();
      },
      fresh: () => {
        this.stale = false;
        this.storeEvent(this.staleEvent(false));
        this.updateOnline();
      },
      failure: (f) => {
        this.d.stats.get(this.id).lastError = { code: f.code, message: maskText(f.message), at: this.clock() };
      },
    };
  }

  start(connector: ConnectorLike): void {
    this.connector = connector;
    connector.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.connector?.stop();
    if (this.online) this.d.stats.setOnline(this.id, false);
  }

  get isConnected(): boolean {
    return this.connector?.connected ?? false;
  }

  health(): (ConnectorHealth & { online: boolean }) | { online: false; connected: false } {
    return this.connector ? { ...this.connector.health(), online: this.online } : { online: false, connected: false };
  }

  private clock(): number {
    return (this.d.clock ?? Date.now)();
  }

  private updateOnline(): void {
    const now = this.isConnected && !this.stale;
    if (now === this.online) return;
    this.online = now;
    this.d.stats.setOnline(this.id, now);
    this.store('state', this.kind.state(this.snap, now, this.d.ctx));
  }

  private onValues(changes: ValueChange[]): void {
    const due = this.kind.apply(this.snap, changes);
    if (due.telemetry) this.store('telemetry', this.kind.telemetry(this.snap, this.d.ctx));
    if (due.state) this.store('state', this.kind.state(this.snap, this.online, this.d.ctx));
    if (due.transactions) this.offerTransactions();
  }

  private onEvent(key: string, fields: EventFields): void {
    const r = this.kind.event(fields, this.plan.eventNames[key] ?? {}, this.d.ctx);
    if (!r.ok) return this.refused('event', r.error);
    this.storeEvent(r.message);
  }

  /** Every entry of the controller's transaction log that is not yet durable, in log order. */
  private offerTransactions(): void {
    for (const r of this.kind.transactions(this.snap, this.d.ctx)) {
      if (!r.ok) {
        this.refused('tx', r.error);
        continue;
      }
      const txId = r.message.txId!;
      if (this.d.seen.has(txId) || this.inflight.has(txId)) continue;
      this.inflight.add(txId);
      this.d.accept(this.id, 'tx', r.message, (err) => {
        this.inflight.delete(txId);
        if (err) this.retryLater();
        else this.d.seen.add(txId);
      });
    }
  }

  private storeEvent(msg: DecodedMessage): void {
    this.d.accept(this.id, 'event', msg, (err) => {
      if (!err) return;
      this.pendingEvents.push(msg);
      this.retryLater();
    });
  }

  private store(ch: Channel, r: DecodeResult | undefined): void {
    if (r === undefined) return;
    if (!r.ok) return this.refused(ch, r.error);
    // telemetry and state are superseded by the next change: nothing to keep when the spool cannot take them
    this.d.accept(this.id, ch, r.message, () => undefined);
  }

  private retryLater(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      const events = this.pendingEvents;
      this.pendingEvents = [];
      for (const e of events) this.storeEvent(e);
      this.offerTransactions();
    }, this.d.retryMs);
  }

  /** A value the kind's codec refused: counted and logged once per (channel, code, path, txId), like Ingest.reject. */
  private refused(ch: Channel, e: PayloadError): void {
    const k = `${ch} ${e.code} ${e.path ?? ''} ${e.txId ?? ''}`;
    if (this.refusals.has(k)) return;
    this.refusals.set(k, true);
    this.d.stats.rejected(this.id, e.code, e.message);
    this.log.warn({ code: e.code, channel: ch, path: e.path, txId: e.txId }, `machine data refused: ${e.message}`);
  }

  private staleEvent(active: boolean): DecodedMessage {
    const windowMs = this.cfg.staleAfterIntervals * this.cfg.publishingIntervalMs;
    return {
      deviceTimeMs: 0,
      body: eventBody({
        code: 'GW_OPCUA_STALE',
        severity: 'warning',
        active,
        component: 'opcua',
        message: active
          ? `no new data from the machine for ${windowMs} ms although its OPC-UA server answers`
          : 'data from the machine again',
      }),
    };
  }

  /** Carries out a command. Rejects only when it could not be handed to the machine at all. */
  async deliver(command: edge.v1.ICommand, deadlineMs: number): Promise<DeviceAnswer> {
    const plan = this.kind.command(command, this.snap, this.cfg.mapping);
    if ('refuse' in plan) return { state: 'failed', reason: plan.refuse };
    if ('republishState' in plan) {
      const r = this.kind.state(this.snap, this.online, this.d.ctx);
      if (!r?.ok) return { state: 'failed', reason: "the machine's state is not known yet" };
      await new Promise<void>((resolve, reject) => this.d.accept(this.id, 'state', r.message, (err) => (err ? reject(err) : resolve())));
      return { state: 'succeeded', reason: 'state re-published' };
    }
    const c = this.connector;
    if (!c?.connected) throw new Error(`${this.id} is not connected`);
    const timeoutMs = Math.max(1, deadlineMs - this.clock());
    let outcome: OpcuaOutcome;
    try {
      outcome = 'call' in plan ? await c.call(plan.call, timeoutMs) : await c.write(plan.write, timeoutMs);
    } catch (e) {
      const err = e as Error;
      if (err.name === 'NotConnectedError') throw err;
      // handed over, answer unknown: report it rather than retry (a command is delivered at most once)
      if (err.name === 'OpcuaTimeoutError') return { state: 'failed', reason: 'no answer from the machine before the deadline' };
      return { state: 'failed', reason: `the machine did not confirm: ${err.message.split('\n')[0]!.slice(0, 200)}` };
    }
    const answer = this.kind.answer(plan, outcome);
    this.log.info({ command: commandName(command), commandId: command.commandId, state: answer.state }, answer.reason);
    return answer;
  }
}
