// One section of the config schema (gateway/config/schema.ts assembles them); descriptions and defaults live here.
import { KINDS } from '../../../devices/registry.ts';
import { budgetFields, id, nodeRef, secretRefs } from './common.ts';

export const opcuaSchema = {
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
        'No heartbeat change (or, without a heartbeat role, no data and no keep-alive) for this many ' +
        'publishing intervals: the machine is shown offline and a GW_OPCUA_STALE event is sent.',
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

export const devicesSection = {
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
          'Payload format the machine publishes: JSON objects, or an encoded edge.v1.DeviceMessage (txId, ' +
          'clock and the channel body; devices/common/README.md).',
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
} as const;
