// Commands from the core: {topicPrefix}/{siteId}/cmd (whole site) and {topicPrefix}/{siteId}/{deviceId}/cmd.
// The payload is an edge.v1.SignedCommand. The router decides whether and when a command runs:
//   1. signature: with uplink.commandKey set, an unsigned or badly signed command is rejected (and not remembered, so a
//      forged id cannot block the real command);
//   2. validation: site, target device, body, and whether the machine's kind supports it;
//   3. exactly once: a known command id is answered with its stored result and never executed again;
//   4. never late: a command whose deadline has passed is answered "expired" and never executed, also one that waited
//      for an offline machine;
//   5. state on disk before each step, so a restart neither loses nor repeats a command: one that was delivered but not
//      answered before the restart is not delivered again (at most once); the machine's late answer still counts.
// Every state is reported to the core as a CommandResult through the spool, like any other message.
import { verify, type KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import { commandName, KIND_COMMANDS } from '../../devices/command-json.ts';
import type { Kind } from '../../devices/types.ts';
import { pb, type edge } from '../../proto/index.ts';
import { FINAL_STATES, type CommandRecord, type CommandStateName, type CommandStore } from './store.ts';
import type { CommandTransport, DeviceAnswer } from './transport.ts';

export interface RouterDevice { kind: Kind; transport: 'mqtt' | 'opcua' }

export interface LocalCommands {
  /** refreshPickupList: carried out by the gateway for a locker. */
  refreshPickupList(deviceId: string, list: edge.v1.IRefreshPickupList): Promise<DeviceAnswer>;
  /** requestState with rebirth: re-publish the site status. */
  rebirth(): void;
}

export interface CommandRouterOptions {
  siteId: string;
  topicPrefix: string;
  devices: () => ReadonlyMap<string, RouterDevice>;
  transports: Partial<Record<'mqtt' | 'opcua', CommandTransport>>;
  store: CommandStore;
  local: LocalCommands;
  /** Stores a result through the spool (durable, then forwarded). */
  report(deviceId: string, result: edge.v1.ICommandResult): Promise<void>;
  verifyKey?: KeyObject;
  log: Logger;
  clock?: () => number;
  onResult?(state: CommandStateName): void;
}

const STATE: Record<CommandStateName, edge.v1.CommandState> = {
  received: pb.CommandState.COMMAND_STATE_RECEIVED,
  delivered: pb.CommandState.COMMAND_STATE_DELIVERED,
  succeeded: pb.CommandState.COMMAND_STATE_SUCCEEDED,
  failed: pb.CommandState.COMMAND_STATE_FAILED,
  expired: pb.CommandState.COMMAND_STATE_EXPIRED,
  rejected: pb.CommandState.COMMAND_STATE_REJECTED,
};

export class CommandRouter {
  private readonly o: CommandRouterOptions;
  private readonly clock: () => number;
  /** Commands waiting for their machine to come back, by device. */
  private readonly waiting = new Map<string, Set<string>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  constructor(opts: CommandRouterOptions) {
    this.o = opts;
    this.clock = opts.clock ?? Date.now;
  }

  topics(): string[] {
    const base = `${this.o.topicPrefix}/${this.o.siteId}`;
    return [`${base}/cmd`, `${base}/+/cmd`];
  }

  /** Opens the store and picks up what a previous run left unfinished. */
  async start(): Promise<void> {
    await this.o.store.open();
    for (const t of Object.values(this.o.transports)) t?.onConnect((id) => this.deviceConnected(id));
    if (!this.o.verifyKey) {
      this.o.log.warn({ component: 'commands', code: 'GW_COMMANDS_UNAUTHENTICATED' }, 'uplink.commandKey is not set: commands from the core are not authenticated');
    }
    for (const rec of this.o.store.all()) {
      if (rec.state === 'received') void this.run(rec, storedCommand(rec));
      else if (rec.state === 'delivered') this.awaitLateAnswer(rec);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  matches(topic: string): boolean {
    const base = `${this.o.topicPrefix}/${this.o.siteId}/`;
    return topic.startsWith(base) && /^([^/]+\/)?cmd$/.test(topic.slice(base.length));
  }

  /** A message on one of topics(). Never throws. */
  async onMessage(topic: string, payload: Buffer): Promise<void> {
    try {
      await this.handle(topic, payload);
    } catch (e) {
      this.o.log.error({ component: 'commands', code: 'GW_INTERNAL', err: (e as Error).message }, 'command handling failed');
    }
  }

  private async handle(topic: string, payload: Buffer): Promise<void> {
    const base = `${this.o.topicPrefix}/${this.o.siteId}/`;
    const topicDevice = topic === `${base}cmd` ? '' : topic.slice(base.length, -'/cmd'.length);
    let signed: edge.v1.SignedCommand;
    let cmd: edge.v1.Command;
    try {
      signed = pb.SignedCommand.decode(payload);
      cmd = pb.Command.decode(signed.command);
    } catch {
      this.o.log.warn({ component: 'commands', code: 'GW_COMMAND_INVALID', topic }, 'command is not a decodable SignedCommand; ignored');
      return;
    }
    const deviceId = cmd.deviceId || topicDevice;
    if (this.o.verifyKey) {
      const sig = signed.signature;
      const ok = sig.length > 0 && verifySignature(this.o.verifyKey, signed.command, sig);
      if (!ok) {
        const reason = sig.length === 0 ? 'command is not signed' : 'command signature does not verify';
        this.o.log.warn({ component: 'commands', code: 'GW_COMMAND_SIGNATURE', commandId: cmd.commandId, deviceId }, reason);
        // Reported, never remembered: a forged id must not block the real command with that id.
        this.o.onResult?.('rejected');
        return this.report(deviceId, cmd.commandId, 'rejected', reason);
      }
    }
    const existing = cmd.commandId ? this.o.store.get(cmd.commandId) : undefined;
    if (existing) {
      this.o.log.info({ component: 'commands', commandId: existing.commandId, state: existing.state }, 'repeated command id: answering with the stored result');
      return this.report(existing.deviceId, existing.commandId, existing.state, existing.reason);
    }
    const problem = this.validate(cmd, topicDevice);
    const rec: CommandRecord = {
      commandId: cmd.commandId, deviceId, state: 'received', reason: '', deadlineMs: Number(cmd.deadlineMs),
      receivedAt: this.clock(), updatedAt: this.clock(), command: Buffer.from(signed.command).toString('base64'),
    };
    if (problem) {
      if (!cmd.commandId) {
        this.o.log.warn({ component: 'commands', code: 'GW_COMMAND_INVALID' }, problem);
        return;
      }
      return this.move(rec, 'rejected', problem);
    }
    if (this.clock() > rec.deadlineMs) return this.move(rec, 'expired', 'deadline passed before the command reached the site');
    await this.move(rec, 'received', '');
    await this.run(rec, cmd);
  }

  private validate(cmd: edge.v1.ICommand, topicDevice: string): string | undefined {
    if (!cmd.commandId || cmd.commandId.length > 64) return 'commandId must be 1..64 characters';
    if (cmd.siteId !== this.o.siteId) return `command is for site "${cmd.siteId ?? ''}", this is "${this.o.siteId}"`;
    if (topicDevice && cmd.deviceId && cmd.deviceId !== topicDevice) return 'deviceId does not match the topic';
    if (!cmd.deadlineMs) return 'deadlineMs is required';
    const name = commandName(cmd);
    if (!name) return 'command has no body';
    const deviceId = cmd.deviceId || topicDevice;
    if (!deviceId) return name === 'requestState' ? undefined : `${name} needs a target device`;
    const dev = this.o.devices().get(deviceId);
    if (!dev) return `device "${deviceId}" is not configured at this site`;
    if (!KIND_COMMANDS[dev.kind].has(name)) return `${name} is not supported by ${dev.kind} machines`;
    return undefined;
  }

  /** Carries out a received command: now, or when its machine comes back, unless the deadline passes first. */
  private async run(rec: CommandRecord, cmd: edge.v1.ICommand): Promise<void> {
    if (this.stopped) return;
    if (this.clock() > rec.deadlineMs) return this.move(rec, 'expired', 'deadline passed before the machine could be reached');
    const name = commandName(cmd)!;
    if (!rec.deviceId) {
      this.o.local.rebirth();
      return this.move(rec, 'succeeded', 'site status re-published');
    }
    if (name === 'refreshPickupList') {
      const a = await this.o.local.refreshPickupList(rec.deviceId, cmd.refreshPickupList!);
      return this.move(rec, a.state, a.reason);
    }
    if (name === 'requestState' && cmd.requestState?.rebirth) this.o.local.rebirth();
    const dev = this.o.devices().get(rec.deviceId);
    const transport = dev && this.o.transports[dev.transport];
    if (!transport) return this.move(rec, 'failed', `no ${dev?.transport ?? 'known'} transport for this machine`);
    if (!transport.isConnected(rec.deviceId)) return this.wait(rec);
    // Recorded before it is handed over: after a crash here the command is never delivered twice.
    await this.move(rec, 'delivered', '');
    let answer: DeviceAnswer;
    try {
      answer = await transport.deliver(rec.deviceId, cmd, rec.deadlineMs);
    } catch (e) {
      answer = { state: 'failed', reason: `could not hand the command to the machine: ${(e as Error).message}` };
    }
    if (FINAL_STATES.has(this.o.store.get(rec.commandId)?.state ?? 'received')) return;
    await this.move(rec, answer.state, answer.reason);
  }

  private wait(rec: CommandRecord): void {
    const set = this.waiting.get(rec.deviceId) ?? new Set<string>();
    set.add(rec.commandId);
    this.waiting.set(rec.deviceId, set);
    this.o.log.info({ component: 'commands', commandId: rec.commandId, deviceId: rec.deviceId }, 'machine offline: command waits for it until its deadline');
    this.atDeadline(rec, () => {
      if (!set.delete(rec.commandId)) return;
      void this.move(rec, 'expired', 'the machine did not come back before the deadline');
    });
  }

  /** Runs `fn` when the command's deadline passes, unless cancelTimer() comes first. */
  private atDeadline(rec: CommandRecord, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(rec.commandId);
      fn();
    }, Math.min(Math.max(0, rec.deadlineMs - this.clock()), 2 ** 31 - 1));
    this.timers.set(rec.commandId, timer);
  }

  private cancelTimer(commandId: string): void {
    clearTimeout(this.timers.get(commandId));
    this.timers.delete(commandId);
  }

  private deviceConnected(deviceId: string): void {
    const set = this.waiting.get(deviceId);
    if (!set || set.size === 0) return;
    const ids = [...set];
    set.clear();
    for (const id of ids) {
      const rec = this.o.store.get(id);
      this.cancelTimer(id);
      if (rec && rec.state === 'received') void this.run(rec, storedCommand(rec));
    }
  }

  /** Delivered before a restart: never delivered again; the machine's late answer, or the deadline, settles it. */
  private awaitLateAnswer(rec: CommandRecord): void {
    this.atDeadline(rec, () => {
      if (this.o.store.get(rec.commandId)?.state === 'delivered') void this.move(rec, 'failed', 'no answer from the machine before the deadline');
    });
  }

  /** A machine answered a command nobody was waiting for in this run. */
  lateAnswer(deviceId: string, commandId: string, answer: DeviceAnswer): void {
    const rec = this.o.store.get(commandId);
    if (!rec || rec.deviceId !== deviceId || rec.state !== 'delivered') return;
    this.cancelTimer(commandId);
    void this.move(rec, answer.state, answer.reason);
  }

  private async move(rec: CommandRecord, state: CommandStateName, reason: string): Promise<void> {
    const next = { ...rec, state, reason, updatedAt: this.clock() };
    Object.assign(rec, next);
    await this.o.store.put(next);
    const level = state === 'rejected' || state === 'expired' || state === 'failed' ? 'warn' : 'info';
    this.o.log[level]({ component: 'commands', commandId: rec.commandId, deviceId: rec.deviceId, state, code: state === 'expired' ? 'GW_COMMAND_EXPIRED' : state === 'rejected' ? 'GW_COMMAND_INVALID' : undefined }, reason || `command ${state}`);
    if (FINAL_STATES.has(state)) this.o.onResult?.(state); // counted once, by how it ended: not per step, not per repeat
    await this.report(rec.deviceId, rec.commandId, state, reason);
  }

  private async report(deviceId: string, commandId: string, state: CommandStateName, reason: string): Promise<void> {
    await this.o.report(deviceId, { commandId, state: STATE[state], reason, deviceId, timeMs: this.clock() });
  }
}

function verifySignature(key: KeyObject, data: Uint8Array, sig: Uint8Array): boolean {
  try {
    return verify(null, data, key, sig);
  } catch {
    return false;
  }
}

/** The command a record was made from (kept as the signed bytes, base64). */
function storedCommand(rec: CommandRecord): edge.v1.Command {
  return pb.Command.decode(Buffer.from(rec.command, 'base64'));
}
