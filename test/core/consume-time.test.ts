// `edge-gateway core consume` answers the sites' time requests (clock trust, issue 15) beside storing their envelopes:
// a site's gateway measures its clock against the core's with no further process at the core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import mqtt from 'mqtt';
import { CLI, REPO } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { startNode, type Child } from '../../harness/process.ts';
import { waitFor } from '../../harness/wait.ts';
import { pb } from '../../proto/index.ts';

describe('core consume: time responder', () => {
  let core: Mosquitto;
  let consume: Child;

  before(async () => {
    core = await startMosquitto();
    consume = startNode(CLI, ['core', 'consume', '--url', core.url, '--group', 'ledger', '--prefix', 'gov/v1/site'], { cwd: REPO });
    await consume.waitForLine(/consuming gov\/v1\/site/, 15_000);
  });

  after(async () => {
    if (consume?.running) await consume.stop(10_000);
    await core?.stop();
  });

  it('answers a TimeRequest on {prefix}/{siteId}/time/res with the request id, t0 echoed and t1 <= t2 on its clock', async () => {
    const site = await mqtt.connectAsync(core.url, { clientId: 'site-time-test', protocolVersion: 4, reconnectPeriod: 0 });
    try {
      const answers: Buffer[] = [];
      site.on('message', (_topic, payload) => answers.push(payload));
      await site.subscribeAsync('gov/v1/site/mo-time-01/time/res', { qos: 0 });
      const t0 = Date.now();
      const req = pb.TimeRequest.encode({ siteId: 'mo-time-01', requestId: 'r-1', t0Ms: t0 }).finish();
      // The responder subscribes right after the consumer: ask until it answers (bounded), as a gateway does.
      await waitFor(
        async () => {
          if (answers.length === 0) await site.publishAsync('gov/v1/site/mo-time-01/time/req', Buffer.from(req), { qos: 0 });
          return answers.length > 0;
        },
        { timeoutMs: 10_000, intervalMs: 200, what: 'a time answer' },
      );
      const res = pb.TimeResponse.decode(answers[0]!);
      assert.deepEqual([res.siteId, res.requestId, Number(res.t0Ms)], ['mo-time-01', 'r-1', t0]);
      assert.ok(Number(res.t1Ms) <= Number(res.t2Ms));
      assert.ok(Math.abs(Number(res.t1Ms) - t0) < 60_000, 'the core clock here is the test machine clock');
    } finally {
      await site.endAsync();
    }
  });
});
