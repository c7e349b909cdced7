// Reading the device fixtures, shared by the kind tests. The file-name convention is described in test/devices/README.md:
//   good/{channel}-{what}.json                 must decode (format json)
//   bad/{channel}-{what}.{ERROR_CODE}.{ext}    must fail with ERROR_CODE; ext .pb is decoded with format protobuf,
//                                              every other extension (.json, .txt, .bin) with format json
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS, type Channel, type CodecContext } from '../../devices/common/types.ts';
import type { Kind } from '../../devices/registry.ts';
import { pb, type edge } from '../../proto/index.ts';

const here = dirname(fileURLToPath(import.meta.url));

export const HASH_KEY = Buffer.from('site-key-for-tests-0123456789abcdef');
export const jsonCtx: CodecContext = { format: 'json', hashKey: HASH_KEY };
export const protobufCtx: CodecContext = { format: 'protobuf', hashKey: HASH_KEY };

/** What a machine with format "protobuf" publishes: an edge.v1.DeviceMessage. */
export function deviceMessage(m: edge.v1.IDeviceMessage): Buffer {
  return Buffer.from(pb.DeviceMessage.encode(m).finish());
}

export interface Fixture {
  file: string;
  channel: Channel;
  bytes: Buffer;
  ctx: CodecContext;
  /** Expected error code (bad fixtures only). */
  code?: string;
}

function channelOf(file: string): Channel {
  const prefix = file.split(/[-.]/)[0] as Channel;
  if (!CHANNELS.includes(prefix)) throw new Error(`${file}: name must start with one of ${CHANNELS.join(', ')}`);
  return prefix;
}

export function fixtureDir(kind: Kind, which: 'good' | 'bad'): string {
  return join(here, kind, 'fixtures', which);
}

export function goodFixtures(kind: Kind): Fixture[] {
  return readdirSync(fixtureDir(kind, 'good'))
    .sort()
    .map((file) => ({
      file,
      channel: channelOf(file),
      bytes: readFileSync(join(fixtureDir(kind, 'good'), file)),
      ctx: jsonCtx,
    }));
}

export function badFixtures(kind: Kind): Fixture[] {
  return readdirSync(fixtureDir(kind, 'bad'))
    .sort()
    .map((file) => {
      const parts = file.split('.');
      const code = parts.at(-2);
      if (parts.length < 3 || !code?.startsWith('GW_')) throw new Error(`${file}: name must be {channel}-{what}.{GW_CODE}.{ext}`);
      return {
        file,
        channel: channelOf(file),
        bytes: readFileSync(join(fixtureDir(kind, 'bad'), file)),
        ctx: file.endsWith('.pb') ? protobufCtx : jsonCtx,
        code,
      };
    });
}

/** The good fixture of a kind by name, parsed, for tests that need to vary it. */
export function goodJson(kind: Kind, file: string): Record<string, any> {
  return JSON.parse(readFileSync(join(fixtureDir(kind, 'good'), file), 'utf8'));
}

/** The ```json blocks of a kind's README, trimmed. */
export function readmeJsonBlocks(kind: Kind): string[] {
  const md = readFileSync(join(here, '..', '..', 'devices', kind, 'README.md'), 'utf8');
  return [...md.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trim());
}

/**
 * Secrets a payload holds that no error may repeat: ID numbers and pickup codes (as sent and without punctuation), and
 * any run of 13 or more digits (card numbers, written with or without separators).
 */
export function secretsIn(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/"(?:idNumber|pickupCode)"\s*:\s*"([^"]*)"/g)) {
    const v = m[1] ?? '';
    out.push(v, v.replace(/[^0-9A-Za-z]/g, ''));
  }
  for (const m of text.matchAll(/\d(?:[ -]?\d){12,}/g)) out.push(m[0], m[0].replace(/\D/g, ''));
  return out.filter((s) => s.length >= 4);
}
