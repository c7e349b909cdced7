// Plain JavaScript, preloaded into the gateway by bench/idle-memory.ts (`--import ./bench/idle-probe.mjs`): on SIGUSR2
// writes what the process holds to the file named by IDLE_PROBE_FILE, as one JSON object: process.memoryUsage(), V8's
// heap spaces and code statistics, the CommonJS modules loaded by package, and (IDLE_PROBE_SNAPSHOT=1) a heap snapshot
// summary by constructor. Nothing runs until the signal, so the idle process is not disturbed by the probe.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import v8 from 'node:v8';

const file = process.env.IDLE_PROBE_FILE;
const mib = (n) => Math.round((n / 1048576) * 100) / 100;

/** Self size by constructor name over the whole heap snapshot (V8's node fields: type, name, id, self_size, ...). */
function snapshotSummary() {
  const path = v8.writeHeapSnapshot(`${file}.heapsnapshot`);
  const snap = JSON.parse(require('node:fs').readFileSync(path, 'utf8'));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const at = { type: fields.indexOf('type'), name: fields.indexOf('name'), size: fields.indexOf('self_size') };
  const by = new Map();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + at.type]];
    const name = type === 'object' || type === 'closure' ? snap.strings[snap.nodes[i + at.name]] : `(${type})`;
    const key = type === 'closure' ? '(closures)' : name;
    const e = by.get(key) ?? { count: 0, bytes: 0 };
    e.count++;
    e.bytes += snap.nodes[i + at.size];
    by.set(key, e);
  }
  return [...by]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, 25)
    .map(([name, e]) => ({ name, count: e.count, mib: mib(e.bytes) }));
}

const require = createRequire(import.meta.url);

if (file) {
  process.on('SIGUSR2', () => {
    const m = process.memoryUsage();
    const packages = {};
    for (const path of Object.keys(require.cache)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? '(own)';
      packages[pkg] = (packages[pkg] ?? 0) + 1;
    }
    const report = {
      memoryUsage: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, mib(v)])),
      heapSpaces: Object.fromEntries(
        v8.getHeapSpaceStatistics().map((s) => [s.space_name, { size: mib(s.space_size), used: mib(s.space_used_size) }]),
      ),
      code: Object.fromEntries(Object.entries(v8.getHeapCodeStatistics()).map(([k, v]) => [k, mib(v)])),
      cjsModules: Object.keys(require.cache).length,
      packages: Object.fromEntries(Object.entries(packages).sort((a, b) => b[1] - a[1])),
      snapshot: process.env.IDLE_PROBE_SNAPSHOT === '1' ? snapshotSummary() : undefined,
    };
    writeFileSync(file, `${JSON.stringify(report)}\n`);
  });
}
