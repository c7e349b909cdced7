// Text that reached the gateway from outside (a refusal that quotes a device's topic, a core's error, an OPC-UA
// server's message) made fit for the status page: bounded, masked, in linear time, once, when it is stored.
//
// Issue 12 point 3: the e-mail mask was a regular expression that ran in quadratic time on a 65,000-character topic,
// and it ran again on every /api/status request. Here: the input is cut to INPUT_MAX characters first (at a word
// boundary, so no half-token is left to escape a mask), then three hand-written passes, each one step per character:
//   1. words (runs without white space) holding "://user:pass@" lose the credentials; a word that still holds an "@"
//      with text on both sides is "[email]";
//   2. a run of at least 8 digits is "[number]" (cards, ID numbers, phone numbers); digits and separators are read as
//      the card-number guard reads them (full-width and Arabic-Indic digits, NBSP, _ . / : ...), see maskDigits;
//   3. control, format (zero-width, bidi override) and line-separator characters become spaces; a lone surrogate U+FFFD.
// The result is at most MASKED_MAX characters. maskText(maskText(x)) === maskText(x), so masking twice is harmless;
// the type MaskedText says where it has been done, so a stored message is not masked again on every request.
import { charClass, OTHER, SKIP } from './char-classes.ts';

export type MaskedText = string & { readonly __masked: true };

/** Longest text a mask looks at; the rest is dropped before any work is done. */
export const INPUT_MAX = 1024;
/** Longest masked text. */
export const MASKED_MAX = 200;
/** Digits in a run that is masked. */
const MASK_DIGITS = 8;

export function maskText(text: string): MaskedText {
  let s = text;
  let cut = false;
  if (s.length > INPUT_MAX) {
    cut = true;
    // Drop the word the cut went through (a prefix of it could be the start of an address or a number); that also
    // drops half a surrogate pair.
    let w = INPUT_MAX;
    while (w > 0 && !isSpace(s.charCodeAt(w - 1))) w--;
    s = s.slice(0, w);
  }
  s = maskDigits(maskWords(s));
  s = cleanControls(s);
  if (s.length > MASKED_MAX) {
    let end = MASKED_MAX - 1;
    if (isHighSurrogate(s.charCodeAt(end - 1))) end--;
    return `${s.slice(0, end)}…` as MaskedText;
  }
  return (cut ? `${s.trimEnd()}…` : s) as MaskedText;
}

function isSpace(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x85
  );
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Pass 1: credentials in URLs, e-mail addresses. Each word is visited once. */
function maskWords(s: string): string {
  const n = s.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const start = i;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i > start) out += s.slice(start, i);
    const w0 = i;
    let at = -1; // an "@" with text before it
    let scheme = -1; // index just after the first "://"
    while (i < n && !isSpace(s.charCodeAt(i))) {
      const c = s.charCodeAt(i);
      if (c === 64 && i > w0 && at < 0) at = i;
      if (scheme < 0 && c === 58 && s.charCodeAt(i + 1) === 47 && s.charCodeAt(i + 2) === 47) scheme = i + 3;
      i++;
    }
    if (i === w0) continue;
    let word = s.slice(w0, i);
    if (at >= 0 && scheme >= 0) {
      // scheme://user:pass@host/...: drop what is between "://" and the last "@" before the next "/".
      const rel = scheme - w0;
      let slash = word.indexOf('/', rel);
      if (slash < 0) slash = word.length;
      const lastAt = word.lastIndexOf('@', slash - 1);
      if (lastAt >= rel) word = word.slice(0, rel) + word.slice(lastAt + 1);
    }
    const a = word.indexOf('@');
    out += a > 0 && a < word.length - 1 ? '[email]' : word;
  }
  return out;
}

/**
 * Pass 2: runs of MASK_DIGITS or more digits become "[number]". A digit group joins the run before it across a single
 * space or dash (an ID number "1234567 8", a date), or across any run of separators when the group before has 4 or
 * more digits (a card written "4111_1111_1111_1111" or "4111  1111"); so an address and port "127.0.0.1:1884" and a
 * time "09:30:00" stay readable.
 */
function maskDigits(s: string): string {
  const n = s.length;
  let out = '';
  let copied = 0; // s[0, copied) is in out
  let runStart = -1; // first digit of the current run
  let runEnd = -1; // just after its last digit
  let digits = 0; // in the run
  let group = 0; // digits in the run's last group
  let sepLen = 0; // separators since the last digit
  let sepPlain = false; // those separators are one space or one dash
  const flush = () => {
    if (digits >= MASK_DIGITS) {
      out += `${s.slice(copied, runStart)}[number]`;
      copied = runEnd;
    }
    runStart = -1;
    digits = 0;
  };
  for (let i = 0; i < n; i++) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (isHighSurrogate(cp) && i + 1 < n) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    const k = charClass(cp);
    if (k <= 9) {
      if (runStart >= 0 && sepLen > 0 && !(sepPlain && sepLen === 1) && group < 4) flush();
      if (runStart < 0) runStart = i;
      if (sepLen > 0) group = 0;
      sepLen = 0;
      digits++;
      group++;
      runEnd = i + width;
    } else if (k === OTHER) {
      if (runStart >= 0) flush();
      sepLen = 0;
    } else if (k !== SKIP && runStart >= 0) {
      sepPlain = sepLen === 0 && (cp === 32 || cp === 45);
      sepLen++;
    } // invisible characters (SKIP) neither start, join nor end a run
    i += width - 1;
  }
  if (runStart >= 0) flush();
  return copied === 0 ? s : out + s.slice(copied);
}

/** Pass 3: controls, invisible format characters and line separators to spaces; lone surrogates to U+FFFD. */
function cleanControls(s: string): string {
  let out = '';
  let copied = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let r: string | undefined;
    if (
      c < 32 ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0xad ||
      c === 0x061c ||
      c === 0x180e ||
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x2028 && c <= 0x202e) ||
      (c >= 0x2060 && c <= 0x206f) ||
      c === 0xfeff ||
      (c >= 0xfff9 && c <= 0xfffb)
    ) {
      r = ' ';
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const pair = isHighSurrogate(c) && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) i++;
      else r = '\ufffd';
    }
    if (r !== undefined) {
      out += s.slice(copied, i) + r;
      copied = i + 1;
    }
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/**
 * A name from outside (a topic's channel, a property name) as a message may quote it: itself when it is a short
 * identifier-like word, else only its length ("a 65000-character name"). Checks the length before the pattern.
 */
export function quoteName(name: string, what = 'name'): string {
  return name.length <= 40 && /^[A-Za-z0-9_][A-Za-z0-9_/.-]*$/.test(name) ? `"${name}"` : `a ${name.length}-character ${what}`;
}

/**
 * A topic as a log line or an error reply may show it: itself when it is at most 128 characters of letters, digits and
 * _ / . - (every topic a configured machine uses), else only its length, so a hostile topic is never copied out.
 */
export function describeTopic(topic: string): string {
  return topic.length <= 128 && /^[A-Za-z0-9_/.-]+$/.test(topic) ? topic : `(a ${topic.length}-character topic)`;
}
