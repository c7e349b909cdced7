// SIGTERM under load: the gateway finishes the writes in flight, tells the core the site is offline, and exits 0;
// every transaction it acknowledged reaches the core after the next start.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { pb } from '../../proto/index.ts';
import { listenCore, type CoreListener } from '../../harness/core-listener.ts';
import { startGateway } from '../../harness/gateway.ts';
import { startMosquitto, type Mosquitto } from '../../harness/mosquitto.ts';
import { SequentialDevice, saleBytes } from '../../harness/sequential-device.ts';
import { tempDir, type TempDir } from '../../harness/tmp.ts';
import { sleep, waitFor } from '../../harness/wait.ts';

let tmp: TempDir;
let core: Mosquitto;
let listener: CoreListener;

before(async () => {
  tmp = await tempDir('eg-shutdown-');
  core = await startMosquitto();
  listener = await listenCore(core.url, ['gov/v1/site/#']);
});
after(async () => {
  await listener?.close();
  await core?.stop();
  await tmp?.cleanup();
});

it('SIGTERM under load: exit 0, offline status retained, nothing acknowledged lost', async () => {
  const gw = await startGateway({
    dir: tmp.path,
    coreUrl: core.url,
    siteId: 'mo-term-01',
    devices: [{ id: 'vend-t', kind: 'vending', password: 'pw-t' }],
  });
  const dev = new SequentialDevice({
    url: gw.brokerUrl,
    deviceId: 'vend-t',
    password: 'pw-t',
    window: 100,
    reconnectMs: 100,
    payload: (n) => saleBytes('vend-t', n),
  });
  try {
    dev.sendUpTo(1_000_000);
    await waitFor(() => dev.acked.size > 2000, { timeoutMs: 30_000, what: 'load running' });
    gw.child.kill('SIGTERM');
    const exit = await gw.child.exited;
    assert.equal(exit.code, 0, gw.child.tail(20));
    const status = listener.messages.filter((m) => m.topic === 'gov/v1/site/mo-term-01/status').at(-1);
    assert.ok(status, 'a status was published');
    assert.equal(pb.SiteStatus.decode(status.payload).online, false, 'the last status says offline');
    const limit = dev.stopProducing();
    await gw.restart();
    await waitFor(() => dev.acked.size === limit, { timeoutMs: 30_000, what: 'all acknowledged' });
    const txIds = () =>
      new Set(listener.messages.filter((m) => m.topic.endsWith('/tx')).map((m) => pb.Envelope.decode(m.payload).deviceTxId));
    await waitFor(() => [...dev.acked].every((n) => txIds().has(`vend-t-${n}`)), {
      timeoutMs: 30_000,
      what: 'every acknowledged transaction at the core',
    });
    await sleep(100);
  } finally {
    await dev.stop();
    await gw.stop();
  }
});
