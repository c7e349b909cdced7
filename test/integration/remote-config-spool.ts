// The spool as files, for "byte for byte untouched" checks around remote configuration changes. LOCK is left out: it
// names the process holding the spool, so it changes with every restart by design, config or not. So are the segment
// summaries (*.sum): the spool's own index of a segment, rewritten by the spool at a clean stop whatever the config;
// the records themselves (*.seg) and the cursor are compared.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export type SpoolSnapshot = Map<string, Buffer>;

export function spoolSnapshot(dir: string): SpoolSnapshot {
  const out: SpoolSnapshot = new Map();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name !== 'LOCK' && !e.name.endsWith('.sum')) out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex').slice(0, 16);

/** Names and hashes, so a failure says which file changed. */
export function digest(s: SpoolSnapshot): Record<string, string> {
  return Object.fromEntries([...s].map(([name, bytes]) => [name, `${bytes.length}:${sha(bytes)}`]));
}

/**
 * While a machine publishes: every file that was there is still there and its old bytes are still its first bytes
 * (segments only grow by appended records); cursor.json, the delivery position the core's confirmations move, is the
 * only file allowed to differ otherwise.
 */
export function assertOnlyAppended(before: SpoolSnapshot, after: SpoolSnapshot): void {
  for (const [name, bytes] of before) {
    if (name.endsWith('cursor.json')) continue;
    const now = after.get(name);
    assert.ok(now, `${name} is gone from the spool`);
    assert.ok(now.subarray(0, bytes.length).equals(bytes), `${name}: bytes that were there changed (only appends allowed)`);
  }
}
