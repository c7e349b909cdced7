// The stale-data watchdog. A live TCP connection and a live session prove only that the controller's OPC-UA server
// answers, not that the machine behind it still works: a PLC program can hang while its server keeps sending
// keep-alives, and a subscription can be lost without anyone being told (node-opcua issue 1059). So the connector
// watches what the machine itself produces. With a heartbeat variable configured, only a change of its value counts
// (a re-sent initial value after a reconnect does not); without one, any data change or subscription keep-alive counts.
// Pure: the caller passes the time, so tests drive it with a fake clock.

export type WatchdogTransition = 'stale' | 'fresh';

export class StaleWatchdog {
  private readonly limitMs: number;
  private lastAliveAt: number;
  private staleNow = false;

  /** limitMs: staleAfterIntervals x publishingIntervalMs. */
  constructor(limitMs: number, now: number) {
    this.limitMs = limitMs;
    this.lastAliveAt = now;
  }

  get stale(): boolean {
    return this.staleNow;
  }

  /**
   * Starts counting afresh (a new session): the machine gets a full window before it is called stale. A stale period
   * that began before is not ended by this: only data ends it, so the core sees the clearing event when data resumes.
   */
  restart(now: number): void {
    this.lastAliveAt = now;
  }

  /** The machine proved alive; returns "fresh" when this ends a stale period. */
  alive(now: number): WatchdogTransition | undefined {
    this.lastAliveAt = now;
    if (!this.staleNow) return undefined;
    this.staleNow = false;
    return 'fresh';
  }

  /** Called periodically while connected; returns "stale" once, when the window has passed without data. */
  check(now: number): WatchdogTransition | undefined {
    if (this.staleNow || now - this.lastAliveAt < this.limitMs) return undefined;
    this.staleNow = true;
    return 'stale';
  }
}
