// Reference consumer for the central core (`edge-gateway core consume`). It subscribes to every site's envelopes through
// an MQTT shared subscription ($share/GROUP/...), so several consumers split the load on an existing broker cluster;
// decodes them, drops duplicates by message id, writes JSON lines, makes them durable, and only then acknowledges the
// stored sequence numbers to each site on {prefix}/{siteId}/ack (what uplink.ack = "application" waits for).
import { openSync, fdatasyncSync, closeSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { pb } from '../proto/index.ts';
import { stopOnSignals } from '../base/signals.ts';
import { SeenIds } from './seen-ids.ts';
import { toRanges } from './ranges.ts';
import { TimeServer } from './time-server.ts';

export interface ConsumerOptions {
  url: string;
  group: string;
  prefix: string;
  out?: string;
  flushMs: number;
  clientId?: string;
}

export class CoreConsumer {
  private readonly o: ConsumerOptions;
  private client: mqtt.MqttClient | undefined;
  private fd: number | undefined;
  private lines: string[] = [];
  private readonly toAck = new Map<string, number[]>();
  private readonly seen = new SeenIds(1_000_000);
  private timer: NodeJS.Timeout | undefined;
  stored = 0;
  duplicates = 0;
  bad = 0;

  constructor(opts: ConsumerOptions) {
    this.o = opts;
  }

  async start(): Promise<void> {
    if (this.o.out) this.fd = openSync(this.o.out, 'a');
    const client = await mqtt.connectAsync(this.o.url, {
      clientId: this.o.clientId ?? `core-consumer-${this.o.group}-${process.pid}`,
      protocolVersion: 5,
      clean: true,
      reconnectPeriod: 1000,
    });
    this.client = client;
    client.on('message', (topic, payload) => this.onMessage(topic, payload));
    // {prefix}/{site}/{device}/{channel} and {prefix}/{site}/{device}/cmd/result
    await client.subscribeAsync(
      [`$share/${this.o.group}/${this.o.prefix}/+/+/+`, `$share/${this.o.group}/${this.o.prefix}/+/+/cmd/result`],
      { qos: 1 },
    );
    this.timer = setInterval(() => this.flush(), this.o.flushMs);
  }

  private onMessage(topic: string, payload: Buffer): void {
    // {prefix}/{site}/time/req|res match {prefix}/+/+/+ too: the time server answers those, they are not envelopes.
    if (topic.endsWith('/status') || topic.endsWith('/ack') || topic.endsWith('/time/req') || topic.endsWith('/time/res')) return;
    let env: ReturnType<typeof pb.Envelope.decode>;
    try {
      env = pb.Envelope.decode(payload);
    } catch {
      this.bad++;
      return;
    }
    const acks = this.toAck.get(env.siteId) ?? [];
    acks.push(Number(env.sequence));
    this.toAck.set(env.siteId, acks);
    if (!this.seen.add(env.messageId)) {
      this.duplicates++;
      return;
    }
    this.lines.push(
      JSON.stringify({ topic, ...pb.Envelope.toObject(env, { enums: String, longs: Number, defaults: false, oneofs: true }) }),
    );
  }

  /** Durable first, acknowledged second: a site deletes what we ack. */
  flush(): void {
    if (this.lines.length > 0) {
      const text = `${this.lines.join('\n')}\n`;
      if (this.fd !== undefined) {
        writeSync(this.fd, text);
        fdatasyncSync(this.fd);
      } else {
        process.stdout.write(text);
      }
      this.stored += this.lines.length;
      this.lines = [];
    }
    const client = this.client;
    if (!client?.connected) return;
    for (const [siteId, seqs] of this.toAck) {
      client.publish(`${this.o.prefix}/${siteId}/ack`, Buffer.from(pb.Ack.encode({ siteId, ranges: toRanges(seqs) }).finish()), { qos: 1 });
    }
    this.toAck.clear();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.flush();
    await this.client?.endAsync().catch(() => undefined);
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

export async function runConsumer(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      group: { type: 'string' },
      prefix: { type: 'string', default: 'gov/v1/site' },
      out: { type: 'string' },
      'flush-ms': { type: 'string', default: '100' },
    },
  });
  if (!values.url || !values.group) {
    process.stderr.write('usage: edge-gateway core consume --url URL --group NAME [--prefix P] [--out FILE]\n');
    process.exit(2);
  }
  const c = new CoreConsumer({
    url: values.url,
    group: values.group,
    prefix: values.prefix!,
    out: values.out,
    flushMs: Number(values['flush-ms']),
  });
  // Answers the sites' time requests (clock trust, gateway/health/core-clock.ts): one answer per request in the group.
  const time = new TimeServer({ url: values.url, prefix: values.prefix!, group: values.group });
  await c.start();
  await time.start();
  process.stderr.write(`consuming ${values.prefix}/# as group ${values.group} from ${values.url}\n`);
  await stopOnSignals(
    async () => {
      await time.stop();
      await c.stop();
    },
    { info: (_o, m) => process.stderr.write(`${m}\n`) },
  );
}
