// One section of the config schema (gateway/config/schema.ts assembles them); descriptions and defaults live here.

export const spoolSection = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description: 'The durable on-disk buffer (see "Delivery guarantee" in the README).',
  properties: {
    dir: { type: 'string', default: '/var/lib/edge-gateway/spool', description: 'Directory of the spool; one gateway per directory.' },
    maxBytes: {
      type: 'integer',
      minimum: 1048576,
      default: 1073741824,
      description:
        'Quota for the whole spool. Full: telemetry is dropped oldest first, new transactions are not acknowledged until room returns.',
    },
    segmentBytes: {
      type: 'integer',
      minimum: 4096,
      default: 8388608,
      description:
        'Size at which a segment file is closed and a new one started. A start after a crash or power cut scans the ' +
        "newest segment of each class (the others open from their summaries), so this bounds that start's extra time.",
    },
    telemetryTtlS: {
      type: 'integer',
      minimum: 1,
      default: 86400,
      description: 'Telemetry older than this is dropped instead of sent.',
    },
    dedupWindow: {
      type: 'integer',
      minimum: 0,
      default: 100000,
      description: 'How many recent (device, txId) pairs are remembered to store a retried transaction once.',
    },
  },
} as const;
