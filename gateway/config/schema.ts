// The one config schema: it validates the file, fills in defaults and documents every field.
// The README's config reference is generated from it (`node --import tsx gateway/config/reference.ts`), and a test keeps them in step.
// Defaults live here and nowhere else.
import { KINDS, type Kind } from '../../devices/registry.ts';
import type { OpcuaMappingConfig } from '../../protocols/opcua/types.ts';

const id = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' } as const;
const secretRefs = {
  passwordHash: {
    type: 'string',
    pattern: '^scrypt\\$',
    description: 'scrypt hash of the password, made with `edge-gateway hash-password`.',
  },
  passwordEnv: {
    type: 'string',
    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    description: 'Name of an environment variable holding the password.',
  },
  passwordFile: { type: 'string', minLength: 1, description: 'Path of a file holding the password (trailing newline ignored).' },
} as const;

// One machine's budget (gateway/pipeline/device-budget.ts, docs/security.md "One machine's budget"): the defaults are far above
// what a real machine sends (a kiosk or a locker: a transaction a minute, telemetry every few seconds, a few hundred
// stored messages after an outage) and far below what would crowd out the rest of a site.
const budgetFields = {
  messagesPerS: {
    type: 'integer',
    minimum: 0,
    maximum: 1000000,
    description:
      'Publishes and subscriptions one machine may send per second, sustained (token bucket); 0 = no rate limit (benchmarks). Over it a QoS 0 publish is dropped and a QoS 1 publish held (its PUBACK waits; nothing is lost), both with GW_DEVICE_RATE_LIMITED.',
  },
  burst: {
    type: 'integer',
    minimum: 1,
    maximum: 1000000,
    description: "Publishes one machine may send at once above the rate (the bucket's size): a backlog flushed after an outage.",
  },
  maxInflight: {
    type: 'integer',
    minimum: 1,
    maximum: 100000,
    description:
      'QoS 1 publishes of one machine being stored at once; later ones wait for their PUBACK in order (GW_DEVICE_INFLIGHT_LIMIT).',
  },
  maxPendingRequests: {
    type: 'integer',
    minimum: 1,
    maximum: 10000,
    description: 'Questions on devices/{id}/req one machine may have unanswered; more are refused (GW_DEVICE_INFLIGHT_LIMIT).',
  },
} as const;

/** A node id or a browse path from the Root folder; "{n}" in it runs over the machine's numbered units. */
const nodeRef = {
  type: 'string',
  minLength: 1,
  maxLength: 512,
  pattern: '^(/.+|(ns=\\d+;|nsu=[^;]+;)?[isgb]=.+)$',
  description: 'Node id ("ns=1;s=Locker.ServiceMode") or browse path from the Root folder ("/Objects/1:Locker/1:ServiceMode").',
} as const;

// OPC-UA machines (transport "opcua"). The mapping says where a kind's data lives on the machine's server; which roles a
// kind understands is documented in devices/KIND/README.md and checked in load.ts.
const opcuaSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['endpointUrl', 'mapping'],
  description: 'How the gateway reads an OPC-UA machine: required with transport "opcua", refused with "mqtt".',
  properties: {
    endpointUrl: {
      type: 'string',
      pattern: '^opc\\.tcp://[^/]+',
      description: 'The machine\'s OPC-UA server, e.g. "opc.tcp://10.20.0.31:4840".',
    },
    securityMode: {
      enum: ['None', 'Sign', 'SignAndEncrypt'],
      default: 'None',
      description: 'Message security. With Sign or SignAndEncrypt, anonymous auth is refused and certificates are checked both ways.',
    },
    securityPolicy: {
      enum: ['None', 'Basic256Sha256', 'Aes128_Sha256_RsaOaep', 'Aes256_Sha256_RsaPss'],
      default: 'None',
      description: 'Security policy; None only with securityMode None.',
    },
    auth: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      default: { type: 'anonymous' },
      description: 'How the gateway logs in to the machine.',
      properties: {
        type: {
          enum: ['anonymous', 'userName', 'certificate'],
          description:
            '"anonymous" (securityMode None only), "userName" (with passwordEnv or passwordFile) or "certificate" (an X.509 user certificate).',
        },
        userName: { type: 'string', minLength: 1, maxLength: 128, description: 'User name, with type "userName".' },
        passwordEnv: secretRefs.passwordEnv,
        passwordFile: secretRefs.passwordFile,
        certificateFile: { type: 'string', minLength: 1, description: 'User certificate (PEM), with type "certificate".' },
        privateKeyFile: {
          type: 'string',
          minLength: 1,
          description: 'Private key of the user certificate (PEM), with type "certificate".',
        },
      },
    },
    samplingIntervalMs: {
      type: 'integer',
      minimum: 0,
      maximum: 60000,
      default: 250,
      description: 'How often the server samples each mapped variable.',
    },
    publishingIntervalMs: {
      type: 'integer',
      minimum: 50,
      maximum: 60000,
      default: 1000,
      description: 'How often the server sends what changed.',
    },
    staleAfterIntervals: {
      type: 'integer',
      minimum: 2,
      maximum: 1000,
      default: 10,
      description:
        'No heartbeat change (or, without a heartbeat role, no data and no keep-alive) for this many publishing intervals: the machine is shown offline and a GW_OPCUA_STALE event is sent.',
    },
    reconnectMinMs: {
      type: 'integer',
      minimum: 10,
      default: 500,
      description: 'First reconnect delay; doubles per failure up to reconnectMaxMs, with full jitter.',
    },
    reconnectMaxMs: { type: 'integer', minimum: 100, default: 30000, description: 'Cap on the reconnect delay.' },
    refusedRetryMs: {
      type: 'integer',
      minimum: 1000,
      default: 60000,
      description: 'Wait after wrong credentials, a rejected certificate or a security mismatch (these need a person) before trying again.',
    },
    mapping: {
      type: 'object',
      additionalProperties: false,
      required: ['values'],
      description: "Where the kind's data is on this server, by role; the roles each kind understands are in devices/KIND/README.md.",
      properties: {
        units: {
          type: 'integer',
          minimum: 1,
          maximum: 500,
          default: 1,
          description:
            'How many numbered units (a locker\'s compartments) the machine has; "{n}" in a node reference runs from 1 to units.',
        },
        values: {
          type: 'object',
          additionalProperties: nodeRef,
          description:
            'Role -> variable to subscribe to, e.g. "serviceMode": "ns=1;s=Locker.ServiceMode", "door": "ns=1;s=Locker.C{n}.DoorOpen".',
        },
        events: {
          type: 'object',
          default: {},
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['notifier'],
            properties: {
              notifier: nodeRef,
              fields: { type: 'object', default: {}, additionalProperties: { type: 'string', pattern: '^(\\d+:)?[^/:]+$' } },
            },
          },
          description:
            'Role -> { "notifier": object whose events to subscribe to, "fields": { role: browse name of an event field, e.g. "1:Code" } }.',
        },
        methods: {
          type: 'object',
          default: {},
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['object', 'method'],
            properties: { object: nodeRef, method: nodeRef },
          },
          description: 'Role -> { "object", "method" } to call for a command, e.g. "openCompartment".',
        },
      },
    },
  },
} as const;

export const configSchema = {
  $id: 'edge-gateway-config',
  type: 'object',
  additionalProperties: false,
  required: ['site', 'devices', 'uplink'],
  properties: {
    site: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      description: 'The site this gateway serves.',
      properties: {
        id: { ...id, description: 'Site id, used in every upstream topic and envelope (e.g. "mo-nam-van-01").' },
        name: { type: 'string', default: '', maxLength: 200, description: 'Human name shown on the status page and in SiteStatus.' },
      },
    },
    broker: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'The embedded MQTT broker (aedes, MQTT 3.1.1) that site machines connect to.',
      properties: {
        host: { type: 'string', default: '127.0.0.1', description: 'Address to listen on; use the site LAN address for real machines.' },
        port: { type: 'integer', minimum: 0, maximum: 65535, default: 1883, description: 'TCP port (0 picks a free one, for tests).' },
        maxPayloadBytes: {
          type: 'integer',
          minimum: 256,
          maximum: 1048576,
          default: 65536,
          description: 'Larger device payloads are rejected with GW_PAYLOAD_TOO_LARGE.',
        },
        connectMaxBytes: {
          type: 'integer',
          minimum: 256,
          maximum: 65536,
          default: 4096,
          description:
            'Bytes a socket may send before its CONNECT is accepted (the CONNECT and anything pipelined behind it); more closes it at once (GW_MQTT_PACKET_TOO_LARGE). After login a packet may be up to maxPayloadBytes + 65,539 (the largest MQTT topic and header); larger closes the socket the same way, before the packet is buffered.',
        },
        connectDeadlineMs: {
          type: 'integer',
          minimum: 1000,
          maximum: 120000,
          default: 10000,
          description: 'A socket whose CONNECT is not accepted this long after it opened is closed (GW_MQTT_CONNECT_TIMEOUT).',
        },
        maxConnections: {
          type: 'integer',
          minimum: 1,
          maximum: 100000,
          default: 500,
          description: 'Open device sockets in all (logged in or not); a socket over the cap is closed at once (GW_MQTT_CONNECTION_LIMIT).',
        },
        maxConnectionsPerSource: {
          type: 'integer',
          minimum: 1,
          maximum: 100000,
          default: 32,
          description:
            'Open device sockets from one address (IPv6: one /64), counted before the TLS handshake too; raise it if many machines share one address behind NAT (GW_MQTT_CONNECTION_LIMIT).',
        },
        loginBackoff: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description:
            'Per-source back-off after failed logins: a source over freeFailures is held and refused without its password being checked (GW_AUTH_BACKOFF); a good login clears it.',
          properties: {
            freeFailures: {
              type: 'integer',
              minimum: 0,
              maximum: 1000000,
              default: 5,
              description: 'Failed logins a source address gets before back-off starts.',
            },
            minDelayMs: {
              type: 'integer',
              minimum: 0,
              maximum: 60000,
              default: 1000,
              description: 'First back-off step; doubles with each further failure up to maxDelayMs.',
            },
            maxDelayMs: {
              type: 'integer',
              minimum: 0,
              maximum: 600000,
              default: 8000,
              description: 'Longest back-off step; a login is held at most until just before broker.connectDeadlineMs, then refused.',
            },
            maxSources: {
              type: 'integer',
              minimum: 16,
              maximum: 1000000,
              default: 4096,
              description: 'Source addresses remembered; the least recently failing is forgotten first.',
            },
            forgetAfterS: {
              type: 'integer',
              minimum: 1,
              maximum: 86400,
              default: 600,
              description: 'A source is forgotten this long after its last failed login.',
            },
          },
        },
        deviceBudget: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description:
            'What one machine may cost the gateway, so that one machine (a fault, leaked credentials) cannot crash it or starve the others; devices[].budget overrides it per machine.',
          properties: {
            messagesPerS: { ...budgetFields.messagesPerS, default: 100 },
            burst: { ...budgetFields.burst, default: 1000 },
            maxInflight: { ...budgetFields.maxInflight, default: 100 },
            maxPendingRequests: { ...budgetFields.maxPendingRequests, default: 8 },
          },
        },
        tls: {
          type: 'object',
          additionalProperties: false,
          default: {},
          description: "Optional TLS listener for machines with client certificates; the certificate's common name is the device id.",
          properties: {
            port: { type: 'integer', minimum: 0, maximum: 65535, default: 0, description: 'TLS port (e.g. 8883); 0 = no TLS listener.' },
            host: { type: 'string', default: '', description: 'Address of the TLS listener; empty = broker.host.' },
            caFile: { type: 'string', default: '', description: "CA that signs the machines' client certificates (PEM)." },
            certFile: { type: 'string', default: '', description: "The gateway's server certificate (PEM)." },
            keyFile: {
              type: 'string',
              default: '',
              description: "The server certificate's private key (PEM). Re-read when the files change.",
            },
          },
        },
      },
    },
    devices: {
      type: 'array',
      description: 'Every machine allowed to connect. Unknown ids are refused at connect.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'transport'],
        properties: {
          id: { ...id, description: 'Device id: the MQTT username and client id, and the {deviceId} in topics.' },
          kind: {
            enum: KINDS,
            description: 'Machine kind; selects the payload schema (devices/KIND/README.md).',
          },
          transport: { enum: ['mqtt', 'opcua'], description: 'How the machine talks to the gateway.' },
          name: { type: 'string', default: '', maxLength: 200, description: 'Human name for the status page.' },
          format: {
            enum: ['json', 'protobuf'],
            default: 'json',
            description:
              'Payload format the machine publishes: JSON objects, or an encoded edge.v1.DeviceMessage (txId, clock and the channel body; devices/common/README.md).',
          },
          ...secretRefs,
          budget: {
            type: 'object',
            additionalProperties: false,
            properties: budgetFields,
            description: "This machine's own budget: any of broker.deviceBudget's fields, overriding it for this machine only.",
          },
          opcua: opcuaSchema,
        },
      },
    },
    uplink: {
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
            '"broker": a record leaves the spool when the core broker PUBACKs it. "application": only when the core consumer acknowledges it on {topicPrefix}/{siteId}/ack.',
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
            "Path of the core's Ed25519 public key (PEM). When set, every command must carry a valid signature; when empty, commands are not authenticated (a warning is logged at start).",
        },
        commandMaxTtlS: {
          type: 'integer',
          minimum: 60,
          maximum: 604800,
          default: 86400,
          description:
            "Furthest a command's deadline may lie ahead of the gateway's clock, in seconds; a command with a later deadline is rejected (GW_COMMAND_DEADLINE_TOO_FAR). It bounds how long each command id must be remembered (see docs/commands.md).",
        },
        commandMemory: {
          type: 'integer',
          minimum: 100,
          maximum: 100000,
          default: 10000,
          description:
            'How many accepted commands are remembered at once, each until 15 minutes after its deadline, on disk (so a replayed command never runs again, also after a restart). Rejected commands are never stored. Full: a new command is rejected (GW_COMMAND_MEMORY_FULL) rather than an id forgotten. The default sustains one command every 8.7 s with day-long deadlines; shorter deadlines leave sooner (docs/commands.md).',
        },
      },
    },
    spool: {
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
          default: 33554432,
          description: 'Size at which a segment file is closed and a new one started.',
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
    },
    http: {
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
            'Name of an environment variable holding the access token for the status page and /metrics (at least 16 characters). Required when http.host is not a loopback address (127.0.0.0/8, ::1); the gateway refuses to start otherwise (GW_CONFIG_HTTP_TOKEN_REQUIRED).',
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
              description:
                'A client must send its request headers within this time (a socket that sends nothing is closed too): answered 408.',
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
    },
    privacy: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description: 'Keyed hashing of ID numbers and pickup codes.',
      properties: {
        hashKeyEnv: {
          type: 'string',
          default: '',
          description:
            'Environment variable with the hashing key (hex or text). Empty: a key is made once and kept in {spool.dir}/hash.key.',
        },
      },
    },
    pickups: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'Locker pickup codes: the key that protects them in the core\'s pickup lists, and the limits on wrong codes (docs/security.md, "Pickups that cannot be guessed").',
      properties: {
        codeKeyEnv: {
          type: 'string',
          default: '',
          pattern: '^([A-Za-z_][A-Za-z0-9_]*)?$',
          description:
            'Environment variable holding the site pickup key: 64 hex characters, HKDF-SHA256 of the core\'s master key with the site id (devices/locker/README.md, "Pickup list"). Without codeKeyEnv or codeKeyFile pickup lists are refused (GW_PICKUP_KEY_MISSING).',
        },
        codeKeyFile: {
          type: 'string',
          default: '',
          description: 'Path of a file holding the site pickup key (64 hex characters, trailing newline ignored), instead of codeKeyEnv.',
        },
        maxWrongPerLocker: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          default: 20,
          description: 'Wrong pickup codes at one locker within windowS that lock its code entry (GW_PICKUP_LOCKED_OUT).',
        },
        maxWrongPerCompartment: {
          type: 'integer',
          minimum: 1,
          maximum: 1000,
          default: 5,
          description: 'Wrong codes for one compartment (when the locker names it) within windowS that lock that compartment.',
        },
        windowS: {
          type: 'integer',
          minimum: 1,
          maximum: 604800,
          default: 86400,
          description:
            'Sliding window in which wrong codes are counted. Long on purpose: a short one lets a patient guesser stay under the limit.',
        },
        lockoutS: {
          type: 'integer',
          minimum: 1,
          maximum: 604800,
          default: 900,
          description:
            "Length of a first lock-out. One that starts within maxLockoutS of the previous one's end lasts twice as long as it.",
        },
        maxLockoutS: { type: 'integer', minimum: 1, maximum: 604800, default: 86400, description: 'Longest lock-out.' },
      },
    },
    log: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        level: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace'], default: 'info', description: 'pino log level.' },
        pretty: {
          type: 'boolean',
          default: false,
          description: 'Human-readable logs (the demo uses this); JSON lines otherwise, for journald.',
        },
      },
    },
  },
} as const;

/** One thing wrong with a config file, at a JSON pointer into it ("/devices/3/opcua/mapping"). */
export interface ConfigProblem {
  path: string;
  message: string;
}

export interface DeviceBudgetConfig {
  messagesPerS: number;
  burst: number;
  maxInflight: number;
  maxPendingRequests: number;
}

export interface DeviceConfig {
  id: string;
  kind: Kind;
  transport: 'mqtt' | 'opcua';
  name: string;
  format: 'json' | 'protobuf';
  passwordHash?: string;
  passwordEnv?: string;
  passwordFile?: string;
  budget?: Partial<DeviceBudgetConfig>;
  opcua?: OpcuaConfig;
}

export interface OpcuaConfig {
  endpointUrl: string;
  securityMode: 'None' | 'Sign' | 'SignAndEncrypt';
  securityPolicy: 'None' | 'Basic256Sha256' | 'Aes128_Sha256_RsaOaep' | 'Aes256_Sha256_RsaPss';
  auth: {
    type: 'anonymous' | 'userName' | 'certificate';
    userName?: string;
    passwordEnv?: string;
    passwordFile?: string;
    certificateFile?: string;
    privateKeyFile?: string;
  };
  samplingIntervalMs: number;
  publishingIntervalMs: number;
  staleAfterIntervals: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  refusedRetryMs: number;
  mapping: OpcuaMappingConfig;
}

export interface Config {
  site: { id: string; name: string };
  broker: {
    host: string;
    port: number;
    maxPayloadBytes: number;
    connectMaxBytes: number;
    connectDeadlineMs: number;
    maxConnections: number;
    maxConnectionsPerSource: number;
    loginBackoff: { freeFailures: number; minDelayMs: number; maxDelayMs: number; maxSources: number; forgetAfterS: number };
    deviceBudget: DeviceBudgetConfig;
    tls: { port: number; host: string; caFile: string; certFile: string; keyFile: string };
  };
  devices: DeviceConfig[];
  uplink: {
    url: string;
    topicPrefix: string;
    clientId: string;
    username: string;
    passwordEnv?: string;
    passwordFile?: string;
    ack: 'broker' | 'application';
    window: number;
    maxRate: number;
    ackTimeoutMs: number;
    reconnectMinMs: number;
    reconnectMaxMs: number;
    keepaliveS: number;
    commandKey: string;
    commandMaxTtlS: number;
    commandMemory: number;
    tls: { caFile: string; certFile: string; keyFile: string };
  };
  spool: { dir: string; maxBytes: number; segmentBytes: number; telemetryTtlS: number; dedupWindow: number };
  http: {
    host: string;
    port: number;
    tokenEnv?: string;
    tokenFile?: string;
    session: { idleS: number; lifetimeS: number; max: number };
    limits: {
      authFailures: number;
      authLockoutS: number;
      maxConnections: number;
      maxConnectionsPerSource: number;
      headersTimeoutMs: number;
      requestTimeoutMs: number;
      maxHeaderBytes: number;
    };
  };
  privacy: { hashKeyEnv: string };
  pickups: {
    codeKeyEnv: string;
    codeKeyFile: string;
    maxWrongPerLocker: number;
    maxWrongPerCompartment: number;
    windowS: number;
    lockoutS: number;
    maxLockoutS: number;
  };
  log: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'; pretty: boolean };
}
