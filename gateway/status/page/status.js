// The status page's script: fetches /api/status and fills in the page. Shipped with the gateway (no external assets:
// sites may have no internet) and served from the gateway's own origin, so the Content-Security-Policy can forbid
// inline script. Everything from the gateway is put in with textContent, never parsed as HTML.
//
// Refreshing: polling /api/status every 2 s rather than server-sent events. Each answer is a complete snapshot, so a
// lost answer heals at the next one, and a phone that slept or a laptop that changed network simply catches up. The
// token cookie and the same JSON serve both the page and scripts, no long-lived connection has to be tracked and cut at
// shutdown, and a site has one or two engineers looking, so the cost of polling is nothing. Polling pauses while
// the page is hidden and resumes at once when it is shown again.

const PERIOD_MS = 2000;
const TIMEOUT_MS = 5000;

const CLASSES = {
  tx: { name: 'Transactions and events', dropped: () => 'never dropped' },
  telemetry: {
    name: 'Telemetry',
    dropped: (d) =>
      dropText(d.ttl + d.quota, [
        ['expired', d.ttl],
        ['for space', d.quota],
      ]),
  },
  state: { name: 'Machine state', dropped: (d) => dropText(d.superseded, [['replaced by newer', d.superseded]]) },
};
const SOURCES = { device: 'Machine', spool: 'Spool', uplink: 'Uplink' };

let timer;
let lastOk = 0;

function $(id) {
  return document.getElementById(id);
}

function setText(id, text) {
  const el = $(id);
  if (el && el.textContent !== text) el.textContent = text;
}

function num(n) {
  return typeof n === 'number' ? n.toLocaleString('en-GB') : '–';
}

const NBSP = '\u00a0';

/** "4 min 12 s": no-break spaces keep a figure with its unit when a narrow column wraps. */
function duration(seconds) {
  if (seconds === null || seconds === undefined || !Number.isFinite(Number(seconds))) return '–';
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const text =
    s < 60 ? `${s} s` : m < 60 ? `${m} min ${s % 60} s` : h < 48 ? `${h} h ${m % 60} min` : `${Math.floor(h / 24)} d ${h % 24} h`;
  return text.replace(/ /g, NBSP);
}

function bytes(n) {
  if (typeof n !== 'number') return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** Clock time in the viewer's zone; with the date when it is not today. */
function clock(ms) {
  const d = new Date(ms);
  const sameDay = d.toDateString() === new Date().toDateString();
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return sameDay ? time : `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })} ${time}`;
}

/** "21:03:12 (5 min ago)", measured against the gateway's clock so a phone with a wrong clock still reads right. */
function when(ms, nowMs) {
  if (!ms) return 'never';
  return `${clock(ms)} (${duration((nowMs - ms) / 1000)}${NBSP}ago)`;
}

function dropText(total, parts) {
  if (!total) return 'none';
  return `${num(total)} (${parts
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${num(n)} ${label}`)
    .join(', ')})`;
}

function cell(tag, text, label, cls) {
  const el = document.createElement(tag);
  el.textContent = text;
  if (label) el.dataset.label = label;
  if (cls) el.className = cls;
  if (tag === 'th') el.scope = 'row';
  return el;
}

/** A state shown by word and symbol, never by colour alone. */
function badge(kind, text) {
  const span = document.createElement('span');
  span.className = `badge ${kind}`;
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = kind === 'ok' ? '● ' : kind === 'bad' ? '✕ ' : kind === 'warn' ? '▲ ' : '○ ';
  span.append(mark, text);
  return span;
}

function render(s) {
  const now = Date.parse(s.generatedAt) || Date.now();
  const title = s.site.name || s.site.id;
  setText('site-name', title);
  if (document.title !== `${title} · status`) document.title = `${title} · status`;
  setText('site-id', s.site.id);
  setText('version', s.version);
  setText('uptime', duration(s.uptimeS));
  renderSummary(s, now);
  renderUplink(s.uplink, now);
  renderClock(s.clock);
  renderSpool(s.spool, s.uplink.connected);
  renderDevices(s.devices, s.today, now, s.clock?.devices || {});
  renderErrors(s.errors || [], now);
  renderPickups(s.pickups, now);
  renderSession(s.session);
}

/** Signed in with ?token=: when this browser's session ends unless used, and the way to end it now. */
function renderSession(session) {
  const p = $('session');
  p.hidden = !session;
  if (session) setText('session-until', clock(Date.parse(session.expiresAt)));
}

function renderSummary(s, now) {
  const online = s.devices.filter((d) => d.online).length;
  const waiting = s.spool.depth;
  const parts = [];
  let level = 'ok';
  if (s.uplink.connected) parts.push('Core connected');
  else {
    parts.push(`Core unreachable for ${duration((now - Date.parse(s.uplink.since)) / 1000)}`);
    level = 'warn';
  }
  parts.push(`${online} of ${s.devices.length} machines online`);
  if (online < s.devices.length) level = 'warn';
  parts.push(waiting === 0 ? 'nothing waiting' : `${num(waiting)} messages waiting`);
  if (s.spool.full) {
    parts.push('SPOOL FULL: transactions refused');
    level = 'bad';
  }
  const locked = s.pickups ? s.pickups.lockouts.length : 0;
  if (locked > 0) {
    parts.push(`${locked} pickup lock-out${locked === 1 ? '' : 's'}`);
    if (level === 'ok') level = 'warn';
  }
  setSummary(level, level, parts.join(' · '));
}

/** The sentence at the top; `dataLevel` is what tests and styles read (the page itself unreachable is "unreachable"). */
function setSummary(level, dataLevel, text) {
  const el = $('summary');
  el.className = `summary ${level}`;
  el.dataset.level = dataLevel;
  // Only a changed sentence is written: the element is a live region, and a screen reader reads every change.
  if (el.dataset.text !== text) {
    el.dataset.text = text;
    el.replaceChildren(badge(level, text));
  }
}

function renderUplink(u, now) {
  const state = $('uplink-state');
  const since = Date.parse(u.since);
  state.dataset.state = u.connected ? 'connected' : 'down';
  state.replaceChildren(u.connected ? badge('ok', 'Connected') : badge('bad', 'Down'), ` since ${when(since, now)}`);
  setText('uplink-confirm', u.lastConfirmAt ? when(Date.parse(u.lastConfirmAt), now) : 'none since start');
  setText('uplink-reconnects', num(u.reconnects));
  setText('uplink-inflight', num(u.inflight));
  setText('uplink-error', u.lastError || 'none');
}

/** An offset in words: "2 min 5 s", "340 ms". */
function offsetText(ms) {
  const a = Math.abs(ms);
  return a < 1000 ? `${num(a)} ms` : duration(Math.round(a / 1000));
}

/** The gateway's clock against the core's (GW_CLOCK_SKEW when off by more than clock.maxSkewMs). */
function renderClock(c) {
  const dd = $('uplink-clock');
  const core = c?.core;
  if (!core?.known) return dd.replaceChildren('not measured yet');
  const side = core.offsetMs >= 0 ? 'behind' : 'ahead of';
  const text = ` ${offsetText(core.offsetMs)} ${side} the core (± ${num(core.uncertaintyMs)} ms)`;
  dd.dataset.state = core.skewed ? 'skewed' : 'ok';
  dd.replaceChildren(core.skewed ? badge('warn', 'Off') : badge('ok', 'In step'), text);
}

function renderSpool(sp, connected) {
  const rows = Object.entries(sp.classes).map(([cls, c]) => {
    const meta = CLASSES[cls] || { name: cls, dropped: () => '' };
    const tr = document.createElement('tr');
    tr.dataset.class = cls;
    const depth = cell('td', num(c.depth), 'Waiting', 'num');
    depth.dataset.field = 'depth';
    depth.dataset.value = String(c.depth);
    tr.append(
      cell('th', meta.name, 'Class'),
      depth,
      cell('td', bytes(c.bytes), 'Size', 'num'),
      cell('td', c.depth > 0 ? duration(c.oldestAgeMs / 1000) : '–', 'Oldest unsent'),
      cell('td', meta.dropped(sp.drops), 'Dropped'),
    );
    return tr;
  });
  $('spool-table').tBodies[0].replaceChildren(...rows);
  // The drain rate is measured over the last minute; while the core is away it is history, not an estimate.
  setText(
    'spool-eta',
    sp.depth === 0
      ? 'nothing to send'
      : !connected
        ? 'waiting for the core to return'
        : sp.drainEtaS === null
          ? 'not measured yet'
          : `about ${duration(sp.drainEtaS)}`,
  );
  setText(
    'spool-hours',
    sp.outageHoursLeft === null
      ? 'no intake measured yet'
      : `about ${sp.outageHoursLeft >= 48 ? `${num(Math.floor(sp.outageHoursLeft / 24))} days` : `${num(sp.outageHoursLeft)} h`} at the last hour's intake`,
  );
  setText('spool-disk', `${bytes(sp.diskBytes)} of ${bytes(sp.maxBytes)} (${Math.round((sp.diskBytes / sp.maxBytes) * 100)} %)`);
  const full = $('spool-full');
  full.replaceChildren(sp.full ? badge('bad', 'No: spool full (GW_SPOOL_FULL)') : badge('ok', 'Yes'));
}

function renderDevices(devices, today, now, clocks) {
  const since = today && Date.parse(today.since);
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  setText(
    'devices-caption',
    since && since > midnight.getTime()
      ? `Every configured machine. “Today” counts since the gateway started at ${clock(since)}.`
      : 'Every configured machine. “Today” counts from local midnight.',
  );
  const rows = devices.map((d) => {
    const tr = document.createElement('tr');
    tr.dataset.device = d.id;
    // The id never breaks; a long human name goes on its own line below it.
    const name = cell('th', '', 'Machine');
    const id = document.createElement('span');
    id.className = 'device-id';
    id.textContent = d.id;
    name.append(id);
    if (d.name) {
      const human = document.createElement('span');
      human.className = 'device-name';
      human.textContent = d.name;
      name.append(human);
    }
    const status = cell('td', '', 'Status');
    status.dataset.field = 'status';
    status.dataset.state = d.online ? 'online' : 'offline';
    status.append(d.online ? badge('ok', 'Online') : badge('off', 'Offline'));
    // A machine's clock is flagged only when it is wrong: reset or stepped (untrusted), or off the gateway's.
    const c = clocks[d.id];
    if (c?.known && !c.trusted) status.append(' ', badge('bad', 'Clock jumped'));
    else if (c?.skewed) status.append(' ', badge('warn', `Clock ${c.offsetMs > 0 ? '+' : '−'}${offsetText(c.offsetMs)}`));
    const err = d.lastError;
    const errCell = cell('td', err ? '' : 'none', 'Last error', err ? 'error-text' : '');
    if (err) {
      // A narrow column may break the code after an underscore (<wbr>), not inside a word; copying it stays clean.
      err.code.split('_').forEach((part, i) => {
        if (i > 0) errCell.append('_', document.createElement('wbr'));
        errCell.append(part);
      });
      errCell.append(`: ${err.message}`);
      errCell.title = `at ${clock(err.at)}`;
    }
    const t = d.today || { received: 0, rejected: 0 };
    tr.append(
      name,
      cell('td', d.kind, 'Kind'),
      cell('td', d.transport === 'mqtt' ? 'MQTT' : d.transport === 'opcua' ? `OPC${NBSP}UA` : d.transport, 'Link'),
      status,
      cell('td', when(d.lastSeen, now), 'Last seen'),
      cell('td', num(t.received), 'Today', 'num'),
      cell('td', num(t.rejected), 'Rejected today', 'num'),
      cell('td', num(d.received), 'Received', 'num'),
      cell('td', num(d.rejected), 'Rejected', 'num'),
      errCell,
    );
    return tr;
  });
  $('devices-table').tBodies[0].replaceChildren(...rows);
}

function renderErrors(errors, now) {
  $('errors-empty').hidden = errors.length > 0;
  $('errors-table').hidden = errors.length === 0;
  const rows = errors.map((e) => {
    const tr = document.createElement('tr');
    tr.dataset.code = e.code;
    const where = e.deviceId ? `${SOURCES[e.source] || e.source} ${e.deviceId}` : SOURCES[e.source] || e.source;
    tr.append(
      cell('td', when(Date.parse(e.at), now), 'When'),
      cell('td', where, 'Where'),
      cell('td', e.code, 'Code', 'code'),
      cell('td', e.count > 1 ? `${e.message} (×${num(e.count)})` : e.message, 'What happened'),
    );
    return tr;
  });
  $('errors-table').tBodies[0].replaceChildren(...rows);
}

/** Lockers whose code entry is locked after too many wrong pickup codes: where, until when, counts only (never a code). */
function renderPickups(p, now) {
  const lockouts = p ? p.lockouts : [];
  $('pickups-empty').hidden = lockouts.length > 0;
  $('pickups-table').hidden = lockouts.length === 0;
  const rows = lockouts.map((l) => {
    const tr = document.createElement('tr');
    tr.dataset.device = l.deviceId;
    tr.dataset.compartment = l.compartment === null ? 'all' : String(l.compartment);
    const until = Date.parse(l.until);
    tr.append(
      cell('th', l.deviceId, 'Locker'),
      cell('td', l.compartment === null ? 'whole locker' : `compartment ${l.compartment}`, 'Locked'),
      cell('td', when(Date.parse(l.since), now), 'Since'),
      cell('td', `${clock(until)} (in ${duration((until - now) / 1000)})`, 'Until'),
      cell('td', num(l.wrongCodes), 'Wrong codes', 'num'),
      cell('td', num(l.refused), 'Refused since', 'num'),
    );
    return tr;
  });
  $('pickups-table').tBodies[0].replaceChildren(...rows);
  const totals = Object.values(p ? p.totals : {});
  const wrong = totals.reduce((n, t) => n + t.wrongCodes, 0);
  const count = totals.reduce((n, t) => n + t.lockouts, 0);
  setText('pickups-totals', `Since start: ${num(wrong)} wrong pickup codes, ${num(count)} lock-out${count === 1 ? '' : 's'}.`);
}

function showProblem(text) {
  setSummary('bad', 'unreachable', text);
}

async function refresh() {
  clearTimeout(timer);
  try {
    const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : undefined;
    const res = await fetch('/api/status', { cache: 'no-store', credentials: 'same-origin', signal });
    if (res.status === 401) {
      showProblem('Access token missing or expired: open this page again with ?token=… added to the address.');
    } else if (!res.ok) {
      showProblem(`The gateway answered ${res.status}; retrying.`);
    } else {
      render(await res.json());
      lastOk = Date.now();
      setText('updated', `Updated ${clock(lastOk)}; refreshes every ${PERIOD_MS / 1000} s.`);
    }
  } catch {
    showProblem(
      lastOk
        ? `Cannot reach the gateway since ${clock(lastOk)}; the figures below are from then. Retrying.`
        : 'Cannot reach the gateway; retrying.',
    );
  }
  if (!document.hidden) timer = setTimeout(refresh, PERIOD_MS);
}

document.addEventListener('visibilitychange', () => {
  if (!document.hidden) refresh();
  else clearTimeout(timer);
});
refresh();
