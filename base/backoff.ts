// Reconnect backoff shared by the transports (the core's MQTT connection, the OPC-UA client): capped exponential with
// full jitter, so a city of sites coming back at once spreads out instead of arriving together.

/** Delay before reconnect attempt `n` (0-based): uniform in [0, min(max, min * 2^n)] ("full jitter"). */
export function backoffDelay(n: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const cap = Math.min(maxMs, minMs * 2 ** Math.min(n, 30));
  return Math.floor(random() * cap);
}
