// Device clocks arrive as ISO 8601 / RFC 3339 date-times. A zone is required: a machine's local time without an offset
// cannot be placed on the core's timeline (sites span time zones in the provinces these machines serve).
// Pure: Date.UTC only does arithmetic, it does not read the clock.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The `count` decimal digits at `at` as a number, or -1 when any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

// The schema's format check and the normaliser both parse the same "time" string; remembering the last answer halves
// the cost on the hot path. Deterministic, so the codecs stay pure.
let lastText = '';
let lastMs: number | undefined;

/**
 * Unix milliseconds of an RFC 3339 (section 5.6) date-time with zone: "2026-11-22T09:30:00Z",
 * "2026-11-22T17:30:00.250+08:00"; undefined when the text is not one or names an impossible date. The fraction is kept
 * to milliseconds (up to 9 digits accepted). Years 1970-9999 only (Date.UTC maps years 0-99 to 19xx).
 * Parsed by hand, character by character: a fixed layout needs no regular expression, and this runs on every message.
 */
export function parseIsoTime(text: string): number | undefined {
  if (text === lastText) return lastMs;
  const ms = parse(text);
  lastText = text;
  lastMs = ms;
  return ms;
}

function parse(t: string): number | undefined {
  const n = t.length;
  if (n < 20 || n > 35) return undefined;
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 2);
  const day = digits(t, 8, 2);
  const hour = digits(t, 11, 2);
  const minute = digits(t, 14, 2);
  const second = digits(t, 17, 2);
  const sep = t.charCodeAt(10);
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 116)) return undefined; // - - T|t
  if (t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined; // : :
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  // No leap seconds: devices do not produce them and Unix time cannot represent them.
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let i = 19;
  let ms = 0;
  if (t.charCodeAt(i) === 46) {
    // .fraction: 1 to 9 digits, the first three are milliseconds
    let count = 0;
    for (i++; i < n; i++, count++) {
      const d = t.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (count < 3) ms = ms * 10 + d;
    }
    if (count < 1 || count > 9) return undefined;
    for (let k = count; k < 3; k++) ms *= 10;
  }
  let offsetMin = 0;
  const z = t.charCodeAt(i);
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return undefined;
  } else if (z === 43 || z === 45) {
    const oh = digits(t, i + 1, 2);
    const om = digits(t, i + 4, 2);
    if (i + 6 !== n || t.charCodeAt(i + 3) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return undefined;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * 60_000;
}

/** The hint every time error carries. */
export const ISO_TIME_RULE = 'must be an ISO 8601 date-time with zone, e.g. "2026-11-22T09:30:00Z" or "2026-11-22T17:30:00+08:00"';
