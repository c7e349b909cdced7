// The PAN guard's scanner. A payment card number (PAN, ISO/IEC 7812) is 13 to 19 digits whose last digit is a Luhn check
// digit. Firmware sometimes leaks one into a free-text field, a receipt number or even a number field; the gateway must
// never store or forward it (PCI DSS 3.4), so every string, key and number of every payload passes through here.
//
// The scanner is a single left-to-right pass with a fixed 19-digit buffer: no regular expression, so no backtracking,
// and the cost is one comparison per character. A candidate is a run of digits, optionally split into groups by single
// spaces or dashes ("4111 1111 1111 1111", "4111-1111-1111-1111"), bounded by anything else. Runs longer than 19 digits
// are not card numbers (an embedded PAN inside a longer digit run is not detected; firmware does not concatenate that way).
//
// False positives: any 13-19 digit number passes Luhn with probability 1/10, so a long numeric reference could be
// refused. Device references should contain letters or be shorter than 13 digits (the READMEs say so).

export const PAN_MIN_DIGITS = 13;
export const PAN_MAX_DIGITS = 19;

const digitsScratch = new Uint8Array(PAN_MAX_DIGITS);

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

function isCandidate(count: number): boolean {
  return count >= PAN_MIN_DIGITS && count <= PAN_MAX_DIGITS && luhnValid(digitsScratch, count);
}

/** True when `text` contains a 13-19 digit run (single spaces or dashes allowed between groups) that passes Luhn. */
export function hasCardNumber(text: string): boolean {
  const n = text.length;
  if (n < PAN_MIN_DIGITS) return false;
  let count = 0; // digits in the current run
  let afterSeparator = false; // the previous character was a space or dash inside a run
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (count < PAN_MAX_DIGITS) digitsScratch[count] = c - 48;
      count++;
      afterSeparator = false;
    } else if ((c === 32 || c === 45) && count > 0 && !afterSeparator) {
      afterSeparator = true;
    } else {
      if (isCandidate(count)) return true;
      count = 0;
      afterSeparator = false;
    }
  }
  return isCandidate(count);
}

/**
 * Scan the number tokens of raw JSON text (string contents are skipped: the parsed walk already saw them exactly).
 * Needed only for integers beyond 2^53, which JSON.parse rounds, so their digits can no longer be read from the value.
 */
export function jsonNumbersHaveCardNumber(json: string): boolean {
  const n = json.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 34) {
      // skip a string: "...", honouring backslash escapes
      for (i++; i < n; i++) {
        const s = json.charCodeAt(i);
        if (s === 92) i++;
        else if (s === 34) break;
      }
      count = 0;
    } else if (c >= 48 && c <= 57) {
      if (count < PAN_MAX_DIGITS) digitsScratch[count] = c - 48;
      count++;
    } else {
      if (isCandidate(count)) return true;
      count = 0;
    }
  }
  return isCandidate(count);
}
