// `edge-gateway config show --active [--config FILE] [--json]`: what configuration the gateway runs and why. Reads the
// site file and the remote-config store ({state}/remote-config.json) without changing either, and merges as a start
// would (gateway/remote-config/boot.ts), so an operator sees the same answer the next start will act on.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkConfig, readConfigFile } from '../config/load.ts';
import { checkRemoteConfig } from '../remote-config/check.ts';
import { RemoteConfigStore } from '../remote-config/store.ts';
import { stateDir } from '../part-options.ts';

export function remoteConfigFile(config: Parameters<typeof stateDir>[0]): string {
  return join(stateDir(config), 'remote-config.json');
}

export function runConfigShow(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string', short: 'c', default: '/etc/edge-gateway/config.json' },
      active: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const localRaw = readConfigFile(values.config);
  const local = checkConfig(localRaw);
  const store = new RemoteConfigStore(remoteConfigFile(local)).open({ readOnly: true });
  const s = store.state;
  const lines: string[] = [`site file: ${values.config} (site ${local.site.id})`];
  const rc = local.remoteConfig;
  lines.push(
    `remote configuration: ${rc.enabled ? 'accepted' : 'refused (remoteConfig.enabled: false)'}; ` +
      `key: ${local.uplink.configKey || '(none: every remote config is refused)'}; topic ${local.uplink.topicPrefix}/${local.site.id}/config`,
  );
  if (store.problem) lines.push(`store: ${store.problem}`);
  let effective = local;
  let why = 'the site file alone: no remote version is active';
  const candidate = rc.enabled ? (s.pending ?? s.lastGood) : null;
  if (!rc.enabled && (s.lastGood || s.pending))
    why = 'the site file alone: remote configuration is refused here, the remembered versions are dropped at the next start';
  if (candidate) {
    // Secrets are not looked up: this shell does not have the service's environment (EnvironmentFile, credentials).
    const checked = checkRemoteConfig(localRaw, candidate.document, local, undefined);
    const state = s.pending
      ? `under test (tried by ${s.pending.attempts} start${s.pending.attempts === 1 ? '' : 's'}; a start that finds it tried abandons it)`
      : `confirmed ${new Date(s.lastGood!.confirmedAtMs).toISOString()}`;
    if (checked.ok) {
      effective = checked.config;
      why = `remote version ${candidate.version} over the site file, ${state}; it sets: ${Object.keys(candidate.document).sort().join(', ')}`;
    } else {
      why = `the site file alone: remote version ${candidate.version} does not fit it (${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')})`;
    }
  }
  lines.push(`active: ${why}`);
  if (s.pending && s.lastGood) lines.push(`last good: remote version ${s.lastGood.version}`);
  if (s.scheduled) lines.push(`scheduled: version ${s.scheduled.version} at ${new Date(s.scheduled.activateAtMs).toISOString()}`);
  lines.push(`highest version applied or refused: ${s.highestVersion}`);
  const r = s.lastResult;
  if (r) {
    const problems = r.problems.map((p) => ` ${p.code}${p.path ? ` ${p.path}` : ''}: ${p.message}`).join(';');
    lines.push(`last result: version ${r.version} ${r.state} at ${new Date(r.timeMs).toISOString()}${problems ? ` -${problems}` : ''}`);
  }
  if (s.unsent.length > 0) lines.push(`results the core has not acknowledged yet: ${s.unsent.length}`);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ summary: lines, store: s, effective }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
