// What runs at start: the site file alone, or the site file with a remote version merged over it. Called before the
// controller is built, so a remote version that killed the previous process is never started twice:
//   - remoteConfig.enabled false in the site file: the file alone; the remembered versions are dropped (the version mark
//     stays, so an old config cannot come back by replay when it is enabled again).
//   - a pending version already tried by a process (attempts >= 1): that process died before confirming it (a crash, a
//     failed start, a power cut, a kill); it is abandoned ("rolled_back", GW_CONFIG_REMOTE_CRASHED).
//   - a pending version not yet tried (written just before a restart): counted as tried, durably, then started; the
//     health gate (agent.ts) confirms or rolls it back.
//   - otherwise the last good version, if it still fits the site file (a local edit can make it not fit: then the file
//     alone runs, and `config show --active` says why).
import type { Config } from '../config/schema.ts';
import { checkRemoteConfig, type RemoteProblem } from './check.ts';
import type { RemoteConfigStore, ResultRecord } from './store.ts';

export interface BootOutcome {
  config: Readonly<Config>;
  /** The remote version running (0: the site file alone). */
  version: number;
  /** A version under test: the agent must run the health gate for it. */
  underTest: boolean;
  /** Why the remembered state was not used as it was (for the log). */
  notes: string[];
}

export function bootRemoteConfig(
  localRaw: unknown,
  local: Readonly<Config>,
  store: RemoteConfigStore,
  env: NodeJS.ProcessEnv,
  now: number,
): BootOutcome {
  const notes: string[] = store.problem ? [store.problem] : [];
  const s = store.state;
  const rolledBack = (version: number, problems: RemoteProblem[]): ResultRecord => ({
    version,
    state: 'rolled_back',
    problems,
    timeMs: now,
    activeVersion: s.lastGood?.version ?? 0,
    restartSections: [],
  });
  if (!local.remoteConfig.enabled) {
    if (s.lastGood || s.pending || s.scheduled) {
      notes.push('remoteConfig.enabled is false: remote versions dropped, the site file alone runs');
      store.update((st) => {
        st.lastGood = null;
        st.pending = null;
        st.scheduled = null;
      });
    }
    return { config: local, version: 0, underTest: false, notes };
  }
  const pending = s.pending;
  if (pending && pending.attempts >= 1) {
    notes.push(`remote version ${pending.version} was abandoned: the gateway stopped before confirming it`);
    store.update((st) => {
      st.pending = null;
      store.addResult(
        st,
        rolledBack(pending.version, [
          {
            path: '',
            code: 'GW_CONFIG_REMOTE_CRASHED',
            message: `the gateway stopped ${pending.attempts === 1 ? 'once' : `${pending.attempts} times`} before confirming this version; abandoned at the next start`,
          },
        ]),
      );
    });
  } else if (pending) {
    const checked = checkRemoteConfig(localRaw, pending.document, local, env);
    if (checked.ok) {
      store.update((st) => {
        st.pending = { ...pending, attempts: pending.attempts + 1 };
      });
      return { config: checked.config, version: pending.version, underTest: true, notes };
    }
    notes.push(`remote version ${pending.version} no longer fits the site file: abandoned`);
    store.update((st) => {
      st.pending = null;
      store.addResult(st, rolledBack(pending.version, checked.problems));
    });
  }
  const good = store.state.lastGood;
  if (good) {
    const checked = checkRemoteConfig(localRaw, good.document, local, env);
    if (checked.ok) return { config: checked.config, version: good.version, underTest: false, notes };
    notes.push(
      `remote version ${good.version} does not fit the site file (${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}): the site file alone runs`,
    );
  }
  return { config: local, version: 0, underTest: false, notes };
}
