// Semantic checks of an OPC-UA device's config (load.ts runs them after the schema has checked the shapes): the
// security settings agree, the login fits them, and the mapping names only roles its kind knows (the kind's OPC-UA
// mapping in devices/registry.ts).
import { OPCUA_KIND_NAMES, opcuaKindOf, type Kind } from '../../devices/registry.ts';
import type { OpcuaMappingConfig } from '../../protocols/opcua/types.ts';
import type { ConfigProblem, DeviceConfig } from './schema.ts';

/** Problems of one device's mapping, with paths below `base` (e.g. "/devices/3/opcua/mapping"). */
export function mappingProblems(kind: Kind, mapping: OpcuaMappingConfig, base: string): ConfigProblem[] {
  const opcuaKind = opcuaKindOf(kind);
  if (!opcuaKind)
    return [{ path: base, message: `${kind} machines cannot be read over OPC-UA yet (supported: ${OPCUA_KIND_NAMES.join(', ')})` }];
  const out: ConfigProblem[] = [];
  const known = (table: object) => Object.keys(table).join(', ');
  for (const [role, ref] of Object.entries(mapping.values)) {
    const r = opcuaKind.roles.values[role];
    if (!r) {
      out.push({ path: `${base}/values/${role}`, message: `unknown role "${role}" for ${kind} (known: ${known(opcuaKind.roles.values)})` });
      continue;
    }
    if (!r.perUnit && ref.includes('{n}')) out.push({ path: `${base}/values/${role}`, message: '"{n}" is only for per-unit roles' });
    if (r.perUnit && mapping.units > 1 && !ref.includes('{n}'))
      out.push({ path: `${base}/values/${role}`, message: `must contain "{n}" to address each of the ${mapping.units} units` });
  }
  for (const [role, r] of Object.entries(opcuaKind.roles.values)) {
    if (r.required && mapping.values[role] === undefined) out.push({ path: `${base}/values/${role}`, message: `is required for ${kind}` });
  }
  for (const [role, e] of Object.entries(mapping.events)) {
    const r = opcuaKind.roles.events[role];
    if (!r) {
      out.push({
        path: `${base}/events/${role}`,
        message: `unknown event role "${role}" for ${kind} (known: ${known(opcuaKind.roles.events)})`,
      });
      continue;
    }
    for (const f of Object.keys(e.fields)) {
      if (!r.fields.includes(f))
        out.push({ path: `${base}/events/${role}/fields/${f}`, message: `unknown field role "${f}" (known: ${r.fields.join(', ')})` });
    }
  }
  for (const role of Object.keys(mapping.methods)) {
    if (!(role in opcuaKind.roles.methods))
      out.push({
        path: `${base}/methods/${role}`,
        message: `unknown method role "${role}" for ${kind} (known: ${known(opcuaKind.roles.methods)})`,
      });
  }
  return out;
}

/** Semantic checks of one device's transport settings (load.ts); the schema has already checked the shapes. */
export function opcuaDeviceProblems(device: DeviceConfig, index: number): ConfigProblem[] {
  const base = `/devices/${index}`;
  if (device.transport !== 'opcua') {
    return device.opcua === undefined
      ? []
      : [{ path: `${base}/opcua`, message: 'only a device with transport "opcua" takes an opcua section' }];
  }
  const opcua = device.opcua;
  if (opcua === undefined)
    return [{ path: `${base}/opcua`, message: 'is required with transport "opcua" (endpointUrl and mapping at least)' }];
  const out: ConfigProblem[] = [];
  if (device.passwordHash !== undefined || device.passwordEnv !== undefined || device.passwordFile !== undefined) {
    out.push({
      path: base,
      message: 'passwordHash, passwordEnv and passwordFile are for MQTT devices; an OPC-UA device logs in with opcua.auth',
    });
  }
  if ((opcua.securityMode === 'None') !== (opcua.securityPolicy === 'None')) {
    out.push({
      path: `${base}/opcua/securityPolicy`,
      message:
        opcua.securityMode === 'None'
          ? 'must be "None" with securityMode "None"'
          : `securityMode "${opcua.securityMode}" needs a securityPolicy other than "None"`,
    });
  }
  const auth = opcua.auth;
  const given = (keys: (keyof typeof auth)[]) => keys.filter((k) => auth[k] !== undefined);
  if (auth.type === 'anonymous') {
    if (opcua.securityMode !== 'None')
      out.push({
        path: `${base}/opcua/auth/type`,
        message: `anonymous login is refused with securityMode "${opcua.securityMode}": use "userName" or "certificate"`,
      });
    const extra = given(['userName', 'passwordEnv', 'passwordFile', 'certificateFile', 'privateKeyFile']);
    if (extra.length > 0) out.push({ path: `${base}/opcua/auth`, message: `${extra.join(', ')} not used with type "anonymous"` });
  } else if (auth.type === 'userName') {
    if (auth.userName === undefined) out.push({ path: `${base}/opcua/auth/userName`, message: 'is required with type "userName"' });
    if (given(['passwordEnv', 'passwordFile']).length !== 1)
      out.push({ path: `${base}/opcua/auth`, message: 'type "userName" needs exactly one of passwordEnv, passwordFile' });
    if (given(['certificateFile', 'privateKeyFile']).length > 0)
      out.push({ path: `${base}/opcua/auth`, message: 'certificateFile and privateKeyFile are for type "certificate"' });
  } else {
    if (auth.certificateFile === undefined || auth.privateKeyFile === undefined)
      out.push({ path: `${base}/opcua/auth`, message: 'type "certificate" needs certificateFile and privateKeyFile' });
    if (given(['userName', 'passwordEnv', 'passwordFile']).length > 0)
      out.push({ path: `${base}/opcua/auth`, message: 'userName, passwordEnv and passwordFile are for type "userName"' });
  }
  if (opcua.reconnectMaxMs < opcua.reconnectMinMs)
    out.push({ path: `${base}/opcua/reconnectMaxMs`, message: 'must be at least reconnectMinMs' });
  return [...out, ...mappingProblems(device.kind, opcua.mapping, `${base}/opcua/mapping`)];
}
