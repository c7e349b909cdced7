// Device codec throughput: decodes per second for each kind's messages, on one core, in this process.
// Prints figures, never passes or fails. `node --import tsx bench/codec.ts [--json] [--seconds N]`
// Inputs are the good fixtures (JSON) and the same bodies encoded as protobuf, so the figures are for valid messages:
// the path every accepted message takes in full (refusals stop earlier and are cheaper).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codecFor, KINDS, type Kind } from '../devices/registry.ts';
import type { Body, Channel, CodecContext } from '../devices/common/types.ts';
import { pb } from '../proto/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const secondsArg = args.indexOf('--seconds');
const seconds = secondsArg >= 0 ? Number(args[secondsArg + 1]) : 0.5;

const hashKey = Buffer.from('bench-site-key-0123456789abcdef');
const json: CodecContext = { format: 'json', hashKey };
const protobuf: CodecContext = { format: 'protobuf', hashKey };

/** The same message as a machine with format "protobuf" would publish it. */
function encode(message: { txId?: string; deviceTimeMs: number; body: Body }): Buffer {
  return Buffer.from(pb.DeviceMessage.encode({ txId: message.txId ?? '', timeMs: message.deviceTimeMs, ...message.body }).finish());
}

interface Row {
  kind: Kind;
  message: string;
  format: 'json' | 'protobuf';
  bytes: number;
  decodesPerSecond: number;
  microsPerDecode: number;
}

function measure(kind: Kind, channel: Channel, payload: Buffer, ctx: CodecContext): { rate: number; us: number } {
  const codec = codecFor(kind);
  const check = codec.decode(channel, payload, ctx);
  if (!check.ok) throw new Error(`${kind}/${channel}: fixture refused: ${check.error.message}`);
  for (let i = 0; i < 20_000; i++) codec.decode(channel, payload, ctx); // warm up the JIT
  let n = 0;
  const budget = BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 1000; i++) codec.decode(channel, payload, ctx);
    n += 1000;
    elapsed = process.hrtime.bigint() - start;
  }
  const s = Number(elapsed) / 1e9;
  return { rate: Math.round(n / s), us: (s / n) * 1e6 };
}

const rows: Row[] = [];
for (const kind of KINDS) {
  const dir = join(root, 'test', 'devices', kind, 'fixtures', 'good');
  for (const file of readdirSync(dir).sort()) {
    const channel = file.split('-')[0] as Channel;
    const payload = readFileSync(join(dir, file));
    const j = measure(kind, channel, payload, json);
    rows.push({
      kind,
      message: file.replace(/\.json$/, ''),
      format: 'json',
      bytes: payload.length,
      decodesPerSecond: j.rate,
      microsPerDecode: j.us,
    });
    const decoded = codecFor(kind).decode(channel, payload, json);
    if (!decoded.ok) continue;
    const encoded = encode(decoded.message);
    const p = measure(kind, channel, encoded, protobuf);
    rows.push({
      kind,
      message: file.replace(/\.json$/, ''),
      format: 'protobuf',
      bytes: encoded.length,
      decodesPerSecond: p.rate,
      microsPerDecode: p.us,
    });
  }
}

if (asJson) {
  console.log(JSON.stringify({ node: process.version, seconds, rows }, null, 2));
} else {
  console.log(`device codec decodes per second, one core, node ${process.version}\n`);
  console.log(
    `${'kind'.padEnd(8)} ${'message'.padEnd(28)} ${'format'.padEnd(9)} ${'bytes'.padStart(6)} ` +
      `${'decodes/s'.padStart(11)} ${'us/decode'.padStart(10)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.kind.padEnd(8)} ${r.message.padEnd(28)} ${r.format.padEnd(9)} ` +
        `${String(r.bytes).padStart(6)} ${r.decodesPerSecond.toLocaleString('en').padStart(11)} ${r.microsPerDecode.toFixed(2).padStart(10)}`,
    );
  }
}
