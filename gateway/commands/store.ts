// What the gateway remembers about the commands it accepted, kept on disk so a restart neither loses, repeats nor
// forgets one. The rules (docs/commands.md, "Commands that cannot be replayed" in docs/security.md):
//   - Only accepted commands are stored: one that is rejected (signature, site, device, validation, deadline) or expired
//     on arrival is answered and forgotten, so no amount of them can push an accepted id out.
//   - An accepted id is remembered by time, not by count: until RETAIN_AFTER_DEADLINE_MS after its deadline. After that
//     a replay is answered "expired" by the deadline check alone, so forgetting it is safe. Deadlines are at most
//     uplink.commandMaxTtlS ahead, so each record lives at most that long plus the margin.
//   - The store is bounded: at most `capacity` records. When every one is still within its deadline, a new command is
//     refused (GW_COMMAND_MEMORY_FULL): the gateway never forgets an id it may still be asked to run again. A capacity C
//     with deadlines at most T ahead sustains C / (T + margin) commands per second.
//   - A record is written (with fsync, state-file.ts) before anything is done for it; the state only moves forward:
//       received -> delivered -> succeeded | failed,   received -> expired
//     A finished record keeps no command bytes (only a received one needs them, to run after a restart).
import type { Low } from 'lowdb';
import { openState } from '../../base/state-file.ts';

export type CommandStateName = 'received' | 'delivered' | 'succeeded' | 'failed' | 'expired' | 'rejected';
export const FINAL_STATES: ReadonlySet<CommandStateName> = new Set(['succeeded', 'failed', 'expired', 'rejected']);

/** How long an id is kept after its deadline: covers the gateway's clock being set back by up to this much. */
export const RETAIN_AFTER_DEADLINE_MS = 15 * 60_000;

export interface CommandRecord {
  commandId: string;
  deviceId: string;
  state: CommandStateName;
  reason: string;
  deadlineMs: number;
  receivedAt: number;
  updatedAt: number;
  /** The encoded Command (base64) while it may still have to run; '' once finished. */
  command: string;
}

interface Data {
  commands: Record<string, CommandRecord>;
}

export interface CommandStoreOptions {
  /** Most records held at once (uplink.commandMemory). */
  capacity: number;
  clock?: () => number;
}

export class CommandStore {
  private db: Low<Data> | undefined;
  private readonly file: string;
  private readonly capacity: number;
  private readonly clock: () => number;
  private count = 0;

  constructor(file: string, opts: CommandStoreOptions) {
    this.file = file;
    this.capacity = opts.capacity;
    this.clock = opts.clock ?? Date.now;
  }

  async open(): Promise<void> {
    this.db = await openState<Data>(this.file, { commands: {} });
    this.count = Object.keys(this.db.data.commands).length;
    if (this.forgetPast()) await this.db.write();
  }

  get(commandId: string): CommandRecord | undefined {
    const c = this.db?.data.commands;
    return c && Object.hasOwn(c, commandId) ? c[commandId] : undefined;
  }

  all(): CommandRecord[] {
    return Object.values(this.db?.data.commands ?? {});
  }

  size(): number {
    return this.count;
  }

  /** Whether a new command can be remembered now (after forgetting those whose deadline is long past). */
  hasRoom(): boolean {
    if (this.count < this.capacity) return true;
    this.forgetPast();
    return this.count < this.capacity;
  }

  /** Records a state and waits until it is on disk. A new id needs hasRoom() first. */
  async put(rec: CommandRecord): Promise<void> {
    const db = this.db!;
    const stored = FINAL_STATES.has(rec.state) ? { ...rec, command: '' } : { ...rec };
    if (!Object.hasOwn(db.data.commands, rec.commandId)) this.count++;
    db.data.commands[rec.commandId] = stored;
    await db.write();
  }

  /** Forgets finished records whose deadline passed more than RETAIN_AFTER_DEADLINE_MS ago; true if any went. */
  private forgetPast(): boolean {
    const data = this.db!.data;
    const before = this.clock() - RETAIN_AFTER_DEADLINE_MS;
    let gone = 0;
    for (const [id, r] of Object.entries(data.commands)) {
      if (FINAL_STATES.has(r.state) && r.deadlineMs < before) {
        delete data.commands[id];
        gone++;
      }
    }
    this.count -= gone;
    return gone > 0;
  }
}
