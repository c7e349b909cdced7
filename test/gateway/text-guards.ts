// Every function that masks, scans or logs text from outside, with 1 MiB adversarial inputs and what a correct answer
// looks like. Shared by test/gateway/text-guards.test.ts (correct on every shape) and bench/text-guards.ts (ms per MB).
import { PassThrough } from 'node:stream';
import { hasCardNumber, jsonNumbersHaveCardNumber, numericStringIsCard } from '../../devices/common/card-number.ts';
import { parseIsoTime } from '../../devices/common/iso-time.ts';
import { findCardNumber, nestingExceeds, parseJsonPayload } from '../../devices/common/json-payload.ts';
import { isRefusal } from '../../devices/common/refusal.ts';
import { codecFor } from '../../devices/registry.ts';
import type { CodecContext } from '../../devices/common/types.ts';
import { DeviceStats } from '../../gateway/pipeline/device-stats.ts';
import { createLogger, LOG_TEXT_MAX } from '../../base/log.ts';
import { describeTopic, MASKED_MAX, maskText, quoteName } from '../../base/outside-text.ts';
import { RecentErrors } from '../../gateway/status/recent-errors.ts';

export const MIB = 1 << 20;
export const VISA = '4111111111111111';

/** A string of exactly `n` characters made by repeating `unit` (a surrogate pair is never split). */
function fill(unit: string, n = MIB): string {
  return unit.repeat(Math.floor(n / unit.length));
}

/** Shapes that made regular expressions or naive scanners slow, each ~1 MiB. */
export const SHAPES: Record<string, string> = {
  'many @': fill('@'),
  'a@ repeated': fill('a@'),
  'one long word': fill('a'),
  dots: fill('.'),
  'a. repeated (e-mail domains)': fill('a.'),
  'x:// repeated (URL schemes)': fill('x://'),
  digits: fill('1'),
  'digits with single spaces': fill('1 '),
  'digit groups of 4 with dashes': fill('4111-'),
  'groups of 12 with double spaces': fill('411111111111  '),
  'Arabic-Indic digits and NBSP': fill('\u0664\u0661\u0661\u0661\u00a0'),
  'full-width digits and ideographic spaces': fill('\uff14\uff11\uff11\uff11\u3000'),
  'zero-width spaces between digits': fill('1\u200b'),
  'emoji (surrogate pairs)': fill('\u{1f600}'),
  'lone surrogates': fill('\ud800'),
  'e-mail-ish digits': fill('1@1.1 '),
};

export interface Guard {
  name: string;
  /** Runs the guard on one input; returns something `check` can judge. */
  run(input: string): unknown;
  /** undefined when the answer is right for `input`, else what is wrong. */
  check(result: unknown, input: string): string | undefined;
}

const jsonCtx: CodecContext = { format: 'json', hashKey: Buffer.from('text-guards-key-0123456789abcdef') };
const vending = codecFor('vending');
const teller = codecFor('teller');

/** What the masks may leave: no 8-digit run, no word with an "@" inside, at most MASKED_MAX characters. */
function maskProblem(out: string): string | undefined {
  if (out.length > MASKED_MAX) return `${out.length} characters`;
  if (/\d{8}/.test(out)) return 'an 8-digit run is left';
  if (/\S@\S/.test(out)) return 'an address is left';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the check is that no control character survived the mask.
  if (/[\u0000-\u001f\u200b-\u200f\u202a-\u202e]/.test(out)) return 'a control or invisible character is left';
  return undefined;
}

function logLine(input: string): string {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString()));
  const log = createLogger({ level: 'info', pretty: false, destination: out });
  log.warn({ component: 'ingest', topic: input, detail: { reason: input } }, input);
  log.flush?.();
  return text;
}

export const GUARDS: Guard[] = [
  {
    name: 'hasCardNumber (text)',
    run: (s) => [hasCardNumber(s), hasCardNumber(`${s} ${VISA}`)],
    check: (r) => ((r as boolean[])[1] ? undefined : 'a card after the noise was missed'),
  },
  { name: 'numericStringIsCard', run: (s) => numericStringIsCard(s), check: (r) => (r === false ? undefined : 'noise read as a card') },
  {
    name: 'jsonNumbersHaveCardNumber (raw JSON)',
    run: (s) => [
      jsonNumbersHaveCardNumber(JSON.stringify({ note: s })),
      jsonNumbersHaveCardNumber(`${JSON.stringify({ note: s }).slice(0, -1)},"n":4.000000000000000006e18}`),
    ],
    check: (r) => ((r as boolean[])[0] === false && (r as boolean[])[1] === true ? undefined : `got ${String(r)}`),
  },
  {
    name: 'parseJsonPayload + findCardNumber',
    run: (s) => {
      const p = parseJsonPayload(
        Buffer.from(JSON.stringify({ note: s, pan: `${VISA.slice(0, 4)}_${VISA.slice(4, 8)}_${VISA.slice(8, 12)}_${VISA.slice(12)}` })),
      );
      return isRefusal(p) ? p : findCardNumber(p);
    },
    check: (r) =>
      (r as { path?: string } | undefined)?.path === '/pan' || (r as { path?: string } | undefined)?.path === '/note'
        ? undefined
        : `got ${JSON.stringify(r)?.slice(0, 200)}`,
  },
  {
    name: 'nestingExceeds',
    run: (s) => nestingExceeds(Buffer.from(s), 32),
    check: (r) => (r === false ? undefined : 'flat text read as nested'),
  },
  { name: 'parseIsoTime', run: (s) => parseIsoTime(s), check: (r) => (r === undefined ? undefined : 'noise read as a time') },
  {
    name: 'vending codec: receiptNo (reference pattern)',
    run: (s) =>
      vending.decode(
        'tx',
        Buffer.from(
          JSON.stringify({
            txId: 'V-1',
            type: 'sale',
            items: [{ sku: 'A', qty: 1, unitPrice: 1 }],
            total: 1,
            currency: 'MOP',
            payment: 'cash',
            receiptNo: s,
          }),
        ),
        jsonCtx,
      ),
    check: (r) => refusedBriefly(r),
  },
  {
    name: 'teller codec: event message (free-text characters)',
    run: (s) =>
      teller.decode(
        'event',
        Buffer.from(JSON.stringify({ code: 'PRN-E12', severity: 'alarm', active: true, component: 'printer', message: s })),
        jsonCtx,
      ),
    check: (r) => refusedBriefly(r),
  },
  {
    name: 'teller codec: a 1 MiB property name',
    run: (s) => teller.decode('state', Buffer.from(JSON.stringify({ online: true, mode: 'in_service', [s]: 1 })), jsonCtx),
    check: (r) => refusedBriefly(r),
  },
  { name: 'maskText (status page)', run: (s) => maskText(`refused ${s} ${VISA} ana@example.mo`), check: (r) => maskProblem(r as string) },
  {
    name: 'DeviceStats.rejected -> RecentErrors (stored once, masked)',
    run: (s) => {
      const stats = new DeviceStats(() => 0);
      const ring = new RecentErrors();
      stats.onRejected((x) => ring.addMasked({ at: x.at, source: 'device', deviceId: x.deviceId, code: x.code, message: x.message }));
      stats.rejected('vend-01', 'GW_TOPIC_UNKNOWN', `unknown channel ${s}`);
      return [stats.get('vend-01').lastError!.message, ring.list()[0]!.message];
    },
    check: (r) => maskProblem((r as string[])[0]!) ?? maskProblem((r as string[])[1]!),
  },
  {
    name: 'quoteName',
    run: (s) => quoteName(s, 'channel'),
    check: (r, s) =>
      (r as string).length <= 64 && !(r as string).includes(s.slice(0, 41)) ? undefined : `got ${(r as string).slice(0, 80)}`,
  },
  {
    name: 'describeTopic',
    run: (s) => describeTopic(`devices/vend-01/${s}`),
    check: (r) => ((r as string).length <= 128 ? undefined : `${(r as string).length} characters`),
  },
  {
    name: 'log line (pino, every field capped)',
    run: (s) => logLine(s),
    // three strings of at most LOG_TEXT_MAX characters, each at most 6 bytes once JSON-escaped (\ud800)
    check: (r) => ((r as string).length < LOG_TEXT_MAX * 3 * 6 + 600 ? undefined : `a ${(r as string).length}-character log line`),
  },
];

function refusedBriefly(r: unknown): string | undefined {
  const res = r as { ok: boolean; error?: { code: string; message: string } };
  if (res.ok) return 'accepted';
  if (res.error!.message.length > 1000) return `a ${res.error!.message.length}-character refusal`;
  return undefined;
}
