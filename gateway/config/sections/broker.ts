// One section of the config schema (gateway/config/schema.ts assembles them); descriptions and defaults live here.
import { budgetFields } from './common.ts';

export const brokerSection = {
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
        'Bytes a socket may send before its CONNECT is accepted (the CONNECT and anything pipelined behind ' +
        'it); more closes it at once (GW_MQTT_PACKET_TOO_LARGE). After login a packet may be up to ' +
        'maxPayloadBytes + 65,539 (the largest MQTT topic and header); larger closes the socket the same ' +
        'way, before the packet is buffered.',
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
        'Open device sockets from one address (IPv6: one /64), counted before the TLS handshake too; raise ' +
        'it if many machines share one address behind NAT (GW_MQTT_CONNECTION_LIMIT).',
    },
    loginBackoff: {
      type: 'object',
      additionalProperties: false,
      default: {},
      description:
        'Per-source back-off after failed logins: a source over freeFailures is held and refused without its ' +
        'password being checked (GW_AUTH_BACKOFF); a good login clears it.',
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
        'What one machine may cost the gateway, so that one machine (a fault, leaked credentials) cannot ' +
        'crash it or starve the others; devices[].budget overrides it per machine.',
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
} as const;
