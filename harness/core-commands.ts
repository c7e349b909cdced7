// What the core sends a site's machines: a Command signed with the core's Ed25519 key (uplink.commandKey), as the
// gateway's router checks it (docs/commands.md); and what it hears back, the CommandResults on {site}/{device}/cmd/result.
// One place for tests and benchmarks that play the core.
import { sign, type KeyObject } from 'node:crypto';
import { pb, type edge } from '../proto/index.ts';
import type { CoreListener } from './core-listener.ts';

/** A command deadline `n` minutes from now (Command.deadlineMs, ms since the epoch). */
export function inMinutes(n: number): number {
  return Date.now() + n * 60_000;
}

/**
 * A SignedCommand for `cmd`: signed with `key`, or unsigned with `key` null. With `tamper`, the signature covers `cmd`
 * but the carried body is changed afterwards (a compartment swapped), as an attacker on the path would.
 */
export function signedCommand(cmd: edge.v1.ICommand, key: KeyObject | null, tamper = false): Buffer {
  const bytes = Buffer.from(pb.Command.encode(cmd).finish());
  const signature = key ? sign(null, bytes, key) : Buffer.alloc(0);
  const carried = tamper ? Buffer.from(pb.Command.encode({ ...cmd, openCompartment: { compartment: 99 } }).finish()) : bytes;
  return Buffer.from(pb.SignedCommand.encode({ command: carried, signature }).finish());
}

/** The results for `commandId` among what `listener` received at the core, in arrival order. */
export function commandResults(listener: CoreListener, commandId: string): edge.v1.ICommandResult[] {
  return listener.messages
    .filter((m) => m.topic.endsWith('/cmd/result'))
    .map((m) => pb.Envelope.decode(m.payload).commandResult!)
    .filter((r) => r.commandId === commandId);
}

/** Their states by name, in arrival order: COMMAND_STATE_RECEIVED, COMMAND_STATE_DELIVERED, COMMAND_STATE_SUCCEEDED... */
export function commandStates(listener: CoreListener, commandId: string): string[] {
  return commandResults(listener, commandId).map((r) => pb.CommandState[r.state!]);
}
