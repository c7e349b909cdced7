// Issue 12, point 8: card numbers written in ways that reached the core before the guard normalised, one per bypass.
// The guard's unit test checks each, and the attack test sends each through the real gateway.
export const CARD_NUMBER_BYPASSES: [string, string][] = [
  ['underscores', '4111_1111_1111_1111'],
  ['dots', '4111.1111.1111.1111'],
  ['slashes', '4111/1111/1111/1111'],
  ['colons', '4111:1111:1111:1111'],
  ['tabs', '4111\t1111\t1111\t1111'],
  ['double spaces', '4111  1111  1111  1111'],
  ['spaced dashes', '4111 - 1111 - 1111 - 1111'],
  ['non-breaking spaces', '4111\u00a01111\u00a01111\u00a01111'],
  ['narrow no-break spaces', '4111\u202f1111\u202f1111\u202f1111'],
  ['en dashes', '4111\u20131111\u20131111\u20131111'],
  ['em dashes and minus signs', '4111\u20141111\u22121111\u20141111'],
  ['ideographic spaces', '4111\u30001111\u30001111\u30001111'],
  ['full-width digits', '\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11'],
  [
    'full-width digits and hyphens',
    '\uff14\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11',
  ],
  ['Arabic-Indic digits', '\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661'],
  ['Devanagari digits', '\u096a\u0967\u0967\u0967 \u0967\u0967\u0967\u0967 \u0967\u0967\u0967\u0967 \u0967\u0967\u0967\u0967'],
  ['mathematical bold digits', '\ud835\udfd2\ud835\udfcf\ud835\udfcf\ud835\udfcf111111111111'],
  ['a zero-width space inside', '4111\u200b1111\u200b1111\u200b1111'],
  ['a soft hyphen inside', '41111111\u00ad11111111'],
  ['a decimal number', '4111111111111111.0'],
  ['an exponent form', '4.111111111111111e15'],
  ['digits mixed with separators of every kind', '4111 _.1111/:1111\t-1111'],
];
