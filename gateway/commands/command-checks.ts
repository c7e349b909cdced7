// What a command from the core must be before the router accepts it, as pure functions of the command (steps 1, 2 and 4
// of router.ts): signed by the core's key, bound by its signed bytes to this site and to the machine its topic names,
// and well-formed for a machine whose kind supports it. Plus how an unverified id may be shown in a log line or answer.
import { createHash, verify, type KeyObject } from 'node:crypto';
import { commandName } from '../../devices/common/command-json.ts';
import { KIND_COMMANDS, type Kind } from '../../devices/registry.ts';
import type { edge } from '../../proto/index.ts';

/** device_id of a command for the whole site (the name its results are published under, too). */
export const WHOLE_SITE = '_site';
/** What a command id may look like; also what is safe to show of an unverified id in a log line. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

export function verifySignature(key: KeyObject, data: Uint8Array, sig: Uint8Array): boolean {
  try {
    return verify(null, data, key, sig);
  } catch {
    return false;
  }
}

/** Why the signed bytes do not bind the command to this site and the topic's target, if they do not. */
export function unboundReason(cmd: edge.v1.ICommand, siteId: string, topicDevice: string): string | undefined {
  if (!cmd.siteId) return 'command does not name its site (site_id)';
  if (cmd.siteId !== siteId) return 'command is for another site';
  if (!cmd.deviceId) return `command does not name its target (device_id; "${WHOLE_SITE}" for the whole site)`;
  if (cmd.deviceId !== topicDevice) return 'device_id does not match the topic';
  return undefined;
}

/** Why the command is not one this site can run (its id, deadline, body, target), if it is not. */
export function invalidReason(cmd: edge.v1.ICommand, deviceId: string, devices: ReadonlyMap<string, { kind: Kind }>): string | undefined {
  if (!cmd.commandId || !SAFE_ID.test(cmd.commandId))
    return 'commandId must be 1..64 letters, digits, "_", ".", ":" or "-", starting with a letter or digit';
  if (!cmd.deadlineMs) return 'deadlineMs is required';
  const name = commandName(cmd);
  if (!name) return 'command has no body';
  if (!deviceId) return name === 'requestState' ? undefined : `${name} needs a target device`;
  const dev = devices.get(deviceId);
  if (!dev) return `device "${deviceId}" is not configured at this site`;
  if (!KIND_COMMANDS[dev.kind].has(name)) return `${name} is not supported by ${dev.kind} machines`;
  return undefined;
}

/** An id as it may appear in a log line or an answer: itself when it looks like an id, else a short hash of it. */
export function shownId(id: string): string {
  if (id === '' || SAFE_ID.test(id)) return id;
  return `sha256:${createHash('sha256').update(id).digest('hex').slice(0, 12)}`;
}
