// One Ajv instance for every kind's schemas, configured once. Strict mode makes a typo in a schema (an unknown keyword,
// a "required" naming an undefined property, a keyword on the wrong type) fail when it is compiled rather than silently
// accept everything: test/devices/schema-compile.test.ts compiles every kind's schemas, and the gateway compiles them
// just after it starts listening. allErrors so a firmware developer sees every problem of a payload in one reply.
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { ISO_TIME_RULE, parseIsoTime } from './iso-time.ts';
import { SAFE_NAME, schemaRefusal, type Refusal } from './refusal.ts';

const OPTIONS: Options = {
  allErrors: true,
  strict: true,
  strictTypes: true,
  strictTuples: true,
  strictRequired: true,
  // verbose keeps parentSchema on each error so a pattern error can quote the field's description instead of a regex
  verbose: true,
};

let ajv: Ajv | undefined;
function instance(): Ajv {
  if (!ajv) {
    const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as { Ajv: new (o: Options) => Ajv };
    ajv = new AjvClass(OPTIONS);
    /** RFC 3339 date-time with a zone; ajv 8 ships no formats, and this one must agree with parseIsoTime exactly. */
    ajv.addFormat('date-time-zoned', { type: 'string', validate: (s: string) => parseIsoTime(s) !== undefined });
  }
  return ajv;
}

/** The compile steps of the schemas made and not compiled yet (compileSchema adds each). */
const pending: (() => boolean)[] = [];

/**
 * Compiles up to `limit` of the schemas not compiled yet (the ones no message has needed so far); returns how many it
 * compiled. The gateway calls it one schema at a time after it starts, so a machine logging in meanwhile waits for one
 * compile (a few ms), not for all of them.
 */
export function compilePending(limit = Number.POSITIVE_INFINITY): number {
  let n = 0;
  while (n < limit && pending.length > 0) if (pending.shift()!()) n++;
  return n;
}

/**
 * A validator for one message schema, compiled at its first use (or by compilePending) instead of when the module
 * loads: loading ajv and compiling every kind's schemas cost ~100 ms of every start, before the spool could open, for
 * kinds a site may not even have. A first message pays its schema's compile once (a few ms).
 */
export function compileSchema<T>(schema: object): ValidateFunction<T> {
  let compiled: ValidateFunction<T> | undefined;
  const compile = () => {
    if (compiled) return false;
    compiled = instance().compile<T>(schema);
    return true;
  };
  pending.push(compile);
  const validate = ((data: unknown) => {
    compile();
    const ok = compiled!(data);
    validate.errors = compiled!.errors;
    return ok;
  }) as unknown as ValidateFunction<T>;
  return validate;
}

const MAX_LISTED = 5;

function describe(e: ErrorObject): { path: string; text: string } | undefined {
  const at = e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
      return undefined; // "must match then schema" only repeats the then-branch errors listed beside it
    case 'required':
      return { path: `${at}/${String(p.missingProperty)}`, text: 'is required' };
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return SAFE_NAME.test(name)
        ? { path: `${at}/${name}`, text: 'is not an allowed property' }
        : { path: at, text: 'has a property that is not allowed' };
    }
    case 'enum':
      return { path: at, text: `must be one of ${(p.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path: at, text: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'format':
      return { path: at, text: p.format === 'date-time-zoned' ? ISO_TIME_RULE : `must match format ${String(p.format)}` };
    case 'pattern': {
      const description = (e.parentSchema as { description?: string } | undefined)?.description;
      return { path: at, text: description ? `must be ${description}` : `must match pattern ${String(p.pattern)}` };
    }
    default:
      // type, minimum, maximum, minLength, maxLength, minItems, maxItems, uniqueItems: ajv's own words are clear
      // ("must be integer", "must be <= 99") and never quote the value.
      return { path: at, text: e.message ?? `fails ${e.keyword}` };
  }
}

/** One refusal listing every distinct problem ("/items/0/qty must be integer; /currency is required"). */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): Refusal {
  const seen = new Set<string>();
  let firstPath: string | undefined;
  for (const e of errors ?? []) {
    const d = describe(e);
    if (!d) continue;
    firstPath ??= d.path;
    seen.add(`${d.path || 'payload'} ${d.text}`);
  }
  if (firstPath === undefined) return schemaRefusal('', 'does not match the schema');
  const all = [...seen];
  const shown = all.slice(0, MAX_LISTED).join('; ');
  const more = all.length > MAX_LISTED ? ` (and ${all.length - MAX_LISTED} more)` : '';
  return { code: 'GW_PAYLOAD_SCHEMA', message: shown + more, path: firstPath };
}
