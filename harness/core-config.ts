// Remote configuration as the core does it in tests: push a signed document to one site with `core push-config`'s own
// code (core/push-config.ts), then read the site's ConfigResults as a core listener received them.
import type { KeyObject } from 'node:crypto';
import { pushConfig } from '../core/push-config.ts';
import { pb, type edge } from '../proto/index.ts';
import type { CoreListener } from './core-listener.ts';
import { waitFor } from './wait.ts';

export type ConfigPush = (version: number, doc: unknown) => Promise<string>;

/**
 * Pushes `doc` as configuration `version` to `siteId` under gov/v1/site, signed with `key`; retained, as the core does,
 * and without waiting for the site's answer (the tests read it from their own listener).
 */
export function configPusher(url: string, siteId: string, key: KeyObject): ConfigPush {
  return (version, doc) =>
    pushConfig({ url, siteId, document: Buffer.from(JSON.stringify(doc)), key, version, prefix: 'gov/v1/site', waitMs: 0 });
}

/** The ConfigResults for `version` that reached `listener` (subscribed to the site's config/result), in arrival order. */
export function configResults(listener: CoreListener, version: number): edge.v1.ConfigResult[] {
  return listener.messages.map((m) => pb.ConfigResult.decode(m.payload)).filter((r) => Number(r.version) === version);
}

/** A result's state without its prefix: APPLIED, REJECTED, PENDING_RESTART, ROLLED_BACK... */
export function configState(r: { state: number }): string {
  return (pb.ConfigState[r.state] ?? String(r.state)).replace('CONFIG_STATE_', '');
}

/** Resolves with the first result for `version` in `state` (as configState names it). */
export function waitConfigResult(
  listener: CoreListener,
  version: number,
  state: string,
  timeoutMs = 20_000,
): Promise<edge.v1.ConfigResult> {
  return waitFor(() => configResults(listener, version).find((r) => configState(r) === state), {
    timeoutMs,
    what: `version ${version} ${state}`,
  });
}
