// Sections of the config schema (gateway/config/schema.ts assembles them): `health`, the GatewayHealth the site
// publishes to the core, and `clock`, clock trust (the gateway's offset to the core, each machine's to the gateway).
// Descriptions and defaults live here.

export const healthSection = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description:
    'The retained edge.v1.GatewayHealth on {topicPrefix}/{siteId}/health: backlog, outage capacity, ' +
    'machines, clocks, for the core\'s fleet view (README "Health upstream").',
  properties: {
    enabled: { type: 'boolean', default: true, description: 'Publish the health message (and ask the core for its time).' },
    intervalS: {
      type: 'integer',
      minimum: 5,
      maximum: 3600,
      default: 60,
      description: 'Seconds between two health messages when nothing significant changes.',
    },
    minGapMs: {
      type: 'integer',
      minimum: 100,
      maximum: 600000,
      default: 5000,
      description:
        'Least time between two health messages: a significant change (uplink back, spool full or corrupt, a ' +
        'machine offline or online, a config reload, a clock flag) publishes at once, but never sooner than ' +
        'this after the previous one, so a flapping machine cannot flood the core.',
    },
    inflowWindowS: {
      type: 'integer',
      minimum: 60,
      maximum: 86400,
      default: 3600,
      description:
        "Window over which the machines' intake into the spool is averaged to estimate the outage hours the free room still holds.",
    },
    configVersion: {
      type: 'string',
      default: '',
      maxLength: 100,
      description:
        'A label for this configuration (a change number, a release tag) reported in GatewayHealth beside the hash of the effective config.',
    },
  },
} as const;

export const clockSection = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description:
    "Clock trust: the gateway's offset to the core (NTP-style over the uplink) and each machine's offset " +
    'to the gateway (device time vs receive time on live messages).',
  properties: {
    maxSkewMs: {
      type: 'integer',
      minimum: 100,
      maximum: 86400000,
      default: 60000,
      description:
        "A clock further than this from the reference is flagged: the gateway's against the core " +
        "(GW_CLOCK_SKEW, beyond the estimate's uncertainty), a machine's against the gateway " +
        "(GW_DEVICE_CLOCK_SKEW); a machine's clock stepping by more than this is a jump " +
        '(GW_DEVICE_CLOCK_JUMP).',
    },
    probeIntervalS: {
      type: 'integer',
      minimum: 5,
      maximum: 86400,
      default: 60,
      description:
        'Seconds between two time requests to the core ({topicPrefix}/{siteId}/time/req); three are sent in a row when the uplink comes up.',
    },
    samples: {
      type: 'integer',
      minimum: 1,
      maximum: 64,
      default: 8,
      description: "Time samples kept from the core; the one with the smallest round trip gives the gateway's offset.",
    },
    deviceSamples: {
      type: 'integer',
      minimum: 3,
      maximum: 256,
      default: 15,
      description: "Recent live samples per machine; a machine's offset is the median of the least delayed of them.",
    },
    lagToleranceMs: {
      type: 'integer',
      minimum: 0,
      maximum: 600000,
      default: 2000,
      description:
        'A machine sample lagging the least delayed recent sample by more than this is taken as delayed (a ' +
        'replayed backlog, a retry) and left out of the offset.',
    },
    trustAfterSamples: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      default: 10,
      description: "Samples in a row without a jump after which a machine's clock is trusted again.",
    },
  },
} as const;

export interface HealthConfig {
  enabled: boolean;
  intervalS: number;
  minGapMs: number;
  inflowWindowS: number;
  configVersion: string;
}

export interface ClockConfig {
  maxSkewMs: number;
  probeIntervalS: number;
  samples: number;
  deviceSamples: number;
  lagToleranceMs: number;
  trustAfterSamples: number;
}
