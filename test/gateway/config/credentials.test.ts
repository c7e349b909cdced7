// Key and password files reach the unit's dynamic user as systemd credentials (LoadCredential=): the config names them
// "credential:NAME" and the gateway reads $CREDENTIALS_DIRECTORY/NAME. Checked through `edge-gateway validate` as
// systemd's ExecStartPre runs it (with CREDENTIALS_DIRECTORY set by systemd), and through a device login against the
// password in the credential. The real systemd path is test/host/install.host.ts (npm run test:host).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkConfig } from '../../../gateway/config/load.ts';
import { credentialFor } from '../../../gateway/config/secrets.ts';
import { CLI, REPO } from '../../../harness/gateway.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';

const example = () => JSON.parse(readFileSync(join(REPO, 'test', 'fixtures', 'site-config.json'), 'utf8')) as Record<string, any>;

function validate(file: string, credentialsDir: string | undefined): { status: number | null; out: string } {
  const env = { ...process.env };
  delete env.CREDENTIALS_DIRECTORY;
  if (credentialsDir !== undefined) env.CREDENTIALS_DIRECTORY = credentialsDir;
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'validate', '--config', file], {
    cwd: REPO,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('credential:NAME file paths (systemd LoadCredential=)', () => {
  let tmp: TempDir;
  let file: string;
  let creds: string;

  before(async () => {
    tmp = await tempDir('eg-creds-');
    creds = join(tmp.path, 'credentials');
    spawnSync('mkdir', ['-m', '0700', creds]);
    const raw = example();
    delete raw.devices[0].passwordEnv;
    raw.devices[0].passwordFile = 'credential:vend-01.password';
    raw.uplink.tls = { caFile: '', keyFile: 'credential:uplink.key', certFile: 'credential:uplink.crt' };
    file = join(tmp.path, 'config.json');
    writeFileSync(file, JSON.stringify(raw));
  });
  after(async () => {
    await tmp?.cleanup();
  });

  it('validate outside the unit says which variable is missing and how to check by hand', () => {
    const r = validate(file, undefined);
    assert.equal(r.status, 2, r.out);
    assert.match(r.out, /GW_CONFIG_INVALID/);
    assert.match(
      r.out,
      /\/devices\/0\/passwordFile: "credential:vend-01\.password" is read from \$CREDENTIALS_DIRECTORY.*LoadCredential=vend-01\.password:\/etc\/edge-gateway\/credentials\/vend-01\.password/,
    );
    assert.match(r.out, /\/uplink\/tls\/keyFile: "credential:uplink\.key"/);
  });

  it('a credential the unit does not load is named with the LoadCredential= line to add', () => {
    writeFileSync(join(creds, 'vend-01.password'), 'vend-secret\n', { mode: 0o600 });
    const r = validate(file, creds);
    assert.equal(r.status, 2, r.out);
    assert.match(
      r.out,
      /\/uplink\/tls\/keyFile: credential "uplink\.key" is not loaded: add LoadCredential=uplink\.key:\/etc\/edge-gateway\/credentials\/uplink\.key/,
    );
    assert.match(r.out, /\/uplink\/tls\/certFile: credential "uplink\.crt" is not loaded/);
    assert.doesNotMatch(r.out, /passwordFile/, 'the loaded credential is fine');
  });

  it('with every credential loaded the config is valid and a device logs in with the password from its credential', async () => {
    writeFileSync(join(creds, 'uplink.key'), 'k');
    writeFileSync(join(creds, 'uplink.crt'), 'c');
    const r = validate(file, creds);
    assert.equal(r.status, 0, r.out);
    const saved = process.env.CREDENTIALS_DIRECTORY;
    process.env.CREDENTIALS_DIRECTORY = creds;
    try {
      const cfg = checkConfig(JSON.parse(readFileSync(file, 'utf8')));
      assert.equal(cfg.devices[0]!.passwordFile, join(creds, 'vend-01.password'));
      assert.equal(cfg.uplink.tls.keyFile, join(creds, 'uplink.key'));
      const cred = credentialFor(cfg.devices[0]!, '/devices/0');
      assert.equal(await cred.check(Buffer.from('vend-secret')), true);
      assert.equal(await cred.check(Buffer.from('credential:vend-01.password')), false);
    } finally {
      if (saved === undefined) delete process.env.CREDENTIALS_DIRECTORY;
      else process.env.CREDENTIALS_DIRECTORY = saved;
    }
  });

  it('a name that would leave the credentials directory is refused', () => {
    const raw = example();
    delete raw.devices[0].passwordEnv;
    raw.devices[0].passwordFile = 'credential:../../etc/shadow';
    const bad = join(tmp.path, 'bad.json');
    writeFileSync(bad, JSON.stringify(raw));
    const r = validate(bad, creds);
    assert.equal(r.status, 2, r.out);
    assert.match(r.out, /\/devices\/0\/passwordFile: "credential:\.\.\/\.\.\/etc\/shadow": a credential name is a plain file name/);
  });
});
