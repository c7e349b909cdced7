// ConfigResult on the wire, and the small budget for answers to messages the core did not sign.
import { pb } from '../../proto/index.ts';
import type { RemoteConfigStore, ResultRecord, ResultState } from './store.ts';

const STATES: Record<ResultState, number> = {
  applied: pb.ConfigState.CONFIG_STATE_APPLIED,
  rejected: pb.ConfigState.CONFIG_STATE_REJECTED,
  rolled_back: pb.ConfigState.CONFIG_STATE_ROLLED_BACK,
  pending_restart: pb.ConfigState.CONFIG_STATE_PENDING_RESTART,
  scheduled: pb.ConfigState.CONFIG_STATE_SCHEDULED,
};

export function encodeResult(siteId: string, r: ResultRecord): Buffer {
  return Buffer.from(
    pb.ConfigResult.encode({
      siteId,
      version: r.version,
      state: STATES[r.state],
      problems: r.problems,
      timeMs: r.timeMs,
      activeVersion: r.activeVersion,
      restartSections: r.restartSections,
    }).finish(),
  );
}

/**
 * Answers to unsigned, forged or unreadable messages are not remembered and cost a publish each: a token bucket (10 at
 * once, then 2 per second) keeps a flood on the config topic from becoming a flood towards the core. Past it they are
 * only logged, counted in the next line.
 */
export class RefusalBudget {
  private tokens = 10;
  private at = 0;
  skipped = 0;

  take(now: number): boolean {
    this.tokens = Math.min(10, this.tokens + ((now - this.at) / 1000) * 2);
    this.at = now;
    if (this.tokens < 1) {
      this.skipped++;
      return false;
    }
    this.tokens -= 1;
    return true;
  }
}

/**
 * Results for versions the core signed wait in the store (`unsent`) until the core's broker acknowledges them; flush()
 * sends them oldest first and stops at the first that fails (the next connect sends them again). One flush at a time;
 * a flush asked for meanwhile runs once more after it, so a result added during a flush is not left waiting.
 */
export class ResultOutbox {
  private readonly store: RemoteConfigStore;
  private readonly publish: (payload: Buffer) => Promise<void>;
  private readonly siteId: () => string;
  private flushing = false;
  private again = false;

  constructor(store: RemoteConfigStore, publish: (payload: Buffer) => Promise<void>, siteId: () => string) {
    this.store = store;
    this.publish = publish;
    this.siteId = siteId;
  }

  async flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = true;
    try {
      do {
        this.again = false;
        for (const r of [...this.store.state.unsent]) {
          try {
            await this.publish(encodeResult(this.siteId(), r));
          } catch {
            return;
          }
          this.store.markSent(r);
        }
      } while (this.again);
    } finally {
      this.flushing = false;
    }
  }
}
