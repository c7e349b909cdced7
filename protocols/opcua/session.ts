// One OPC-UA connection, from nothing to live data: a fresh OPCUAClient (node-opcua's own reconnect switched off, see
// client.ts), a session, the mapping's browse paths resolved to node ids, one subscription, the monitored items.
// It ends exactly once, for whatever reason (socket lost, session or subscription closed by the server), and then the
// connector builds a new one from scratch: nothing of a dead session is reused, which is what keeps subscriptions from
// silently going missing after a reconnect (node-opcua issue 1059).
import { X509Certificate } from 'node:crypto';
import {
  AttributeIds,
  ClientMonitoredItem,
  ClientMonitoredItemGroup,
  constructEventFilter,
  DataType,
  makeBrowsePath,
  MessageSecurityMode,
  OPCUAClient,
  resolveNodeId,
  SecurityPolicy,
  TimestampsToReturn,
  UserTokenType,
  Variant,
  type ClientSession,
  type ClientSubscription,
  type DataValue,
  type NodeId,
  type OPCUACertificateManager,
  type UserIdentityInfo,
} from 'node-opcua';
import {
  isBrowsePath,
  type CallRequest,
  type EventFields,
  type EventItem,
  type NodeRef,
  type OpcuaIdentity,
  type OpcuaOutcome,
  type SecurityMode,
  type ValueChange,
  type ValueItem,
  type WriteRequest,
} from './types.ts';

export interface SessionSpec {
  endpointUrl: string;
  securityMode: SecurityMode;
  securityPolicy: string;
  identity: OpcuaIdentity;
  pki: OPCUACertificateManager;
  applicationName: string;
  values: readonly ValueItem[];
  events: readonly EventItem[];
  samplingIntervalMs: number;
  publishingIntervalMs: number;
  /** Publishing intervals without data after which the server sends a keep-alive. */
  keepAliveCount: number;
  /** Bound on connecting and setting everything up. */
  setupTimeoutMs: number;
  /** Aborts a set-up in progress (the gateway is stopping). */
  signal?: AbortSignal;
}

export interface SessionSink {
  /** Data changes, batched per turn of the event loop (one publish response is one batch). */
  values(changes: ValueChange[]): void;
  event(key: string, fields: EventFields): void;
  keepalive(): void;
  /** A mapped node is missing or unreadable; the rest keeps working. */
  mappingProblem(key: string, ref: NodeRef, why: string): void;
  /** Called once, when the session is over for any reason other than close(). */
  ended(reason: string): void;
}

export interface LiveSession {
  call(req: CallRequest, timeoutMs: number): Promise<OpcuaOutcome>;
  write(req: WriteRequest, timeoutMs: number): Promise<OpcuaOutcome>;
  close(): Promise<void>;
}

export class OpcuaTimeoutError extends Error {
  override name = 'OpcuaTimeoutError';
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OpcuaTimeoutError(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function identityInfo(id: OpcuaIdentity): UserIdentityInfo {
  switch (id.type) {
    case 'anonymous':
      return { type: UserTokenType.Anonymous };
    case 'userName':
      return { type: UserTokenType.UserName, userName: id.userName, password: id.password };
    case 'certificate':
      return { type: UserTokenType.Certificate, certificateData: new X509Certificate(id.certificatePem).raw, privateKey: id.privateKeyPem };
  }
}

/** A Variant's value as plain JavaScript (see types.ts). */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  if (Buffer.isBuffer(v)) return v.toString('hex');
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  if (Array.isArray(v)) return v.map(plainValue);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('text' in o && 'locale' in o) return o.text ?? ''; // LocalizedText
    if ('name' in o && 'namespaceIndex' in o) return o.name ?? ''; // QualifiedName
    if ('identifierType' in o && 'namespace' in o) return String(v); // NodeId
    if ('value' in o && 'dataType' in o) return plainValue(o.value); // a nested Variant
  }
  return v;
}

function sampleOf(dv: DataValue): ValueChange['sample'] {
  const variant = dv.value;
  return {
    value: plainValue(variant?.value),
    dataType: variant ? (DataType[variant.dataType] ?? 'Null') : 'Null',
    sourceTimeMs: dv.sourceTimestamp?.getTime() ?? dv.serverTimestamp?.getTime() ?? 0,
    good: dv.statusCode?.isGood() ?? true,
  };
}

/** Resolves node ids and browse paths; a ref that cannot be resolved maps to an Error saying why. */
async function resolveRefs(session: ClientSession, refs: readonly NodeRef[]): Promise<Map<NodeRef, NodeId | Error>> {
  const out = new Map<NodeRef, NodeId | Error>();
  const paths: NodeRef[] = [];
  for (const ref of new Set(refs)) {
    if (isBrowsePath(ref)) {
      paths.push(ref);
      continue;
    }
    try {
      out.set(ref, resolveNodeId(ref));
    } catch (e) {
      out.set(ref, new Error(`not a node id: ${(e as Error).message}`));
    }
  }
  if (paths.length > 0) {
    const results = await session.translateBrowsePath(paths.map((p) => makeBrowsePath('RootFolder', p)));
    paths.forEach((p, i) => {
      const r = results[i];
      const target = r?.targets?.[0]?.targetId;
      if (r?.statusCode.isGood() && target) out.set(p, target as unknown as NodeId);
      else out.set(p, new Error(`browse path not found (${r?.statusCode.name ?? 'no result'})`));
    });
  }
  return out;
}

export async function openSession(spec: SessionSpec, sink: SessionSink): Promise<LiveSession> {
  const client = OPCUAClient.create({
    applicationName: spec.applicationName,
    clientCertificateManager: spec.pki,
    securityMode: MessageSecurityMode[spec.securityMode],
    securityPolicy: SecurityPolicy[spec.securityPolicy as keyof typeof SecurityPolicy],
    // maxRetry 0: node-opcua gives up on a broken connection and tells us ("close"); we rebuild everything ourselves.
    connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 1000 },
    endpointMustExist: false,
    keepSessionAlive: false,
    requestedSessionTimeout: Math.max(60_000, spec.publishingIntervalMs * spec.keepAliveCount * 4),
    defaultTransactionTimeout: spec.setupTimeoutMs,
  });
  let over = false;
  let session: ClientSession | undefined;
  const end = (reason: string): void => {
    if (over) return;
    over = true;
    sink.ended(reason);
    void client.disconnect().catch(() => undefined);
  };
  const resolved = new Map<NodeRef, NodeId | Error>();

  async function setup(): Promise<ClientSubscription> {
    await client.connect(spec.endpointUrl);
    session = await client.createSession(identityInfo(spec.identity));
    const s = session;
    const refs = [...spec.values.map((v) => v.ref), ...spec.events.map((e) => e.notifier)];
    for (const [k, v] of await resolveRefs(s, refs)) resolved.set(k, v);
    const sub = await s.createSubscription2({
      requestedPublishingInterval: spec.publishingIntervalMs,
      requestedMaxKeepAliveCount: spec.keepAliveCount,
      requestedLifetimeCount: spec.keepAliveCount * 10,
      maxNotificationsPerPublish: 0,
      publishingEnabled: true,
      priority: 1,
    });
    await monitorValues(sub);
    for (const e of spec.events) monitorEvents(sub, e);
    return sub;
  }

  async function monitorValues(sub: ClientSubscription): Promise<void> {
    const items = spec.values.filter((v) => {
      const r = resolved.get(v.ref);
      if (r instanceof Error || r === undefined) {
        sink.mappingProblem(v.key, v.ref, r?.message ?? 'unresolved');
        return false;
      }
      return true;
    });
    if (items.length === 0) return;
    let batch: ValueChange[] = [];
    const group = ClientMonitoredItemGroup.create(
      sub,
      items.map((v) => ({ nodeId: resolved.get(v.ref) as NodeId, attributeId: AttributeIds.Value })),
      { samplingInterval: spec.samplingIntervalMs, queueSize: 10, discardOldest: true },
      TimestampsToReturn.Both,
    );
    group.on('changed', (_item, dv, index) => {
      const v = items[index];
      if (!v || over) return;
      if (batch.length === 0)
        setImmediate(() => {
          const b = batch;
          batch = [];
          if (!over) sink.values(b);
        });
      batch.push({ key: v.key, sample: sampleOf(dv) });
    });
    await new Promise<void>((resolve, reject) => {
      group.once('initialized', () => resolve());
      group.once('err', (m) => reject(new Error(`monitored items not created: ${m}`)));
    });
    group.monitoredItems.forEach((mi, i) => {
      if (!mi.statusCode.isGood()) sink.mappingProblem(items[i]!.key, items[i]!.ref, mi.statusCode.name);
    });
  }

  function monitorEvents(sub: ClientSubscription, e: EventItem): void {
    const nodeId = resolved.get(e.notifier);
    if (!nodeId || nodeId instanceof Error) {
      sink.mappingProblem(e.key, e.notifier, nodeId?.message ?? 'unresolved');
      return;
    }
    const item = ClientMonitoredItem.create(
      sub,
      { nodeId, attributeId: AttributeIds.EventNotifier },
      { samplingInterval: 0, filter: constructEventFilter(e.fields), queueSize: 1000, discardOldest: false },
      TimestampsToReturn.Neither,
    );
    item.on('changed', (fields: unknown) => {
      if (over || !Array.isArray(fields)) return;
      const out: EventFields = {};
      e.fields.forEach((name, i) => {
        out[name] = plainValue((fields[i] as Variant | undefined)?.value);
      });
      sink.event(e.key, out);
    });
    item.on('err', (m: string) => sink.mappingProblem(e.key, e.notifier, m));
  }

  let sub: ClientSubscription;
  const onAbort = (): void => {
    void client.disconnect().catch(() => undefined);
  };
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    sub = await withTimeout(setup(), spec.setupTimeoutMs, `setting up ${spec.endpointUrl}`);
  } catch (e) {
    over = true;
    await withTimeout(client.disconnect(), 3000, 'disconnect').catch(() => undefined);
    throw e;
  } finally {
    spec.signal?.removeEventListener('abort', onAbort);
  }
  const s = session!;
  client.on('connection_lost', () => end('connection lost'));
  client.on('close', () => end('connection closed'));
  s.on('session_closed', () => end('session closed by the server'));
  s.on('keepalive_failure', () => end('session keep-alive failed'));
  sub.on('terminated', () => end('subscription terminated'));
  sub.on('status_changed', (status: { isGood(): boolean; name: string }) => {
    if (!status.isGood()) end(`subscription ${status.name}`);
  });
  sub.on('keepalive', () => {
    if (!over) sink.keepalive();
  });

  async function nodeIdFor(ref: NodeRef): Promise<NodeId> {
    let r = resolved.get(ref);
    if (r === undefined) {
      r = (await resolveRefs(s, [ref])).get(ref)!;
      resolved.set(ref, r);
    }
    if (r instanceof Error) throw new Error(`${ref}: ${r.message}`);
    return r;
  }

  return {
    async call(req, timeoutMs) {
      const res = await withTimeout(
        (async () =>
          s.call({
            objectId: await nodeIdFor(req.object),
            methodId: await nodeIdFor(req.method),
            inputArguments: req.args.map((a) => new Variant({ dataType: DataType[a.dataType as keyof typeof DataType], value: a.value })),
          }))(),
        timeoutMs,
        'method call',
      );
      return {
        good: res.statusCode.isGood(),
        status: res.statusCode.name,
        outputs: (res.outputArguments ?? []).map((v) => plainValue(v.value)),
      };
    },
    async write(req, timeoutMs) {
      const status = await withTimeout(
        (async () =>
          s.write({
            nodeId: await nodeIdFor(req.ref),
            attributeId: AttributeIds.Value,
            value: { value: new Variant({ dataType: DataType[req.dataType as keyof typeof DataType], value: req.value }) },
          }))(),
        timeoutMs,
        'write',
      );
      return { good: status.isGood(), status: status.name, outputs: [] };
    },
    async close() {
      over = true;
      await withTimeout(client.disconnect(), 3000, 'disconnect').catch(() => undefined);
    },
  };
}
