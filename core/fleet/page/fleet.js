// The fleet page's script: fetches /api/fleet and draws one row per site, trouble first, with a backlog sparkline; a
// site's detail comes from /api/fleet/site/ID on selection. Served from the fleet view's own origin (the CSP forbids
// inline script); everything from the sites is put in with textContent, never parsed as HTML.
// Polling every 5 s: each answer is a complete snapshot, so a lost one heals at the next. Rows are drawn in pages of
// PAGE_ROWS (trouble first, so the first page is the one that matters); "Show more" draws the next page.

const PERIOD_MS = 5000;
const TIMEOUT_MS = 10000;
const PAGE_ROWS = 2500;
const SVG = 'http://www.w3.org/2000/svg';
const NBSP = '\u00a0';

const TROUBLE_TEXT = {
  offline: 'Offline',
  silent: 'Silent',
  'spool-full': 'Spool full',
  corrupt: 'Corrupt records',
  'outage-hours-low': 'Outage room low',
  'backlog-old': 'Backlog old',
  'machines-offline': 'Machines offline',
  'config-failed': 'Config failed',
  'clock-skew': 'Clock skew',
  'old-version': 'Old version',
};

let fleet;
let shown = PAGE_ROWS;
let selected;
let timer;

function $(id) {
  return document.getElementById(id);
}

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function num(n) {
  return typeof n === 'number' ? n.toLocaleString('en-GB') : '–';
}

function duration(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(Number(ms))) return '–';
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const text = s < 60 ? `${s} s` : m < 60 ? `${m} min` : h < 48 ? `${h} h ${m % 60} min` : `${Math.floor(h / 24)} d ${h % 24} h`;
  return text.replace(/ /g, NBSP);
}

function bytes(n) {
  if (typeof n !== 'number') return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)}${NBSP}${units[u]}`;
}

function offset(ms) {
  if (ms === null || ms === undefined) return '–';
  const a = Math.abs(ms);
  const text = a < 1000 ? `${ms} ms` : a < 120000 ? `${(ms / 1000).toFixed(1)} s` : duration(a);
  return (ms > 0 && a >= 120000 ? '+' : ms < 0 && a >= 120000 ? '−' : '') + text.replace(/ /g, NBSP);
}

function when(ms) {
  if (!ms) return 'never';
  return `${duration(Date.now() - ms)} ago`;
}

/** A line per run of known buckets; a bucket with no report is a gap, not zero. Scaled to the site's own peak. */
function sparkline(history, peakText) {
  const w = 120;
  const h = 24;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  svg.setAttribute('class', 'spark');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', peakText);
  const n = history.length;
  const peak = Math.max(1, ...history.filter((v) => v !== null));
  let points = [];
  const flush = () => {
    if (points.length === 1) points.push(`${Number(points[0].split(',')[0]) + 1},${points[0].split(',')[1]}`);
    if (points.length > 1) {
      const line = document.createElementNS(SVG, 'polyline');
      line.setAttribute('points', points.join(' '));
      svg.appendChild(line);
    }
    points = [];
  };
  history.forEach((v, i) => {
    if (v === null) {
      flush();
      return;
    }
    const x = n > 1 ? (i * (w - 2)) / (n - 1) + 1 : w / 2;
    const y = h - 2 - (v / peak) * (h - 4);
    points.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  flush();
  return svg;
}

function badge(level, text) {
  return el('span', { class: `badge ${level}` }, text);
}

function stateCell(s) {
  const td = el('td', { 'data-label': 'State', 'data-field': 'state', 'data-state': s.online ? 'online' : 'offline' });
  td.appendChild(s.online ? badge('ok', '● Online') : badge('bad', '○ Offline'));
  return td;
}

/** Each trouble in words and a symbol, not only in colour. */
function troubleBadges(into, troubles) {
  if (troubles.length === 0) into.appendChild(badge('ok', 'None'));
  for (const t of troubles) {
    const severe = ['offline', 'silent', 'spool-full', 'corrupt', 'outage-hours-low'].includes(t);
    into.appendChild(badge(severe ? 'bad' : 'warn', `${severe ? '▲' : '◆'} ${TROUBLE_TEXT[t] ?? t}`));
    into.appendChild(document.createTextNode(' '));
  }
  return into;
}

function troubleCell(s) {
  const td = el('td', { 'data-label': 'Trouble', 'data-field': 'trouble', 'data-troubles': s.troubles.join(' ') });
  // One box for the badges: on a phone the cell is a label and a value side by side.
  td.appendChild(troubleBadges(el('span', { class: 'badges' }), s.troubles));
  return td;
}

function row(s) {
  const tr = el('tr', { 'data-site': s.id, 'data-level': s.level });
  const th = el('th', { scope: 'row', 'data-label': 'Site' });
  const button = el('button', { type: 'button', class: 'site-link', 'data-open': s.id }, s.id);
  th.appendChild(button);
  if (s.name) th.appendChild(el('span', { class: 'site-name' }, s.name));
  tr.appendChild(th);
  tr.appendChild(stateCell(s));
  tr.appendChild(troubleCell(s));
  const spark = el('td', { 'data-label': 'Backlog', 'data-field': 'backlog', 'data-value': String(s.depth) });
  const peak = Math.max(0, ...s.history.filter((v) => v !== null));
  const box = el('span', { class: 'backlog' });
  box.appendChild(sparkline(s.history, `backlog peak ${peak}, now ${s.depth}`));
  box.appendChild(el('span', { class: 'depth' }, num(s.depth)));
  spark.appendChild(box);
  tr.appendChild(spark);
  tr.appendChild(
    el('td', { class: 'num', 'data-label': 'Oldest unsent', 'data-field': 'age' }, s.depth > 0 ? duration(s.oldestUnsentAgeMs) : '–'),
  );
  tr.appendChild(
    el('td', { class: 'num', 'data-label': 'Outage room' }, s.outageHoursLeft === null ? '–' : `${s.outageHoursLeft.toFixed(0)}${NBSP}h`),
  );
  tr.appendChild(
    el('td', { class: 'num', 'data-label': 'Machines', 'data-field': 'machines' }, `${s.machines - s.machinesOffline}/${s.machines}`),
  );
  tr.appendChild(el('td', { class: 'num', 'data-label': 'Clock', 'data-field': 'clock' }, offset(s.clockOffsetMs)));
  tr.appendChild(el('td', { 'data-label': 'Version', class: s.oldVersion ? 'old' : '' }, s.version || '–'));
  tr.appendChild(el('td', { 'data-label': 'Config', 'data-field': 'config' }, configText(s)));
  return tr;
}

/** The remote config version running and what became of the last one: "v3 · applied", "v3 · v4 rejected". */
function configText(s) {
  const running = s.configVersion === null ? '–' : s.configVersion === 0 ? 'site file' : `v${s.configVersion}`;
  const r = s.configResult;
  if (!r) return running;
  const state = r.state.replace('_', ' ');
  return r.version === s.configVersion && r.state === 'applied' ? `${running} · applied` : `${running} · v${r.version} ${state}`;
}

function visibleSites() {
  const q = $('filter').value.trim().toLowerCase();
  const onlyTrouble = $('only-trouble').checked;
  return fleet.sites.filter(
    (s) => (!onlyTrouble || s.troubles.length > 0) && (q === '' || s.id.toLowerCase().includes(q) || s.name.toLowerCase().includes(q)),
  );
}

function render() {
  if (!fleet) return;
  const sum = fleet.summary;
  const summary = $('summary');
  summary.className = `summary ${sum.severe > 0 ? 'bad' : sum.warn > 0 ? 'warn' : 'ok'}`;
  const core = fleet.core.connected ? '' : 'Core broker unreachable: sites as they last reported · ';
  if (!fleet.core.connected) summary.className = 'summary bad';
  summary.textContent = `${core}${num(sum.sites)} sites · ${num(sum.online)} online · ${num(sum.severe)} in serious trouble · ${num(sum.warn)} with warnings · ${num(sum.ok)} fine`;
  const troubles = $('troubles');
  troubles.replaceChildren();
  for (const [t, n] of Object.entries(sum.byTrouble)) {
    if (n > 0) troubles.appendChild(el('span', { class: 'count', 'data-trouble': t }, `${TROUBLE_TEXT[t] ?? t}: ${num(n)}`));
  }
  $('updated').textContent = new Date(fleet.generatedAt).toLocaleTimeString('en-GB');
  const sites = visibleSites();
  const frag = document.createDocumentFragment();
  for (const s of sites.slice(0, shown)) frag.appendChild(row(s));
  $('fleet-table').tBodies[0].replaceChildren(frag);
  $('more').hidden = sites.length <= shown;
  $('show-more').textContent = `Show more sites (${num(Math.min(shown, sites.length))} of ${num(sites.length)} shown)`;
}

async function getJson(path) {
  const ctl = new AbortController();
  const t = setTimeout(() => ctl.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(path, { signal: ctl.signal, credentials: 'same-origin', cache: 'no-store' });
    if (!res.ok) throw new Error(res.status === 401 ? 'access token required: open /?token=TOKEN' : `HTTP ${res.status}`);
    return await res.json();
  } finally {
    clearTimeout(t);
  }
}

async function refresh() {
  try {
    fleet = await getJson('/api/fleet');
    render();
    if (selected) await showDetail(selected, false);
  } catch (e) {
    const summary = $('summary');
    summary.className = 'summary bad';
    summary.textContent = `Fleet view unreachable: ${e.message}`;
  }
  clearTimeout(timer);
  if (!document.hidden) timer = setTimeout(refresh, PERIOD_MS);
}

function fact(dl, name, value) {
  const div = el('div');
  div.appendChild(el('dt', null, name));
  div.appendChild(el('dd', null, value));
  dl.appendChild(div);
}

async function showDetail(id, focus) {
  const s = await getJson(`/api/fleet/site/${encodeURIComponent(id)}`).catch(() => undefined);
  const detail = $('detail');
  if (!s) {
    detail.hidden = true;
    selected = undefined;
    return;
  }
  selected = id;
  detail.hidden = false;
  detail.dataset.site = id;
  $('detail-title').textContent = s.name ? `${s.id} · ${s.name}` : s.id;
  const t = $('detail-troubles');
  t.replaceChildren();
  t.dataset.troubles = s.troubles.join(' ');
  troubleBadges(t, s.troubles);
  const dl = $('detail-facts');
  dl.replaceChildren();
  const h = s.health;
  fact(dl, 'State', s.online ? 'Online' : 'Offline');
  fact(dl, 'Gateway version', s.version || '–');
  fact(dl, 'Configuration', h ? `${h.configVersion || 'no version'} · ${h.configHash ? h.configHash.slice(0, 12) : '–'}` : '–');
  const r = s.configResult;
  fact(
    dl,
    'Remote configuration',
    `${s.configVersion === null ? 'unknown' : s.configVersion === 0 ? 'none (the site file alone)' : `version ${s.configVersion} running`}${
      r
        ? ` · last result: v${r.version} ${r.state.replace('_', ' ')} ${when(r.timeMs)}${r.codes.length ? ` · ${r.codes.join(', ')}` : ''}`
        : ''
    }`,
  );
  fact(dl, 'Up for', h ? duration(h.uptimeS * 1000) : '–');
  fact(dl, 'Latest health', s.healthAgeMs === null ? 'none yet' : `${duration(s.healthAgeMs)} ago`);
  fact(
    dl,
    'Uplink',
    h
      ? `${h.uplink.connected ? 'connected' : 'down'} · ${num(h.uplink.reconnects)} reconnects${h.uplink.lastErrorCode ? ` · ${h.uplink.lastErrorCode}` : ''}`
      : '–',
  );
  fact(dl, 'Last confirmation from the core', h ? when(h.uplink.lastConfirmMs) : '–');
  fact(dl, 'Waiting', `${num(s.depth)} (${bytes(s.bytes)})`);
  fact(dl, 'Outage the free space still holds', s.outageHoursLeft === null ? 'unknown' : `${s.outageHoursLeft.toFixed(1)} h`);
  fact(dl, 'Disk', h ? `${bytes(h.spool.usedBytes)} used of ${bytes(h.spool.quotaBytes)}, ${bytes(h.spool.freeBytes)} free` : '–');
  fact(
    dl,
    'Spool',
    h ? `${h.spool.full ? 'FULL, refusing transactions' : 'accepting'} · ${num(h.spool.corruptions)} corrupt records` : '–',
  );
  fact(
    dl,
    'Gateway clock',
    h?.clock.known
      ? `core − gateway ${offset(h.clock.offsetMs)} ± ${h.clock.uncertaintyMs} ms${s.clockSkewed ? ' · SKEWED' : ''}`
      : 'no estimate yet',
  );
  fact(dl, 'Commands failed since start', num(s.commandsFailed));
  const spool = $('detail-spool').tBodies[0];
  spool.replaceChildren();
  for (const c of h?.spool.classes ?? []) {
    const tr = el('tr', { 'data-class': c.name });
    tr.appendChild(el('th', { scope: 'row' }, c.name));
    tr.appendChild(el('td', { class: 'num' }, num(c.depth)));
    tr.appendChild(el('td', { class: 'num' }, bytes(c.bytes)));
    tr.appendChild(el('td', null, c.depth > 0 ? duration(c.oldestUnsentAgeMs) : '–'));
    tr.appendChild(el('td', { class: 'num' }, num(c.inflight)));
    spool.appendChild(tr);
  }
  const machines = $('detail-machines').tBodies[0];
  machines.replaceChildren();
  for (const m of h?.machines ?? []) {
    const tr = el('tr', { 'data-machine': m.id });
    tr.appendChild(el('th', { scope: 'row' }, m.id));
    tr.appendChild(el('td', null, `${m.kind} · ${m.transport}`));
    const state = el('td', { 'data-state': m.online ? 'online' : 'offline' });
    state.appendChild(m.online ? badge('ok', '● Online') : badge('off', '○ Offline'));
    tr.appendChild(state);
    tr.appendChild(el('td', null, when(m.lastSeenMs)));
    tr.appendChild(el('td', { class: 'num' }, num(m.received)));
    tr.appendChild(el('td', { class: 'num' }, num(m.rejected)));
    const clock = !m.clock.known
      ? '–'
      : `${offset(m.clock.offsetMs)}${m.clock.jumped ? ' · JUMPED' : m.clock.skewed ? ' · SKEWED' : ''}${m.clock.trusted ? '' : ' · not trusted'}`;
    tr.appendChild(el('td', { 'data-field': 'clock', 'data-skewed': String(m.clock.skewed || m.clock.jumped) }, clock));
    tr.appendChild(el('td', { class: 'code' }, m.lastErrorCode || '–'));
    machines.appendChild(tr);
  }
  if (focus) detail.focus();
}

document.addEventListener('DOMContentLoaded', () => {
  $('fleet-table').addEventListener('click', (e) => {
    const b = e.target.closest('[data-open]');
    const tr = e.target.closest('tr[data-site]');
    const id = b?.dataset.open ?? tr?.dataset.site;
    if (id) showDetail(id, true);
  });
  $('detail-close').addEventListener('click', () => {
    $('detail').hidden = true;
    selected = undefined;
  });
  $('show-more').addEventListener('click', () => {
    shown += PAGE_ROWS;
    render();
  });
  $('filter').addEventListener('input', () => {
    shown = PAGE_ROWS;
    render();
  });
  $('only-trouble').addEventListener('change', render);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) refresh();
  });
  refresh();
});
