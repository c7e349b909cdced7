// One section of the config schema (gateway/config/schema.ts assembles them); descriptions and defaults live here.

export const httpSection = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description: 'Local status page and health endpoints.',
  properties: {
    host: { type: 'string', default: '127.0.0.1', description: 'Address of the status page.' },
    port: { type: 'integer', minimum: 0, maximum: 65535, default: 8080, description: 'Port of the status page (0 picks a free one).' },
    tokenEnv: {
      type: 'string',
      pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
      description:
        'Name of an environment variable holding the access token for the status page and /metrics (at least ' +
        '16 characters). Required when http.host is not a loopback address (127.0.0.0/8, ::1); the gateway ' +
        'refuses to start otherwise (GW_CONFIG_HTTP_TOKEN_REQUIRED).',
    },
    tokenFile: {
      type: 'string',
      minLength: 1,
      description: 'Path of a file holding the access token (trailing newline ignored); instead of tokenEnv.',
    },
    session: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'Browser sessions: a browser that opens /?token=TOKEN gets a random session id of its own, bound to the address it used (docs/security.md).',
      properties: {
        idleS: {
          type: 'integer',
          minimum: 10,
          maximum: 86400,
          default: 1800,
          description: 'A session ends after this many seconds without a request (the open page asks every few seconds).',
        },
        lifetimeS: {
          type: 'integer',
          minimum: 60,
          maximum: 604800,
          default: 43200,
          description: 'A session ends this many seconds after the token was given, however busy; then the token is needed again.',
        },
        max: {
          type: 'integer',
          minimum: 1,
          maximum: 10000,
          default: 32,
          description: 'Live sessions at most; one more ends the oldest.',
        },
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Defences of the status page against hostile clients on the LAN (docs/security.md).',
      properties: {
        authFailures: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          default: 10,
          description:
            'Wrong tokens (or unknown session cookies) from one address before it is refused (429) for authLockoutS (GW_HTTP_AUTH_FAILED).',
        },
        authLockoutS: {
          type: 'integer',
          minimum: 1,
          maximum: 86400,
          default: 60,
          description: 'First lock-out of a guessing address, in seconds; each further lock-out in a row doubles, up to 16 times this.',
        },
        maxConnections: {
          type: 'integer',
          minimum: 1,
          maximum: 100000,
          default: 64,
          description: 'Open status page sockets at most; more are closed at once (GW_HTTP_CONNECTION_LIMIT).',
        },
        maxConnectionsPerSource: {
          type: 'integer',
          minimum: 1,
          maximum: 100000,
          default: 16,
          description: 'Open status page sockets from one address (IPv6: one /64) at most.',
        },
        headersTimeoutMs: {
          type: 'integer',
          minimum: 100,
          maximum: 600000,
          default: 10000,
          description: 'A client must send its request headers within this time (a socket that sends nothing is closed too): answered 408.',
        },
        requestTimeoutMs: {
          type: 'integer',
          minimum: 100,
          maximum: 600000,
          default: 30000,
          description: 'A client must send its whole request within this time: answered 408.',
        },
        maxHeaderBytes: {
          type: 'integer',
          minimum: 1024,
          maximum: 65536,
          default: 8192,
          description: 'Request line and headers at most this many bytes: answered 431.',
        },
      },
    },
  },
} as const;
