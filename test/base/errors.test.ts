// The error table in base/errors.ts and docs/errors.md list the same codes with the same meaning.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { ERROR_CODES } from '../../base/errors.ts';
import { REPO } from '../../harness/gateway.ts';

it('docs/errors.md documents every code, and only those, with the same text', () => {
  const doc = readFileSync(join(REPO, 'docs', 'errors.md'), 'utf8');
  const rows = new Map([...doc.matchAll(/^\| `(GW_[A-Z_]+)` \| (.+) \|$/gm)].map((m) => [m[1]!, m[2]!]));
  assert.deepEqual([...rows.keys()].sort(), Object.keys(ERROR_CODES).sort());
  for (const [code, text] of Object.entries(ERROR_CODES)) assert.equal(rows.get(code), text, code);
});
