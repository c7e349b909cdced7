// A remote configuration is checked exactly as `edge-gateway validate` checks a site file (gateway/config/load.ts: the
// schema, every problem with its path, no inline secrets, the semantic rules), after merging it over the site's file,
// plus what only a remote document can get wrong: settings the site keeps for itself (merge.ts FORBIDDEN), secrets the
// site does not have (a passwordEnv or passwordFile it names must resolve here, or the reload would fail half-way), and
// any change to the spool section. Nothing here changes anything.
import { isGatewayError } from '../../base/errors.ts';
import { checkConfig } from '../config/load.ts';
import type { Config, ConfigProblem } from '../config/schema.ts';
import { resolveSecret, type SecretRef } from '../config/secrets.ts';
import { forbiddenSettings, liveSections, mergeConfig, restartSections } from './merge.ts';

export interface RemoteProblem {
  path: string;
  code: string;
  message: string;
}

export type CheckOutcome =
  | { ok: true; config: Readonly<Config>; restartSections: string[]; liveSections: string[] }
  | { ok: false; code: 'GW_CONFIG_REMOTE_FORBIDDEN' | 'GW_CONFIG_REMOTE_INVALID'; problems: RemoteProblem[] };

/**
 * Checks `document` merged over the site file `localRaw` against the config running now. `env` is where named secrets
 * are looked up (the gateway's environment); undefined skips that check (`config show`, run from a shell without the
 * service's environment).
 */
export function checkRemoteConfig(
  localRaw: unknown,
  document: Record<string, unknown>,
  running: Readonly<Config>,
  env: NodeJS.ProcessEnv | undefined,
): CheckOutcome {
  const forbidden = forbiddenSettings(document);
  if (forbidden.length > 0) return { ok: false, code: 'GW_CONFIG_REMOTE_FORBIDDEN', problems: forbidden };
  let next: Readonly<Config>;
  try {
    next = checkConfig(mergeConfig(localRaw, document));
  } catch (e) {
    if (!isGatewayError(e)) throw e;
    const listed = (e.detail.problems as ConfigProblem[] | undefined) ?? [{ path: '', message: e.message }];
    return { ok: false, code: 'GW_CONFIG_REMOTE_INVALID', problems: listed.map((p) => ({ ...p, code: e.code })) };
  }
  // The site's own file may have been edited since the gateway started; the spool the gateway runs on stays either way.
  if (JSON.stringify(next.spool) !== JSON.stringify(running.spool) || next.site.id !== running.site.id) {
    return {
      ok: false,
      code: 'GW_CONFIG_REMOTE_FORBIDDEN',
      problems: [
        { path: '/spool', code: 'GW_CONFIG_REMOTE_FORBIDDEN', message: 'the spool and site id the gateway runs on may not change' },
      ],
    };
  }
  const missing = env ? missingSecrets(next, env) : [];
  if (missing.length > 0) return { ok: false, code: 'GW_CONFIG_REMOTE_INVALID', problems: missing };
  const before = running as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  return { ok: true, config: next, restartSections: restartSections(before, after), liveSections: liveSections(before, after) };
}

function missingSecrets(c: Readonly<Config>, env: NodeJS.ProcessEnv): RemoteProblem[] {
  const refs: { where: string; ref: SecretRef }[] = [{ where: '/uplink', ref: c.uplink }];
  c.devices.forEach((d, i) => {
    if (d.passwordHash === undefined) refs.push({ where: `/devices/${i}`, ref: d });
    if (d.opcua?.auth.type === 'userName') refs.push({ where: `/devices/${i}/opcua/auth`, ref: d.opcua.auth });
  });
  const out: RemoteProblem[] = [];
  for (const { where, ref } of refs) {
    try {
      resolveSecret(ref, where, env);
    } catch (e) {
      if (!isGatewayError(e)) throw e;
      out.push({ path: where, code: e.code, message: e.message.startsWith(`${where}: `) ? e.message.slice(where.length + 2) : e.message });
    }
  }
  return out;
}
