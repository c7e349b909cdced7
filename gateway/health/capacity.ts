// How many hours of outage the spool's free room still holds: free bytes over the machines' recent intake.
// Free room is the smaller of what the quota leaves and what the filesystem has left (a quota larger than the disk
// is not room). Intake is averaged over health.inflowWindowS (an hour by default) from the spool's running total of
// appended bytes, sampled every few seconds: the spool's own one-minute rate swings with every quiet minute or burst,
// which would make the fleet's "hours left" column jump about.
import { statfsSync } from 'node:fs';

const SAMPLE_EVERY_MS = 10_000;

export class InflowMeter {
  private readonly windowMs: number;
  private readonly total: () => number;
  private samples: { at: number; total: number }[] = [];

  /** `total`: bytes appended since start (the spool's appendedBytes.total). */
  constructor(windowMs: number, total: () => number) {
    this.windowMs = windowMs;
    this.total = total;
  }

  /** Records the running total now and then; cheap to call on every read. */
  sample(now: number): void {
    const last = this.samples[this.samples.length - 1];
    if (!last || now - last.at >= SAMPLE_EVERY_MS) this.samples.push({ at: now, total: this.total() });
    // Keep one sample at or before the window's start, so the average spans the whole window once it has run that long.
    while (this.samples.length > 2 && this.samples[1]!.at <= now - this.windowMs) this.samples.shift();
  }

  /** Bytes per hour over the window (or since start, if shorter); null while nothing came in or no time has passed. */
  bytesPerHour(now: number): number | null {
    this.sample(now);
    const first = this.samples[0]!;
    const span = now - first.at;
    const grown = this.total() - first.total;
    if (span < 1000 || grown <= 0) return null;
    return (grown / span) * 3_600_000;
  }
}

/** Hours of outage `freeBytes` holds at `bytesPerHour` (one decimal); null when the intake is unknown. */
export function outageHoursLeft(freeBytes: number, bytesPerHour: number | null): number | null {
  if (bytesPerHour === null || bytesPerHour <= 0) return null;
  return Math.round((freeBytes / bytesPerHour) * 10) / 10;
}

/** Bytes an unprivileged process may still write on the filesystem holding `dir`; undefined if it cannot be read. */
export function filesystemFreeBytes(dir: string): number | undefined {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}
