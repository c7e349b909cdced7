// How a remote document combines with the site file, and the checks it must pass before anything changes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkConfig } from '../../../gateway/config/load.ts';
import { checkRemoteConfig } from '../../../gateway/remote-config/check.ts';
import { mergeConfig } from '../../../gateway/remote-config/merge.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';
import { HASH, siteFile } from './fixture.ts';

describe('remote config: merge and check', () => {
  let tmp: TempDir;
  let local: Record<string, unknown>;

  before(async () => {
    tmp = await tempDir('eg-rc-check-');
    local = siteFile(tmp.path, `${tmp.path}/core-config.pub.pem`, { log: { level: 'info', pretty: false } });
  });
  after(() => tmp.cleanup());

  const running = () => checkConfig(local);

  it('the site file is the base: objects merge by key, devices by id, other arrays and scalars are replaced', () => {
    const merged = mergeConfig(local, {
      log: { level: 'debug' },
      devices: [
        { id: 'vend-01', kind: 'vending', transport: 'mqtt', passwordEnv: 'PW_VEND_01', name: 'replaced whole' },
        { id: 'lock-09', kind: 'locker', transport: 'mqtt', passwordHash: HASH },
      ],
    }) as Record<string, any>;
    assert.deepEqual(merged.log, { level: 'debug', pretty: false }, 'log.pretty kept from the file');
    assert.deepEqual(
      merged.devices.map((d: { id: string }) => d.id),
      ['vend-01', 'lock-09'],
    );
    assert.equal(merged.devices[0].passwordHash, undefined, 'a device the document names is replaced whole');
    assert.equal((local.devices as { passwordHash?: string }[])[0]!.passwordHash, HASH, 'the site file is not changed');
  });

  it('a machine added and the log level are live; the uplink needs a restart', () => {
    const live = checkRemoteConfig(
      local,
      { devices: [{ id: 'lock-09', kind: 'locker', transport: 'mqtt', passwordHash: HASH }] },
      running(),
      {},
    );
    assert.ok(live.ok);
    assert.deepEqual(live.restartSections, []);
    assert.deepEqual(live.liveSections, ['devices']);
    assert.equal(live.config.devices.length, 2);
    const restart = checkRemoteConfig(local, { uplink: { url: 'mqtt://127.0.0.1:1884' }, log: { level: 'warn' } }, running(), {});
    assert.ok(restart.ok);
    assert.deepEqual(restart.restartSections, ['uplink']);
    assert.deepEqual(restart.liveSections, ['log']);
  });

  it('every schema problem is listed with its path, as validate lists them', () => {
    const r = checkRemoteConfig(
      local,
      { devices: [{ id: 'x 1', kind: 'toaster', transport: 'mqtt' }], broker: { port: 70000 } },
      running(),
      {},
    );
    assert.ok(!r.ok);
    assert.equal(r.code, 'GW_CONFIG_REMOTE_INVALID');
    const paths = r.problems.map((p) => p.path);
    assert.ok(paths.includes('/devices/1/id'), paths.join());
    assert.ok(paths.includes('/devices/1/kind'), paths.join());
    assert.ok(paths.includes('/broker/port'), paths.join());
    assert.ok(r.problems.every((p) => p.code === 'GW_CONFIG_INVALID'));
  });

  it('an inline secret is refused with its path; a secret the site does not have is refused too', () => {
    const inline = checkRemoteConfig(
      local,
      { devices: [{ id: 'lock-09', kind: 'locker', transport: 'mqtt', password: 'hunter2' }] },
      running(),
      {},
    );
    assert.ok(!inline.ok);
    assert.deepEqual(
      inline.problems.map((p) => [p.path, p.code]),
      [['/devices/1/password', 'GW_CONFIG_INLINE_SECRET']],
      'paths point into the merged config: the site file with the document over it',
    );
    assert.ok(!JSON.stringify(inline.problems).includes('hunter2'), 'the secret is not echoed back');
    const missing = checkRemoteConfig(
      local,
      { devices: [{ id: 'lock-09', kind: 'locker', transport: 'mqtt', passwordEnv: 'PW_LOCK_09' }] },
      running(),
      {},
    );
    assert.ok(!missing.ok);
    assert.deepEqual(
      missing.problems.map((p) => [p.path, p.code]),
      [['/devices/1', 'GW_SECRET_MISSING']],
    );
    const present = checkRemoteConfig(
      local,
      { devices: [{ id: 'lock-09', kind: 'locker', transport: 'mqtt', passwordEnv: 'PW_LOCK_09' }] },
      running(),
      { PW_LOCK_09: 'from the site environment' },
    );
    assert.ok(present.ok);
  });

  it("the spool, the site id, remoteConfig and the keys are the site file's alone", () => {
    for (const [doc, path] of [
      [{ spool: { dir: '/tmp/elsewhere' } }, '/spool'],
      [{ spool: { maxBytes: 2_000_000 } }, '/spool'],
      [{ site: { id: 'mo-other-01' } }, '/site/id'],
      [{ remoteConfig: { enabled: true } }, '/remoteConfig'],
      [{ uplink: { configKey: '/tmp/k.pem' } }, '/uplink/configKey'],
      [{ uplink: { commandKey: '/tmp/k.pem' } }, '/uplink/commandKey'],
    ] as const) {
      const r = checkRemoteConfig(local, doc, running(), {});
      assert.ok(!r.ok, JSON.stringify(doc));
      assert.equal(r.code, 'GW_CONFIG_REMOTE_FORBIDDEN');
      assert.deepEqual(
        r.problems.map((p) => p.path),
        [path],
      );
    }
    const nameOnly = checkRemoteConfig(local, { site: { name: 'Renamed by the core' } }, running(), {});
    assert.ok(nameOnly.ok, 'the site name is not the id');
  });
});
