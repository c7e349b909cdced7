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
import type { Logger } from 'pino';
import { commandName } from '../../devices/common/command-json.ts';
import { eventBody } from '../../devices/common/bodies.ts';
import type { Channel, CodecContext, DecodedMessage, DecodeResult, DeviceAnswer, PayloadError } from '../../devices/common/types.ts';
import type { edge } from '../../proto/index.ts';
import type { ConnectorEvents, ConnectorHealth } from '../../protocols/opcua/client.ts';
import type { CallRequest, EventFields, OpcuaOutcome, ValueChange, WriteRequest } from '../../protocols/opcua/types.ts';
import { maskText } from '../../base/outside-text.ts';
import { RecentMap } from '../../base/recent-map.ts';
import type { DeviceConfig, OpcuaConfig } from '../config/schema.ts';
import type { DeviceStats } from '../pipeline/device-stats.ts';
import type { OpcuaKind } from '../../devices/common/opcua-kind.ts';
import type { SeenTxIds } from './seen-tx-ids.ts';
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
  private readonly deps: MachineDeps;
  private readonly log: Logger;
  /** What the machine last reported; its shape is the kind's own (devices/common/opcua-kind.ts). */
  private readonly snapshot: unknown;
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
    this.deps = deps;
    this.log = deps.log.child({ component: 'opcua', deviceId: device.id });
    this.snapshot = kind.newSnapshot(this.cfg.mapping.units);
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
        this.deps.onConnected(this.id);
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
        this.deps.stats.get(this.id).lastError = { code: f.code, message: maskText(f.message), at: this.clock() };
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
    if (this.online) this.deps.stats.setOnline(this.id, false);
  }

  get isConnected(): boolean {
    return this.connector?.connected ?? false;
  }

  health(): (ConnectorHealth & { online: boolean }) | { online: false; connected: false } {
    return this.connector ? { ...this.connector.health(), online: this.online } : { online: false, connected: false };
  }

  private clock(): number {
    return (this.deps.clock ?? Date.now)();
  }

  private updateOnline(): void {
    const now = this.isConnected && !this.stale;
    if (now === this.online) return;
    this.online = now;
    this.deps.stats.setOnline(this.id, now);
    this.store('state', this.kind.state(this.snapshot, now, this.deps.ctx));
  }

  private onValues(changes: ValueChange[]): void {
    const due = this.kind.apply(this.snapshot, changes);
    if (due.telemetry) this.store('telemetry', this.kind.telemetry(this.snapshot, this.deps.ctx));
    if (due.state) this.store('state', this.kind.state(this.snapshot, this.online, this.deps.ctx));
    if (due.transactions) this.offerTransactions();
  }

  private onEvent(key: string, fields: EventFields): void {
    const r = this.kind.event(fields, this.plan.eventNames[key] ?? {}, this.deps.ctx);
    if (!r.ok) return this.refused('event', r.error);
    this.storeEvent(r.message);
  }

  /** Every entry of the controller's transaction log that is not yet durable, in log order. */
  private offerTransactions(): void {
    for (const r of this.kind.transactions(this.snapshot, this.deps.ctx)) {
      if (!r.ok) {
        this.refused('tx', r.error);
        continue;
      }
      const txId = r.message.txId!;
      if (this.deps.seen.has(txId) || this.inflight.has(txId)) continue;
      this.inflight.add(txId);
      this.deps.accept(this.id, 'tx', r.message, (err) => {
        this.inflight.delete(txId);
        if (err) this.retryLater();
        else this.deps.seen.add(txId);
      });
    }
  }

  private storeEvent(msg: DecodedMessage): void {
    this.deps.accept(this.id, 'event', msg, (err) => {
      if (!err) return;
      this.pendingEvents.push(msg);
      this.retryLater();
    });
  }

  private store(ch: Channel, r: DecodeResult | undefined): void {
    if (r === undefined) return;
    if (!r.ok) return this.refused(ch, r.error);
    // telemetry and state are superseded by the next change: nothing to keep when the spool cannot take them
    this.deps.accept(this.id, ch, r.message, () => undefined);
  }

  private retryLater(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      const events = this.pendingEvents;
      this.pendingEvents = [];
      for (const e of events) this.storeEvent(e);
      this.offerTransactions();
    }, this.deps.retryMs);
  }

  /** A value the kind's codec refused: counted and logged once per (channel, code, path, txId), like Ingest.reject. */
  private refused(ch: Channel, e: PayloadError): void {
    const k = `${ch} ${e.code} ${e.path ?? ''} ${e.txId ?? ''}`;
    if (this.refusals.has(k)) return;
    this.refusals.set(k, true);
    this.deps.stats.rejected(this.id, e.code, e.message);
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
    const plan = this.kind.command(command, this.snapshot, this.cfg.mapping);
    if ('refuse' in plan) return { state: 'failed', reason: plan.refuse };
    if ('republishState' in plan) {
      const r = this.kind.state(this.snapshot, this.online, this.deps.ctx);
      if (!r?.ok) return { state: 'failed', reason: "the machine's state is not known yet" };
      await new Promise<void>((resolve, reject) => this.deps.accept(this.id, 'state', r.message, (err) => (err ? reject(err) : resolve())));
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
