// The layers of the code, bottom first, and the test that keeps imports pointing down them (issue 14).
//
// A file may import from its own layer and from the layers below it, never from one above. Folders on one line are
// siblings: neither imports the other. A line with `uses` may import only those folders (besides its own). A file
// belongs to the longest folder listed that holds it (gateway/pipeline/ingest.ts to gateway/pipeline, not gateway), and
// every source file must belong to one. On top of that there is no import cycle, neither between files nor between
// folders (devices/sim -> devices/locker/sim -> devices/common is fine; devices/common -> devices/sim would close one).
// Imports are read from the source text (import / export ... from, import(), typeof import()); type-only imports count:
// a reader follows them too. test/, bench/, harness/ (the kit they share), scripts/ and bin/ sit above all of this.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from '../harness/gateway.ts';

interface Layer {
  folders: string[];
  holds: string;
  uses?: string[];
}

export const LAYERS: readonly Layer[] = [
  {
    folders: ['base'],
    holds:
      'what every layer may use: error codes, log, durable state files, recent maps, signals, package root ' +
      "and version, reconnect backoff, masking of outside text, http/ (the read-only page servers' token gate, " +
      'sessions, guess lock-out, socket limits and security headers)',
  },
  { folders: ['proto'], holds: 'the wire contract with the core: the edge.v1 .proto files and their generated code' },
  {
    folders: ['protocols/mqtt', 'protocols/opcua'],
    holds:
      'transports, no device or gateway knowledge: the device broker and the core connection (MQTT); the OPC-UA client, session and PKI',
  },
  {
    folders: ['devices'],
    holds:
      'machine kinds: common/ (the contract every kind fulfils, shared payload rules), KIND/ (schema, ' +
      'codec, OPC-UA mapping; simulator in KIND/sim/), sim/ (the MQTT machine runner), the registry',
  },
  { folders: ['gateway/config'], holds: 'the one config schema, loading and checking it, secrets and the site keys' },
  { folders: ['gateway/spool'], holds: 'the durable store: segments, records, cursors, the lock' },
  {
    folders: ['gateway/events'],
    holds: "the gateway's typed event bus: what several parts react to (machines, records, spool, uplink, config reload)",
  },
  {
    folders: ['gateway/pipeline', 'gateway/commands', 'gateway/remote-config'],
    holds:
      'the way up (ingest -> envelope -> spool -> uplink, device stats and budgets), the way down ' +
      '(commands, their state, delivery, pickup lists) and remote configuration (verify, check, merge, its ' +
      'store, the health gate); the controller joins them',
  },
  {
    folders: ['gateway/opcua'],
    holds: 'the OPC-UA runtime: one connector per machine, its subscription plan, feeding the pipeline and carrying commands',
  },
  {
    folders: ['gateway/health'],
    holds:
      "the site's health upstream (the retained GatewayHealth, built pure, published on change) and clock " +
      "trust (the gateway's offset to the core, each machine's to the gateway)",
  },
  { folders: ['gateway/status'], holds: 'the status page, /api/status and /metrics, and who may read them' },
  { folders: ['gateway'], holds: 'controller.ts: builds the parts, wires them, starts them in order and stops them in reverse' },
  {
    folders: ['core'],
    holds:
      'the reference core tools (consume, push-config, the time responder): only the wire contract and base; the process shell runs them',
    uses: ['base', 'proto'],
  },
  {
    folders: ['gateway/app'],
    holds:
      'the process shell: main, cli, demo, simulate, systemd notify, quiet debug, remote configuration in the process (start, restart, config show)',
  },
];

const ROOTS = ['base', 'proto', 'protocols', 'devices', 'gateway', 'core'];
const SOURCE = /\.(ts|mts|mjs|js)$/;

/** Relative import specifiers of one file, in order: static imports and re-exports, import(), typeof import(). */
export function importsOf(source: string): string[] {
  const out: { at: number; spec: string }[] = [];
  const patterns = [
    /^[ \t]*(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/gm,
    /^[ \t]*import\s*(['"])([^'"]+)\1/gm,
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push({ at: m.index, spec: m[2]! });
  return out
    .sort((a, b) => a.at - b.at)
    .map((i) => i.spec)
    .filter((s) => s.startsWith('.'));
}

function sourceFiles(dir: string, rel: string, out: string[]): string[] {
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = posix.join(rel, e.name);
    if (e.isDirectory()) sourceFiles(dir, path, out);
    else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every source file under the layered folders, by repository path. */
export function readTree(repo: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const root of ROOTS) for (const f of sourceFiles(repo, root, [])) files.set(f, readFileSync(join(repo, f), 'utf8'));
  return files;
}

function layerOf(file: string): { index: number; folder: string } | undefined {
  let best: { index: number; folder: string } | undefined;
  LAYERS.forEach((l, index) => {
    for (const folder of l.folders) {
      if (file.startsWith(`${folder}/`) && (!best || folder.length > best.folder.length)) best = { index, folder };
    }
  });
  return best;
}

const describeLayer = (at: { index: number; folder: string }) => `${at.folder}/ (layer ${at.index + 1})`;

/** Strongly connected components with more than one member (Tarjan), each as a path that closes the circle. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(circleThrough(scc.sort()[0]!, new Set(scc), edges));
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** One shortest circle from `start` back to itself inside a component, for the message. */
function circleThrough(start: string, members: Set<string>, edges: Map<string, Set<string>>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of [...(edges.get(v) ?? [])].sort()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/** What is wrong with the imports of these files: one line per problem, naming the file and the import. */
export function checkLayers(files: Map<string, string>): string[] {
  const problems: string[] = [];
  const fileEdges = new Map<string, Set<string>>();
  const folderEdges = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, a: string, b: string) => {
    if (!m.has(a)) m.set(a, new Set());
    m.get(a)!.add(b);
  };
  for (const [file, source] of files) {
    const from = layerOf(file);
    if (!from) {
      problems.push(`${file} is in no layer: add its folder to LAYERS in test/architecture.test.ts, or move it`);
      continue;
    }
    for (const spec of importsOf(source)) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      const to = layerOf(target);
      const line = `${file} imports '${spec}' (${target})`;
      if (!to) {
        problems.push(`${line}: outside the layers; production code never imports test/, bench/ or scripts/`);
        continue;
      }
      add(fileEdges, file, target);
      if (posix.dirname(file) !== posix.dirname(target)) add(folderEdges, posix.dirname(file), posix.dirname(target));
      const uses = LAYERS[from.index]!.uses;
      if (to.index > from.index) problems.push(`${line}: upward, from ${describeLayer(from)} to ${describeLayer(to)}`);
      else if (to.index === from.index && to.folder !== from.folder)
        problems.push(`${line}: sideways between siblings ${from.folder}/ and ${to.folder}/ (layer ${from.index + 1})`);
      else if (uses && to.index !== from.index && !uses.some((u) => target.startsWith(`${u}/`)))
        problems.push(`${line}: ${from.folder}/ may use only ${uses.map((u) => `${u}/`).join(', ')}`);
    }
  }
  for (const c of cycles(fileEdges)) problems.push(`import cycle between files: ${c.join(' -> ')}`);
  for (const c of cycles(folderEdges)) problems.push(`import cycle between folders: ${c.join(' -> ')}`);
  return problems;
}

describe('architecture: imports point one way', () => {
  const tree = readTree(REPO);

  it('reads the imports of the whole tree', () => {
    const imports = [...tree.values()].reduce((n, s) => n + importsOf(s).length, 0);
    assert.ok(tree.size > 100 && imports > 250, `${tree.size} files, ${imports} imports: the parser is reading too little`);
  });

  it('has no import that runs up a layer or sideways between siblings, and no import cycle', () => {
    const problems = checkLayers(tree);
    assert.deepEqual(problems, [], `\n${problems.join('\n')}\n`);
  });

  it('names the file and the import when one does (each added to the real tree: upward, sideways, a cycle)', () => {
    const problemsWith = (file: string, line: string) => checkLayers(new Map(tree).set(file, `${line}\n${tree.get(file)!}`));
    const has = (problems: string[], pattern: RegExp) =>
      assert.ok(
        problems.some((p) => pattern.test(p)),
        `expected ${pattern} among:\n${problems.join('\n')}`,
      );
    const up = problemsWith('base/errors.ts', "import { runCli } from '../gateway/app/cli.ts';");
    has(up, /^base\/errors\.ts imports '\.\.\/gateway\/app\/cli\.ts' .*upward, from base\/ \(layer 1\) to gateway\/app\/ \(layer \d+\)/);
    has(up, /^import cycle between folders: base -> gateway\/app -> base/);
    has(
      problemsWith('gateway/pipeline/ingest.ts', "import type { CommandStore } from '../commands/store.ts';"),
      /^gateway\/pipeline\/ingest\.ts imports '\.\.\/commands\/store\.ts' .*sideways between siblings/,
    );
    has(
      problemsWith('gateway/config/schema.ts', "const load = () => import('../../core/consume.ts');"),
      /^gateway\/config\/schema\.ts imports '\.\.\/\.\.\/core\/consume\.ts' .*upward/,
    );
    has(
      problemsWith('core/ranges.ts', "import { Spool } from '../gateway/spool/spool.ts';"),
      /^core\/ranges\.ts imports .*core\/ may use only base\/, proto\//,
    );
    has(
      problemsWith('gateway/spool/record.ts', "export { Spool } from './spool.ts';"),
      /^import cycle between files: .*gateway\/spool\/record\.ts -> gateway\/spool\/spool\.ts -> /,
    );
  });
});
