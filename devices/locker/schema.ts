// What the smart document lockers publish, as JSON schemas compiled once at load.
// README.md in this folder documents every field with an example; test/devices/locker/fixtures holds those examples.
import type { ComponentJson, StateJson } from '../common/bodies.ts';
import { DOOR_STATE, LOCKER_ACTION, LOCKER_RESULT, type SEVERITY, words } from '../common/enums.ts';
import { compileSchema } from '../common/schema-compile.ts';
import { COMPONENT, ID_NUMBER, SEVERITY_WORD, TIME, TX_ID, reading, reference, stateSchema, text } from '../common/schema-parts.ts';

export const COMPARTMENT_NUMBER = { type: 'integer', minimum: 1, maximum: 999 } as const;
const DOCUMENT_REF = reference(64, 'a document reference, e.g. "DSI-BIR-2026-004512"');
export const LOCKER_IDENTITIES = ['pickup_code', 'qr', 'id_card', 'staff_badge'] as const;

export interface ActionJson {
  txId: string;
  time?: string;
  action: keyof typeof LOCKER_ACTION;
  compartment?: number;
  documentRef?: string;
  identity: (typeof LOCKER_IDENTITIES)[number];
  result: keyof typeof LOCKER_RESULT;
  pickupCode?: string;
  idNumber?: string;
  offline?: boolean;
}

export const validateAction = compileSchema<ActionJson>({
  type: 'object',
  additionalProperties: false,
  required: ['txId', 'action', 'identity', 'result'],
  properties: {
    txId: TX_ID,
    time: TIME,
    action: { type: 'string', enum: words(LOCKER_ACTION) },
    compartment: COMPARTMENT_NUMBER,
    documentRef: DOCUMENT_REF,
    identity: { type: 'string', enum: LOCKER_IDENTITIES },
    result: { type: 'string', enum: words(LOCKER_RESULT) },
    pickupCode: {
      type: 'string',
      minLength: 4,
      maxLength: 16,
      pattern: '^[A-Za-z0-9 -]+$',
      description: 'a pickup code: letters, digits, spaces and -',
    },
    idNumber: ID_NUMBER,
    offline: { type: 'boolean' },
  },
});

export interface CompartmentJson {
  number: number;
  door: keyof typeof DOOR_STATE;
  occupied: boolean;
  documentRef?: string;
  depositedAt?: string;
  overdue?: boolean;
}

export const COMPARTMENTS = {
  type: 'array',
  minItems: 1,
  maxItems: 500,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['number', 'door', 'occupied'],
    properties: {
      number: COMPARTMENT_NUMBER,
      door: { type: 'string', enum: words(DOOR_STATE) },
      occupied: { type: 'boolean' },
      documentRef: DOCUMENT_REF,
      depositedAt: { ...TIME, description: 'when the document was deposited, ISO 8601 with zone' },
      overdue: { type: 'boolean' },
    },
  },
} as const;

export interface TelemetryJson {
  time?: string;
  compartments: CompartmentJson[];
  ups?: ComponentJson;
  temperatureC?: number;
}

export const validateTelemetry = compileSchema<TelemetryJson>({
  type: 'object',
  additionalProperties: false,
  required: ['compartments'],
  properties: {
    time: TIME,
    compartments: COMPARTMENTS,
    // lockers ride out short power cuts on a UPS; its charge says how long they can
    ups: COMPONENT,
    temperatureC: reading(-40, 85),
  },
});

export const LOCKER_EVENTS = ['door_forced', 'door_left_open'] as const;

export interface EventJson {
  time?: string;
  event: (typeof LOCKER_EVENTS)[number];
  compartment: number;
  severity: keyof typeof SEVERITY;
  active: boolean;
  message?: string;
}

export const validateEvent = compileSchema<EventJson>({
  type: 'object',
  additionalProperties: false,
  required: ['event', 'compartment', 'severity', 'active'],
  properties: {
    time: TIME,
    event: { type: 'string', enum: LOCKER_EVENTS },
    compartment: COMPARTMENT_NUMBER,
    severity: SEVERITY_WORD,
    active: { type: 'boolean' },
    message: text(200),
  },
});

export type StateWithCompartmentsJson = StateJson & { compartments?: CompartmentJson[] };

export const validateState = compileSchema<StateWithCompartmentsJson>(stateSchema({ compartments: COMPARTMENTS }));
