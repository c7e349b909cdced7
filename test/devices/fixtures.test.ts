// Keeps the documentation, the fixtures and their naming convention (test/devices/README.md) in step.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { KINDS } from '../../devices/registry.ts';
import { ERROR_CODES } from '../../base/errors.ts';
import { badFixtures, fixtureDir, goodFixtures, readmeJsonBlocks } from './fixture-files.ts';
import { pbFixtures } from './pb-fixtures.ts';

for (const kind of KINDS) {
  test(`${kind}: the README's JSON examples are exactly the good fixtures`, () => {
    const blocks = readmeJsonBlocks(kind).sort();
    const fixtures = goodFixtures(kind)
      .map((f) => f.bytes.toString('utf8').trim())
      .sort();
    assert.deepEqual(blocks, fixtures);
  });

  test(`${kind}: every channel has a good example, and bad fixture names carry known codes`, () => {
    assert.deepEqual([...new Set(goodFixtures(kind).map((f) => f.channel))].sort(), ['event', 'state', 'telemetry', 'tx']);
    for (const f of badFixtures(kind)) assert.ok((f.code as string) in ERROR_CODES, `${f.file}: unknown code`);
    const formats = new Set(badFixtures(kind).map((f) => f.ctx.format));
    assert.deepEqual([...formats].sort(), ['json', 'protobuf']);
  });

  test(`${kind}: the committed .pb fixtures are what test/devices/pb-fixtures.ts makes`, () => {
    const made = pbFixtures()[kind];
    const committed = badFixtures(kind)
      .filter((f) => f.file.endsWith('.pb'))
      .map((f) => f.file)
      .sort();
    assert.deepEqual(committed, Object.keys(made).sort());
    for (const [name, bytes] of Object.entries(made)) {
      assert.deepEqual(readFileSync(join(fixtureDir(kind, 'bad'), name)), Buffer.from(bytes), name);
    }
  });
}
