// The OPC-UA connector's vocabulary, free of node-opcua types so that kind mappings (devices/KIND/opcua-mapping.ts) and
// the gateway can use it without loading node-opcua (which takes about two seconds to import). Values arrive here as
// plain JavaScript: numbers, strings, booleans, arrays; DateTime as Unix ms; LocalizedText as its text.

/**
 * A node id ("ns=1;s=Locker.ServiceMode", "i=2258") or a browse path from the Root folder in OPC UA relative-path
 * notation ("/Objects/1:Locker/1:ServiceMode", Part 4 A.2): the connector resolves paths on every new session.
 */
export type NodeRef = string;

export function isBrowsePath(ref: NodeRef): boolean {
  return ref.startsWith('/');
}

/** A variable to subscribe to; `key` is how the kind mapping names it ("door.7"). */
export interface ValueItem {
  key: string;
  ref: NodeRef;
}

/** An object whose events to subscribe to, and the event fields to select, by browse name ("Message", "1:Code"). */
export interface EventItem {
  key: string;
  notifier: NodeRef;
  fields: string[];
}

/** One value of a variable as the controller reported it. */
export interface Sample {
  value: unknown;
  /** node-opcua DataType name of the value ("Boolean", "Int32", "String"); "Null" when empty. */
  dataType: string;
  /** The controller's timestamp (Unix ms), 0 when it sent none. */
  sourceTimeMs: number;
  /** False when the status code is not Good (a sensor fault, a node that went away). */
  good: boolean;
}

export interface ValueChange {
  key: string;
  sample: Sample;
}

/** One event, its selected fields by the names given in EventItem.fields. */
export type EventFields = Record<string, unknown>;

export interface CallRequest {
  object: NodeRef;
  method: NodeRef;
  args: { dataType: string; value: unknown }[];
}
export interface WriteRequest {
  ref: NodeRef;
  dataType: string;
  value: unknown;
}

/** What the controller answered to a method call or a write. */
export interface OpcuaOutcome {
  good: boolean;
  /** Status code name, e.g. "Good", "BadUserAccessDenied". */
  status: string;
  /** Output arguments of a method call, as plain values. */
  outputs: unknown[];
}

export type SecurityMode = 'None' | 'Sign' | 'SignAndEncrypt';

export type OpcuaIdentity =
  | { type: 'anonymous' }
  | { type: 'userName'; userName: string; password: string }
  | { type: 'certificate'; certificatePem: string; privateKeyPem: string };

/** The certificate file node-opcua creates under the PKI folder (see OPCUAClientBaseOptions.certificateFile). */
export function clientCertificateFile(rootFolder: string): string {
  return `${rootFolder}/own/certs/client_certificate.pem`;
}

/** Where a kind's data lives on an OPC-UA server, by role ("{n}" in a reference runs over 1..units). */
export interface OpcuaMappingConfig {
  units: number;
  values: Record<string, string>;
  events: Record<string, { notifier: string; fields: Record<string, string> }>;
  methods: Record<string, { object: string; method: string }>;
}
