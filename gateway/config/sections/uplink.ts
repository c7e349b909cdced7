// One section of the config schema (gateway/config/schema.ts assembles them); descriptions and defaults live here.
import { secretRefs } from './common.ts';

export const uplinkSection = {
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  description: "The connection to the central core's MQTT broker.",
  properties: {
    url: { type: 'string', pattern: '^(mqtt|mqtts)://', description: 'Core broker URL, mqtt:// or mqtts://.' },
    topicPrefix: {
      type: 'string',
      default: 'gov/v1/site',
      pattern: '^[^#+]+[^/#+]$',
      description: 'Upstream topics are {topicPrefix}/{siteId}/...',
    },
    clientId: { type: 'string', default: '', description: 'MQTT client id at the core; empty means "edge-gateway-{siteId}".' },
    username: { type: 'string', default: '', description: 'Username at the core broker, if it wants one.' },
    passwordEnv: secretRefs.passwordEnv,
    passwordFile: secretRefs.passwordFile,
    ack: {
      enum: ['broker', 'application'],
      default: 'broker',
      description:
        '"broker": a record leaves the spool when the core broker PUBACKs it. "application": only when the ' +
        'core consumer acknowledges it on {topicPrefix}/{siteId}/ack.',
    },
    window: {
      type: 'integer',
      minimum: 1,
      maximum: 20000,
      default: 1000,
      description: 'Maximum unconfirmed messages in flight to the core.',
    },
    maxRate: {
      type: 'integer',
      minimum: 0,
      default: 0,
      description:
        'Maximum messages per second to the core (0 = unlimited). Set it so that a city of sites coming back at once does not flatten the core.',
    },
    ackTimeoutMs: {
      type: 'integer',
      minimum: 1000,
      default: 30000,
      description: 'With ack "application": resend what the consumer has not acknowledged within this time.',
    },
    reconnectMinMs: {
      type: 'integer',
      minimum: 10,
      default: 500,
      description: 'First reconnect delay; doubles per failure up to reconnectMaxMs, with full jitter.',
    },
    reconnectMaxMs: { type: 'integer', minimum: 100, default: 30000, description: 'Cap on the reconnect delay.' },
    keepaliveS: { type: 'integer', minimum: 5, maximum: 600, default: 30, description: 'MQTT keepalive towards the core.' },
    tls: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'TLS towards the core (with an mqtts:// url). Files are re-read when they change, so renewed certificates apply without a restart.',
      properties: {
        caFile: {
          type: 'string',
          default: '',
          description: "CA that signs the core broker's certificate (PEM); empty = the system CAs.",
        },
        certFile: { type: 'string', default: '', description: 'Client certificate for mutual TLS (PEM).' },
        keyFile: { type: 'string', default: '', description: 'Private key of the client certificate (PEM).' },
      },
    },
    commandKey: {
      type: 'string',
      default: '',
      description:
        "Path of the core's Ed25519 public key (PEM). When set, every command must carry a valid signature; " +
        'when empty, commands are not authenticated (a warning is logged at start).',
    },
    configKey: {
      type: 'string',
      default: '',
      description:
        "Path of the core's Ed25519 public key (PEM) for remote configuration, separate from commandKey. " +
        'Empty: every remote configuration is refused (GW_CONFIG_REMOTE_KEY); docs/remote-config.md.',
    },
    commandMaxTtlS: {
      type: 'integer',
      minimum: 60,
      maximum: 604800,
      default: 86400,
      description:
        "Furthest a command's deadline may lie ahead of the gateway's clock, in seconds; a command with a " +
        'later deadline is rejected (GW_COMMAND_DEADLINE_TOO_FAR). It bounds how long each command id must ' +
        'be remembered (see docs/commands.md).',
    },
    commandMemory: {
      type: 'integer',
      minimum: 100,
      maximum: 100000,
      default: 10000,
      description:
        'How many accepted commands are remembered at once, each until 15 minutes after its deadline, on ' +
        'disk (so a replayed command never runs again, also after a restart). Rejected commands are never ' +
        'stored. Full: a new command is rejected (GW_COMMAND_MEMORY_FULL) rather than an id forgotten. The ' +
        'default sustains one command every 8.7 s with day-long deadlines; shorter deadlines leave sooner ' +
        '(docs/commands.md).',
    },
  },
} as const;
