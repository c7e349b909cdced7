// The remote-config agent and the start-time decision, with a fake clock and the real store file: applied live and
// confirmed, rolled back by itself, restarted for, abandoned after a crash, and every result kept until the core has it.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import pino from 'pino';
import { checkConfig } from '../../../gateway/config/load.ts';
import type { Config } from '../../../gateway/config/schema.ts';
import { RemoteConfigAgent } from '../../../gateway/remote-config/agent.ts';
import { bootRemoteConfig } from '../../../gateway/remote-config/boot.ts';
import type { HealthProbe } from '../../../gateway/remote-config/health.ts';
import { RemoteConfigStore } from '../../../gateway/remote-config/store.ts';
import { pb } from '../../../proto/index.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';
import { coreKeys, FakeClock, HASH, signed, siteFile, type CoreKeys } from './fixture.ts';

const LOCKER = { id: 'lock-09', kind: 'locker', transport: 'mqtt', passwordHash: HASH };

describe('remote config agent', () => {
  const dirs: TempDir[] = [];
  let dir: string;
  let keys: CoreKeys;
  let local: Record<string, unknown>;
  let clock: FakeClock;
  let store: RemoteConfigStore;
  let running: Readonly<Config>;
  let applied: Readonly<Config>[];
  let restarts: string[];
  let health: HealthProbe;
  let sent: ReturnType<typeof pb.ConfigResult.decode>[];
  let online: boolean;
  let canRestart: boolean;

  /** A started agent over the test's variables as they are now. */
  const agent = (started = true) => {
    const a = new RemoteConfigAgent({
      localRaw: local,
      running: () => running,
      store,
      applyLive: (next) => {
        applied.push(next);
        running = next;
      },
      restart: (reason) => restarts.push(reason),
      canRestart,
      probe: () => health,
      publish: async (topic, payload) => {
        assert.equal(topic, 'gov/v1/site/mo-rc-01/config/result');
        if (!online) throw new Error('not connected');
        sent.push(pb.ConfigResult.decode(payload));
      },
      env: {},
      log: pino({ level: 'silent' }),
      timers: clock,
      pollMs: 500,
    });
    if (started) a.start();
    return a;
  };
  const states = () => sent.map((r) => `${r.version}:${pb.ConfigState[r.state].replace('CONFIG_STATE_', '')}`);
  const onDisk = () => JSON.parse(readFileSync(store.file, 'utf8'));

  beforeEach(async () => {
    const tmp = await tempDir('eg-rc-agent-');
    dirs.push(tmp);
    dir = tmp.path;
    keys = coreKeys(dir);
    local = siteFile(dir, keys.publicKeyFile, { remoteConfig: { confirmAfterS: 10 } });
    clock = new FakeClock();
    store = new RemoteConfigStore(join(dir, 'state', 'remote-config.json')).open();
    running = checkConfig(local);
    applied = [];
    restarts = [];
    health = { uplinkConnected: true, brokerListening: true, spoolWritable: true };
    sent = [];
    online = true;
    canRestart = true;
  });
  after(async () => {
    for (const d of dirs) await d.cleanup();
  });

  it('adds a machine live, confirms it once healthy, and remembers it as the last good version', async () => {
    const a = agent();
    await a.handle(signed(keys.privateKey, 1, { devices: [LOCKER] }));
    assert.deepEqual(
      applied.map((c) => c.devices.map((d) => d.id)),
      [['vend-01', 'lock-09']],
    );
    assert.deepEqual(states(), ['1:APPLIED']);
    assert.equal(sent[0]!.activeVersion, 1);
    assert.equal(onDisk().lastGood.version, 1);
    assert.equal(onDisk().pending, null);
    assert.deepEqual(onDisk().unsent, [], 'the core has it');
    // The same version again (the core's retained config at a reconnect) is answered with its result, not applied again.
    await a.handle(signed(keys.privateKey, 1, { devices: [LOCKER] }));
    assert.deepEqual(states(), ['1:APPLIED', '1:APPLIED']);
    assert.equal(applied.length, 1);
    // An older version is a replay: refused, nothing changes.
    await a.handle(signed(keys.privateKey, 2, { log: { level: 'warn' } }));
    await a.handle(signed(keys.privateKey, 1, { devices: [] }));
    assert.deepEqual(states(), ['1:APPLIED', '1:APPLIED', '2:APPLIED', '1:REJECTED']);
    assert.equal(sent[3]!.problems[0]!.code, 'GW_CONFIG_REMOTE_STALE');
    assert.equal(applied.length, 2);
    a.stop();
  });

  it('rolls a live change back by itself when the gateway is not healthy within confirmAfterS', async () => {
    const a = agent();
    await a.handle(signed(keys.privateKey, 1, { devices: [LOCKER] }));
    health = { uplinkConnected: false, brokerListening: true, spoolWritable: true };
    const done = a.handle(signed(keys.privateKey, 2, { log: { level: 'debug' } }));
    await clock.advance(9_000);
    assert.deepEqual(states(), ['1:APPLIED'], 'still waiting inside the window');
    online = false;
    await clock.advance(1_500);
    await done;
    assert.deepEqual(
      applied.map((c) => c.log.level),
      ['info', 'debug', 'info'],
    );
    assert.deepEqual(
      applied.at(-1)!.devices.map((d) => d.id),
      ['vend-01', 'lock-09'],
      'back to version 1, not to the file alone',
    );
    assert.equal(onDisk().lastGood.version, 1);
    assert.equal(onDisk().unsent.length, 1, 'kept until the core is reachable');
    online = true;
    a.onConnected();
    await clock.advance(0);
    assert.deepEqual(states(), ['1:APPLIED', '2:ROLLED_BACK']);
    assert.deepEqual(
      sent[1]!.problems.map((p) => p.code),
      ['GW_CONFIG_REMOTE_UNHEALTHY'],
    );
    assert.match(sent[1]!.problems[0]!.message ?? '', /not connected to the core/);
    assert.equal(sent[1]!.activeVersion, 1);
    assert.deepEqual(onDisk().unsent, []);
    a.stop();
  });

  it('restarts for an uplink change; the next start runs it under test and a crash before confirming abandons it', async () => {
    const a = agent();
    await a.handle(signed(keys.privateKey, 3, { uplink: { url: 'mqtt://127.0.0.1:1999' } }));
    assert.deepEqual(restarts, ['remote config version 3']);
    assert.deepEqual(states(), ['3:PENDING_RESTART']);
    assert.deepEqual(sent[0]!.restartSections, ['uplink']);
    assert.deepEqual(applied, [], 'nothing applied live');
    assert.equal(onDisk().pending.attempts, 0);
    a.stop();

    // The restart: the version is started, counted as tried on disk first.
    const first = bootRemoteConfig(local, checkConfig(local), new RemoteConfigStore(store.file).open(), {}, clock.now());
    assert.equal(first.version, 3);
    assert.equal(first.underTest, true);
    assert.equal(first.config.uplink.url, 'mqtt://127.0.0.1:1999');
    assert.equal(onDisk().pending.attempts, 1);

    // That process dies before confirming (kill -9, a failed start): the next start abandons the version.
    const reopened = new RemoteConfigStore(store.file).open();
    const second = bootRemoteConfig(local, checkConfig(local), reopened, {}, clock.now());
    assert.equal(second.version, 0);
    assert.equal(second.config.uplink.url, 'mqtt://127.0.0.1:1883', 'the last good: the site file alone');
    assert.equal(onDisk().pending, null);
    assert.equal(onDisk().lastResult.state, 'rolled_back');
    assert.equal(onDisk().lastResult.problems[0].code, 'GW_CONFIG_REMOTE_CRASHED');
    assert.equal(onDisk().highestVersion, 3, 'the abandoned version cannot be replayed');
  });

  it('confirms a restarted version under test, or restarts again to roll it back', async () => {
    await agent().handle(signed(keys.privateKey, 4, { uplink: { url: 'mqtt://127.0.0.1:1999' } }));
    const boot = bootRemoteConfig(local, checkConfig(local), (store = new RemoteConfigStore(store.file).open()), {}, clock.now());
    running = boot.config;
    health = { uplinkConnected: false, brokerListening: true, spoolWritable: true };
    restarts = [];
    sent = [];
    const a = agent();
    await clock.advance(10_500);
    await a.idle();
    assert.deepEqual(restarts, ['remote config version 4 rolled back']);
    assert.deepEqual(states(), ['4:ROLLED_BACK']);
    assert.equal(onDisk().pending, null);
    const after = bootRemoteConfig(local, checkConfig(local), new RemoteConfigStore(store.file).open(), {}, clock.now());
    assert.equal(after.config.uplink.url, 'mqtt://127.0.0.1:1883');
  });

  it('a message that arrives before the start waits behind the health gate of the version under test', async () => {
    await agent().handle(signed(keys.privateKey, 4, { uplink: { url: 'mqtt://127.0.0.1:1999' } }));
    store = new RemoteConfigStore(store.file).open();
    running = bootRemoteConfig(local, checkConfig(local), store, {}, clock.now()).config;
    sent = [];
    const a = agent(false);
    // Each version is whole: version 5 keeps version 4's uplink and adds a log level (live).
    const early = a.handle(signed(keys.privateKey, 5, { uplink: { url: 'mqtt://127.0.0.1:1999' }, log: { level: 'warn' } }));
    await clock.advance(1_000);
    assert.deepEqual(states(), [], 'nothing before the start');
    a.start();
    await early;
    assert.deepEqual(states(), ['4:APPLIED', '5:APPLIED']);
    assert.equal(onDisk().lastGood.version, 5);
    a.stop();
  });

  it('refuses a version that needs a restart when nothing would start the gateway again', async () => {
    canRestart = false;
    const a = agent();
    await a.handle(signed(keys.privateKey, 3, { uplink: { url: 'mqtt://127.0.0.1:1999' }, devices: [LOCKER] }));
    assert.deepEqual(states(), ['3:REJECTED']);
    assert.equal(sent[0]!.problems[0]!.code, 'GW_CONFIG_REMOTE_NO_RESTART');
    assert.deepEqual(sent[0]!.restartSections, ['uplink']);
    assert.deepEqual(restarts, []);
    assert.deepEqual(applied, [], 'not half applied either');
  });

  it('refuses what is broken with coded problems and leaves everything as it was', async () => {
    const a = agent();
    await a.handle(signed(keys.otherKey, 10, { devices: [LOCKER] }));
    await a.handle(signed(keys.privateKey, 11, { devices: [LOCKER] }, { siteId: 'mo-other-01' }));
    await a.handle(signed(keys.privateKey, 12, { spool: { dir: '/tmp/moved' } }));
    await a.handle(signed(keys.privateKey, 13, { devices: [{ ...LOCKER, passwordHash: undefined, password: 'x' }] }));
    assert.deepEqual(states(), ['10:REJECTED', '11:REJECTED', '12:REJECTED', '13:REJECTED']);
    assert.deepEqual(
      sent.map((r) => r.problems[0]!.code),
      ['GW_CONFIG_REMOTE_SIGNATURE', 'GW_CONFIG_REMOTE_WRONG_SITE', 'GW_CONFIG_REMOTE_FORBIDDEN', 'GW_CONFIG_INLINE_SECRET'],
    );
    assert.deepEqual(applied, []);
    assert.deepEqual(restarts, []);
    assert.equal(onDisk().highestVersion, 13, "signed refusals count; the forged 10 and the other site's 11 would not have");
  });

  it('holds a config until its activation time', async () => {
    const a = agent();
    await a.handle(signed(keys.privateKey, 20, { devices: [LOCKER] }, { activateAtMs: clock.now() + 60_000 }));
    assert.deepEqual(states(), ['20:SCHEDULED']);
    assert.deepEqual(applied, []);
    await clock.advance(60_000);
    await a.idle();
    assert.deepEqual(states(), ['20:SCHEDULED', '20:APPLIED']);
    assert.equal(applied.length, 1);
    a.stop();
  });

  it('a held config that a newer version overtakes is never applied', async () => {
    const a = agent();
    await a.handle(signed(keys.privateKey, 20, { devices: [LOCKER] }, { activateAtMs: clock.now() + 60_000 }));
    await a.handle(signed(keys.privateKey, 21, { log: { level: 'warn' } }));
    await clock.advance(61_000);
    await a.idle();
    assert.deepEqual(states(), ['20:SCHEDULED', '21:APPLIED']);
    assert.deepEqual(
      applied.map((c) => c.devices.length),
      [1],
      'only version 21 was applied',
    );
    assert.equal(onDisk().scheduled, null);
    a.stop();
  });

  it('a site that sets remoteConfig.enabled false refuses every config and drops the active one at start', async () => {
    await agent().handle(signed(keys.privateKey, 1, { devices: [LOCKER] }));
    local = { ...local, remoteConfig: { enabled: false } };
    running = checkConfig(local);
    const boot = bootRemoteConfig(local, running, (store = new RemoteConfigStore(store.file).open()), {}, clock.now());
    assert.equal(boot.version, 0);
    assert.deepEqual(
      boot.config.devices.map((d) => d.id),
      ['vend-01'],
    );
    sent = [];
    await agent().handle(signed(keys.privateKey, 2, { devices: [LOCKER] }));
    assert.deepEqual(
      sent.map((r) => r.problems[0]!.code),
      ['GW_CONFIG_REMOTE_DISABLED'],
    );
  });

  it('a corrupt store file is moved aside and the site file alone runs', () => {
    mkdirSync(join(dir, 'state'));
    writeFileSync(store.file, '{"highestVersion": 3, "lastGood": {');
    const s = new RemoteConfigStore(store.file).open();
    assert.match(s.problem ?? '', /corrupt/);
    assert.equal(readFileSync(`${store.file}.corrupt`, 'utf8'), '{"highestVersion": 3, "lastGood": {');
    assert.equal(bootRemoteConfig(local, checkConfig(local), s, {}, clock.now()).version, 0);
  });
});
