// Browser sessions for a token-guarded page (the site status page, the fleet view; issue 12 point 9). A browser
// that presents the access token once (/?token=...) gets its own random session id in a cookie; the server keeps the
// session, not the browser:
//
// - The id is 32 bytes from crypto.randomBytes: nothing about it can be derived from the token or from another id, so
//   one browser's cookie says nothing about any other, and guessing one is hopeless (2^256).
// - The map is keyed by SHA-256 of the id, so the server's memory (a heap dump, a core file) holds no usable cookie.
// - A session ends after `idleS` without a request, and `lifetimeS` after it began however busy it is; an ended session
//   is refused and deleted, whatever the cookie's own Max-Age says (a copied cookie does not outlive the session).
// - A session is bound to the Host header it was created under: the same cookie presented with any other Host is
//   refused. A cookie copied off one name or port of this machine is no key to another (browsers send cookies to
//   every port of a host), and a page served under a rebound DNS name cannot use it.
// - At most `max` sessions live at once; creating one more evicts the oldest, so a flood of token presentations
//   (someone holding the token, or a script in a loop) cannot grow memory. The flood only logs out the oldest browsers.
// Time comes from `now` (epoch ms) so tests drive expiry without sleeping.
import { createHash, randomBytes } from 'node:crypto';

export interface SessionOptions {
  idleS: number;
  lifetimeS: number;
  max: number;
  now?: () => number;
}

interface Session {
  host: string;
  createdAt: number;
  lastSeen: number;
}

export type SessionLookup =
  | { ok: true; expiresAt: number }
  /** unknown: never issued, evicted, or from before a restart (a forged or guessed id lands here too). */
  | { ok: false; reason: 'unknown' | 'expired' | 'host' };

export class SessionStore {
  private readonly options: Required<SessionOptions>;
  /** Insertion order is creation order: the first key is the oldest session. */
  private readonly sessions = new Map<string, Session>();
  private evictedCount = 0;

  constructor(options: SessionOptions) {
    this.options = { now: Date.now, ...options };
  }

  /** A new session for a browser that showed the token under this Host; returns the id for its cookie. */
  create(host: string): string {
    const now = this.options.now();
    this.sweep(now);
    while (this.sessions.size >= this.options.max) {
      const oldest = this.sessions.keys().next().value as string;
      this.sessions.delete(oldest);
      this.evictedCount++;
    }
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(key(id), { host: normalHost(host), createdAt: now, lastSeen: now });
    return id;
  }

  /** Checks a cookie's id against the Host it came with; a live session's idle clock restarts. */
  lookup(id: string, host: string): SessionLookup {
    const k = key(id);
    const s = this.sessions.get(k);
    if (!s) return { ok: false, reason: 'unknown' };
    const now = this.options.now();
    if (this.ended(s, now)) {
      this.sessions.delete(k);
      return { ok: false, reason: 'expired' };
    }
    // Not deleted: the browser that owns the session (right Host) keeps it; the replay is refused and counted.
    if (s.host !== normalHost(host)) return { ok: false, reason: 'host' };
    s.lastSeen = now;
    return { ok: true, expiresAt: Math.min(now + this.options.idleS * 1000, s.createdAt + this.options.lifetimeS * 1000) };
  }

  /** Sign-out: ends the session if this id and Host own it. */
  end(id: string, host: string): boolean {
    const k = key(id);
    const s = this.sessions.get(k);
    if (!s || s.host !== normalHost(host)) return false;
    return this.sessions.delete(k);
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Sessions pushed out by newer ones since start (a flood of token presentations shows here). */
  get evicted(): number {
    return this.evictedCount;
  }

  get lifetimeS(): number {
    return this.options.lifetimeS;
  }

  private ended(s: Session, now: number): boolean {
    return now - s.lastSeen >= this.options.idleS * 1000 || now - s.createdAt >= this.options.lifetimeS * 1000;
  }

  /** Drops ended sessions (bounded by the cap, so at most `max` steps). */
  private sweep(now: number): void {
    for (const [k, s] of this.sessions) if (this.ended(s, now)) this.sessions.delete(k);
  }
}

function key(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('base64url');
}

/** The Host header as sent, case-folded and trimmed ("127.0.0.1:8080"; the port is part of it on purpose). */
function normalHost(host: string): string {
  return host.trim().toLowerCase();
}
