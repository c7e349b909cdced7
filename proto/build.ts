// Regenerates proto/gen/ from proto/edge/v1/*.proto (npm run proto). The generated files are committed and never edited by hand;
// test/proto/contract.test.ts fails when they are out of step with the .proto files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const bin = (name: string) => join(root, '..', 'node_modules', '.bin', name);

export function generate(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const protos = readdirSync(join(root, 'edge', 'v1'))
    .filter((f) => f.endsWith('.proto'))
    .sort()
    .map((f) => join(root, 'edge', 'v1', f));
  const js = join(outDir, 'edge.js');
  execFileSync(bin('pbjs'), [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--es6',
    '--force-number',
    '--no-beautify',
    '-p',
    root,
    '-o',
    js,
    ...protos,
  ]);
  // Node's ESM resolver wants the file name; the generator writes the bare specifier.
  writeFileSync(js, readFileSync(js, 'utf8').replace('"protobufjs/minimal"', '"protobufjs/minimal.js"'));
  execFileSync(bin('pbts'), ['-o', join(outDir, 'edge.d.ts'), js]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generate(join(root, 'gen'));
  console.log('proto/gen/edge.js and edge.d.ts regenerated');
}
