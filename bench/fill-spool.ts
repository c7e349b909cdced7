// Tops a spool directory up to a size with the gateway's own code, in a process of its own (the spool takes a lock per
// directory, so the gateway must be stopped). Each record is what the gateway itself would store for a device sale: the
// vending codec validates and normalises the JSON, encodeEnvelope wraps it, Spool.append writes it with group commit
// and fdatasync. Only the MQTT hop is skipped, which is why this is fast enough to reach 1 GB in bounded time.
// The in-memory dedup window is off here (dedupWindow 0): it changes nothing on disk (every record still carries its
// txId as key, and its digest still goes into the segment summaries), and nothing here retries. It is not a matter of
// speed any more: the window (RecentDigestMap, base/recent-map.ts) adds and evicts in O(1) in typed arrays (the Map
// before it cost ~30 us an append past 100,000 keys, which is why it was switched off).
//
//   node --import tsx bench/fill-spool.ts '{"dir":"...","siteId":"...","devices":["vend-01"],"tag":"ab1","targetBytes":1073741824}'
// Progress on stderr; one JSON line with what was done on stdout.
import { codecFor } from '../devices/registry.ts';
import { configSchema } from '../gateway/config/schema.ts';
import { encodeEnvelope } from '../gateway/pipeline/envelope.ts';
import { Spool } from '../gateway/spool/spool.ts';
import { saleFactory } from './sale.ts';

interface FillArgs {
  dir: string;
  siteId: string;
  devices: string[];
  tag: string;
  targetBytes: number;
  budgetMs?: number;
}

const OUTSTANDING = 2000;

async function fill(args: FillArgs): Promise<void> {
  const defaults = configSchema.properties.spool.properties;
  const spool = new Spool({
    dir: args.dir,
    maxBytes: 64 * 1024 ** 3,
    segmentBytes: defaults.segmentBytes.default,
    telemetryTtlMs: defaults.telemetryTtlS.default * 1000,
    dedupWindow: 0,
  });
  const t0 = performance.now();
  spool.start();
  const openedMs = performance.now() - t0;
  const codec = codecFor('vending');
  const ctx = { format: 'json' as const, hashKey: Buffer.alloc(32) };
  const make = saleFactory(args.tag);
  const deadline = t0 + (args.budgetMs ?? 600_000);
  let index = 0,
    appended = 0,
    outstanding = 0;
  let failure: Error | undefined;
  const tick = setInterval(
    () => process.stderr.write(`fill-spool: ${appended} records, ${(spool.diskBytes() / 1048576).toFixed(0)} MiB\n`),
    5000,
  );

  await new Promise<void>((resolve) => {
    const more = (): void => {
      while (outstanding < OUTSTANDING && !failure && spool.diskBytes() < args.targetBytes && performance.now() < deadline) {
        const deviceId = args.devices[index % args.devices.length]!;
        const res = codec.decode('tx', Buffer.from(make(index++)), ctx);
        if (!res.ok) throw new Error(`fill-spool: the bench sale was refused: ${res.error.code} ${res.error.message}`);
        const msg = res.message;
        const src = { siteId: args.siteId, deviceId, deviceKind: codec.protoKind };
        outstanding++;
        spool.append(
          { cls: 'tx', route: `${deviceId}/tx`, key: msg.txId, build: (seq, at) => encodeEnvelope(src, seq, at, msg) },
          (err) => {
            outstanding--;
            if (err) failure = err;
            else appended++;
            if (outstanding === 0 && (failure || spool.diskBytes() >= args.targetBytes || performance.now() >= deadline)) resolve();
            else if (outstanding < OUTSTANDING / 2) setImmediate(more);
          },
        );
      }
      if (outstanding === 0) resolve();
    };
    more();
  });
  clearInterval(tick);
  await spool.stop();
  if (failure) throw failure;
  const ms = performance.now() - t0;
  process.stdout.write(
    `${JSON.stringify({ appended, diskBytes: spool.diskBytes(), openedMs: Math.round(openedMs), ms: Math.round(ms), rate: Math.round((appended / (ms - openedMs)) * 1000) })}\n`,
  );
}

fill(JSON.parse(process.argv[2] ?? '{}') as FillArgs).catch((e: unknown) => {
  process.stderr.write(`fill-spool: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
