// The commands of systemd/edge-gateway.service, as this checkout would run them: /opt/edge-gateway read as `root`, and the
// config path swapped for the caller's. Used by the service test and by the benchmarks, so both run the gateway exactly
// as a site does (the built dist/ and the unit's node flags).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface UnitCommand {
  nodeArgs: string[];
  script: string;
  args: string[];
}

const OPT = '/opt/edge-gateway/';
const CONFIG = '/etc/edge-gateway/config.json';

function parse(line: string | undefined, root: string, config: string): UnitCommand {
  const words = (line ?? '').trim().split(/\s+/);
  const at = words.findIndex((w) => w.startsWith(OPT));
  if (words[0] !== '/usr/bin/node' || at < 1)
    throw new Error(`systemd/edge-gateway.service: expected "/usr/bin/node [flags] ${OPT}..." in "${line}"`);
  return {
    nodeArgs: words.slice(1, at),
    script: join(root, words[at]!.slice(OPT.length)),
    args: words.slice(at + 1).map((w) => (w === CONFIG ? config : w)),
  };
}

export function unitCommands(root: string, config = CONFIG): { start: UnitCommand; pre: UnitCommand; env: Record<string, string> } {
  const unit = readFileSync(join(root, 'systemd', 'edge-gateway.service'), 'utf8');
  return {
    // The unit's Environment= lines (NODE_ENV, glibc's malloc settings), which shape the process as much as its flags.
    env: Object.fromEntries([...unit.matchAll(/^Environment=([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!])),
    start: parse(/^ExecStart=(.+)$/m.exec(unit)?.[1], root, config),
    pre: parse(/^ExecStartPre=(.+)$/m.exec(unit)?.[1], root, config),
  };
}
