// The one config schema: it validates the file, fills in defaults and documents every field. It is assembled here from
// one file per section (sections/: broker, devices with OPC-UA, uplink, spool, http, privacy and pickups; common pieces
// in sections/common.ts); site and log are small enough to stay here. The README's config reference is generated from
// it (`node --import tsx gateway/config/reference.ts`), and a test keeps them in step. Defaults live here and nowhere else.
import type { Kind } from '../../devices/registry.ts';
import type { OpcuaMappingConfig } from '../../protocols/opcua/types.ts';
import { brokerSection } from './sections/broker.ts';
import { id } from './sections/common.ts';
import { devicesSection } from './sections/devices.ts';
import { clockSection, healthSection, type ClockConfig, type HealthConfig } from './sections/health.ts';
import { httpSection } from './sections/http.ts';
import { pickupsSection, privacySection } from './sections/privacy.ts';
import { spoolSection } from './sections/spool.ts';
import { uplinkSection } from './sections/uplink.ts';

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
    broker: brokerSection,
    devices: devicesSection,
    uplink: uplinkSection,
    spool: spoolSection,
    http: httpSection,
    privacy: privacySection,
    pickups: pickupsSection,
    health: healthSection,
    clock: clockSection,
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
  health: HealthConfig;
  clock: ClockConfig;
  log: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'; pretty: boolean };
}
