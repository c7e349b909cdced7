// Builds dist/: the gateway as plain JavaScript for the service to run (`node dist/edge-gateway.mjs run ...`).
//
// Why: under `node --import tsx` Node 20 runs the TypeScript loader on a thread of its own with a V8 heap of its own,
// about 37 MiB of resident memory that a gateway on a small box pays for as long as it runs. esbuild (which tsx already
// uses to compile each file) bundles our code into one ES module here; node_modules stay outside the bundle, and the
// dynamic imports (node-opcua, the demo, the simulators) stay separate chunks, so they load only when used.
// Runs on `npm install` / `npm ci` (the "prepare" script) and in well under a second.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds elsewhere (the tests build a fresh copy); it must lie inside the package, which the code finds
// its package.json and status page through (base/root.ts).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'dist');
rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
const result = await build({
  entryPoints: { 'edge-gateway': join(root, 'gateway', 'app', 'main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.mjs'));
console.log(
  `built ${relative(root, join(outdir, 'edge-gateway.mjs'))} (+${files.length - 1} chunks) in ${Math.round(performance.now() - started)} ms`,
);
