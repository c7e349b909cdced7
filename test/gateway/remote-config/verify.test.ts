// The first gate of a remote configuration: each refusal with its code, and what counts as a seen version.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pb } from '../../../proto/index.ts';
import { loadConfigKey, verifySignedConfig, type VerifyRules } from '../../../gateway/remote-config/verify.ts';
import { tempDir, type TempDir } from '../../../harness/tmp.ts';
import { coreKeys, signed, SITE, type CoreKeys } from './fixture.ts';

describe('remote config verification', () => {
  let tmp: TempDir;
  let keys: CoreKeys;
  let rules: VerifyRules;

  before(async () => {
    tmp = await tempDir('eg-rc-verify-');
    keys = coreKeys(tmp.path);
    rules = { siteId: SITE, enabled: true, maxBytes: 4096, key: createPublicKey(readFileSync(keys.publicKeyFile)), highestVersion: 5 };
  });
  after(() => tmp.cleanup());

  const code = (payload: Buffer, r: Partial<VerifyRules> = {}) => {
    const v = verifySignedConfig(payload, { ...rules, ...r });
    return v.ok ? 'ok' : v.refusal.code;
  };

  it('accepts a newer version signed for this site, with its document and activation time', () => {
    const v = verifySignedConfig(signed(keys.privateKey, 6, { log: { level: 'debug' } }, { activateAtMs: 123 }), rules);
    assert.ok(v.ok);
    assert.deepEqual(v.config, { version: 6, document: { log: { level: 'debug' } }, activateAtMs: 123 });
  });

  it('refuses each broken message with its own code', () => {
    assert.equal(code(signed(keys.otherKey, 6, {})), 'GW_CONFIG_REMOTE_SIGNATURE');
    assert.equal(code(signed(keys.privateKey, 6, {}, { siteId: 'mo-other-01' })), 'GW_CONFIG_REMOTE_WRONG_SITE');
    assert.equal(code(signed(keys.privateKey, 5, {})), 'GW_CONFIG_REMOTE_STALE');
    assert.equal(code(signed(keys.privateKey, 4, {})), 'GW_CONFIG_REMOTE_STALE');
    assert.equal(code(signed(keys.privateKey, 6, { pad: 'x'.repeat(5000) })), 'GW_CONFIG_REMOTE_TOO_LARGE');
    assert.equal(code(signed(keys.privateKey, 6, {}), { enabled: false }), 'GW_CONFIG_REMOTE_DISABLED');
    assert.equal(code(signed(keys.privateKey, 6, {}), { key: undefined }), 'GW_CONFIG_REMOTE_KEY');
    assert.equal(code(signed(keys.privateKey, 6, [1, 2])), 'GW_CONFIG_REMOTE_MALFORMED');
    assert.equal(code(signed(keys.privateKey, 6, null, { raw: Buffer.from('{not json') })), 'GW_CONFIG_REMOTE_MALFORMED');
    assert.equal(code(Buffer.from([0xff, 0xff, 0xff])), 'GW_CONFIG_REMOTE_MALFORMED');
  });

  it('a signature covers every field: a changed version, site, activation or document does not verify', () => {
    const good = pb.SignedConfig.decode(signed(keys.privateKey, 6, { log: { level: 'debug' } }));
    const variants = [
      { ...good, version: 7 },
      { ...good, activateAtMs: 1 },
      { ...good, document: Buffer.from('{"log":{"level":"trace"}}') },
      { ...good, signature: Buffer.alloc(0) },
    ];
    for (const v of variants) assert.equal(code(Buffer.from(pb.SignedConfig.encode(v).finish())), 'GW_CONFIG_REMOTE_SIGNATURE');
  });

  it('only a refusal of a document the core signed for this site counts its version as seen', () => {
    const counts = (p: Buffer) => {
      const v = verifySignedConfig(p, rules);
      return v.ok ? undefined : v.refusal.countsAsSeen;
    };
    assert.equal(counts(signed(keys.otherKey, 900, {})), false, 'a forger cannot move the version mark');
    assert.equal(counts(signed(keys.privateKey, 900, {}, { siteId: 'mo-other-01' })), false);
    assert.equal(counts(signed(keys.privateKey, 900, [1])), true);
  });

  it('says why there is no key', () => {
    assert.match(loadConfigKey('').problem ?? '', /not set/);
    assert.match(loadConfigKey(`${tmp.path}/missing.pem`).problem ?? '', /cannot read/);
    assert.ok(loadConfigKey(keys.publicKeyFile).key);
  });
});
