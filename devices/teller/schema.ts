// What the bank smart-teller machines (STMs offering government services) publish, as JSON schemas compiled once.
// README.md in this folder documents every field with an example; test/devices/teller/fixtures holds those examples.
import type { ComponentJson, StateJson } from '../common/bodies.ts';
import { SERVICE_OUTCOME, type SEVERITY, words } from '../common/enums.ts';
import { compileSchema } from '../common/schema-compile.ts';
import {
  COMPONENT,
  CURRENCY,
  ID_NUMBER,
  MINOR_UNITS,
  SEVERITY_WORD,
  TIME,
  TX_ID,
  reference,
  stateSchema,
  text,
} from '../common/schema-parts.ts';

export const TELLER_IDENTITIES = ['id_card', 'qr_digital_id', 'face', 'fingerprint', 'none'] as const;

export interface ServiceJson {
  txId: string;
  time?: string;
  serviceCode: string;
  department: string;
  outcome: keyof typeof SERVICE_OUTCOME;
  fee?: { amount: number; currency: string };
  durationS: number;
  documentPrinted?: boolean;
  identity: (typeof TELLER_IDENTITIES)[number];
  idNumber?: string;
  failureCode?: string;
}

export const validateService = compileSchema<ServiceJson>({
  type: 'object',
  additionalProperties: false,
  required: ['txId', 'serviceCode', 'department', 'outcome', 'durationS', 'identity'],
  properties: {
    txId: TX_ID,
    time: TIME,
    serviceCode: reference(32, 'a service code, e.g. "SS-CARD-INFO"'),
    department: reference(16, 'a department code, e.g. "FSS"'),
    outcome: { type: 'string', enum: words(SERVICE_OUTCOME) },
    fee: {
      type: 'object',
      additionalProperties: false,
      required: ['amount', 'currency'],
      properties: { amount: MINOR_UNITS, currency: CURRENCY },
    },
    durationS: { type: 'integer', minimum: 0, maximum: 86400 },
    documentPrinted: { type: 'boolean' },
    identity: { type: 'string', enum: TELLER_IDENTITIES },
    idNumber: ID_NUMBER,
    failureCode: reference(32, 'a failure code, e.g. "DEPT-TIMEOUT"'),
  },
});

/** JSON property -> proto component name, in the order telemetry lists them. */
export const TELLER_COMPONENTS = {
  receiptPaper: 'receipt_paper',
  a4Paper: 'a4_paper',
  printer: 'printer',
  cardReader: 'card_reader',
  cashModule: 'cash_module',
  camera: 'camera',
  fingerprintReader: 'fingerprint_reader',
  qrReader: 'qr_reader',
} as const;

export type TelemetryJson = { time?: string } & { [P in keyof typeof TELLER_COMPONENTS]?: ComponentJson };

export const validateTelemetry = compileSchema<TelemetryJson>({
  type: 'object',
  additionalProperties: false,
  // every STM prints; the other modules depend on the model
  required: ['receiptPaper', 'a4Paper', 'printer'],
  properties: {
    time: TIME,
    ...Object.fromEntries(Object.keys(TELLER_COMPONENTS).map((k) => [k, COMPONENT])),
  },
});

export const EVENT_COMPONENTS = [...Object.values(TELLER_COMPONENTS), 'system'] as const;

export interface EventJson {
  time?: string;
  code: string;
  severity: keyof typeof SEVERITY;
  active: boolean;
  component?: (typeof EVENT_COMPONENTS)[number];
  message?: string;
}

export const validateEvent = compileSchema<EventJson>({
  type: 'object',
  additionalProperties: false,
  required: ['code', 'severity', 'active'],
  properties: {
    time: TIME,
    code: {
      type: 'string',
      minLength: 1,
      maxLength: 32,
      pattern: '^[A-Z0-9][A-Z0-9_.-]*$',
      description: 'a vendor fault code: upper-case letters, digits and . _ -',
    },
    severity: SEVERITY_WORD,
    active: { type: 'boolean' },
    component: { type: 'string', enum: EVENT_COMPONENTS },
    message: text(200),
  },
});

export const validateState = compileSchema<StateJson>(stateSchema());
