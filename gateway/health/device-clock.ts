// One machine's clock against the gateway's, from the messages it sends: each message with a device time gives a sample
// s = device time - receive time = true offset - delay, where the delay (network, the machine's own queue, a backlog it
// replays after an outage) is never negative. So delay only ever makes a sample look behind, never ahead:
// - the offset is the median of the window's samples within lagToleranceMs of its highest (least delayed) one;
// - a sample lagging the estimate by more than lagToleranceMs stays out of the window (a replayed backlog, a retry),
//   unless trustAfterSamples of them come in a row with a steady offset (within lagToleranceMs of each other): then the
//   clock really was set back, which is a jump. A replayed backlog is never steady: it was made slower than it is sent;
// - a jump is also a sample ahead of the estimate by more than maxSkewMs (no delay explains it), a device time going
//   backwards by more than maxSkewMs against the machine's previous message, or a device time before 2020 (a clock
//   reset to 1970 after a dead RTC battery). A jump restarts the window at the new samples and makes the clock
//   untrusted until trustAfterSamples samples in a row without one;
// - the first trustAfterSamples samples of a machine may be its backlog (the gateway has no live estimate yet): a sample
//   ahead of them re-bases the window without a jump, and skew is flagged from the third sample on.
// Pure: the caller passes the times in.

/** Device times before this are no clock at all (a reset RTC counts from 1970 or 2000): 2020-01-01T00:00:00Z. */
export const EARLIEST_VALID_DEVICE_TIME_MS = Date.UTC(2020, 0, 1);
const MIN_SAMPLES = 3;

export interface DeviceClockLimits {
  maxSkewMs: number;
  deviceSamples: number;
  lagToleranceMs: number;
  trustAfterSamples: number;
}

export interface DeviceClockState {
  known: boolean;
  offsetMs: number;
  trusted: boolean;
  jumped: boolean;
  skewed: boolean;
  sampleTimeMs: number;
  samples: number;
}

export class DeviceClock {
  private readonly limits: () => DeviceClockLimits;
  private window: number[] = [];
  /** Consecutive samples lagging the estimate, kept apart until they prove a steady step back. */
  private behind: number[] = [];
  private lastDeviceMs = 0;
  private estimate: number | undefined;
  private seen = 0;
  private sinceJump = 0;
  private jumpedFlag = false;
  private sampleAt = 0;

  constructor(limits: () => DeviceClockLimits) {
    this.limits = limits;
  }

  /** One message's device time and the gateway's receive time. Returns true when this sample was a jump. */
  observe(deviceTimeMs: number, receivedMs: number): boolean {
    if (deviceTimeMs <= 0) return false; // the machine sent no time
    const l = this.limits();
    const s = deviceTimeMs - receivedMs;
    const invalid = deviceTimeMs < EARLIEST_VALID_DEVICE_TIME_MS;
    const wasInvalid = this.lastDeviceMs > 0 && this.lastDeviceMs < EARLIEST_VALID_DEVICE_TIME_MS;
    const wentBack = this.lastDeviceMs > 0 && deviceTimeMs < this.lastDeviceMs - l.maxSkewMs;
    const warm = this.seen >= l.trustAfterSamples;
    const ahead = this.estimate !== undefined && s > this.estimate + l.maxSkewMs;
    const lagging = this.estimate !== undefined && s < this.estimate - l.lagToleranceMs;
    this.seen++;
    this.lastDeviceMs = deviceTimeMs;
    this.sampleAt = receivedMs;
    let jump = (invalid && !wasInvalid) || wentBack || (ahead && warm) || (!invalid && wasInvalid);
    let rebase: number[] = [s];
    if (!jump && lagging) {
      this.behind.push(s);
      if (!this.steadyStepBack(l)) return this.count(false, invalid, l);
      jump = true;
      rebase = this.behind;
    }
    if (jump || (ahead && !warm)) this.window = rebase;
    else this.window.push(s);
    this.behind = [];
    while (this.window.length > l.deviceSamples) this.window.shift();
    this.estimate = filteredMedian(this.window, l.lagToleranceMs);
    return this.count(jump, invalid, l);
  }

  private steadyStepBack(l: DeviceClockLimits): boolean {
    if (this.behind.length < l.trustAfterSamples) return false;
    while (this.behind.length > l.trustAfterSamples) this.behind.shift();
    return Math.max(...this.behind) - Math.min(...this.behind) <= l.lagToleranceMs;
  }

  private count(jump: boolean, invalid: boolean, l: DeviceClockLimits): boolean {
    if (jump) {
      this.sinceJump = 0;
      this.jumpedFlag = true;
    } else if (++this.sinceJump >= l.trustAfterSamples && !invalid) {
      this.jumpedFlag = false;
    }
    return jump;
  }

  state(): DeviceClockState {
    const l = this.limits();
    const known = this.estimate !== undefined;
    const offsetMs = this.estimate ?? 0;
    const invalid = this.lastDeviceMs > 0 && this.lastDeviceMs < EARLIEST_VALID_DEVICE_TIME_MS;
    return {
      known,
      offsetMs,
      trusted: known && !this.jumpedFlag && !invalid,
      jumped: this.jumpedFlag || invalid,
      skewed: known && this.window.length >= MIN_SAMPLES && Math.abs(offsetMs) > l.maxSkewMs,
      sampleTimeMs: this.sampleAt,
      samples: this.window.length,
    };
  }
}

/** Median of the samples within `tolerance` below the highest one (the least delayed). */
export function filteredMedian(samples: readonly number[], tolerance: number): number | undefined {
  if (samples.length === 0) return undefined;
  let best = Number.NEGATIVE_INFINITY;
  for (const s of samples) if (s > best) best = s;
  const live = samples.filter((s) => s >= best - tolerance).sort((a, b) => a - b);
  const mid = live.length >> 1;
  return Math.round(live.length % 2 === 1 ? live[mid]! : (live[mid - 1]! + live[mid]!) / 2);
}
