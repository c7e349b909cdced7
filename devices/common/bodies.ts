// JSON shapes every kind shares, and the edge.v1 bodies they become. Optional proto fields are left out rather than
// set to undefined, so a decoded message compares equal to what a test expects and encodes to the fewest bytes.
import type { edge } from '../../proto/index.ts';
import { COMPONENT_HEALTH, SERVICE_MODE, SEVERITY } from './enums.ts';

export interface ComponentJson {
  status: keyof typeof COMPONENT_HEALTH;
  levelPercent?: number;
  detail?: string;
}

/** A component of the machine under its proto name ("receipt_paper", "cash_box"). */
export function componentStatus(component: string, c: ComponentJson): edge.v1.IComponentStatus {
  const out: edge.v1.IComponentStatus = { component, health: COMPONENT_HEALTH[c.status] };
  if (c.levelPercent !== undefined) out.levelPercent = c.levelPercent;
  if (c.detail) out.detail = c.detail;
  return out;
}

/** Components present in a telemetry document, in the order of `names` (JSON property -> proto component name). */
export function componentList(doc: object, names: Readonly<Record<string, string>>): edge.v1.IComponentStatus[] {
  const out: edge.v1.IComponentStatus[] = [];
  const fields = doc as Record<string, ComponentJson | undefined>;
  for (const prop in names) {
    const c = fields[prop];
    if (c) out.push(componentStatus(names[prop] as string, c));
  }
  return out;
}

export function metric(name: string, value: number, unit: string): edge.v1.IMetric {
  return { name, value, unit };
}

export interface StateJson {
  time?: string;
  online: boolean;
  mode: keyof typeof SERVICE_MODE;
  firmware?: string;
  model?: string;
  vendor?: string;
  detail?: string;
}

export function stateBody(doc: StateJson, compartments?: edge.v1.ICompartment[]): { state: edge.v1.IDeviceState } {
  const state: edge.v1.IDeviceState = { online: doc.online, mode: SERVICE_MODE[doc.mode] };
  if (doc.firmware) state.firmware = doc.firmware;
  if (doc.model) state.model = doc.model;
  if (doc.vendor) state.vendor = doc.vendor;
  if (compartments) state.compartments = compartments;
  if (doc.detail) state.detail = doc.detail;
  return { state };
}

export interface EventFields {
  /** Upper-case event code, e.g. "JAM", "DOOR_FORCED", or the vendor's fault code. */
  code: string;
  severity: keyof typeof SEVERITY;
  active: boolean;
  message?: string;
  component?: string;
  compartment?: number;
  slot?: number;
}

export function eventBody(f: EventFields): { event: edge.v1.IEvent } {
  const event: edge.v1.IEvent = { code: f.code, severity: SEVERITY[f.severity], active: f.active };
  if (f.message) event.message = f.message;
  if (f.component) event.component = f.component;
  if (f.compartment !== undefined) event.compartment = f.compartment;
  if (f.slot !== undefined) event.slot = f.slot;
  return { event };
}
