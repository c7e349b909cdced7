// The "latest errors" list on the status page: a small ring of the last error events (device rejections, spool alarms,
// uplink failures), newest first. Only codes and masked messages go in (a number that could be a card or an ID, an
// e-mail address or credentials in a URL never reach the page): add() masks its message on the way in; addMasked()
// takes one masked where it was stored (DeviceStats' rejections), so a device's text is masked once, not twice.
// A repeat of an event already in the list (same source, device, code and message) is counted and moved to the top,
// not added again, so one machine sending the same bad message all night, or a flood of refused logins alternating
// between a few fixed reasons, does not push everything else out.

import { maskText, type MaskedText } from '../../base/outside-text.ts';

export type ErrorSource = 'device' | 'spool' | 'uplink';

export interface ErrorEvent {
  /** ISO time of the latest occurrence. */
  at: string;
  source: ErrorSource;
  deviceId?: string;
  code: string;
  message: string;
  /** Occurrences folded into this entry. */
  count: number;
}

interface ErrorInput {
  at: number;
  source: ErrorSource;
  deviceId?: string;
  code: string;
  count?: number;
}

export const RECENT_ERRORS_SIZE = 20;

/**
 * Masks what must never be shown: long digit runs (cards, ID numbers), e-mail addresses, URL credentials; bounded to
 * 200 characters, in linear time (base/outside-text.ts). Idempotent, so text masked when stored passes unchanged.
 */
export function safeMessage(text: string): MaskedText {
  return maskText(text);
}

/** Codes are GW_ constants; anything else is shown as GW_INTERNAL rather than echoed. */
export function safeCode(code: string): string {
  return /^GW_[A-Z0-9_]{1,60}$/.test(code) ? code : 'GW_INTERNAL';
}

export class RecentErrors {
  private readonly size: number;
  private readonly events: ErrorEvent[] = [];

  constructor(size = RECENT_ERRORS_SIZE) {
    this.size = size;
  }

  /** An error whose message is any text: masked here. */
  add(e: ErrorInput & { message: string }): void {
    this.addMasked({ ...e, message: maskText(e.message) });
  }

  /** An error whose message was masked when it was stored. */
  addMasked(e: ErrorInput & { message: MaskedText }): void {
    const event: ErrorEvent = {
      at: new Date(e.at).toISOString(),
      source: e.source,
      ...(e.deviceId !== undefined ? { deviceId: e.deviceId } : {}),
      code: safeCode(e.code),
      message: e.message,
      count: e.count ?? 1,
    };
    const i = this.events.findIndex(
      (x) => x.source === event.source && x.deviceId === event.deviceId && x.code === event.code && x.message === event.message,
    );
    const same = i >= 0 ? this.events[i]! : undefined;
    if (same) {
      this.events.splice(i, 1);
      event.count += same.count;
    }
    this.events.unshift(event);
    if (this.events.length > this.size) this.events.length = this.size;
  }

  /** Newest first. */
  list(): ErrorEvent[] {
    return this.events.map((e) => ({ ...e }));
  }
}
