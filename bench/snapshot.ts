// Other people edit this tree while a ten-minute benchmark runs, and every gateway start reads the files again. So the
// code is copied once at the start (everything but node_modules, .git and outputs; node_modules is linked), and every
// child process (gateway, spool filler) runs from the copy: all figures of one report belong to one version of the code.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.git', 'bench/results', 'scratch', 'state', 'test-output']);

export function snapshotTree(repo: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-spool-e2e-code-'));
  cpSync(repo, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(repo, src);
      return !SKIP.has(rel) && !rel.endsWith('.log');
    },
  });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
