// What the gateway knows about every command it has seen, kept on disk so a restart neither loses nor repeats one.
// A command id is recorded before anything is done for it; the state only moves forward:
//   received -> delivered -> succeeded | failed,   received -> expired,   (rejected is final from the start)
import type { Low } from 'lowdb';
import { openState } from '../state-file.ts';

export type CommandStateName = 'received' | 'delivered' | 'succeeded' | 'failed' | 'expired' | 'rejected';
export const FINAL_STATES: ReadonlySet<CommandStateName> = new Set(['succeeded', 'failed', 'expired', 'rejected']);

export interface CommandRecord {
  commandId: string;
  deviceId: string;
  state: CommandStateName;
  reason: string;
  deadlineMs: number;
  receivedAt: number;
  updatedAt: number;
  /** The encoded Command (base64), so a restart can deliver one that was received but not yet delivered. */
  command: string;
}

interface Data { commands: Record<string, CommandRecord> }

const KEEP = 10_000;

export class CommandStore {
  private db: Low<Data> | undefined;
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  async open(): Promise<void> {
    this.db = await openState<Data>(this.file, { commands: {} });
  }

  get(commandId: string): CommandRecord | undefined {
    return this.db?.data.commands[commandId];
  }

  all(): CommandRecord[] {
    return Object.values(this.db?.data.commands ?? {});
  }

  /** Records a state and waits until it is on disk. */
  async put(rec: CommandRecord): Promise<void> {
    const db = this.db!;
    db.data.commands[rec.commandId] = rec;
    this.prune(db.data);
    await db.write();
  }

  /** Keeps the newest records; finished ones go first. */
  private prune(data: Data): void {
    const ids = Object.keys(data.commands);
    if (ids.length <= KEEP) return;
    const finished = Object.values(data.commands).filter((r) => FINAL_STATES.has(r.state)).sort((a, b) => a.updatedAt - b.updatedAt);
    for (const r of finished.slice(0, ids.length - KEEP)) delete data.commands[r.commandId];
  }
}
