// Config: the example from the README is accepted as it is; typos, missing fields and inline secrets are refused with
// their path, through the library and through `edge-gateway validate` as an engineer would run it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkConfig } from '../../../gateway/config/load.ts';
import { credentialFor, hashPassword } from '../../../gateway/config/secrets.ts';
import { isGatewayError } from '../../../base/errors.ts';
import { CLI, REPO } from '../../../harness/gateway.ts';
import { tempDir } from '../../../harness/tmp.ts';

const EXAMPLE = join(REPO, 'test', 'fixtures', 'site-config.json');
const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, any>;

function problemsOf(raw: unknown): { code: string; message: string } {
  try {
    checkConfig(raw);
  } catch (e) {
    assert.ok(isGatewayError(e));
    return { code: e.code, message: e.message };
  }
  assert.fail('config was accepted');
}

function validate(file: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'validate', '--config', file], { cwd: REPO, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('config', () => {
  it('accepts the README example as it is and fills in the defaults', () => {
    const cfg = checkConfig(example());
    assert.equal(cfg.site.id, 'mo-nam-van-01');
    assert.equal(cfg.uplink.ack, 'broker');
    assert.equal(cfg.spool.maxBytes, 1073741824);
    assert.equal(cfg.devices[0]!.format, 'json');
    assert.ok(Object.isFrozen(cfg.spool), 'the config is frozen after validation');
  });

  it('names the path of a typo, a missing field and a bad value, all in one report', () => {
    const raw = example();
    raw.spool.maxByte = 5; // typo
    delete raw.uplink.url; // missing
    raw.devices[1].kind = 'atm'; // bad value
    const p = problemsOf(raw);
    assert.equal(p.code, 'GW_CONFIG_INVALID');
    assert.match(p.message, /\/spool\/maxByte: unknown key "maxByte"/);
    assert.match(p.message, /\/uplink\/url: is required/);
    assert.match(p.message, /\/devices\/1\/kind: must be one of "teller", "vending", "locker"/);
    assert.match(p.message, /3 problems/);
  });

  it('refuses an inline secret with its path and never echoes it', () => {
    const raw = example();
    raw.devices[0].password = 'hunter2-secret';
    const p = problemsOf(raw);
    assert.equal(p.code, 'GW_CONFIG_INLINE_SECRET');
    assert.match(p.message, /\/devices\/0\/password/);
    assert.ok(!p.message.includes('hunter2-secret'));
  });

  it('refuses duplicate device ids and devices without a credential', () => {
    const raw = example();
    raw.devices[1].id = 'vend-01';
    delete raw.devices[2].passwordEnv;
    const p = problemsOf(raw);
    assert.match(p.message, /\/devices\/1\/id: duplicate device id "vend-01"/);
    assert.match(p.message, /\/devices\/2: an MQTT device needs exactly one of/);
  });

  it('edge-gateway validate: exit 0 on the example, exit 2 with every path on a broken file', async () => {
    const ok = validate(EXAMPLE);
    assert.equal(ok.status, 0, ok.out);
    assert.match(ok.out, /ok \(site mo-nam-van-01, 3 devices\)/);
    const tmp = await tempDir('eg-config-');
    try {
      const raw = example();
      raw.uplnk = {};
      raw.broker.port = 'eighty';
      const file = join(tmp.path, 'bad.json');
      writeFileSync(file, JSON.stringify(raw));
      const bad = validate(file);
      assert.equal(bad.status, 2);
      assert.match(bad.out, /GW_CONFIG_INVALID/);
      assert.match(bad.out, /\/uplnk: unknown key/);
      assert.match(bad.out, /\/broker\/port: must be integer/);
      writeFileSync(file, '{ "site": ');
      const unparsable = validate(file);
      assert.equal(unparsable.status, 2);
      assert.match(unparsable.out, /GW_CONFIG_PARSE/);
      const missing = validate(join(tmp.path, 'nope.json'));
      assert.equal(missing.status, 2);
      assert.match(missing.out, /GW_CONFIG_NOT_FOUND/);
    } finally {
      await tmp.cleanup();
    }
  });

  it('edge-gateway validate refuses a status page reachable from the network without a token', async () => {
    const tmp = await tempDir('eg-config-');
    try {
      const raw = example();
      raw.http.host = '0.0.0.0';
      const file = join(tmp.path, 'open.json');
      writeFileSync(file, JSON.stringify(raw));
      const r = validate(file);
      assert.equal(r.status, 2);
      assert.match(r.out, /GW_CONFIG_HTTP_TOKEN_REQUIRED: http\.host is "0\.0\.0\.0"/);
      raw.http.tokenEnv = 'STATUS_TOKEN';
      writeFileSync(file, JSON.stringify(raw));
      assert.equal(validate(file).status, 0);
    } finally {
      await tmp.cleanup();
    }
  });

  it('hash-password makes a hash that checks the right password only', async () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', CLI, 'hash-password', 'vend-secret'], {
      cwd: REPO,
      encoding: 'utf8',
    }).trim();
    assert.match(out, /^scrypt\$/);
    const cred = credentialFor({ passwordHash: out }, 'test');
    assert.equal(await cred.check(Buffer.from('vend-secret')), true);
    assert.equal(await cred.check(Buffer.from('vend-secreT')), false);
    assert.equal(await credentialFor({ passwordHash: hashPassword('x') }, 'test').check(Buffer.from('vend-secret')), false);
  });

  it('a passwordEnv that is not set stops the start with GW_SECRET_MISSING', () => {
    assert.throws(
      () => credentialFor({ passwordEnv: 'EG_SURELY_UNSET_VAR' }, '/devices/vend-01', {}),
      (e) => isGatewayError(e) && e.code === 'GW_SECRET_MISSING' && /EG_SURELY_UNSET_VAR/.test(e.message),
    );
  });
});
