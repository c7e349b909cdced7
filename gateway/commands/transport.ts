// How a command reaches a machine, whatever the machine speaks. The command router (gateway/commands/router.ts) decides
// whether and when a command runs (signature, deadline, idempotency); a transport only carries it and brings back the
// machine's answer. MQTT machines get JSON on devices/{id}/cmd and answer on devices/{id}/cmd/result; OPC-UA machines get a
// method call or a write (protocols/opcua/).
import type { DeviceAnswer } from '../../devices/common/types.ts';
import type { edge } from '../../proto/index.ts';

export interface CommandTransport {
  /** Whether the machine is reachable now (an offline machine gets the command when it returns, if still before the deadline). */
  isConnected(deviceId: string): boolean;
  /**
   * Sends the command and resolves with the machine's answer. Rejects only if the command could not be handed over at
   * all (the machine went away); the router then records it as failed, since it may already have been delivered. Must
   * not retry by itself: a command is
   * delivered at most once.
   */
  deliver(deviceId: string, command: edge.v1.ICommand, deadlineMs: number): Promise<DeviceAnswer>;
  /** Called with a device id whenever a machine (re)connects, so waiting commands can go out. */
  onConnect(listener: (deviceId: string) => void): void;
}
