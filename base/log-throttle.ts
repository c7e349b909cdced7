// One report per key per window: the first event of a key passes, then at most one every `everyMs`, and the ones held
// back in between are counted and handed to the next that passes. A flood of one refusal therefore costs a counter, not
// a log line (or a reply to the device) each. Keys are bounded: past `maxKeys` the table starts again, which at worst
// lets one more line through per key.
export class LogThrottle {
  private readonly everyMs: number;
  private readonly clock: () => number;
  private readonly maxKeys: number;
  private readonly last = new Map<string, { at: number; held: number }>();

  constructor(everyMs: number, clock: () => number = Date.now, maxKeys = 4096) {
    this.everyMs = everyMs;
    this.clock = clock;
    this.maxKeys = maxKeys;
  }

  /** undefined: stay quiet (the event is counted); a number: report now, with how many were held back since the last report. */
  pass(key: string): number | undefined {
    const now = this.clock();
    const t = this.last.get(key);
    if (t && now - t.at < this.everyMs) {
      t.held++;
      return undefined;
    }
    if (!t && this.last.size >= this.maxKeys) this.last.clear();
    this.last.set(key, { at: now, held: 0 });
    return t?.held ?? 0;
  }
}
