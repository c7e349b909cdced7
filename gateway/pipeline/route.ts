// A record's route: "{deviceId}/{channel}", stored with it in the spool and the tail of its topic at the core
// ({topicPrefix}/{siteId}/{route}). Built by the ingest, read back by the uplink when the core confirms the record, both
// here, so the two cannot disagree on where the device id ends.

/** The device id of a whole-site command result ({topicPrefix}/{siteId}/_site/cmd/result). */
export const SITE_ROUTE = '_site';

export function recordRoute(deviceId: string, channel: string): string {
  return `${deviceId || SITE_ROUTE}/${channel}`;
}

/** The device id and the channel of a route. Device ids never contain "/" (the config's id pattern; the MQTT ACL). */
export function parseRoute(route: string): { deviceId: string; channel: string } {
  const slash = route.indexOf('/');
  return slash < 0 ? { deviceId: route, channel: '' } : { deviceId: route.slice(0, slash), channel: route.slice(slash + 1) };
}
