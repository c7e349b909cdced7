// DeviceStats that also tells the status page about each rejection the moment it is counted. Every rejection is
// logged and counted in one DeviceStats.rejected() call (see Ingest.reject and the broker's onRefused), so this is
// the one place where the "latest errors" list can see each of them, not only the newest per machine.
// (If DeviceStats grows its own listener, this subclass can go.)
import { DeviceStats } from '../device-stats.ts';

export interface Rejection { deviceId: string; code: string; message: string; at: number }

export class ObservedDeviceStats extends DeviceStats {
  private readonly listeners = new Set<(r: Rejection) => void>();

  /** Calls `listener` after each rejection is counted; returns the function that unsubscribes it. */
  onRejected(listener: (r: Rejection) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  override rejected(deviceId: string, code: string, message: string): void {
    super.rejected(deviceId, code, message);
    const at = this.get(deviceId).lastError?.at ?? Date.now();
    for (const listener of this.listeners) {
      try {
        listener({ deviceId, code, message, at });
      } catch {
        // The status page must never break the path that answers a device.
      }
    }
  }
}
