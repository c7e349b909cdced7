// The core's half of clock trust: answers each site's TimeRequest on {prefix}/{siteId}/time/req with a TimeResponse on
// {prefix}/{siteId}/time/res carrying t1 (when the request arrived) and t2 (when the answer left), both on the core's
// clock. The gateway adds t0 and t3 from its own and computes offset and uncertainty NTP-style
// (gateway/health/core-clock.ts). Run by `edge-gateway core consume` and the fleet view; with a group, a shared
// subscription makes one responder of the group answer each request.
import mqtt from 'mqtt';
import { pb } from '../proto/index.ts';

export interface TimeServerOptions {
  url: string;
  prefix: string;
  /** Several responders of one group share the requests ($share/GROUP-time/...): one answer per request. */
  group?: string;
  clientId?: string;
  /** The core's clock (Unix ms); tests give a shifted one. */
  clock?: () => number;
}

/** Requests larger than this are not TimeRequests; they are counted as bad and left unanswered. */
const MAX_REQUEST_BYTES = 512;

export class TimeServer {
  private readonly opts: TimeServerOptions;
  private readonly clock: () => number;
  private client: mqtt.MqttClient | undefined;
  answered = 0;
  bad = 0;

  constructor(opts: TimeServerOptions) {
    this.opts = opts;
    this.clock = opts.clock ?? Date.now;
  }

  get requestFilter(): string {
    const filter = `${this.opts.prefix}/+/time/req`;
    return this.opts.group ? `$share/${this.opts.group}-time/${filter}` : filter;
  }

  async start(): Promise<void> {
    const client = await mqtt.connectAsync(this.opts.url, {
      clientId: this.opts.clientId ?? `core-time-${this.opts.group ?? 'solo'}-${process.pid}`,
      // 3.1.1: any core broker speaks it (the demo's stand-in core is aedes); mosquitto shares $share/ subscriptions with it too.
      protocolVersion: 4,
      clean: true,
      reconnectPeriod: 1000,
    });
    this.client = client;
    client.on('message', (topic, payload) => this.onRequest(topic, payload));
    // QoS 0 both ways: a late answer is worth nothing, the gateway asks again.
    await client.subscribeAsync(this.requestFilter, { qos: 0 });
  }

  /** One request in, one answer out; t1 is read first thing, t2 last thing before the publish. */
  onRequest(topic: string, payload: Buffer): void {
    const t1 = this.clock();
    const siteId = siteOf(topic, this.opts.prefix);
    if (siteId === undefined || payload.length > MAX_REQUEST_BYTES) {
      this.bad++;
      return;
    }
    let req: ReturnType<typeof pb.TimeRequest.decode>;
    try {
      req = pb.TimeRequest.decode(payload);
    } catch {
      this.bad++;
      return;
    }
    const client = this.client;
    if (!client?.connected) return;
    const res = { siteId, requestId: req.requestId, t0Ms: Number(req.t0Ms), t1Ms: t1, t2Ms: 0 };
    res.t2Ms = this.clock();
    client.publish(`${this.opts.prefix}/${siteId}/time/res`, Buffer.from(pb.TimeResponse.encode(res).finish()), { qos: 0 });
    this.answered++;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.endAsync().catch(() => undefined);
  }
}

/** The {siteId} of {prefix}/{siteId}/time/req, or undefined for any other shape. */
function siteOf(topic: string, prefix: string): string | undefined {
  if (!topic.startsWith(`${prefix}/`) || !topic.endsWith('/time/req')) return undefined;
  const site = topic.slice(prefix.length + 1, -'/time/req'.length);
  return site !== '' && !site.includes('/') ? site : undefined;
}
