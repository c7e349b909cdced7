// MQTT.js and mqtt-packet (which aedes parses with) call the `debug` package several times per message. With DEBUG unset
// each call does nothing, yet `debug`'s rest parameter allocates an array every time: about 15% of everything the
// gateway allocates under load, and so of its garbage-collection work (bench/README.md, "Where the time goes").
//
// Unless DEBUG is set, the copies of `debug` those libraries would load are put into Node's module cache (documented:
// "adding or replacing entries is also possible") as a no-op with the same surface, before the libraries load. Set
// DEBUG (e.g. DEBUG=mqttjs*) and the real one runs as usual. gateway/app/main.ts imports this first.
import { createRequire, Module } from 'node:module';

type Debugger = ((...args: unknown[]) => void) & {
  enabled: boolean;
  namespace: string;
  extend(ns: string): Debugger;
  log(): void;
  destroy(): boolean;
};

function quietDebugger(namespace: string): Debugger {
  const d = (() => undefined) as unknown as Debugger;
  d.enabled = false;
  d.namespace = namespace;
  d.extend = (ns: string) => quietDebugger(`${namespace}:${ns}`);
  d.log = () => undefined;
  d.destroy = () => true;
  return d;
}

const quiet = Object.assign((namespace: string) => quietDebugger(namespace), {
  enable: () => undefined,
  disable: () => '',
  enabled: () => false,
  coerce: (v: unknown) => v,
  names: [] as RegExp[],
  skips: [] as RegExp[],
  formatters: {} as Record<string, unknown>,
});
Object.assign(quiet, { default: quiet, debug: quiet });

/** Paths of the `debug` module as the libraries that call it per message resolve it. */
function debugPaths(): string[] {
  const here = createRequire(import.meta.url);
  const paths = new Set<string>();
  for (const [lib, via] of [
    ['mqtt', undefined],
    ['mqtt-packet', 'aedes'],
    ['mqtt-packet', 'mqtt'],
  ] as const) {
    try {
      const from = via ? createRequire(here.resolve(via)) : here;
      paths.add(createRequire(from.resolve(lib)).resolve('debug'));
    } catch {
      // not installed this way: nothing to quieten there
    }
  }
  return [...paths];
}

if (!process.env.DEBUG) {
  const cache = createRequire(import.meta.url).cache;
  for (const path of debugPaths()) {
    if (cache[path]) continue; // already loaded for real: leave it
    const m = new Module(path);
    m.filename = path;
    m.loaded = true;
    m.exports = quiet;
    cache[path] = m;
  }
}
