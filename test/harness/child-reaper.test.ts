import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pidAlive } from '../../harness/child-reaper.ts';
import { canConnect } from '../../harness/ports.ts';
import { startNode } from '../../harness/process.ts';
import { waitFor } from '../../harness/wait.ts';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'orphan-maker.ts');

for (const how of ['throw', 'exit', 'signal'] as const) {
  test(`a test process that dies by ${how} leaves no mosquitto and no temp dir behind`, async () => {
    const child = startNode(fixture, [how]);
    const up = await child.waitForJsonLog((l) => l.msg === 'broker up', 10_000);
    const brokerPid = up.brokerPid as number;
    const port = up.port as number;
    if (how === 'signal') child.kill('SIGTERM');
    const exit = await child.exited;
    assert.ok(exit.code !== 0 || exit.signal !== null, `fixture exited cleanly: ${child.tail()}`);
    await waitFor(() => !pidAlive(brokerPid), { timeoutMs: 10_000, what: `orphan mosquitto ${brokerPid} gone` });
    assert.equal(await canConnect(port), false);
    assert.equal(existsSync(up.dir as string), false, 'the broker temp dir was left behind');
  });
}
