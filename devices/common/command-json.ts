// Commands as MQTT machines receive them on devices/{id}/cmd, and their answers on devices/{id}/cmd/result.
// Pure functions; each kind's README shows one example per command.
//
// {"commandId":"c-20261122-0001","command":"openCompartment","deadline":"2026-11-22T10:05:00.000Z","compartment":12,"reason":"citizen
// assisted by phone"}
//   answer: {"commandId":"c-20261122-0001","result":"succeeded","reason":"door opened"}
import type { edge } from '../../proto/index.ts';
import { pb } from '../../proto/index.ts';
import { findCardNumber, parseJsonPayload } from './json-payload.ts';
import { isRefusal } from './refusal.ts';
import { checkFreeText } from './schema-parts.ts';

export type CommandName = 'openCompartment' | 'setPrices' | 'setServiceMode' | 'reboot' | 'refreshPickupList' | 'requestState';

export function commandName(cmd: edge.v1.ICommand): CommandName | undefined {
  for (const n of ['openCompartment', 'setPrices', 'setServiceMode', 'reboot', 'refreshPickupList', 'requestState'] as const) {
    if (cmd[n] != null) return n;
  }
  return undefined;
}

const MODE_WORD: Record<number, string> = {
  [pb.ServiceMode.SERVICE_MODE_IN_SERVICE]: 'in_service',
  [pb.ServiceMode.SERVICE_MODE_OUT_OF_SERVICE]: 'out_of_service',
  [pb.ServiceMode.SERVICE_MODE_MAINTENANCE]: 'maintenance',
};

/** The JSON a machine receives. */
export function commandJson(cmd: edge.v1.ICommand): Record<string, unknown> {
  const name = commandName(cmd);
  const out: Record<string, unknown> = {
    commandId: cmd.commandId,
    command: name,
    deadline: new Date(Number(cmd.deadlineMs)).toISOString(),
  };
  switch (name) {
    case 'openCompartment':
      return { ...out, compartment: cmd.openCompartment!.compartment, reason: cmd.openCompartment!.reason ?? '' };
    case 'setPrices':
      return {
        ...out,
        currency: cmd.setPrices!.currency,
        prices: (cmd.setPrices!.prices ?? []).map((p) => ({ sku: p.sku, unitPrice: Number(p.unitPriceMinor), title: p.title ?? '' })),
      };
    case 'setServiceMode':
      return { ...out, mode: MODE_WORD[cmd.setServiceMode!.mode ?? 0] ?? 'in_service', reason: cmd.setServiceMode!.reason ?? '' };
    case 'reboot':
      return { ...out, reason: cmd.reboot!.reason ?? '' };
    default:
      return out;
  }
}

export interface ParsedAnswer {
  commandId: string;
  state: 'succeeded' | 'failed';
  reason: string;
}

/**
 * A machine's answer, or a reason it cannot be read. Never throws. Read with the same guards as every device payload
 * (UTF-8, nesting, the card-number scan), and its reason is free text by the schemas' rule (at most 200 characters, no
 * controls, invisible or bidi characters): it goes to the log and to the core.
 */
export function parseAnswer(payload: Buffer): ParsedAnswer | { error: string } {
  const parsed = parseJsonPayload(payload);
  if (isRefusal(parsed)) return { error: parsed.message };
  const pan = findCardNumber(parsed);
  if (pan) return { error: pan.message };
  const d = parsed.doc;
  if (typeof d.commandId !== 'string' || d.commandId.length === 0 || d.commandId.length > 64)
    return { error: '/commandId must be a string of 1..64 characters' };
  if (d.result !== 'succeeded' && d.result !== 'failed') return { error: '/result must be "succeeded" or "failed"' };
  const reason = typeof d.reason === 'string' ? d.reason : '';
  const bad = checkFreeText(reason, 200, '/reason');
  if (bad) return { error: bad.message };
  return { commandId: d.commandId, state: d.result, reason };
}
