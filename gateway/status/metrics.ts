// Prometheus metrics for central operations, on the gateway's own prom-client Registry (never the global one, so tests
// and embedders can run several gateways in one process).
//
// Most series are read at scrape time from the counters the gateway already keeps (DeviceStats, the spool's stats, the
// core connection's state) rather than counted a second time, so /metrics, /api/status and the logs cannot disagree.
// Two are fed by events: the fsync latency histogram (the spool's 'sync' event after each group commit) and the command
// results and refusals counters, which the command router increments through countResult() and countRefusal().
//
// Names: edge_gateway_* for the gateway's own series; process_* and nodejs_* from prom-client's default metrics.
import type { EventEmitter } from 'node:events';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CommandCounters } from '../commands/command-path.ts';
import type { CommandRefusal } from '../commands/router.ts';
import type { CommandStateName } from '../commands/store.ts';
import type { DeviceCounters, RefusalCount } from '../pipeline/device-stats.ts';
import type { SpoolStats } from '../spool/spool.ts';
import { registerHealthMetrics, type HealthMetricSources } from './health-metrics.ts';

export interface MetricSources {
  siteId: string;
  version: string;
  /** The configured machines (a function: the list can change on a config reload). */
  devices: () => readonly { id: string; kind: string }[];
  stats: { snapshot(): Record<string, DeviceCounters>; refusalCounts(): RefusalCount[] };
  /** The device broker's open sockets (logged in or not). */
  broker?: { health(): { sockets: number } };
  spool: Pick<EventEmitter, 'on' | 'off'> & { stats(): SpoolStats };
  core: { readonly state: { readonly connected: boolean; readonly reconnects: number } };
  /** Epoch ms of the core's last confirmation (0: none yet). */
  lastConfirmAt: () => number;
  /** Pickup-code attempt counts per locker and the lock-outs in force (gateway/commands/pickup-requests.ts). */
  pickups?: () => {
    totals: ReadonlyMap<string, { wrongCodes: number; lockouts: number; refusedLocked: number }>;
    active: readonly { deviceId: string }[];
  };
  /** Events over a machine's budget, per device and "code|action" (gateway/pipeline/device-budget.ts). */
  budget?: () => Record<string, Record<string, number>>;
  /** Outage capacity and clock trust (gateway/health/; health-metrics.ts). */
  health?: Omit<HealthMetricSources, 'devices'>;
}

export class GatewayMetrics implements CommandCounters {
  readonly registry = new Registry();
  /** Command results by final state; incremented by the commands module. */
  readonly commandResults: Counter<'state'>;
  /** Commands that did not run (and repeated ids), by GW_ code; incremented by the command router. */
  readonly commandRefusals: Counter<'code'>;
  /** Commands that ended failed, expired or rejected since start (GatewayHealth.commands_failed). */
  commandsFailed = 0;
  readonly fsyncSeconds: Histogram<never>;
  private readonly src: MetricSources;
  private scrape: { devices: Record<string, DeviceCounters>; spool: SpoolStats } | undefined;
  private defaultsOn = false;
  private readonly onSync = (seconds: number): void => this.fsyncSeconds.observe(seconds);

  constructor(sources: MetricSources) {
    this.src = sources;
    const registers = [this.registry];
    const self = this;
    const perDevice = (name: string, help: string, pick: (c: DeviceCounters) => number): void => {
      new Counter({
        name,
        help,
        labelNames: ['device', 'kind'],
        registers,
        collect() {
          this.reset();
          const devices = self.snapshot().devices;
          for (const d of self.src.devices()) this.inc({ device: d.id, kind: d.kind }, pick(devices[d.id] ?? EMPTY));
        },
      });
    };
    perDevice('edge_gateway_messages_received_total', 'Messages accepted from a machine and stored in the spool.', (c) => c.received);
    perDevice('edge_gateway_messages_forwarded_total', 'Messages from a machine confirmed by the core.', (c) => c.forwarded);
    perDevice(
      'edge_gateway_messages_rejected_total',
      'Messages and connections from a machine refused with an error code.',
      (c) => c.rejected,
    );
    new Counter({
      name: 'edge_gateway_broker_refusals_total',
      help:
        'Sockets and logins refused before authentication, by code and reason (unknown names, wrong ' +
        'passwords, back-off, oversized or malformed packets, connection caps, CONNECT deadline).',
      labelNames: ['code', 'reason'],
      registers,
      collect() {
        this.reset();
        for (const r of self.src.stats.refusalCounts()) this.inc({ code: r.code, reason: r.reason }, r.count);
      },
    });
    new Gauge({
      name: 'edge_gateway_broker_sockets',
      help: 'Open device broker sockets, logged in or not (capped by broker.maxConnections).',
      registers,
      collect() {
        this.set(self.src.broker?.health().sockets ?? 0);
      },
    });
    new Gauge({
      name: 'edge_gateway_device_online',
      help: '1 while the machine is connected to the gateway, else 0.',
      labelNames: ['device', 'kind'],
      registers,
      collect() {
        this.reset(); // a machine removed by a reload must not stay "offline" forever
        const devices = self.snapshot().devices;
        for (const d of self.src.devices()) this.set({ device: d.id, kind: d.kind }, devices[d.id]?.online ? 1 : 0);
      },
    });
    const perClass = (name: string, help: string, pick: (s: SpoolStats['classes'][keyof SpoolStats['classes']]) => number): void => {
      new Gauge({
        name,
        help,
        labelNames: ['class'],
        registers,
        collect() {
          for (const [cls, c] of Object.entries(self.snapshot().spool.classes)) this.set({ class: cls }, pick(c));
        },
      });
    };
    perClass('edge_gateway_spool_depth', "Records waiting in the spool for the core's confirmation, per class.", (c) => c.depth);
    perClass('edge_gateway_spool_bytes', 'Bytes of records waiting in the spool, per class.', (c) => c.bytes);
    perClass(
      'edge_gateway_spool_oldest_age_seconds',
      'Age of the oldest unconfirmed record, per class (0 when empty).',
      (c) => c.oldestAgeMs / 1000,
    );
    new Gauge({
      name: 'edge_gateway_spool_full',
      help: '1 while the spool refuses new transactions (GW_SPOOL_FULL).',
      registers,
      collect() {
        this.set(self.snapshot().spool.full ? 1 : 0);
      },
    });
    new Gauge({
      name: 'edge_gateway_spool_disk_bytes',
      help: 'Bytes the spool occupies on disk.',
      registers,
      collect() {
        this.set(self.snapshot().spool.diskBytes);
      },
    });
    new Gauge({
      name: 'edge_gateway_spool_max_bytes',
      help: 'The spool quota (spool.maxBytes).',
      registers,
      collect() {
        this.set(self.snapshot().spool.maxBytes);
      },
    });
    new Counter({
      name: 'edge_gateway_spool_dropped_total',
      help: 'Records dropped without delivery, by reason (telemetry ttl or quota; state superseded).',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        for (const [reason, n] of Object.entries(self.snapshot().spool.drops)) this.inc({ reason }, n);
      },
    });
    new Counter({
      name: 'edge_gateway_spool_corruptions_total',
      help: 'Corrupt spool records found and quarantined (GW_SPOOL_CORRUPT).',
      registers,
      collect() {
        this.reset();
        this.inc(self.snapshot().spool.corruptions);
      },
    });
    this.fsyncSeconds = new Histogram({
      name: 'edge_gateway_spool_fsync_seconds',
      help: 'Duration of one spool group commit: one O_DSYNC write of the batch, durable when it returns (as write + fdatasync).',
      registers,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    });
    new Gauge({
      name: 'edge_gateway_uplink_connected',
      help: '1 while connected to the core broker, else 0.',
      registers,
      collect() {
        this.set(self.src.core.state.connected ? 1 : 0);
      },
    });
    new Counter({
      name: 'edge_gateway_uplink_reconnects_total',
      help: 'Successful reconnections to the core broker since start.',
      registers,
      collect() {
        this.reset();
        this.inc(self.src.core.state.reconnects);
      },
    });
    new Gauge({
      name: 'edge_gateway_uplink_last_confirm_timestamp_seconds',
      help: "Unix time of the core's last confirmation (0: none since start).",
      registers,
      collect() {
        this.set(self.src.lastConfirmAt() / 1000);
      },
    });
    const perLocker = (
      name: string,
      help: string,
      pick: (c: { wrongCodes: number; lockouts: number; refusedLocked: number }) => number,
    ): void => {
      new Counter({
        name,
        help,
        labelNames: ['device'],
        registers,
        collect() {
          this.reset();
          for (const [device, c] of self.src.pickups?.().totals ?? []) this.inc({ device }, pick(c));
        },
      });
    };
    perLocker(
      'edge_gateway_pickup_wrong_codes_total',
      'Wrong pickup codes a locker asked about (devices/{id}/req), since start.',
      (c) => c.wrongCodes,
    );
    perLocker(
      'edge_gateway_pickup_lockouts_total',
      "Lock-outs of a locker's code entry or of one of its compartments after too many wrong codes (GW_PICKUP_LOCKED_OUT).",
      (c) => c.lockouts,
    );
    perLocker(
      'edge_gateway_pickup_refused_locked_total',
      'Pickup codes refused unchecked because a lock-out was in force.',
      (c) => c.refusedLocked,
    );
    new Gauge({
      name: 'edge_gateway_pickup_lockouts_active',
      help: "Lock-outs in force now (the locker's code entry or single compartments), per locker.",
      labelNames: ['device'],
      registers,
      collect() {
        this.reset();
        for (const l of self.src.pickups?.().active ?? []) this.inc({ device: l.deviceId });
      },
    });
    new Counter({
      name: 'edge_gateway_device_limited_total',
      help:
        "Events over one machine's budget (broker.deviceBudget), by code and what became of them: dropped " +
        '(QoS 0), held (QoS 1, acknowledged later), refused (a subscription or a question), disconnected.',
      labelNames: ['device', 'code', 'action'],
      registers,
      collect() {
        this.reset();
        for (const [device, counts] of Object.entries(self.src.budget?.() ?? {})) {
          for (const [key, n] of Object.entries(counts)) {
            const [code = '', action = ''] = key.split('|');
            this.inc({ device, code, action }, n);
          }
        }
      },
    });
    this.commandResults = new Counter({
      name: 'edge_gateway_command_results_total',
      help: 'Results of commands from the core to machines, by final state.',
      labelNames: ['state'],
      registers,
    });
    this.commandRefusals = new Counter({
      name: 'edge_gateway_command_refusals_total',
      help:
        'Commands from the core that did not run (bad signature, unbound, invalid, expired, deadline too ' +
        'far, memory full) and repeated command ids, by code.',
      labelNames: ['code'],
      registers,
    });
    if (sources.health) registerHealthMetrics(this.registry, { devices: sources.devices, ...sources.health });
    new Gauge({
      name: 'edge_gateway_info',
      help: 'Always 1; labels name the site and the gateway version.',
      labelNames: ['site', 'version'],
      registers,
      collect() {
        this.set({ site: self.src.siteId, version: self.src.version }, 1);
      },
    });
  }

  /** A command ended in `state` (counted once per command; refused ones as rejected or expired). */
  countResult(state: CommandStateName): void {
    this.commandResults.inc({ state });
    if (state === 'failed' || state === 'expired' || state === 'rejected') this.commandsFailed++;
  }

  /** A command that did not run, or a repeated id, by its GW_ code. */
  countRefusal(code: CommandRefusal): void {
    this.commandRefusals.inc({ code });
  }

  /** Subscribes to the spool's 'sync' event and starts the process metrics. */
  start(): void {
    this.src.spool.on('sync', this.onSync);
    if (!this.defaultsOn) {
      collectDefaultMetrics({ register: this.registry });
      this.defaultsOn = true;
    }
  }

  stop(): void {
    this.src.spool.off('sync', this.onSync);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The Prometheus text exposition; the sources are read once per scrape. */
  async text(): Promise<string> {
    try {
      return await this.registry.metrics();
    } finally {
      this.scrape = undefined;
    }
  }

  private snapshot(): { devices: Record<string, DeviceCounters>; spool: SpoolStats } {
    this.scrape ??= { devices: this.src.stats.snapshot(), spool: this.src.spool.stats() };
    return this.scrape;
  }
}

const EMPTY: DeviceCounters = { online: false, lastSeen: 0, received: 0, rejected: 0, forwarded: 0 };
