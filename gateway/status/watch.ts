// Feeds the status page's "latest errors" and "today" counts from what the gateway already records: each device
// rejection as DeviceStats counts it (its onRejected; the same call logs it), spool alarms and corruptions from the
// spool's events, and uplink failures from the core connection's state, which is sampled every second and before every
// /api/status answer (repeated failed attempts fold into one entry with a count).
import type { EventEmitter } from 'node:events';
import { basename, dirname } from 'node:path';
import type { DeviceCounters, Rejection } from '../pipeline/device-stats.ts';
import { DailyCounts } from './daily.ts';
import { RecentErrors } from './recent-errors.ts';

export interface CoreStateView {
  readonly connected: boolean;
  readonly attempts: number;
  readonly lastError?: string;
}

export interface WatchSources {
  stats: { snapshot(): Record<string, DeviceCounters>; onRejected(listener: (r: Rejection) => void): () => void };
  core: { readonly state: CoreStateView };
  /** The spool: 'alarm' ({code, active}) and 'corrupt' ({segment, offset, ...}) events, and corruptions found at open. */
  spool: Pick<EventEmitter, 'on' | 'off'> & { readonly corruptions?: readonly CorruptReport[] };
  /** When the device totals were zero (the controller's start). */
  startedAt: number;
  clock?: () => number;
  /** Sampling period; default 1000 ms. */
  intervalMs?: number;
}

interface CorruptReport {
  segment: string;
  offset: number;
}
interface Alarm {
  code: string;
  active: boolean;
}

/** The core broker refused us (credentials, certificate) rather than being unreachable. */
const REFUSED = /not authori[sz]ed|bad user ?name or password|certificate|self[- ]signed/i;

export class StatusWatch {
  readonly errors = new RecentErrors();
  readonly daily: DailyCounts;
  private readonly sources: WatchSources;
  private readonly clock: () => number;
  private unsubscribe: (() => void) | undefined;
  private uplinkWasUp = false;
  private uplinkAttempts = 0;
  private uplinkError: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly onAlarm = (a: Alarm): void => {
    if (!a.active) return;
    this.errors.add({
      at: this.clock(),
      source: 'spool',
      code: a.code,
      message: 'spool full: new transactions are not acknowledged until room returns (machines keep and resend them)',
    });
  };
  private readonly onCorrupt = (r: CorruptReport): void => {
    // Class and segment number only: the full path says nothing the engineer needs here (the log has it).
    const seg = Number.parseInt(basename(r.segment), 10);
    const where = `${basename(dirname(r.segment))} segment${Number.isFinite(seg) ? ` ${seg}` : ''}`;
    this.errors.add({
      at: this.clock(),
      source: 'spool',
      code: 'GW_SPOOL_CORRUPT',
      message: `corrupt record in spool ${where} quarantined (spool/quarantine/); the records after it are still delivered`,
    });
  };

  constructor(sources: WatchSources) {
    this.sources = sources;
    this.clock = sources.clock ?? Date.now;
    this.daily = new DailyCounts(sources.startedAt);
  }

  start(): void {
    for (const r of this.sources.spool.corruptions ?? []) this.onCorrupt(r);
    this.sources.spool.on('alarm', this.onAlarm);
    this.sources.spool.on('corrupt', this.onCorrupt);
    this.unsubscribe = this.sources.stats.onRejected((r) => {
      this.errors.addMasked({ at: r.at, source: 'device', deviceId: r.deviceId, code: r.code, message: r.message });
    });
    this.uplinkAttempts = this.sources.core.state.attempts;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.sources.intervalMs ?? 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sources.spool.off('alarm', this.onAlarm);
    this.sources.spool.off('corrupt', this.onCorrupt);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  sample(): void {
    const now = this.clock();
    this.daily.sample(this.sources.stats.snapshot(), now);
    this.sampleUplink(now);
  }

  private sampleUplink(now: number): void {
    const st = this.sources.core.state;
    if (this.uplinkWasUp && !st.connected) {
      this.errors.add({
        at: now,
        source: 'uplink',
        code: 'GW_UPLINK_DOWN',
        message: 'connection to the core lost; messages are kept in the spool and sent when it returns',
      });
    }
    const failed = st.attempts - this.uplinkAttempts;
    if (!st.connected && st.lastError !== undefined && (failed > 0 || st.lastError !== this.uplinkError)) {
      // lastError may carry its code ("GW_UPLINK_DOWN: connect ECONNREFUSED ..."); otherwise it is classified here.
      const coded = /^(GW_[A-Z0-9_]+): (.*)$/s.exec(st.lastError);
      const code = coded ? coded[1]! : REFUSED.test(st.lastError) ? 'GW_UPLINK_REFUSED' : 'GW_UPLINK_DOWN';
      this.errors.add({
        at: now,
        source: 'uplink',
        code,
        message: `core connection failed: ${coded ? coded[2]! : st.lastError}`,
        count: Math.max(1, failed),
      });
    }
    this.uplinkWasUp = st.connected;
    this.uplinkAttempts = st.attempts;
    this.uplinkError = st.lastError;
  }
}
