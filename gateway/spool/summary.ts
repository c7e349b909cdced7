// A sealed segment's summary (issue 17: start-up that does not scan everything): what recovery needs from a segment
// without reading it, written durably (replaceFileAsync: data fsynced, renamed, directory fsynced) next to the segment
// as <base>.sum once its last record is durable. A start reads the summaries of the sealed segments and scans only the
// newest one; verifier.ts then checks the sealed segments' records in the background before the reader hands any out.
// A summary missing, damaged, of another version, or not matching its segment's length is ignored: that segment is
// scanned at start as before.
//
// Layout (text): a header line "EGS1 <main bytes> <main CRC32C> <keys bytes> <keys CRC32C>\n", the main part (JSON:
// counts, first and last sequence and time, each route's latest sequence) and the keys part (base64 of 32-bit words,
// five per keyed record: the dedup digest's four words and the sequence number less the segment's base). The keys are
// a separate part so that a start reads them only for the newest segments, as many as the dedup window holds.
// Version 2: 128-bit digests. A version 1 summary (64-bit digests) is of another version. A sealed segment scanned at
// start for want of a trustworthy summary (none, damaged, or of another version) gets one written anew by that start
// (writer.ts sealRecovered), so only one start after an upgrade or a damaged summary pays for its scan.
import * as fs from 'node:fs';
import { crc32c } from '@node-rs/crc32';
import { replaceFileAsync } from '../../base/state-file.ts';
import type { PairDigest } from '../../base/recent-map.ts';
import type { Segment } from './segment.ts';

const MAGIC = 'EGS1';
const VERSION = 2;
/** 32-bit words per keyed record in the keys part: the digest's four, then the sequence number less the base. */
export const KEY_WORDS = 5;

export interface SegmentSummary {
  version: number;
  base: number;
  /** Length of the segment file. */
  bytes: number;
  records: number;
  firstSeq: number;
  lastSeq: number;
  firstAppendedAt: number;
  lastAppendedAt: number;
  keyCount: number;
  /** Each route's latest sequence number in the segment. */
  routes: [string, number][];
}

/** A summary read from disk, with where its keys part is. */
export interface StoredSummary extends SegmentSummary {
  keysAt: number;
  keysBytes: number;
  keysCrc: number;
}

/** A record's dedup key as its 128-bit digest (pairDigest). */
export type DigestedKey = PairDigest;

/** Builds a segment's summary from its records as they become durable (or as a start scans the newest segment). */
export class SummaryBuilder {
  readonly base: number;
  private records = 0;
  private bytes = 0;
  private firstSeq = 0;
  private lastSeq = 0;
  private firstAppendedAt = 0;
  private lastAppendedAt = 0;
  private readonly routes = new Map<string, number>();
  private keys = new Uint32Array(KEY_WORDS * 1024);
  private keyCount = 0;
  /** Set when a record came without its route, or damage was found: no summary then (the segment is scanned). */
  unusable = false;

  constructor(base: number) {
    this.base = base;
  }

  /** The builder of a segment opened from its summary (the newest one, after a clean stop), for appends to go on. */
  static fromStored(summary: StoredSummary, keys: Uint32Array | undefined): SummaryBuilder {
    const builder = new SummaryBuilder(summary.base);
    builder.records = summary.records;
    builder.bytes = summary.bytes;
    builder.firstSeq = summary.firstSeq;
    builder.lastSeq = summary.lastSeq;
    builder.firstAppendedAt = summary.firstAppendedAt;
    builder.lastAppendedAt = summary.lastAppendedAt;
    for (const [route, seq] of summary.routes) builder.routes.set(route, seq);
    if (summary.keyCount > 0 && !keys) builder.unusable = true;
    if (keys) {
      builder.keys = new Uint32Array(Math.max(KEY_WORDS * 1024, keys.length * 2));
      builder.keys.set(keys);
      builder.keyCount = summary.keyCount;
    }
    return builder;
  }

  add(seq: number, appendedAt: number, size: number, route: string | undefined, key: DigestedKey | undefined): void {
    if (route === undefined || seq - this.base >= 2 ** 32) this.unusable = true;
    if (this.records === 0) {
      this.firstSeq = seq;
      this.firstAppendedAt = appendedAt;
    }
    this.records++;
    this.bytes += size;
    this.lastSeq = seq;
    this.lastAppendedAt = appendedAt;
    if (route !== undefined) this.routes.set(route, seq);
    if (!key) return;
    if (this.keys.length < KEY_WORDS * (this.keyCount + 1)) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    const at = KEY_WORDS * this.keyCount++;
    this.keys[at] = key.word0;
    this.keys[at + 1] = key.word1;
    this.keys[at + 2] = key.word2;
    this.keys[at + 3] = key.word3;
    this.keys[at + 4] = seq - this.base;
  }

  /** The file's text, or undefined when this segment must be scanned at start instead. */
  encode(segmentBytes: number): string | undefined {
    if (this.unusable || this.bytes !== segmentBytes) return undefined;
    const summary: SegmentSummary = {
      version: VERSION,
      base: this.base,
      bytes: this.bytes,
      records: this.records,
      firstSeq: this.firstSeq,
      lastSeq: this.lastSeq,
      firstAppendedAt: this.firstAppendedAt,
      lastAppendedAt: this.lastAppendedAt,
      keyCount: this.keyCount,
      routes: [...this.routes],
    };
    const main = Buffer.from(JSON.stringify(summary));
    const keyWords = this.keys.subarray(0, KEY_WORDS * this.keyCount);
    const keys = Buffer.from(Buffer.from(keyWords.buffer, keyWords.byteOffset, keyWords.byteLength).toString('base64'));
    return `${MAGIC} ${main.length} ${crc32c(main)} ${keys.length} ${crc32c(keys)}\n${main}${keys}`;
  }
}

/** Writes the summary of a sealed segment durably; false when there is none to write (the segment is scanned instead). */
export async function writeSummary(segment: Segment, builder: SummaryBuilder): Promise<boolean> {
  const text = builder.encode(segment.synced);
  if (text === undefined) return false;
  await replaceFileAsync(segment.summaryPath, text, true);
  return true;
}

const HEADER_READ = 64 * 1024;

/** The summary of a sealed segment whose file is `segmentBytes` long, or undefined when it cannot be trusted. */
export function readSummary(segment: Segment, segmentBytes: number): StoredSummary | undefined {
  let fd: number;
  try {
    fd = fs.openSync(segment.summaryPath, 'r');
  } catch {
    return undefined;
  }
  try {
    let buf = Buffer.allocUnsafe(HEADER_READ);
    let length = fs.readSync(fd, buf, 0, buf.length, 0);
    const newline = buf.subarray(0, length).indexOf(10);
    if (newline < 0) return undefined;
    const [magic, mainBytes, mainCrc, keysBytes, keysCrc] = buf
      .toString('latin1', 0, newline)
      .split(' ')
      .map((field, i) => (i === 0 ? field : Number(field)));
    if (magic !== MAGIC || ![mainBytes, mainCrc, keysBytes, keysCrc].every((n) => Number.isSafeInteger(n) && (n as number) >= 0))
      return undefined;
    const mainEnd = newline + 1 + (mainBytes as number);
    if (mainEnd > length) {
      buf = Buffer.allocUnsafe(mainEnd);
      length = fs.readSync(fd, buf, 0, mainEnd, 0);
      if (length < mainEnd) return undefined;
    }
    const main = buf.subarray(newline + 1, mainEnd);
    if (crc32c(main) !== mainCrc) return undefined;
    const summary = JSON.parse(main.toString('utf8')) as SegmentSummary;
    if (summary.version !== VERSION || summary.base !== segment.base || summary.bytes !== segmentBytes) return undefined;
    if (fs.fstatSync(fd).size !== mainEnd + (keysBytes as number)) return undefined;
    return { ...summary, keysAt: mainEnd, keysBytes: keysBytes as number, keysCrc: keysCrc as number };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** The keyed records of a summary, oldest first, as [digest's four words, seq − base] words; undefined when damaged. */
export function readSummaryKeys(segment: Segment, summary: StoredSummary): Uint32Array | undefined {
  try {
    const fd = fs.openSync(segment.summaryPath, 'r');
    try {
      const text = Buffer.allocUnsafe(summary.keysBytes);
      if (fs.readSync(fd, text, 0, text.length, summary.keysAt) !== text.length || crc32c(text) !== summary.keysCrc) return undefined;
      const raw = Buffer.from(text.toString('latin1'), 'base64');
      if (raw.length !== 4 * KEY_WORDS * summary.keyCount) return undefined;
      const words = new Uint32Array(KEY_WORDS * summary.keyCount);
      Buffer.from(words.buffer).set(raw);
      return words;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
