// Per-machine counters and last error: what the status page and the demo summary show. Every failure that is logged
// is counted here in the same call (see Ingest.reject), so the log and the numbers cannot disagree.
import { maskText, type MaskedText } from './outside-text.ts';
export interface DeviceCounters {
  online: boolean;
  lastSeen: number;
  received: number;
  rejected: number;
  /** Confirmed by the core. */
  forwarded: number;
  /** Masked when stored (outside-text.ts), never again per request. */
  lastError?: { code: string; message: MaskedText; at: number };
}

/** One rejection, as the status page's "latest errors" list sees it. */
export interface Rejection { deviceId: string; code: string; message: string; at: number }

export class DeviceStats {
  private readonly byDevice = new Map<string, DeviceCounters>();
  private readonly rejectionListeners = new Set<(r: Rejection) => void>();
  private readonly clock: () => number;
  totalReceived = 0;
  totalRejected = 0;
  totalForwarded = 0;

  constructor(clock: () => number = Date.now) {
    this.clock = clock;
  }

  get(deviceId: string): DeviceCounters {
    let c = this.byDevice.get(deviceId);
    if (!c) {
      c = { online: false, lastSeen: 0, received: 0, rejected: 0, forwarded: 0 };
      this.byDevice.set(deviceId, c);
    }
    return c;
  }

  received(deviceId: string): void {
    const c = this.get(deviceId);
    c.received++;
    c.lastSeen = this.clock();
    this.totalReceived++;
  }

  forwarded(deviceId: string): void {
    this.get(deviceId).forwarded++;
    this.totalForwarded++;
  }

  rejected(deviceId: string, code: string, message: string): void {
    const c = this.get(deviceId);
    const at = this.clock();
    c.rejected++;
    c.lastSeen = at;
    c.lastError = { code, message: maskText(message), at };
    this.totalRejected++;
    for (const listener of this.rejectionListeners) {
      try {
        listener({ deviceId, code, message: c.lastError.message, at });
      } catch {
        // The status page must never break the path that answers a device.
      }
    }
  }

  /** Calls `listener` after each rejection is counted (every one, not only the newest per machine); returns the unsubscribe. */
  onRejected(listener: (r: Rejection) => void): () => void {
    this.rejectionListeners.add(listener);
    return () => this.rejectionListeners.delete(listener);
  }

  setOnline(deviceId: string, online: boolean): void {
    const c = this.get(deviceId);
    c.online = online;
    c.lastSeen = this.clock();
  }

  snapshot(): Record<string, DeviceCounters> {
    return Object.fromEntries([...this.byDevice].map(([k, v]) => [k, { ...v }]));
  }
}
