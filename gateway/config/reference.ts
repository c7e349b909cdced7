// Renders the config schema as the README's config reference, so the documentation is the schema.
// `node --import tsx gateway/config/reference.ts --write` updates README.md between the config-reference markers;
// test/gateway/config/reference.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configSchema } from './schema.ts';

interface Node {
  type?: string;
  enum?: readonly unknown[];
  default?: unknown;
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  required?: readonly string[];
  minimum?: number;
  maximum?: number;
}

export const BEGIN = '<!-- config-reference:begin (generated from gateway/config/schema.ts) -->';
export const END = '<!-- config-reference:end -->';

function typeOf(n: Node): string {
  if (n.enum) return n.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (n.type === 'array') return 'array';
  const range = n.minimum !== undefined || n.maximum !== undefined ? ` (${n.minimum ?? ''}..${n.maximum ?? ''})` : '';
  return `${n.type ?? 'any'}${range}`;
}

function rows(n: Node, path: string, required: boolean, out: string[]): void {
  if (path) {
    const def =
      n.default !== undefined && typeof n.default !== 'object' ? `\`${JSON.stringify(n.default)}\`` : required ? '**required**' : '';
    out.push(`| \`${path}\` | ${typeOf(n)} | ${def} | ${(n.description ?? '').replace(/\|/g, '\\|')} |`);
  }
  const req = new Set(n.required ?? []);
  for (const [k, child] of Object.entries(n.properties ?? {})) rows(child, path ? `${path}.${k}` : k, req.has(k), out);
  if (n.items) rows(n.items, `${path}[]`, false, out);
}

export function renderReference(): string {
  const out = ['| key | type | default | meaning |', '|---|---|---|---|'];
  rows(configSchema as unknown as Node, '', true, out);
  return out.join('\n');
}

export function spliceReadme(readme: string): string {
  const a = readme.indexOf(BEGIN),
    b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md has no config-reference markers');
  return `${readme.slice(0, a + BEGIN.length)}\n${renderReference()}\n${readme.slice(b)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = new URL('../../README.md', import.meta.url);
  if (process.argv.includes('--write')) writeFileSync(file, spliceReadme(readFileSync(file, 'utf8')));
  else process.stdout.write(`${renderReference()}\n`);
}
