// Decodes the gateway's protobuf output with Debian's protoc, a decoder nobody here wrote: if our generated
// code and the .proto ever disagree, this catches it where a round trip through our own code would not.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const protoRoot = path.join(repoRoot, 'proto');
// Every top-level message lives in one of these; protoc resolves their imports itself.
const protoFiles = ['envelope.proto', 'health.proto'].map((f) => path.join(protoRoot, 'edge', 'v1', f));

/** protoc's text format for bytes decoded as edge.v1.<messageType> ("Envelope" or "edge.v1.Envelope"). */
export function protocDecode(messageType: string, bytes: Uint8Array): string {
  const fullName = messageType.includes('.') ? messageType : `edge.v1.${messageType}`;
  try {
    return execFileSync('protoc', ['-I', protoRoot, `--decode=${fullName}`, ...protoFiles], {
      input: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 10_000,
    });
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`protoc --decode=${fullName} failed (${bytes.byteLength} bytes): ${stderr || String(err)}`);
  }
}

export type ProtoValue = string | number | bigint | boolean | ProtoFields | ProtoValue[];
export interface ProtoFields {
  [field: string]: ProtoValue;
}

/**
 * Parses protoc's text format into a plain object: `sequence: 5` -> { sequence: 5 }, a nested message
 * `transaction { sale { ... } }` -> nested objects. A field that occurs more than once becomes an array,
 * so a repeated field with a single element stays a scalar: wrap it with asList() when asserting.
 * Strings are unescaped (protoc prints non-ASCII as octal bytes) and decoded as UTF-8; enums stay names;
 * integers beyond 2^53 become bigint. Unknown fields keep protoc's numeric names ("15": 3).
 */
export function protocFields(text: string): ProtoFields {
  const tokens = tokenize(text);
  let at = 0;

  function parseMessage(closing: string | undefined): ProtoFields {
    const fields: ProtoFields = {};
    for (;;) {
      const token = tokens[at++];
      if (token === undefined) {
        if (closing) throw new Error(`protocFields: missing "${closing}" at end of input`);
        return fields;
      }
      if (token.kind === 'punct' && token.text === closing) return fields;
      if (token.kind !== 'word') throw new Error(`protocFields: expected a field name, got ${JSON.stringify(token.text)}`);
      let next = tokens[at++];
      let value: ProtoValue;
      if (next?.kind === 'punct' && next.text === ':') next = tokens[at++];
      if (next?.kind === 'punct' && (next.text === '{' || next.text === '<')) {
        value = parseMessage(next.text === '{' ? '}' : '>');
      } else if (next?.kind === 'string') {
        value = next.value;
      } else if (next?.kind === 'word') {
        value = scalar(next.text);
      } else {
        throw new Error(`protocFields: no value for field ${token.text}`);
      }
      const existing = fields[token.text];
      if (existing === undefined) fields[token.text] = value;
      else if (Array.isArray(existing) && repeated.has(existing)) existing.push(value);
      else {
        const list = [existing, value];
        repeated.add(list);
        fields[token.text] = list;
      }
    }
  }
  // Arrays we built for repetition, as opposed to values that happen to be arrays (none today, but be exact).
  const repeated = new WeakSet<ProtoValue[]>();
  return parseMessage(undefined);
}

/** A field as a list whatever its count: undefined -> [], scalar -> [scalar], array -> itself. */
export function asList(value: ProtoValue | undefined): ProtoValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function scalar(text: string): ProtoValue {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : BigInt(text);
  }
  if (/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return Number(text);
  return text; // an enum value name
}

type Token = { kind: 'word' | 'punct'; text: string } | { kind: 'string'; text: string; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if ('{}<>:'.includes(c)) {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else if (c === '"' || c === "'") {
      const bytes: number[] = [];
      const start = i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\') {
          i = unescapeText(text, i + 1, bytes);
        } else {
          const cp = text.codePointAt(i) as number;
          bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
          i += cp > 0xffff ? 2 : 1;
        }
      }
      if (i >= text.length) throw new Error(`protocFields: unterminated string at offset ${start}`);
      i++;
      tokens.push({ kind: 'string', text: text.slice(start, i), value: Buffer.from(bytes).toString('utf8') });
    } else {
      const start = i;
      while (i < text.length && !/[\s{}<>:"'#]/.test(text[i] as string)) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i) });
    }
  }
  return tokens;
}

const simpleEscapes: Record<string, number> = { n: 10, r: 13, t: 9, '"': 34, "'": 39, '\\': 92, a: 7, b: 8, f: 12, v: 11, '?': 63 };

/** C escapes as protoc's CEscape writes them: \n, \", \\, octal \NNN and hex \xHH. Returns the next index. */
function unescapeText(text: string, i: number, bytes: number[]): number {
  const c = text[i] ?? '';
  const simple = simpleEscapes[c];
  if (simple !== undefined) {
    bytes.push(simple);
    return i + 1;
  }
  const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
  if (octal) {
    bytes.push(parseInt(octal[0], 8) & 0xff);
    return i + octal[0].length;
  }
  const hex = /^x([0-9a-fA-F]{1,2})/.exec(text.slice(i, i + 3));
  if (hex?.[1]) {
    bytes.push(parseInt(hex[1], 16));
    return i + hex[0].length;
  }
  throw new Error(`protocFields: unknown escape \\${c}`);
}
