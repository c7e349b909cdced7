// Commands for MQTT machines: JSON on devices/{id}/cmd (QoS 1), the machine's answer on devices/{id}/cmd/result.
// A machine is reachable for commands only while its subscription to devices/{id}/cmd is active: a connected machine
// with a clean session has none until its SUBSCRIBE is registered, and a command published before that goes nowhere
// (MQTT has no queue for a topic nobody subscribes to). So a waiting command goes out when the subscription is there:
// on SUBSCRIBE, or at CONNECT when a persistent session brings it back.
import type { Logger } from 'pino';
import { commandJson, parseAnswer, type ParsedAnswer } from '../../devices/common/command-json.ts';
import type { edge } from '../../proto/index.ts';
import type { DeviceAnswer } from '../../devices/common/types.ts';
import type { CommandTransport } from './transport.ts';

export interface MqttCommandLink {
  isConnected(deviceId: string): boolean;
  publish(topic: string, payload: string): Promise<void>;
}

interface Waiter {
  deviceId: string;
  resolve: (a: DeviceAnswer) => void;
  timer: NodeJS.Timeout;
}

export class MqttCommandTransport implements CommandTransport {
  private readonly link: MqttCommandLink;
  private readonly log: Logger;
  private readonly waiters = new Map<string, Waiter>();
  private readonly connectListeners: ((deviceId: string) => void)[] = [];
  /** Machines whose connection has an active subscription to devices/{id}/cmd. */
  private readonly subscribed = new Set<string>();
  /** Answers to commands nobody waits for any more (delivered before a restart). */
  onLateAnswer: ((deviceId: string, answer: ParsedAnswer) => void) | undefined;
  private readonly clock: () => number;

  constructor(link: MqttCommandLink, log: Logger, clock: () => number = Date.now) {
    this.link = link;
    this.log = log;
    this.clock = clock;
  }

  isConnected(deviceId: string): boolean {
    return this.subscribed.has(deviceId) && this.link.isConnected(deviceId);
  }

  onConnect(listener: (deviceId: string) => void): void {
    this.connectListeners.push(listener);
  }

  /** The broker saw a machine connect: a new connection has no subscription until it subscribes (or its session restores one). */
  connected(deviceId: string): void {
    this.subscribed.delete(deviceId);
  }

  /** The machine's subscription to a channel became active or was removed; waiting commands go out on `cmd`. */
  subscription(deviceId: string, channel: string, active: boolean): void {
    if (channel !== 'cmd') return;
    if (!active) {
      this.subscribed.delete(deviceId);
      return;
    }
    this.subscribed.add(deviceId);
    for (const l of this.connectListeners) l(deviceId);
  }

  disconnected(deviceId: string): void {
    this.subscribed.delete(deviceId);
  }

  async deliver(deviceId: string, command: edge.v1.ICommand, deadlineMs: number): Promise<DeviceAnswer> {
    const id = command.commandId!;
    const answer = new Promise<DeviceAnswer>((resolve) => {
      const wait = Math.max(0, deadlineMs - this.clock());
      const timer = setTimeout(
        () => {
          this.waiters.delete(id);
          resolve({ state: 'failed', reason: 'no answer from the machine before the deadline' });
        },
        Math.min(wait, 2 ** 31 - 1),
      );
      this.waiters.set(id, { deviceId, resolve, timer });
    });
    try {
      await this.link.publish(`devices/${deviceId}/cmd`, JSON.stringify(commandJson(command)));
    } catch (e) {
      const w = this.waiters.get(id);
      if (w) {
        clearTimeout(w.timer);
        this.waiters.delete(id);
      }
      throw e;
    }
    return answer;
  }

  /** A machine published on devices/{id}/cmd/result. */
  answer(deviceId: string, payload: Buffer): void {
    const parsed = parseAnswer(payload);
    if ('error' in parsed) {
      this.log.warn({ component: 'commands', deviceId, code: 'GW_COMMAND_INVALID' }, `unreadable command answer: ${parsed.error}`);
      return;
    }
    const w = this.waiters.get(parsed.commandId);
    if (w && w.deviceId === deviceId) {
      clearTimeout(w.timer);
      this.waiters.delete(parsed.commandId);
      w.resolve({ state: parsed.state, reason: parsed.reason });
      return;
    }
    this.onLateAnswer?.(deviceId, parsed);
  }

  stop(): void {
    this.subscribed.clear();
    for (const w of this.waiters.values()) clearTimeout(w.timer);
    this.waiters.clear();
  }
}
