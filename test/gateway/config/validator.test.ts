// The config validator the build generates (dist/config-validator.cjs, gateway/config/validator.ts): the service uses it
// instead of compiling the schema at every start, so it must answer exactly as the schema compiled from the sources,
// defaults and problems alike, and must be ignored when it was built from another schema.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { REPO } from '../../../harness/gateway.ts';
import { configValidator, GENERATED_FILE } from '../../../gateway/config/validator.ts';

const CONFIGS: Record<string, unknown> = {
  minimal: { site: { id: 'mo-val-01' }, uplink: { url: 'mqtt://127.0.0.1:1883' }, devices: [] },
  machines: {
    site: { id: 'mo-val-02' },
    uplink: { url: 'mqtts://core.example:8883' },
    broker: { deviceBudget: { messagesPerS: 5 } },
    devices: [
      { id: 'vend-01', kind: 'vending', transport: 'mqtt', passwordEnv: 'PW' },
      { id: 'lock-01', kind: 'locker', transport: 'opcua', opcua: { endpoint: 'opc.tcp://10.0.0.5:4840' } },
    ],
  },
  problems: {
    site: { id: 'bad id with spaces' },
    uplink: { url: 42 },
    devices: [{ id: 'x', kind: 'toaster' }],
    spool: { segmentBytes: 12 },
    typo: true,
  },
};

describe('the generated config validator', () => {
  const outdir = join(REPO, 'test-output', `dist-validator-${process.pid}`);
  let here: string;
  before(() => {
    execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs'), '--outdir', outdir], { stdio: 'pipe' });
    here = pathToFileURL(join(outdir, 'edge-gateway.mjs')).href;
  });
  after(() => rmSync(outdir, { recursive: true, force: true }));

  it('is used beside the bundle, and answers as the schema compiled from the sources: defaults and every problem', () => {
    const built = configValidator(here);
    const compiled = configValidator(pathToFileURL(join(REPO, 'nowhere', 'x.mjs')).href);
    assert.equal(built.precompiled, true);
    assert.equal(compiled.precompiled, false);
    for (const [name, config] of Object.entries(CONFIGS)) {
      const a = structuredClone(config);
      const b = structuredClone(config);
      assert.equal(built.validate(a), compiled.validate(b), `${name}: same verdict`);
      assert.deepEqual(a, b, `${name}: the same defaults filled in`);
      assert.deepEqual(built.validate.errors, compiled.validate.errors, `${name}: the same problems`);
    }
    assert.ok((compiled.validate.errors ?? []).length >= 4, 'the broken config has its problems reported');
  });

  it('is ignored when it was built from another schema (a stale dist/ beside newer sources)', () => {
    const stale = join(outdir, 'stale');
    mkdirSync(stale);
    const text = readFileSync(join(outdir, GENERATED_FILE), 'utf8');
    writeFileSync(join(stale, GENERATED_FILE), text.replace(/builtFrom = "[0-9a-f]+"/, 'builtFrom = "0"'));
    assert.equal(configValidator(pathToFileURL(join(stale, 'edge-gateway.mjs')).href).precompiled, false);
  });
});
