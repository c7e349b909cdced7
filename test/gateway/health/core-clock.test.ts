// The gateway's clock against the core's, over a real mosquitto: the core's time responder (core/time-server.ts) runs
// with a shifted clock, and the gateway measures the shift within the uncertainty it states, and flags it as skewed
// when it is larger than clock.maxSkewMs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import mqtt from 'mqtt';
import { TimeServer } from '../../../core/time-server.ts';
import { CoreClock, exchange } from '../../../gateway/health/core-clock.ts';
import { startMosquitto, type Mosquitto } from '../../../harness/mosquitto.ts';
import { waitFor } from '../../../harness/wait.ts';
import { pb } from '../../../proto/index.ts';

const PREFIX = 'gov/v1/site';

describe('core clock', () => {
  let core: Mosquitto;
  before(async () => {
    core = await startMosquitto();
  });
  after(async () => {
    await core.stop();
  });

  async function measure(siteId: string, shiftMs: number, maxSkewMs: number) {
    const server = new TimeServer({ url: core.url, prefix: PREFIX, group: 'test', clock: () => Date.now() + shiftMs });
    await server.start();
    const gateway = await mqtt.connectAsync(core.url, { clientId: `gw-${siteId}`, protocolVersion: 4, reconnectPeriod: 0 });
    const skewChanges: boolean[] = [];
    const clock = new CoreClock({
      siteId,
      topicPrefix: PREFIX,
      maxSkewMs,
      probeIntervalMs: 60_000,
      samples: 8,
      send: (topic, payload) => {
        gateway.publish(topic, payload, { qos: 0 });
        return true;
      },
      onSkewChange: (skewed) => skewChanges.push(skewed),
    });
    gateway.on('message', (topic, payload) => {
      if (topic === clock.responseTopic) clock.onResponse(payload);
    });
    await gateway.subscribeAsync(clock.responseTopic, { qos: 0 });
    clock.start();
    try {
      for (let i = 0; i < 5; i++) {
        clock.probe();
        await waitFor(() => clock.answered > i, { timeoutMs: 5000, what: `time answer ${i + 1}` });
      }
      return { estimate: clock.estimate(), skewChanges, server, clock };
    } finally {
      clock.stop();
      await gateway.endAsync();
      await server.stop();
    }
  }

  it('measures a core 90 s ahead within its uncertainty and flags it (maxSkew 60 s)', async () => {
    const { estimate, skewChanges, server } = await measure('site-ahead', 90_000, 60_000);
    assert.equal(estimate.known, true);
    assert.ok(Math.abs(estimate.offsetMs - 90_000) <= estimate.uncertaintyMs, `offset ${estimate.offsetMs} +- ${estimate.uncertaintyMs}`);
    assert.equal(estimate.skewed, true);
    assert.deepEqual(skewChanges, [true], 'raised once, not per sample');
    assert.equal(server.answered, 5);
  });

  it('measures a core 5 minutes behind, and a core within maxSkew is not flagged', async () => {
    const behind = await measure('site-behind', -300_000, 60_000);
    assert.ok(Math.abs(behind.estimate.offsetMs + 300_000) <= behind.estimate.uncertaintyMs, `offset ${behind.estimate.offsetMs}`);
    const near = await measure('site-near', 2000, 60_000);
    assert.ok(Math.abs(near.estimate.offsetMs - 2000) <= near.estimate.uncertaintyMs, `offset ${near.estimate.offsetMs}`);
    assert.deepEqual([near.estimate.skewed, near.skewChanges], [false, []]);
  });

  it('a new clock.maxSkewMs (a reload) judges the kept estimate again at once, and says so once', async () => {
    const { clock, skewChanges } = await measure('site-retuned', 5000, 60_000);
    assert.deepEqual(skewChanges, []);
    clock.retune({ maxSkewMs: 1000, probeIntervalMs: 30_000, samples: 2 });
    assert.deepEqual([clock.estimate().skewed, clock.estimate().maxSkewMs, clock.estimate().samples], [true, 1000, 2]);
    clock.retune({ maxSkewMs: 1000, probeIntervalMs: 30_000, samples: 2 });
    clock.retune({ maxSkewMs: 60_000, probeIntervalMs: 30_000, samples: 2 });
    assert.deepEqual(skewChanges, [true, false], 'raised and cleared once each');
  });

  it('ignores answers to requests it did not send, and undecodable ones', () => {
    const clock = new CoreClock({
      siteId: 's',
      topicPrefix: PREFIX,
      maxSkewMs: 1000,
      probeIntervalMs: 60_000,
      samples: 4,
      send: () => true,
    });
    clock.onResponse(Buffer.from(pb.TimeResponse.encode({ requestId: 'nope', t0Ms: 1, t1Ms: 2, t2Ms: 3 }).finish()));
    clock.onResponse(Buffer.from([0xff, 0xff, 0xff]));
    assert.deepEqual([clock.estimate().known, clock.ignored], [false, 2]);
  });

  it('offset and round trip of one exchange (RFC 5905 on-wire)', () => {
    // Core 1000 ms ahead, 10 ms each way, 2 ms at the core.
    assert.deepEqual(exchange(0, 1010, 1012, 22), { offsetMs: 1000, roundTripMs: 20 });
  });
});
