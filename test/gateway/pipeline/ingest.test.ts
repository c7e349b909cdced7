// What the ingest tells about a refused publish: the device's topic and channel are its own text. Quoted when short and
// plain, they are masked too: a card number is a short, plain channel name.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { PublishPacket } from 'aedes';
import pino from 'pino';
import type { CodecContext, KindCodec } from '../../../devices/common/types.ts';
import { DeviceStats } from '../../../gateway/pipeline/device-stats.ts';
import { Ingest } from '../../../gateway/pipeline/ingest.ts';
import type { Spool } from '../../../gateway/spool/spool.ts';

it('a refused publish on a card-number channel reaches neither the log, the reply nor the status page with the digits', async () => {
  const lines: string[] = [];
  const replies: string[] = [];
  const stats = new DeviceStats();
  const dev = { id: 'vend-01', codec: {} as KindCodec, ctx: {} as CodecContext };
  const ingest = new Ingest({
    siteId: 'site',
    maxPayloadBytes: 1024,
    devices: () => new Map([[dev.id, dev]]),
    spool: {} as Spool,
    stats,
    reply: async (_topic, payload) => {
      replies.push(payload);
    },
    log: pino(
      { level: 'info' },
      {
        write: (l: string) => {
          lines.push(l);
        },
      },
    ),
  });
  const publish = (topic: string, channel: string): Promise<void> =>
    new Promise((resolve, reject) => {
      ingest.handle(
        dev.id,
        channel,
        { cmd: 'publish', topic, payload: Buffer.from('{}'), qos: 1, retain: false, dup: false } as PublishPacket,
        (err) => (err ? reject(err) : resolve()),
      );
    });
  await publish('devices/vend-01/4111111111111111', '4111111111111111'); // GW_TOPIC_UNKNOWN
  await publish('devices/4111111111111111/tx', ''); // GW_ACL_PUBLISH_DENIED
  const shown = [...lines, ...replies, JSON.stringify(stats.snapshot())].join('\n');
  assert.ok(!shown.includes('4111111111111111'), shown);
  assert.deepEqual(
    replies.map((r) => (JSON.parse(r) as { code: string; topic: string }).topic),
    ['devices/vend-01/[number]', 'devices/[number]/tx'],
  );
  assert.equal((JSON.parse(replies[0]!) as { message: string }).message, 'unknown channel "[number]"; use tx, telemetry, event or state');
  assert.equal(stats.snapshot()['vend-01']!.rejected, 2);
});
