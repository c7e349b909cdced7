// Publishes the site's GatewayHealth retained (QoS 1) on {topicPrefix}/{siteId}/health: every interval, and at once on
// a significant change, but never sooner than minGapMs after the previous one (a flapping machine would otherwise
// flood the core: changes within the gap are folded into one message at its end).
// The message is current state, not a transaction: it is never spooled. While the uplink is down nothing is built or
// queued; the latest state is built and published the moment the uplink is back (the uplink_up change).
import type { HealthReason } from './build.ts';

export interface HealthPublisherOptions {
  topic: string;
  intervalMs: number;
  minGapMs: number;
  /** Builds the message now, for this reason. */
  build: (reason: HealthReason) => Buffer;
  /** Whether the uplink is up: while it is not, nothing is built. */
  connected: () => boolean;
  /** Publishes retained with QoS 1; false when the uplink went down meanwhile (nothing is sent or kept). */
  publish: (topic: string, payload: Buffer) => boolean;
  clock?: () => number;
}

export class HealthPublisher {
  private opts: HealthPublisherOptions;
  private readonly clock: () => number;
  private intervalTimer: NodeJS.Timeout | undefined;
  private gapTimer: NodeJS.Timeout | undefined;
  private pending: HealthReason | undefined;
  private running = false;
  private lastAt = Number.NEGATIVE_INFINITY;
  published = 0;
  /** Changes folded into a later message by the minimum gap. */
  folded = 0;

  constructor(opts: HealthPublisherOptions) {
    this.opts = opts;
    this.clock = opts.clock ?? Date.now;
  }

  start(): void {
    this.running = true;
    this.publishNow('start');
  }

  stop(): void {
    this.running = false;
    if (this.intervalTimer) clearTimeout(this.intervalTimer);
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.intervalTimer = this.gapTimer = undefined;
  }

  /**
   * A new interval or minimum gap (a reload): the next interval message comes one new interval after the last one
   * published (at once if that is already past); a change waiting for the gap is held to the new gap.
   */
  retune(intervalMs: number, minGapMs: number): void {
    if (intervalMs === this.opts.intervalMs && minGapMs === this.opts.minGapMs) return;
    this.opts = { ...this.opts, intervalMs, minGapMs };
    if (!this.running) return;
    if (this.gapTimer) {
      clearTimeout(this.gapTimer);
      this.gapTimer = undefined;
      const reason = this.pending;
      this.pending = undefined;
      if (reason) this.changed(reason);
    }
    if (this.intervalTimer) clearTimeout(this.intervalTimer);
    const due = Number.isFinite(this.lastAt) ? this.lastAt + intervalMs - this.clock() : intervalMs;
    this.intervalTimer = setTimeout(
      () => {
        this.intervalTimer = undefined;
        if (this.gapTimer) return this.scheduleInterval();
        this.publishNow('interval');
      },
      Math.max(0, due),
    );
    this.intervalTimer.unref();
  }

  health(): { running: boolean; published: number; folded: number; lastPublishedMs: number | null; pending: HealthReason | null } {
    return {
      running: this.running,
      published: this.published,
      folded: this.folded,
      lastPublishedMs: Number.isFinite(this.lastAt) ? this.lastAt : null,
      pending: this.pending ?? null,
    };
  }

  /** A significant change: published at once, or at the end of the minimum gap. */
  changed(reason: HealthReason): void {
    if (!this.running) return;
    const wait = this.lastAt + this.opts.minGapMs - this.clock();
    if (wait <= 0 && !this.gapTimer) return this.publishNow(reason);
    if (this.pending) this.folded++;
    this.pending ??= reason; // the first reason names the message; the later ones are in its state anyway
    if (this.gapTimer) return;
    this.gapTimer = setTimeout(
      () => {
        this.gapTimer = undefined;
        const r = this.pending;
        this.pending = undefined;
        if (r && this.running) this.publishNow(r);
      },
      Math.max(0, wait),
    );
    this.gapTimer.unref();
  }

  private publishNow(reason: HealthReason): void {
    if (this.opts.connected() && this.opts.publish(this.opts.topic, this.opts.build(reason))) {
      this.lastAt = this.clock();
      this.published++;
    }
    this.scheduleInterval();
  }

  private scheduleInterval(): void {
    if (!this.running) return;
    if (this.intervalTimer) clearTimeout(this.intervalTimer);
    this.intervalTimer = setTimeout(() => {
      this.intervalTimer = undefined;
      if (this.gapTimer) return this.scheduleInterval(); // a change is about to publish anyway
      this.publishNow('interval');
    }, this.opts.intervalMs);
    this.intervalTimer.unref();
  }
}
