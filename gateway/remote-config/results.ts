// ConfigResult on the wire, and the small budget for answers to messages the core did not sign.
import { pb } from '../../proto/index.ts';
import type { ResultRecord, ResultState } from './store.ts';

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
