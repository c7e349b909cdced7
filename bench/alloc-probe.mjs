// Preloaded into the gateway to find what allocates: V8's sampling heap profiler, counting objects the garbage collector
// has already freed too (which is what makes collections frequent), for ALLOC_PROBE_SECONDS (default 5) starting
// ALLOC_PROBE_START_MS after start (default 6000); then writes the top allocating functions, by self size and by
// package, to ALLOC_PROBE_FILE. Plain JavaScript: the gateway runs as built JS, with no TypeScript loader.
//   ALLOC_PROBE_FILE=/tmp/alloc.txt npm run bench:spool -- --only throughput --runs 1 \
//     --gateway-node-args="--import ./bench/alloc-probe.mjs"
//   ALLOC_PROBE_FILE=/tmp/alloc.txt ALLOC_PROBE_START_MS=17000 BENCH_GATEWAY_NODE_ARGS="--import $PWD/bench/alloc-probe.mjs" \
//     npm run bench -- --runs 1 --only steady --targets gateway      # the steady 1,000 msg/s after the flood
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const file = process.env.ALLOC_PROBE_FILE;
if (file) {
  const seconds = Number(process.env.ALLOC_PROBE_SECONDS ?? 5);
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  const where = (frame) =>
    `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/')}:${frame.lineNumber}`;
  const pkg = (frame) =>
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1] ??
    (frame.url.includes('/dist/') ? 'edge-gateway' : frame.url.startsWith('node:') ? 'node' : '(other)');
  setTimeout(
    async () => {
      await post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      setTimeout(async () => {
        const { profile } = await post('HeapProfiler.stopSampling');
        const byFunction = new Map();
        const byPackage = new Map();
        let total = 0;
        const walk = (node) => {
          if (node.selfSize > 0) {
            total += node.selfSize;
            const f = where(node.callFrame);
            byFunction.set(f, (byFunction.get(f) ?? 0) + node.selfSize);
            const p = pkg(node.callFrame);
            byPackage.set(p, (byPackage.get(p) ?? 0) + node.selfSize);
          }
          for (const c of node.children) walk(c);
        };
        walk(profile.head);
        const table = (m, n) =>
          [...m]
            .sort((a, b) => b[1] - a[1])
            .slice(0, n)
            .map(([k, v]) => `${(v / 1048576).toFixed(1).padStart(8)} MiB ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
            .join('\n');
        writeFileSync(
          file,
          `allocated ${(total / 1048576).toFixed(1)} MiB in ${seconds} s\n\nby package\n${table(byPackage, 15)}\n\nby function\n${table(byFunction, 60)}\n`,
        );
      }, seconds * 1000);
    },
    Number(process.env.ALLOC_PROBE_START_MS ?? 6000),
  ).unref();
}
