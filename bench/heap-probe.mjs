// Plain JavaScript: the gateway runs as built JS (scripts/build.mjs), with no TypeScript loader.
// Preloaded into the gateway for memory experiments: every 2 s appends process.memoryUsage() (MiB) as a JSON line to the
// file named by HEAP_PROBE_FILE, so RSS can be told apart into V8 heap, external buffers and the rest.
//   HEAP_PROBE_FILE=/tmp/heap.jsonl npm run bench -- --only backlog --gateway-node-args="--import ./bench/heap-probe.mjs"
import { appendFileSync } from 'node:fs';

const file = process.env.HEAP_PROBE_FILE;
if (file) {
  const mib = (n) => Math.round((n / 1048576) * 10) / 10;
  const t0 = Date.now();
  setInterval(() => {
    const m = process.memoryUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ s: Math.round((Date.now() - t0) / 1000), rss: mib(m.rss), heapTotal: mib(m.heapTotal), heapUsed: mib(m.heapUsed), external: mib(m.external), arrayBuffers: mib(m.arrayBuffers) })}\n`,
    );
  }, 2000).unref();
}
