// Reference figures without MQTT, measured in this process with the gateway's own code: how fast the spool appends
// (group commit, fdatasync) the records the gateway would store, how fast it reads and confirms them, and what the codec
// plus envelope cost per message. Set next to the end-to-end figures, they show which part limits.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { codecFor } from '../../devices/registry.ts';
import { configSchema } from '../../gateway/config/schema.ts';
import { encodeEnvelope } from '../../gateway/pipeline/envelope.ts';
import { Spool } from '../../gateway/spool/spool.ts';
import { progress } from '../progress.ts';
import type { Rig } from '../rig.ts';
import { saleFactory } from '../sale.ts';

export interface SpoolAloneResult {
  records: number;
  recordBytes: number;
  /** Codec (validate + normalise) and envelope encoding on one core, messages per second. */
  codecRate: number;
  /** Appends per second (2,000 outstanding, group commit) while the dedup window (default size) is still filling. */
  appendRate: number;
  /** The same once the dedup window is full and every append also evicts the oldest key. */
  appendRateWindowFull: number | null;
  /** Read (512 at a time) + confirm per second over everything appended. */
  readConfirmRate: number;
  /** Opening the spool again (scan, CRC check, dedup rebuild) over what was appended, records per second. */
  reopenRate: number;
  dedupWindow: number;
}

const OUTSTANDING = 2000;

export async function spoolAlone(rig: Rig, records: number): Promise<SpoolAloneResult> {
  const dir = join(rig.dir, 'spool-alone');
  const defaults = configSchema.properties.spool.properties;
  const dedupWindow = defaults.dedupWindow.default;
  const opts = { dir, maxBytes: 64 * 1024 ** 3, segmentBytes: defaults.segmentBytes.default, telemetryTtlMs: 86_400_000, dedupWindow };
  const codec = codecFor('vending');
  const ctx = { format: 'json' as const, hashKey: Buffer.alloc(32) };
  const make = saleFactory(rig.nextTag());
  const src = { siteId: 'mo-bench-01', deviceId: 'vend-01', deviceKind: codec.protoKind };

  // Codec + envelope, as ingest does per message.
  const payloads = Array.from({ length: Math.min(records, 50_000) }, (_, i) => Buffer.from(make(i)));
  let t = performance.now();
  let recordBytes = 0;
  for (let i = 0; i < payloads.length; i++) {
    const res = codec.decode('tx', payloads[i]!, ctx);
    if (!res.ok) throw new Error(`bench sale refused: ${res.error.message}`);
    recordBytes = encodeEnvelope(src, i + 1, Date.now(), res.message).length;
  }
  const codecRate = Math.round((payloads.length / (performance.now() - t)) * 1000);

  // Appends of prebuilt envelopes with distinct dedup keys (route + txId), like the gateway's transactions.
  const res = codec.decode('tx', payloads[0]!, ctx);
  if (!res.ok) throw new Error('bench sale refused');
  const envelope = encodeEnvelope(src, 1, Date.now(), res.message);
  const spool = new Spool(opts);
  spool.start();
  const split = Math.min(records, dedupWindow);
  const appendRate = await appendMany(spool, envelope, 'K', 0, split);
  const appendRateWindowFull = records > split ? await appendMany(spool, envelope, 'K', split, records) : null;
  progress(`  spool alone: append ${appendRate}/s (dedup window filling), ${appendRateWindowFull ?? '-'}/s (window full)`);

  t = performance.now();
  let got = 0;
  for (;;) {
    const batch = await spool.read(512);
    if (batch.length === 0) break;
    for (const r of batch) spool.confirm(r.cls, r.seq);
    got += batch.length;
  }
  const readConfirmRate = Math.round((got / (performance.now() - t)) * 1000);
  await spool.stop();

  // Start-up over the same number of unconfirmed records: append them again into an empty directory, then time start().
  rmSync(dir, { recursive: true, force: true });
  const writer = new Spool(opts);
  writer.start();
  await appendMany(writer, envelope, 'R', 0, records);
  await writer.stop();
  const reopened = new Spool(opts);
  t = performance.now();
  reopened.start();
  const reopenRate = Math.round((records / (performance.now() - t)) * 1000);
  await reopened.stop();
  rmSync(dir, { recursive: true, force: true });
  const result = { records, recordBytes, codecRate, appendRate, appendRateWindowFull, readConfirmRate, reopenRate, dedupWindow };
  progress(`  spool alone: codec ${codecRate}/s, read+confirm ${readConfirmRate}/s, reopen ${reopenRate} records/s`);
  return result;
}

/** Appends records [from, to) with keys prefix+i, OUTSTANDING at a time; resolves with appends per second. */
async function appendMany(spool: Spool, envelope: Uint8Array, prefix: string, from: number, to: number): Promise<number> {
  const t0 = performance.now();
  let next = from,
    done = 0;
  let failed: Error | undefined;
  await new Promise<void>((resolve) => {
    const more = (): void => {
      while (next < to && next - from - done < OUTSTANDING) {
        spool.append({ cls: 'tx', route: 'vend-01/tx', key: `${prefix}${next++}`, build: () => envelope }, (err) => {
          if (err) failed = err;
          done++;
          if (done === to - from) resolve();
          else more();
        });
      }
    };
    if (to > from) more();
    else resolve();
  });
  if (failed) throw failed;
  return Math.round(((to - from) / (performance.now() - t0)) * 1000);
}
