// The gateway's clock against the core's, NTP-style over the uplink (RFC 5905 section 8, on-wire protocol, one exchange):
// the gateway sends a TimeRequest at t0 on {topicPrefix}/{siteId}/time/req; the core's responder (core/time-server.ts)
// stamps t1 on arrival and t2 on sending; the answer arrives at t3 on .../time/res.
//   offset      = ((t1 - t0) + (t2 - t3)) / 2      core clock minus gateway clock
//   round trip  = (t3 - t0) - (t2 - t1)
//   uncertainty = round trip / 2 (+1 ms: the stamps are whole milliseconds)
// The true offset lies within offset +- uncertainty whatever the asymmetry of the two paths. Of the last few samples
// the one with the smallest round trip is kept: a sample delayed by a busy broker or a queue only ever looks worse, so
// the least delayed one is the best (NTP's clock filter does the same).
import { randomBytes } from 'node:crypto';
import { pb } from '../../proto/index.ts';

export interface CoreClockOptions {
  siteId: string;
  topicPrefix: string;
  maxSkewMs: number;
  probeIntervalMs: number;
  /** Samples kept; the best of them is the estimate. */
  samples: number;
  /** Sends a message to the core now; false when the uplink is down. QoS 0: a late answer is useless. */
  send: (topic: string, payload: Buffer) => boolean;
  /** The skew flag changed (logged once per change and counted by the caller). */
  onSkewChange?: (skewed: boolean, estimate: CoreClockEstimate) => void;
  clock?: () => number;
}

export interface CoreClockEstimate {
  known: boolean;
  offsetMs: number;
  uncertaintyMs: number;
  roundTripMs: number;
  sampleTimeMs: number;
  skewed: boolean;
  samples: number;
  maxSkewMs: number;
}

interface Sample {
  offsetMs: number;
  roundTripMs: number;
  atMs: number;
}

/** Requests answered later than this are ignored (and forgotten): the sample would be poor anyway. */
const ANSWER_WITHIN_MS = 10_000;
/** Probes sent when the uplink comes up, this far apart, so there is an estimate within seconds. */
const BURST = 3;
const BURST_GAP_MS = 1000;

/** One exchange's offset and round trip (exported for tests). */
export function exchange(t0: number, t1: number, t2: number, t3: number): { offsetMs: number; roundTripMs: number } {
  return { offsetMs: (t1 - t0 + (t2 - t3)) / 2, roundTripMs: Math.max(0, t3 - t0 - (t2 - t1)) };
}

export class CoreClock {
  private opts: CoreClockOptions;
  private readonly clock: () => number;
  private readonly pending = new Map<string, number>();
  private readonly kept: Sample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private burstLeft = 0;
  private skewed = false;
  private running = false;
  sent = 0;
  answered = 0;
  ignored = 0;

  constructor(opts: CoreClockOptions) {
    this.opts = opts;
    this.clock = opts.clock ?? Date.now;
  }

  get requestTopic(): string {
    return `${this.opts.topicPrefix}/${this.opts.siteId}/time/req`;
  }

  get responseTopic(): string {
    return `${this.opts.topicPrefix}/${this.opts.siteId}/time/res`;
  }

  start(): void {
    this.running = true;
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * New settings (a reload): the skew flag is judged again under the new limit at once (and told when it flips), the
   * kept samples are trimmed to the new count, and a waiting probe comes one new interval from now (a burst in progress
   * finishes first).
   */
  retune(settings: Pick<CoreClockOptions, 'maxSkewMs' | 'probeIntervalMs' | 'samples'>): void {
    const intervalChanged = settings.probeIntervalMs !== this.opts.probeIntervalMs;
    this.opts = { ...this.opts, ...settings };
    while (this.kept.length > this.opts.samples) this.kept.shift();
    const e = this.estimate();
    if (e.skewed !== this.skewed) {
      this.skewed = e.skewed;
      this.opts.onSkewChange?.(e.skewed, e);
    }
    if (intervalChanged && this.running && this.timer && this.burstLeft === 0) this.schedule(this.opts.probeIntervalMs);
  }

  health(): { running: boolean; sent: number; answered: number; ignored: number } {
    return { running: this.running, sent: this.sent, answered: this.answered, ignored: this.ignored };
  }

  /** The uplink is up (after its subscriptions are asked for): a short burst of probes, then one per interval. */
  uplinkUp(): void {
    if (!this.running) return;
    this.burstLeft = BURST;
    this.schedule(0);
  }

  uplinkDown(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.probe();
      if (!this.running) return;
      if (this.burstLeft > 0) this.schedule(BURST_GAP_MS);
      else this.schedule(this.opts.probeIntervalMs);
    }, delayMs);
    this.timer.unref();
  }

  /** Sends one TimeRequest now (if the uplink is up). */
  probe(): void {
    if (this.burstLeft > 0) this.burstLeft--;
    const now = this.clock();
    for (const [id, t0] of this.pending) if (now - t0 > ANSWER_WITHIN_MS) this.pending.delete(id);
    const requestId = randomBytes(6).toString('hex');
    const t0Ms = this.clock();
    const payload = Buffer.from(pb.TimeRequest.encode({ siteId: this.opts.siteId, requestId, t0Ms }).finish());
    if (!this.opts.send(this.requestTopic, payload)) return;
    this.pending.set(requestId, t0Ms);
    this.sent++;
  }

  /** A TimeResponse from the core. Only answers to our own pending requests count; t0 is ours, not the echo. */
  onResponse(payload: Buffer): void {
    const t3 = this.clock();
    let res: ReturnType<typeof pb.TimeResponse.decode>;
    try {
      res = pb.TimeResponse.decode(payload);
    } catch {
      this.ignored++;
      return;
    }
    const t0 = this.pending.get(res.requestId);
    if (t0 === undefined || Number(res.t0Ms) !== t0 || t3 - t0 > ANSWER_WITHIN_MS) {
      this.ignored++;
      return;
    }
    this.pending.delete(res.requestId);
    this.answered++;
    this.add({ ...exchange(t0, Number(res.t1Ms), Number(res.t2Ms), t3), atMs: t3 });
  }

  /** Adds one sample (exported behaviour for tests through onResponse; here the bookkeeping and the skew flag). */
  private add(sample: Sample): void {
    this.kept.push(sample);
    while (this.kept.length > this.opts.samples) this.kept.shift();
    const e = this.estimate();
    if (e.skewed !== this.skewed) {
      this.skewed = e.skewed;
      this.opts.onSkewChange?.(e.skewed, e);
    }
  }

  estimate(): CoreClockEstimate {
    const maxSkewMs = this.opts.maxSkewMs;
    let best: Sample | undefined;
    for (const s of this.kept) if (!best || s.roundTripMs < best.roundTripMs) best = s;
    if (!best)
      return { known: false, offsetMs: 0, uncertaintyMs: 0, roundTripMs: 0, sampleTimeMs: 0, skewed: false, samples: 0, maxSkewMs };
    const offsetMs = Math.round(best.offsetMs);
    const uncertaintyMs = Math.ceil(best.roundTripMs / 2) + 1;
    return {
      known: true,
      offsetMs,
      uncertaintyMs,
      roundTripMs: best.roundTripMs,
      sampleTimeMs: best.atMs,
      // Only a skew the uncertainty cannot explain: a slow round trip must not raise the flag by itself.
      skewed: Math.abs(offsetMs) - uncertaintyMs > maxSkewMs,
      samples: this.kept.length,
      maxSkewMs,
    };
  }
}
