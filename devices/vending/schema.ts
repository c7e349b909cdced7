// What the publication vending machines' firmware publishes, as JSON schemas compiled once at load.
// README.md in this folder documents every field with an example; test/devices/vending/fixtures holds those examples.
import type { ComponentJson, StateJson } from '../common/bodies.ts';
import { DOOR_STATE, PAYMENT_METHOD, type SEVERITY, words } from '../common/enums.ts';
import { compileSchema } from '../common/schema-compile.ts';
import {
  COMPONENT,
  CURRENCY,
  MINOR_UNITS,
  SEVERITY_WORD,
  TIME,
  TX_ID,
  reading,
  reference,
  stateSchema,
  text,
} from '../common/schema-parts.ts';

export const MAX_ITEMS = 50;
const SLOT = { type: 'integer', minimum: 1, maximum: 999 } as const;
const SKU = reference(32, 'a stock-keeping unit, e.g. "FORM-A12"');

export interface SaleJson {
  txId: string;
  time?: string;
  type: 'sale';
  items: { sku: string; qty: number; unitPrice: number; slot?: number }[];
  total: number;
  currency: string;
  payment: keyof typeof PAYMENT_METHOD;
  receiptNo?: string;
  cardLast4?: string;
}

export const validateSale = compileSchema<SaleJson>({
  type: 'object',
  additionalProperties: false,
  required: ['txId', 'type', 'items', 'total', 'currency', 'payment'],
  properties: {
    txId: TX_ID,
    time: TIME,
    type: { type: 'string', const: 'sale' },
    items: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_ITEMS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sku', 'qty', 'unitPrice'],
        properties: {
          sku: SKU,
          qty: { type: 'integer', minimum: 1, maximum: 99 },
          unitPrice: MINOR_UNITS,
          slot: SLOT,
        },
      },
    },
    total: MINOR_UNITS,
    currency: CURRENCY,
    payment: { type: 'string', enum: words(PAYMENT_METHOD) },
    receiptNo: reference(32, 'a receipt number'),
    cardLast4: { type: 'string', pattern: '^[0-9]{4}$', description: 'exactly the last 4 digits of the card' },
  },
});

export interface TelemetryJson {
  time?: string;
  stock: { slot: number; sku: string; qty: number; capacity: number }[];
  cashBox?: ComponentJson;
  coinHopper?: ComponentJson;
  printer?: ComponentJson;
  door?: keyof typeof DOOR_STATE;
  temperatureC?: number;
  humidityPercent?: number;
  lightLux?: number;
}

export const validateTelemetry = compileSchema<TelemetryJson>({
  type: 'object',
  additionalProperties: false,
  required: ['stock'],
  properties: {
    time: TIME,
    stock: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['slot', 'sku', 'qty', 'capacity'],
        properties: {
          slot: SLOT,
          sku: SKU,
          qty: { type: 'integer', minimum: 0, maximum: 9999 },
          capacity: { type: 'integer', minimum: 1, maximum: 9999 },
        },
      },
    },
    cashBox: COMPONENT,
    coinHopper: COMPONENT,
    printer: COMPONENT,
    door: { type: 'string', enum: words(DOOR_STATE) },
    temperatureC: reading(-40, 85),
    humidityPercent: reading(0, 100),
    // the sealed body keeps prints in the dark: light inside means a door or seal problem
    lightLux: reading(0, 100000),
  },
});

export const VENDING_EVENTS = ['jam', 'sold_out', 'door_open', 'cash_box_full'] as const;

export interface EventJson {
  time?: string;
  event: (typeof VENDING_EVENTS)[number];
  severity: keyof typeof SEVERITY;
  active: boolean;
  slot?: number;
  message?: string;
}

export const validateEvent = compileSchema<EventJson>({
  type: 'object',
  additionalProperties: false,
  required: ['event', 'severity', 'active'],
  properties: {
    time: TIME,
    event: { type: 'string', enum: VENDING_EVENTS },
    severity: SEVERITY_WORD,
    active: { type: 'boolean' },
    slot: SLOT,
    message: text(200),
  },
});

export const validateState = compileSchema<StateJson>(stateSchema());
