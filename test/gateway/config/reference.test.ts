// The README's config reference is generated from the schema; this fails when someone edits one without the other.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { spliceReadme } from '../../../gateway/config/reference.ts';
import { REPO } from '../../../harness/gateway.ts';

it('README config reference matches gateway/config/schema.ts (regenerate: node --import tsx gateway/config/reference.ts --write)', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  assert.equal(readme, spliceReadme(readme));
});
