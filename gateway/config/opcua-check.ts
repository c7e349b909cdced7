// Semantic checks of an OPC-UA device's config (load.ts runs them after the schema has checked the shapes): the
// security settings agree, the login fits them, and the mapping names only roles its kind knows (devices/opcua-kinds.ts).
import { OPCUA_KINDS } from '../../devices/opcua-kinds.ts';
import type { Kind } from '../../devices/common/types.ts';
import type { OpcuaMappingConfig } from '../../protocols/opcua/types.ts';
import type { ConfigProblem, DeviceConfig } from './schema.ts';

/** Problems of one device's mapping, with paths below `base` (e.g. "/devices/3/opcua/mapping"). */
export function mappingProblems(kind: Kind, m: OpcuaMappingConfig, base: string): ConfigProblem[] {
  const k = OPCUA_KINDS[kind];
  if (!k)
    return [{ path: base, message: `${kind} machines cannot be read over OPC-UA yet (supported: ${Object.keys(OPCUA_KINDS).join(', ')})` }];
  const out: ConfigProblem[] = [];
  const known = (table: object) => Object.keys(table).join(', ');
  for (const [role, ref] of Object.entries(m.values)) {
    const r = k.roles.values[role];
    if (!r) {
      out.push({ path: `${base}/values/${role}`, message: `unknown role "${role}" for ${kind} (known: ${known(k.roles.values)})` });
      continue;
    }
    if (!r.perUnit && ref.includes('{n}')) out.push({ path: `${base}/values/${role}`, message: '"{n}" is only for per-unit roles' });
    if (r.perUnit && m.units > 1 && !ref.includes('{n}'))
      out.push({ path: `${base}/values/${role}`, message: `must contain "{n}" to address each of the ${m.units} units` });
  }
  for (const [role, r] of Object.entries(k.roles.values)) {
    if (r.required && m.values[role] === undefined) out.push({ path: `${base}/values/${role}`, message: `is required for ${kind}` });
  }
  for (const [role, e] of Object.entries(m.events)) {
    const r = k.roles.events[role];
    if (!r) {
      out.push({ path: `${base}/events/${role}`, message: `unknown event role "${role}" for ${kind} (known: ${known(k.roles.events)})` });
      continue;
    }
    for (const f of Object.keys(e.fields)) {
      if (!r.fields.includes(f))
        out.push({ path: `${base}/events/${role}/fields/${f}`, message: `unknown field role "${f}" (known: ${r.fields.join(', ')})` });
    }
  }
  for (const role of Object.keys(m.methods)) {
    if (!(role in k.roles.methods))
      out.push({
        path: `${base}/methods/${role}`,
        message: `unknown method role "${role}" for ${kind} (known: ${known(k.roles.methods)})`,
      });
  }
  return out;
}

/** Semantic checks of one device's transport settings (load.ts); the schema has already checked the shapes. */
export function opcuaDeviceProblems(d: DeviceConfig, i: number): ConfigProblem[] {
  const base = `/devices/${i}`;
  if (d.transport !== 'opcua') {
    return d.opcua === undefined ? [] : [{ path: `${base}/opcua`, message: 'only a device with transport "opcua" takes an opcua section' }];
  }
  const o = d.opcua;
  if (o === undefined) return [{ path: `${base}/opcua`, message: 'is required with transport "opcua" (endpointUrl and mapping at least)' }];
  const out: ConfigProblem[] = [];
  if (d.passwordHash !== undefined || d.passwordEnv !== undefined || d.passwordFile !== undefined) {
    out.push({
      path: base,
      message: 'passwordHash, passwordEnv and passwordFile are for MQTT devices; an OPC-UA device logs in with opcua.auth',
    });
  }
  if ((o.securityMode === 'None') !== (o.securityPolicy === 'None')) {
    out.push({
      path: `${base}/opcua/securityPolicy`,
      message:
        o.securityMode === 'None'
          ? 'must be "None" with securityMode "None"'
          : `securityMode "${o.securityMode}" needs a securityPolicy other than "None"`,
    });
  }
  const a = o.auth;
  const given = (keys: (keyof typeof a)[]) => keys.filter((k) => a[k] !== undefined);
  if (a.type === 'anonymous') {
    if (o.securityMode !== 'None')
      out.push({
        path: `${base}/opcua/auth/type`,
        message: `anonymous login is refused with securityMode "${o.securityMode}": use "userName" or "certificate"`,
      });
    const extra = given(['userName', 'passwordEnv', 'passwordFile', 'certificateFile', 'privateKeyFile']);
    if (extra.length > 0) out.push({ path: `${base}/opcua/auth`, message: `${extra.join(', ')} not used with type "anonymous"` });
  } else if (a.type === 'userName') {
    if (a.userName === undefined) out.push({ path: `${base}/opcua/auth/userName`, message: 'is required with type "userName"' });
    if (given(['passwordEnv', 'passwordFile']).length !== 1)
      out.push({ path: `${base}/opcua/auth`, message: 'type "userName" needs exactly one of passwordEnv, passwordFile' });
    if (given(['certificateFile', 'privateKeyFile']).length > 0)
      out.push({ path: `${base}/opcua/auth`, message: 'certificateFile and privateKeyFile are for type "certificate"' });
  } else {
    if (a.certificateFile === undefined || a.privateKeyFile === undefined)
      out.push({ path: `${base}/opcua/auth`, message: 'type "certificate" needs certificateFile and privateKeyFile' });
    if (given(['userName', 'passwordEnv', 'passwordFile']).length > 0)
      out.push({ path: `${base}/opcua/auth`, message: 'userName, passwordEnv and passwordFile are for type "userName"' });
  }
  if (o.reconnectMaxMs < o.reconnectMinMs) out.push({ path: `${base}/opcua/reconnectMaxMs`, message: 'must be at least reconnectMinMs' });
  return [...out, ...mappingProblems(d.kind, o.mapping, `${base}/opcua/mapping`)];
}
