// Every machine's clock estimate (device-clock.ts), fed with live messages as they are stored, and its flags turned into
// coded events once per change (GW_DEVICE_CLOCK_SKEW, GW_DEVICE_CLOCK_JUMP).
import { DeviceClock, type DeviceClockLimits, type DeviceClockState } from './device-clock.ts';
import type { ClockEvents } from './clock-events.ts';

export class DeviceClocks {
  private readonly limits: () => DeviceClockLimits;
  private readonly events: ClockEvents;
  private readonly clock: () => number;
  private readonly byDevice = new Map<string, { estimate: DeviceClock; skewed: boolean; jumped: boolean }>();

  constructor(limits: () => DeviceClockLimits, events: ClockEvents, clock: () => number = Date.now) {
    this.limits = limits;
    this.events = events;
    this.clock = clock;
  }

  /** A stored message from a machine: its own time (0: none) against the gateway's receive time (default: now). */
  observe(deviceId: string, deviceTimeMs: number, receivedMs: number = this.clock()): void {
    if (deviceTimeMs <= 0) return;
    let entry = this.byDevice.get(deviceId);
    if (!entry) {
      entry = { estimate: new DeviceClock(this.limits), skewed: false, jumped: false };
      this.byDevice.set(deviceId, entry);
    }
    entry.estimate.observe(deviceTimeMs, receivedMs);
    const s = entry.estimate.state();
    if (s.jumped !== entry.jumped) {
      entry.jumped = s.jumped;
      this.events.change(
        'GW_DEVICE_CLOCK_JUMP',
        s.jumped,
        { deviceId, offsetMs: s.offsetMs },
        s.jumped
          ? "machine clock jumped (reset or stepped): its device times are not trusted until it is steady; check the machine's clock and its RTC battery"
          : 'machine clock steady again: its device times are trusted',
      );
    }
    if (s.skewed !== entry.skewed) {
      entry.skewed = s.skewed;
      this.events.change(
        'GW_DEVICE_CLOCK_SKEW',
        s.skewed,
        { deviceId, offsetMs: s.offsetMs, maxSkewMs: this.limits().maxSkewMs },
        s.skewed
          ? "machine clock is off the gateway's by more than clock.maxSkewMs: set its time (NTP); envelopes keep both times"
          : "machine clock back within clock.maxSkewMs of the gateway's",
      );
    }
  }

  /** A machine removed by a reload. */
  forget(deviceId: string): void {
    this.byDevice.delete(deviceId);
  }

  state(deviceId: string): DeviceClockState | undefined {
    return this.byDevice.get(deviceId)?.estimate.state();
  }

  states(): Record<string, DeviceClockState> {
    return Object.fromEntries([...this.byDevice].map(([id, e]) => [id, e.estimate.state()]));
  }
}
