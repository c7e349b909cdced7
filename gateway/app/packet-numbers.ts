// mqtt-packet (which aedes and MQTT.js both write packets with) fills a cache of 65,536 two-byte Buffers, one per 16-bit
// number, the first time it writes a packet, and keeps it for good: about 6 MiB of live heap (65,536 Buffer objects plus
// their map) that every full garbage collection walks, 4-7 MiB of the idle gateway's RSS (bench/README.md, "Idle
// memory"). Writing a number without it allocates a two-byte Buffer from Node's pool, the same bytes.
//
// `writeToStream.cacheNumbers = false` is mqtt-packet's documented switch (MQTT.js sets it for its `writeCache: false`
// option); it is one flag per process, for every copy of mqtt-packet the libraries resolve. gateway/app/main.ts imports
// this after quiet-debug.ts (mqtt-packet requires `debug` when it loads) and before anything writes a packet.
import { createRequire } from 'node:module';

interface PacketWriter {
  writeToStream: { cacheNumbers: boolean };
}

/** Paths of mqtt-packet as aedes and MQTT.js resolve it (one path when npm deduplicated them). */
function packetPaths(): string[] {
  const here = createRequire(import.meta.url);
  const paths = new Set<string>();
  for (const via of ['aedes', 'mqtt']) {
    try {
      paths.add(createRequire(here.resolve(via)).resolve('mqtt-packet'));
    } catch {
      // not installed this way: nothing to switch there
    }
  }
  return [...paths];
}

const load = createRequire(import.meta.url);
for (const path of packetPaths()) (load(path) as PacketWriter).writeToStream.cacheNumbers = false;
