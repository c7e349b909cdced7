// The PAN guard's scanner. A payment card number (PAN, ISO/IEC 7812) is 13 to 19 digits whose last digit is a Luhn check
// digit. Firmware sometimes leaks one into a free-text field, a receipt number or even a number field; the gateway must
// never store or forward it (PCI DSS 3.4), so every string, key and number of every payload passes through here.
//
// Normalise, then scan, in one left-to-right pass with no regular expression and no copy of the text:
// - every character is looked up in a table (char-classes below) that says what it is after normalisation: a digit and
//   its value (ASCII digits, every Unicode decimal digit: full-width, Arabic-Indic, Devanagari, mathematical bold, and
//   anything NFKC turns into one digit, such as superscripts), a separator (Unicode white space, dashes, NBSP, _ . / :
//   and their full-width forms, middle dots), an invisible character that is skipped as if absent (zero-width spaces,
//   soft hyphens, bidi marks, combining marks), or anything else;
// - digits form groups; groups joined by a run of separators (any length: "4111  1111", "4111 - 1111") form a run;
//   anything else ends the run;
// - a candidate is one group of 13-19 digits, or consecutive groups of a run that add up to 13-19 digits where every
//   group but the last has at least 4 digits (cards are printed 4-4-4-4, 4-6-5, 4-4-4-4-3, 4-4-4-1). That keeps dates
//   and times ("2026-11-22 09:30:00.250": groups of 2), IPv4 addresses and phone numbers ("+853 6288 1234") out, and
//   a decimal number "4111111111111111.0" in (its first group alone is a candidate);
// - a candidate passing Luhn is a card number.
// A group longer than 19 digits is not a card (firmware does not concatenate a PAN into a longer number) and ends the run.
// The work per character is a table lookup; per group at most five Luhn checks of at most 19 digits: linear in the text.
//
// False positives: any 13-19 digit candidate passes Luhn with probability 1/10, so a long numeric reference could be
// refused. Device references should contain letters or be shorter than 13 digits (the READMEs say so).
import { charClass, OTHER, SKIP } from '../../base/char-classes.ts';

export const PAN_MIN_DIGITS = 13;
export const PAN_MAX_DIGITS = 19;
/** Every group of a candidate but its last has at least this many digits. */
export const PAN_MIN_GROUP = 4;
/** Groups remembered for windows: with groups of >= 4 digits no window of <= 19 digits spans more than 5. */
const GROUP_RING = 8;

/** Luhn (mod 10) check over the first `count` digits of `digits`. */
export function luhnValid(digits: ArrayLike<number>, count: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = count - 1; i >= 0; i--) {
    let d = digits[i] ?? 0;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// Scanner state, module-level so the hot path allocates nothing (single-threaded, never re-entered).
const ring = new Uint8Array(PAN_MAX_DIGITS); // the run's last 19 digits, ring[(end - 1) % 19] is the newest
let end = 0; // digits written to `ring` in this run
const groups = new Int32Array(GROUP_RING); // lengths of the run's groups, groups[(nGroups - 1) % GROUP_RING] newest
let nGroups = 0;
let group = 0; // digits in the group being read

/** Luhn over the run's last `count` digits. */
function luhnTail(count: number): boolean {
  let sum = 0;
  for (let k = 0; k < count; k++) {
    let d = ring[(end - 1 - k + PAN_MAX_DIGITS * 2) % PAN_MAX_DIGITS]!;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Closes the group being read; true when a candidate ending with it passes Luhn. */
function closeGroup(): boolean {
  const g = group;
  group = 0;
  if (g > PAN_MAX_DIGITS) {
    end = 0;
    nGroups = 0;
    return false;
  }
  groups[nGroups % GROUP_RING] = g;
  nGroups++;
  let total = g;
  if (total >= PAN_MIN_DIGITS && luhnTail(total)) return true;
  for (let j = nGroups - 2; j >= 0 && j > nGroups - 1 - GROUP_RING; j--) {
    const prev = groups[j % GROUP_RING]!;
    if (prev < PAN_MIN_GROUP) break;
    total += prev;
    if (total > PAN_MAX_DIGITS) break;
    if (total >= PAN_MIN_DIGITS && luhnTail(total)) return true;
  }
  return false;
}

/** True when `text` holds a card number, after normalising digits and separators (see the top of this file). */
export function hasCardNumber(text: string): boolean {
  const n = text.length;
  if (n < PAN_MIN_DIGITS) return false;
  end = 0;
  nGroups = 0;
  group = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    const k = charClass(c);
    if (k <= 9) {
      ring[end % PAN_MAX_DIGITS] = k;
      end++;
      group++;
    } else if (k !== SKIP) {
      if (group > 0 && closeGroup()) return true;
      if (k === OTHER) {
        end = 0;
        nGroups = 0;
      }
    }
  }
  return group > 0 && closeGroup();
}

// ---- numbers: a JSON number token (or a string holding only one) read as the integer it denotes ----

const numDigits = new Uint8Array(PAN_MAX_DIGITS);

/**
 * True when text[from, to) is a JSON number (-?int(.frac)?([eE][+-]?exp)?) whose integer part, after applying the
 * exponent, has 13-19 digits passing Luhn: 4111111111111111, 4.111111111111111e15, 41111111111111110e-1 and
 * 4111111111111111.0 are one card. Linear in the token; an exponent of any size is read without building the number.
 */
export function numberTokenIsCard(text: string, from: number, to: number): boolean {
  let i = from;
  if (text.charCodeAt(i) === 45) i++; // -
  const intStart = i;
  while (i < to && isAsciiDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart) return false;
  let fracStart = i;
  let fracEnd = i;
  if (i < to && text.charCodeAt(i) === 46) {
    fracStart = ++i;
    while (i < to && isAsciiDigit(text.charCodeAt(i))) i++;
    fracEnd = i;
    if (fracEnd === fracStart) return false;
  }
  let exp = 0;
  if (i < to && (text.charCodeAt(i) | 32) === 101) {
    i++;
    let sign = 1;
    const s = text.charCodeAt(i);
    if (s === 43 || s === 45) {
      if (s === 45) sign = -1;
      i++;
    }
    const expStart = i;
    while (i < to && isAsciiDigit(text.charCodeAt(i))) {
      if (exp < 1e6) exp = exp * 10 + (text.charCodeAt(i) - 48);
      i++;
    }
    if (i === expStart) return false;
    exp *= sign;
  }
  if (i !== to) return false;
  // The mantissa's digits are int then frac; skip leading zeros, then the integer part has intLen + exp - zeros digits.
  const intLen = intEnd - intStart;
  const mantissaLen = intLen + (fracEnd - fracStart);
  const digitAt = (m: number) => text.charCodeAt(m < intLen ? intStart + m : fracStart + (m - intLen)) - 48;
  let zeros = 0;
  while (zeros < mantissaLen && digitAt(zeros) === 0) zeros++;
  const count = intLen + exp - zeros;
  if (count < PAN_MIN_DIGITS || count > PAN_MAX_DIGITS) return false;
  for (let k = 0; k < count; k++) numDigits[k] = zeros + k < mantissaLen ? digitAt(zeros + k) : 0;
  return luhnValid(numDigits, count);
}

/** A string that is nothing but a number (spaces around allowed), read as numberTokenIsCard reads a JSON number. */
export function numericStringIsCard(text: string): boolean {
  let from = 0;
  let to = text.length;
  if (to > 64) return false; // a number with 19 significant digits plus exponent never needs more
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  return to > from && numberTokenIsCard(text, from, to);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Scan the number tokens of raw JSON text (string contents are skipped: the parsed walk already saw them exactly).
 * Needed only for numbers beyond 2^53, which JSON.parse rounds, so their digits can no longer be read from the value.
 */
export function jsonNumbersHaveCardNumber(json: string): boolean {
  const n = json.length;
  for (let i = 0; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 34) {
      // skip a string: "...", honouring backslash escapes
      for (i++; i < n; i++) {
        const s = json.charCodeAt(i);
        if (s === 92) i++;
        else if (s === 34) break;
      }
    } else if (c === 45 || isAsciiDigit(c)) {
      const start = i;
      while (i + 1 < n && isNumberChar(json.charCodeAt(i + 1))) i++;
      if (numberTokenIsCard(json, start, i + 1)) return true;
    }
  }
  return false;
}

function isNumberChar(c: number): boolean {
  return isAsciiDigit(c) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}
