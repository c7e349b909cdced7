// Commands from the core: {topicPrefix}/{siteId}/cmd (whole site) and {topicPrefix}/{siteId}/{deviceId}/cmd.
// The payload is an edge.v1.SignedCommand. The router decides whether and when a command runs (the pure checks of
// steps 1, 2 and 4 are in command-checks.ts):
//   1. signature: with uplink.commandKey set, an unsigned or badly signed command is rejected;
//   2. bound to its target: site_id and device_id inside the signed bytes must name this site and the machine the topic
//      names ("_site" on the whole-site topic), so a command signed for one machine or site cannot be aimed at another;
//   3. exactly once: a remembered command id is answered with its stored result and never executed again (store.ts says
//      how long ids are remembered and why that is enough);
//   4. validation: body, and whether the machine's kind supports it;
//   5. never late, never far: a command whose deadline has passed is answered "expired" and never executed, also one
//      that waited for an offline machine; a deadline more than uplink.commandMaxTtlS ahead is rejected, since an id
//      must be remembered until its deadline;
//   6. state on disk before each step, so a restart neither loses nor repeats a command: one that was delivered but not
//      answered before the restart is not delivered again (at most once); the machine's late answer still counts.
// Only accepted commands are remembered: a rejected or expired one is answered and forgotten, so neither forged ids nor
// a flood of refused commands can block or push out a real one. Answers to those are reported within a budget
// (answer-budget.ts) and every one is counted by code (onRefusal).
// Every state is reported to the core as a CommandResult through the spool, like any other message.
import type { KeyObject } from 'node:crypto';
import type { Logger } from 'pino';
import { commandName } from '../../devices/common/command-json.ts';
import type { Kind } from '../../devices/registry.ts';
import { pb, type edge } from '../../proto/index.ts';
import { AnswerBudget } from './answer-budget.ts';
import { invalidReason, shownId, unboundReason, verifySignature, WHOLE_SITE } from './command-checks.ts';

import { FINAL_STATES, type CommandRecord, type CommandStateName, type CommandStore } from './store.ts';
import type { DeviceAnswer } from '../../devices/common/types.ts';
import type { CommandTransport } from './transport.ts';

/** Why a command did not run, as counted in /metrics. */
export type CommandRefusal =
  | 'GW_COMMAND_SIGNATURE'
  | 'GW_COMMAND_UNBOUND'
  | 'GW_COMMAND_INVALID'
  | 'GW_COMMAND_EXPIRED'
  | 'GW_COMMAND_DEADLINE_TOO_FAR'
  | 'GW_COMMAND_MEMORY_FULL'
  | 'GW_COMMAND_REPEATED';
export interface RouterDevice {
  kind: Kind;
  transport: 'mqtt' | 'opcua';
}

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
  /** uplink.commandMaxTtlS in ms: the furthest a deadline may lie ahead. */
  maxTtlMs: number;
  log: Logger;
  clock?: () => number;
  onResult?(state: CommandStateName): void;
  /** A command that did not run, or a repeated id, by code: every one, including those whose answer was left out. */
  onRefusal?(code: CommandRefusal): void;
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
  private readonly options: CommandRouterOptions;
  private readonly clock: () => number;
  /** Commands waiting for their machine to come back, by device. */
  private readonly waiting = new Map<string, Set<string>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;
  private readonly answers: AnswerBudget;

  constructor(opts: CommandRouterOptions) {
    this.options = opts;
    this.clock = opts.clock ?? Date.now;
    this.answers = new AnswerBudget({ burst: 50, perSecond: 5, clock: this.clock });
  }

  topics(): string[] {
    const base = `${this.options.topicPrefix}/${this.options.siteId}`;
    return [`${base}/cmd`, `${base}/+/cmd`];
  }

  /** Opens the store and picks up what a previous run left unfinished. */
  async start(): Promise<void> {
    await this.options.store.open();
    for (const t of Object.values(this.options.transports)) t?.onConnect((id) => this.deviceConnected(id));
    if (!this.options.verifyKey) {
      this.options.log.warn(
        { component: 'commands', code: 'GW_COMMANDS_UNAUTHENTICATED' },
        'uplink.commandKey is not set: commands from the core are not authenticated',
      );
    }
    for (const rec of this.options.store.all()) {
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
    const base = `${this.options.topicPrefix}/${this.options.siteId}/`;
    return topic.startsWith(base) && /^([^/]+\/)?cmd$/.test(topic.slice(base.length));
  }

  /** A message on one of topics(). Never throws. */
  async onMessage(topic: string, payload: Buffer): Promise<void> {
    try {
      await this.handle(topic, payload);
    } catch (e) {
      this.options.log.error({ component: 'commands', code: 'GW_INTERNAL', err: (e as Error).message }, 'command handling failed');
    }
  }

  private async handle(topic: string, payload: Buffer): Promise<void> {
    const base = `${this.options.topicPrefix}/${this.options.siteId}/`;
    const topicDevice = topic === `${base}cmd` ? WHOLE_SITE : topic.slice(base.length, -'/cmd'.length);
    let signed: edge.v1.SignedCommand;
    let cmd: edge.v1.Command;
    try {
      signed = pb.SignedCommand.decode(payload);
      cmd = pb.Command.decode(signed.command);
    } catch {
      this.options.onRefusal?.('GW_COMMAND_INVALID');
      if (this.answers.take() !== undefined)
        this.options.log.warn(
          { component: 'commands', code: 'GW_COMMAND_INVALID', deviceId: shownId(topicDevice) },
          'command is not a decodable SignedCommand; ignored',
        );
      return;
    }
    if (this.options.verifyKey) {
      const sig = signed.signature;
      if (!(sig.length > 0 && verifySignature(this.options.verifyKey, signed.command, sig))) {
        return this.refuse(
          cmd,
          topicDevice,
          'GW_COMMAND_SIGNATURE',
          'rejected',
          sig.length === 0 ? 'command is not signed' : 'command signature does not verify',
        );
      }
    }
    const unbound = unboundReason(cmd, this.options.siteId, topicDevice);
    if (unbound) return this.refuse(cmd, topicDevice, 'GW_COMMAND_UNBOUND', 'rejected', unbound);
    const deviceId = cmd.deviceId === WHOLE_SITE ? '' : cmd.deviceId;
    const existing = this.options.store.get(cmd.commandId);
    if (existing) {
      this.options.onRefusal?.('GW_COMMAND_REPEATED');
      const skipped = this.answers.take();
      if (skipped === undefined) return;
      this.options.log.info(
        {
          component: 'commands',
          code: 'GW_COMMAND_REPEATED',
          commandId: existing.commandId,
          deviceId: existing.deviceId,
          state: existing.state,
          skipped: skipped || undefined,
        },
        'repeated command id: answering with the stored result, not running it again',
      );
      return this.report(existing.deviceId, existing.commandId, existing.state, existing.reason);
    }
    const problem = invalidReason(cmd, deviceId, this.options.devices());
    if (problem) return this.refuse(cmd, topicDevice, 'GW_COMMAND_INVALID', 'rejected', problem);
    const now = this.clock();
    const deadlineMs = Number(cmd.deadlineMs);
    if (now > deadlineMs)
      return this.refuse(cmd, topicDevice, 'GW_COMMAND_EXPIRED', 'expired', 'deadline passed before the command reached the site');
    if (deadlineMs - now > this.options.maxTtlMs) {
      return this.refuse(
        cmd,
        topicDevice,
        'GW_COMMAND_DEADLINE_TOO_FAR',
        'rejected',
        `deadline is more than ${Math.round(this.options.maxTtlMs / 1000)} s ahead (uplink.commandMaxTtlS)`,
      );
    }
    if (!this.options.store.hasRoom()) {
      return this.refuse(
        cmd,
        topicDevice,
        'GW_COMMAND_MEMORY_FULL',
        'rejected',
        'the gateway remembers as many commands as uplink.commandMemory allows, none past its deadline yet; send it again later',
      );
    }
    const rec: CommandRecord = {
      commandId: cmd.commandId,
      deviceId,
      state: 'received',
      reason: '',
      deadlineMs,
      receivedAt: now,
      updatedAt: now,
      command: Buffer.from(signed.command).toString('base64'),
    };
    await this.move(rec, 'received', '');
    await this.run(rec, cmd);
  }

  /** A command that will not run: counted, then logged and answered within the answer budget, never remembered. */
  private async refuse(
    cmd: edge.v1.ICommand,
    topicDevice: string,
    code: CommandRefusal,
    state: 'rejected' | 'expired',
    reason: string,
  ): Promise<void> {
    this.options.onRefusal?.(code);
    this.options.onResult?.(state);
    const skipped = this.answers.take();
    if (skipped === undefined) return;
    // Unverified text is shown only if it looks like an id, and a device only if it is one of this site's.
    const devices = this.options.devices();
    const deviceId = [cmd.deviceId ?? '', topicDevice].find((id) => devices.has(id)) ?? '';
    const commandId = shownId(cmd.commandId ?? '');
    this.options.log.warn(
      { component: 'commands', code, commandId, deviceId: deviceId || undefined, skipped: skipped || undefined },
      `command ${state}: ${reason}`,
    );
    await this.report(deviceId, commandId, state, reason);
  }

  /** Carries out a received command: now, or when its machine comes back, unless the deadline passes first. */
  private async run(rec: CommandRecord, cmd: edge.v1.ICommand): Promise<void> {
    if (this.stopped) return;
    if (this.clock() > rec.deadlineMs) return this.move(rec, 'expired', 'deadline passed before the machine could be reached');
    const name = commandName(cmd)!;
    if (!rec.deviceId) {
      this.options.local.rebirth();
      return this.move(rec, 'succeeded', 'site status re-published');
    }
    if (name === 'refreshPickupList') {
      const a = await this.options.local.refreshPickupList(rec.deviceId, cmd.refreshPickupList!);
      return this.move(rec, a.state, a.reason);
    }
    if (name === 'requestState' && cmd.requestState?.rebirth) this.options.local.rebirth();
    const dev = this.options.devices().get(rec.deviceId);
    const transport = dev && this.options.transports[dev.transport];
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
    if (FINAL_STATES.has(this.options.store.get(rec.commandId)?.state ?? 'received')) return;
    await this.move(rec, answer.state, answer.reason);
  }

  private wait(rec: CommandRecord): void {
    const set = this.waiting.get(rec.deviceId) ?? new Set<string>();
    set.add(rec.commandId);
    this.waiting.set(rec.deviceId, set);
    this.options.log.info(
      { component: 'commands', commandId: rec.commandId, deviceId: rec.deviceId },
      'machine offline: command waits for it until its deadline',
    );
    this.atDeadline(rec, () => {
      if (!set.delete(rec.commandId)) return;
      void this.move(rec, 'expired', 'the machine did not come back before the deadline');
    });
  }

  /** Runs `fn` when the command's deadline passes, unless cancelTimer() comes first. */
  private atDeadline(rec: CommandRecord, fn: () => void): void {
    const timer = setTimeout(
      () => {
        this.timers.delete(rec.commandId);
        fn();
      },
      Math.min(Math.max(0, rec.deadlineMs - this.clock()), 2 ** 31 - 1),
    );
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
      const rec = this.options.store.get(id);
      this.cancelTimer(id);
      if (rec && rec.state === 'received') void this.run(rec, storedCommand(rec));
    }
  }

  /** Delivered before a restart: never delivered again; the machine's late answer, or the deadline, settles it. */
  private awaitLateAnswer(rec: CommandRecord): void {
    this.atDeadline(rec, () => {
      if (this.options.store.get(rec.commandId)?.state === 'delivered')
        void this.move(rec, 'failed', 'no answer from the machine before the deadline');
    });
  }

  /** A machine answered a command nobody was waiting for in this run. */
  lateAnswer(deviceId: string, commandId: string, answer: DeviceAnswer): void {
    const rec = this.options.store.get(commandId);
    if (!rec || rec.deviceId !== deviceId || rec.state !== 'delivered') return;
    this.cancelTimer(commandId);
    void this.move(rec, answer.state, answer.reason);
  }

  /** The steps of an accepted command (a refused one never gets here: refuse() answers it without storing it). */
  private async move(rec: CommandRecord, state: Exclude<CommandStateName, 'rejected'>, reason: string): Promise<void> {
    const next = { ...rec, state, reason, updatedAt: this.clock() };
    Object.assign(rec, next);
    await this.options.store.put(next);
    const level = state === 'expired' || state === 'failed' ? 'warn' : 'info';
    this.options.log[level](
      {
        component: 'commands',
        commandId: rec.commandId,
        deviceId: rec.deviceId,
        state,
        code: state === 'expired' ? 'GW_COMMAND_EXPIRED' : undefined,
      },
      reason || `command ${state}`,
    );
    if (FINAL_STATES.has(state)) this.options.onResult?.(state); // counted once, by how it ended: not per step, not per repeat
    await this.report(rec.deviceId, rec.commandId, state, reason);
  }

  private async report(deviceId: string, commandId: string, state: CommandStateName, reason: string): Promise<void> {
    await this.options.report(deviceId, { commandId, state: STATE[state], reason, deviceId, timeMs: this.clock() });
  }
}

/** The command a record was made from (kept as the signed bytes, base64). */
function storedCommand(rec: CommandRecord): edge.v1.Command {
  return pb.Command.decode(Buffer.from(rec.command, 'base64'));
}
