// Device clocks arrive as ISO 8601 / RFC 3339 date-times. A zone is required: a machine's local time without an offset
// cannot be placed on the core's timeline (sites span time zones in the provinces these machines serve).
// Pure: Date.UTC only does arithmetic, it does not read the clock.

// RFC 3339 section 5.6 date-time; the fraction is kept to milliseconds. The pattern is anchored and has no nested
// quantifiers, so matching is linear.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Unix milliseconds of an ISO 8601 date-time with zone ("2026-11-22T09:30:00Z", "2026-11-22T17:30:00.250+08:00"),
 * or undefined when the text is not one or names an impossible date. Years 1970-9999 only (Date.UTC maps 0-99 to 19xx).
 */
export function parseIsoTime(text: string): number | undefined {
  if (text.length > 40) return undefined;
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  // No leap seconds: devices do not produce them and Unix time cannot represent them.
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let offsetMin = 0;
  if (m[8]) {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    if (oh > 23 || om > 59) return undefined;
    offsetMin = (m[8] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMin * 60_000;
}

/** The hint every time error carries. */
export const ISO_TIME_RULE = 'must be an ISO 8601 date-time with zone, e.g. "2026-11-22T09:30:00Z" or "2026-11-22T17:30:00+08:00"';
