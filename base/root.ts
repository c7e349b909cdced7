// The installed package's root directory (where package.json and gateway/status/page/ live), found by walking up from
// this module: the same answer whether the code runs as TypeScript under tsx or from the built dist/ (scripts/build.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from, i = 0; i < 10; i++, dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'edge-gateway') return dir;
  }
  throw new Error(`edge-gateway: no package.json named edge-gateway above ${from}`);
}

export const ROOT: string = findRoot(dirname(fileURLToPath(import.meta.url)));
