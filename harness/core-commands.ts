// What the core sends a site's machines: a Command signed with the core's Ed25519 key (uplink.commandKey), as the
// gateway's router checks it (docs/commands.md). One place for tests and benchmarks that play the core.
import { sign, type KeyObject } from 'node:crypto';
import { pb, type edge } from '../proto/index.ts';

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
