// Feeds the status page's "latest errors" and "today" counts from what the gateway already records, without touching
// the code that records it: device rejections from DeviceStats (each rejection is logged and counted there in one call,
// so a rising `rejected` total is exactly the logged rejections; its lastError names the newest), uplink failures from
// the core connection's state, spool alarms and corruptions from the spool's events.
// Counters are sampled every second and before every /api/status answer. Sampling folds rejections that fall between
// two samples into one entry with a count and the newest message; the counts stay exact.
import { EventEmitter } from 'node:events';
import { basename } from 'node:path';
import type { DeviceCounters } from '../device-stats.ts';
import { DailyCounts } from './daily.ts';
import { RecentErrors } from './recent-errors.ts';

export interface CoreStateView { readonly connected: boolean; readonly attempts: number; readonly lastError?: string }

export interface WatchSources {
  stats: { snapshot(): Record<string, DeviceCounters> };
  core: { readonly state: CoreStateView };
  /** The spool: 'alarm' ({code, active}) and 'corrupt' ({segment, offset, ...}) events, and corruptions found at open. */
  spool: Pick<EventEmitter, 'on' | 'off'> & { readonly corruptions?: readonly CorruptReport[] };
  /** When the device totals were zero (the controller's start). */
  startedAt: number;
  clock?: () => number;
  /** Sampling period; default 1000 ms. */
  intervalMs?: number;
}

interface CorruptReport { segment: string; offset: number }
interface Alarm { code: string; active: boolean }

/** The core broker refused us (credentials, certificate) rather than being unreachable. */
const REFUSED = /not authori[sz]ed|bad user ?name or password|certificate|self[- ]signed/i;

export class StatusWatch {
  readonly errors = new RecentErrors();
  readonly daily: DailyCounts;
  private readonly s: WatchSources;
  private readonly clock: () => number;
  private readonly rejectedSeen = new Map<string, number>();
  private uplinkWasUp = false;
  private uplinkAttempts = 0;
  private uplinkError: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly onAlarm = (a: Alarm): void => {
    if (!a.active) return;
    this.errors.add({ at: this.clock(), source: 'spool', code: a.code, message: 'spool full: new transactions are not acknowledged until room returns (machines keep and resend them)' });
  };
  private readonly onCorrupt = (r: CorruptReport): void => {
    this.errors.add({ at: this.clock(), source: 'spool', code: 'GW_SPOOL_CORRUPT', message: `corrupt record in spool segment ${basename(r.segment)} quarantined; the records after it are still delivered` });
  };

  constructor(sources: WatchSources) {
    this.s = sources;
    this.clock = sources.clock ?? Date.now;
    this.daily = new DailyCounts(sources.startedAt);
  }

  start(): void {
    for (const r of this.s.spool.corruptions ?? []) this.onCorrupt(r);
    this.s.spool.on('alarm', this.onAlarm);
    this.s.spool.on('corrupt', this.onCorrupt);
    this.uplinkAttempts = this.s.core.state.attempts;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.s.intervalMs ?? 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.s.spool.off('alarm', this.onAlarm);
    this.s.spool.off('corrupt', this.onCorrupt);
  }

  sample(): void {
    const now = this.clock();
    const devices = this.s.stats.snapshot();
    for (const [id, c] of Object.entries(devices)) {
      const seen = this.rejectedSeen.get(id) ?? 0;
      if (c.rejected > seen && c.lastError) {
        this.errors.add({ at: c.lastError.at, source: 'device', deviceId: id, code: c.lastError.code, message: c.lastError.message, count: c.rejected - seen });
      }
      this.rejectedSeen.set(id, c.rejected);
    }
    this.daily.sample(devices, now);
    this.sampleUplink(now);
  }

  private sampleUplink(now: number): void {
    const st = this.s.core.state;
    if (this.uplinkWasUp && !st.connected) {
      this.errors.add({ at: now, source: 'uplink', code: 'GW_UPLINK_DOWN', message: 'connection to the core lost; messages are kept in the spool and sent when it returns' });
    }
    const failed = st.attempts - this.uplinkAttempts;
    if (!st.connected && st.lastError !== undefined && (failed > 0 || st.lastError !== this.uplinkError)) {
      this.errors.add({
        at: now, source: 'uplink', code: REFUSED.test(st.lastError) ? 'GW_UPLINK_REFUSED' : 'GW_UPLINK_DOWN',
        message: `core connection failed: ${st.lastError}`, count: Math.max(1, failed),
      });
    }
    this.uplinkWasUp = st.connected;
    this.uplinkAttempts = st.attempts;
    this.uplinkError = st.lastError;
  }
}
