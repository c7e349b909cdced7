// What a character is to the card-number scanner and the status-page masks, after normalisation: a digit with its
// value, a separator between digit groups, an invisible character to skip, or anything else. One table lookup per
// character, so scanning stays linear and allocates nothing; the text itself is never copied or normalised.
//
// Digits: ASCII 0-9; every Unicode decimal digit (General_Category Nd: full-width, Arabic-Indic, Devanagari, Thai,
//   mathematical bold ...), whose value is its place in its block of ten (Unicode encodes each Nd set as ten
//   consecutive code points, 0 to 9); and any other character that NFKC turns into one ASCII digit (superscripts,
//   circled digits).
// Separators: Unicode White_Space (space, tab, NBSP, ideographic space ...), dash punctuation (Pd: hyphen, en and em
//   dash ...), the minus sign, _ . / : and whatever NFKC turns into one of them (full-width forms), middle dots and bullets.
// Skipped: control characters, format characters (Cf: zero-width space and joiners, soft hyphen, bidi marks, BOM) and
//   combining marks (Mn, Me): invisible, so "4\u200b111" is read as "4111".
// The BMP table (64 KiB) is built on the first non-ASCII character (~10 ms once); the supplementary planes are looked
// up per plane-1 code point in a second table built the same way; planes 2-16 hold no digits.

export const SEPARATOR = 10;
export const SKIP = 11;
export const OTHER = 12;

const ASCII = new Uint8Array(128).fill(OTHER);
for (let d = 0; d <= 9; d++) ASCII[48 + d] = d;
for (const c of ' \t\n\v\f\r-_./:') ASCII[c.charCodeAt(0)] = SEPARATOR;
for (let c = 0; c < 32; c++) if (ASCII[c] === OTHER) ASCII[c] = SKIP;
ASCII[127] = SKIP;

const ASCII_SEPARATORS = new Set([...' -_./:']);
const EXTRA_SEPARATORS = new Set([0x2212, 0x00b7, 0x2022, 0x2027, 0x30fb, 0xff65, 0x2044, 0x2215, 0x2236, 0x2219, 0x22c5]);
const ND = /^\p{Nd}$/u;
const WHITE_OR_DASH = /^[\p{White_Space}\p{Pd}]$/u;
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}]$/u;

function classify(cp: number, isNd: (cp: number) => boolean): number {
  if (isNd(cp)) {
    let start = cp;
    while (start > 0 && isNd(start - 1)) start--;
    return (cp - start) % 10;
  }
  const s = String.fromCodePoint(cp);
  if (WHITE_OR_DASH.test(s) || EXTRA_SEPARATORS.has(cp)) return SEPARATOR;
  if (INVISIBLE.test(s)) return SKIP;
  const k = s.normalize('NFKC');
  if (k.length === 1) {
    const a = k.charCodeAt(0);
    if (a >= 48 && a <= 57) return a - 48;
    if (ASCII_SEPARATORS.has(k)) return SEPARATOR;
  }
  return OTHER;
}

function buildTable(base: number): Uint8Array {
  const table = new Uint8Array(0x10000);
  const nd = new Uint8Array(0x10000);
  for (let i = 0; i < 0x10000; i++) if (!(base === 0 && i >= 0xd800 && i < 0xe000) && ND.test(String.fromCodePoint(base + i))) nd[i] = 1;
  const isNd = (cp: number) => cp >= base && cp < base + 0x10000 && nd[cp - base] === 1;
  for (let i = base === 0 ? 0x80 : 0; i < 0x10000; i++) {
    table[i] = base === 0 && i >= 0xd800 && i < 0xe000 ? OTHER : classify(base + i, isNd);
  }
  return table;
}

let bmp: Uint8Array | undefined;
let plane1: Uint8Array | undefined;

/** 0-9 for a digit, else SEPARATOR, SKIP or OTHER. `cp` is a code point (a lone surrogate is OTHER). */
export function charClass(cp: number): number {
  if (cp < 128) return ASCII[cp]!;
  if (cp < 0x10000) return (bmp ??= buildTable(0))[cp]!;
  if (cp < 0x20000) return (plane1 ??= buildTable(0x10000))[cp - 0x10000]!;
  // Plane 14: tag characters and variation selectors, invisible; planes 2, 3, 15, 16: ideographs and private use.
  return cp >= 0xe0000 && cp < 0xe1000 ? SKIP : OTHER;
}
