// The config schema's validator. ajv turns the schema into JavaScript; doing that at every start cost ~90 ms (and
// loading ajv ~45 ms more) before the spool could open, so the build (scripts/build.mjs) does it once with ajv's
// standalone code generation and writes dist/config-validator.cjs beside the bundle. The service runs that file. Run from
// the sources (npm start, the tests), or beside a file built from another schema, the schema is compiled here as before:
// the file carries the hash of the schema and options it was made from and is used only when they match exactly.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, Options, ValidateFunction } from 'ajv';
import { type Config, configSchema } from './schema.ts';

export { configSchema };

export const CONFIG_AJV_OPTIONS: Options = { allErrors: true, useDefaults: true, strict: true, strictTuples: false };

/** What the generated file must have been made from: the schema and the ajv options, as one hash. */
export function configSchemaHash(): string {
  return createHash('sha256')
    .update(JSON.stringify({ options: CONFIG_AJV_OPTIONS, schema: configSchema }))
    .digest('hex');
}

/** The name of the generated file, beside the bundle's chunks. */
export const GENERATED_FILE = 'config-validator.cjs';

export type ConfigValidator = ValidateFunction<Config> & { builtFrom?: string };

/** The built validator when one for this exact schema sits beside this module, else the schema compiled now. */
export function configValidator(here: string = import.meta.url): { validate: ConfigValidator; precompiled: boolean } {
  const require = createRequire(here);
  const built = fileURLToPath(new URL(`./${GENERATED_FILE}`, here));
  if (existsSync(built)) {
    const validate = require(built) as ConfigValidator;
    if (validate.builtFrom === configSchemaHash()) return { validate, precompiled: true };
  }
  const { Ajv: AjvClass } = require('ajv') as { Ajv: new (o: Options) => Ajv };
  return { validate: new AjvClass(CONFIG_AJV_OPTIONS).compile<Config>(configSchema), precompiled: false };
}
