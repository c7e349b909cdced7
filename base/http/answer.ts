// What every answer of a read-only page server has in common: security headers, GET and HEAD only, the body sent with
// its length (none for HEAD), and how an access refusal or a ?token= redirect is told to the client.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ROOT } from '../root.ts';
import type { AccessDecision } from './token-gate.ts';

/** Every answer carries these. CSP: only this origin's own script, styles and fetches; no framing, no forms, no plugins. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export type SendJson = (req: IncomingMessage, res: ServerResponse, code: number, body: unknown) => void;

/**
 * Sets the security headers, refuses anything but GET and HEAD (405) and a URL that does not parse (400). Returns the
 * URL, or undefined when the answer has been sent.
 */
export function readOnlyRequest(req: IncomingMessage, res: ServerResponse, sendJson: SendJson): URL | undefined {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendJson(req, res, 405, { error: 'read-only: only GET and HEAD are allowed' });
    return undefined;
  }
  try {
    return new URL(req.url ?? '/', 'http://page.invalid');
  } catch {
    sendJson(req, res, 400, { error: 'bad request' });
    return undefined;
  }
}

/**
 * Answers a refusal (401 with the Bearer realm, 421, 429 with Retry-After and no keep-alive) or a ?token= redirect
 * (303 with the session cookie). Returns false for an allow: the caller answers the request itself.
 */
export function answerAccess(
  req: IncomingMessage,
  res: ServerResponse,
  decision: AccessDecision,
  realm: string,
  sendJson: SendJson,
): boolean {
  if (decision.kind === 'deny') {
    if (decision.status === 401) res.setHeader('WWW-Authenticate', `Bearer realm="${realm}"`);
    if (decision.clearCookie) res.setHeader('Set-Cookie', decision.clearCookie);
    if (decision.retryAfterS) {
      res.setHeader('Retry-After', String(decision.retryAfterS));
      // A locked-out source gets no keep-alive socket to hammer.
      res.setHeader('Connection', 'close');
    }
    sendJson(req, res, decision.status, { error: decision.reason });
    return true;
  }
  if (decision.kind === 'redirect') {
    res.setHeader('Set-Cookie', decision.cookie);
    res.setHeader('Location', decision.location);
    sendJson(req, res, 303, { redirect: decision.location });
    return true;
  }
  return false;
}

export function sendBytes(req: IncomingMessage, res: ServerResponse, code: number, type: string, body: Buffer): void {
  res.writeHead(code, { 'Content-Type': type, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Listens and resolves once listening; rejects with the listen error (EADDRINUSE, EACCES). */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Closes every socket, then the server. */
export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
}

/** The look both pages share, served by each page server at /common.css (each page links it before its own). */
const COMMON_FILES = { '/common.css': { file: 'common.css', type: 'text/css; charset=utf-8' } } as const;

/** A page's files from `dir`, and the shared ones, read at start: URL path -> bytes and Content-Type. */
export async function readPageFiles(
  files: Readonly<Record<string, { file: string; type: string }>>,
  dir: string,
): Promise<Map<string, { body: Buffer; type: string }>> {
  const assets = new Map<string, { body: Buffer; type: string }>();
  const read = async (path: string, a: { file: string; type: string }, from: string) =>
    assets.set(path, { body: await readFile(join(from, a.file)), type: a.type });
  for (const [path, a] of Object.entries(COMMON_FILES)) await read(path, a, join(ROOT, 'base', 'http', 'page'));
  for (const [path, a] of Object.entries(files)) await read(path, a, dir);
  return assets;
}
