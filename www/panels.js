// Side panels of the reading view: entities grouped by type, a timeline of the resolved dates, and
// claims grouped by speaker. Each row links back to its marks in the article.
//
// Like the rest of the page, user text is only ever set with textContent.

const ENTITY_GROUPS = [
  { base: 'PER', title: 'Personen' },
  { base: 'ORG', title: 'Organisationen' },
  { base: 'LOC', title: 'Orte' },
  { base: 'OTH', title: 'Andere Namen' },
  { base: 'MISC', title: 'Andere Namen' },
];

const ANCHOR_SOURCES = {
  user: 'vom Nutzer gesetzt', dateline: 'aus der Ortsmarke', published: 'aus „Veröffentlicht“',
  stand: 'aus „Stand“', metadata: 'aus den HTML-Metadaten',
};

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The base entity type of a label: "LOCderiv" → "LOC". */
export function entityBase(label) {
  return label.replace(/(deriv|part)$/, '');
}

/** A key shared by all spans that mean the same thing (for highlighting every mention). */
export function sameKey(span) {
  const attrs = span.attrs || {};
  switch (span.kind) {
    case 'entity': return `entity:${entityBase(span.label)}:${span.text.trim()}`;
    case 'date': return `date:${attrs.value || span.text}`;
    case 'claim': return attrs.speaker ? `claim:${attrs.speaker}` : `claim-span:${span.start_utf16}`;
    default: return `${span.kind}:${attrs.value || span.text}`;
  }
}

// Longest list shown per group; the rest is summarised in one line.
const MAX_ROWS = 40;

function more(ul, total) {
  if (total > MAX_ROWS) ul.append(el('li', 'more', `… und ${total - MAX_ROWS} weitere`));
}

function row(label, meta, onClick, labelClass) {
  const li = el('li');
  const b = el('button');
  b.type = 'button';
  b.append(el('span', labelClass || '', label), el('span', 'meta', meta));
  b.addEventListener('click', onClick);
  li.append(b);
  return li;
}

function renderEntities(container, spans, jump) {
  const groups = new Map();
  spans.forEach((s, i) => {
    if (s.kind !== 'entity') return;
    const base = entityBase(s.label);
    if (!groups.has(base)) groups.set(base, new Map());
    const variant = /deriv$/.test(s.label) ? ' · abgeleitet' : /part$/.test(s.label) ? ' · Wortteil' : '';
    const key = `${s.text.trim()}\u0000${variant}`;
    const g = groups.get(base);
    if (!g.has(key)) g.set(key, []);
    g.get(key).push(i);
  });
  const out = [];
  for (const { base, title } of ENTITY_GROUPS) {
    const g = groups.get(base);
    if (!g) continue;
    out.push(el('h3', '', `${title} (${g.size})`));
    const ul = el('ul');
    const entries = [...g.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'de'));
    entries.slice(0, MAX_ROWS)
      .forEach(([key, idx]) => {
        const [name, variant] = key.split('\u0000');
        ul.append(row(name, `${idx.length}×${variant}`, () => jump(idx[0])));
      });
    more(ul, entries.length);
    out.push(ul);
  }
  if (out.length === 0) out.push(el('p', 'empty', 'Keine Namen gefunden.'));
  container.replaceChildren(...out);
}

/** A position on a time axis (fractional year) for a TIMEX3 value, or null if it has none. */
export function timelinePosition(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-(SP|SU|FA|WI|H1|H2))?/.exec(value || '');
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return year + (Number(m[2]) - 1) / 12 + (Number(m[3]) - 1) / 365;
  if (m[2]) return year + (Number(m[2]) - 1) / 12;
  if (m[4]) return year + (Number(m[4]) - 1) / 52;
  if (m[5]) return year + (Number(m[5]) - 1) / 4;
  if (m[6]) return year + { SP: 0.25, SU: 0.5, FA: 0.75, WI: 0.95, H1: 0, H2: 0.5 }[m[6]];
  return year;
}

function renderDates(container, anchorEl, result, jump, dateSource) {
  const spans = result ? result.spans : [];
  const anchor = result && result.anchor;
  if (anchor) {
    // A date the page took from a dropped page's metadata reaches the core as the article date.
    const source = anchor.source === 'user' && dateSource === 'metadata' ? 'metadata' : anchor.source;
    anchorEl.textContent = `Bezugsdatum ${anchor.date} (${ANCHOR_SOURCES[source] || source})`;
  } else if (result && result.article_date) {
    anchorEl.textContent = `Bezugsdatum ${result.article_date} (vom Nutzer gesetzt)`;
  } else {
    anchorEl.textContent = 'Kein Artikeldatum: relative Angaben bleiben offen (XXXX).';
  }
  const dates = [];
  spans.forEach((s, i) => { if (s.kind === 'date') dates.push({ i, s, pos: timelinePosition(s.attrs && s.attrs.value) }); });
  if (dates.length === 0) {
    container.replaceChildren(el('p', 'empty', 'Keine Zeitangaben gefunden.'));
    return;
  }
  const out = [];
  const placed = dates.filter((d) => d.pos !== null).sort((a, b) => a.pos - b.pos);
  if (placed.length > 0) {
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('class', 'timeline');
    svg.setAttribute('viewBox', '0 0 300 64');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `Zeitleiste mit ${placed.length} Daten`);
    const lo = placed[0].pos;
    const hi = placed[placed.length - 1].pos;
    const x = (p) => (hi === lo ? 150 : 12 + ((p - lo) / (hi - lo)) * 276);
    const axis = document.createElementNS(NS, 'line');
    axis.setAttribute('x1', '8'); axis.setAttribute('x2', '292');
    axis.setAttribute('y1', '28'); axis.setAttribute('y2', '28');
    svg.append(axis);
    for (const d of placed) {
      const c = document.createElementNS(NS, 'circle');
      c.setAttribute('cx', x(d.pos).toFixed(1));
      c.setAttribute('cy', '28');
      c.setAttribute('r', '5');
      c.setAttribute('tabindex', '0');
      c.dataset.i = String(d.i);
      const title = document.createElementNS(NS, 'title');
      title.textContent = `${d.s.text} → ${d.s.attrs.value}`;
      c.append(title);
      c.addEventListener('click', () => jump(d.i));
      c.addEventListener('keydown', (e) => { if (e.key === 'Enter') jump(d.i); });
      svg.append(c);
    }
    for (const [p, anchorAt] of [[lo, 'start'], [hi, 'end']]) {
      const t = document.createElementNS(NS, 'text');
      t.setAttribute('x', anchorAt === 'start' ? '8' : '292');
      t.setAttribute('y', '54');
      t.setAttribute('text-anchor', anchorAt);
      t.textContent = placed.find((d) => d.pos === p).s.attrs.value;
      svg.append(t);
    }
    out.push(svg);
  }
  const ul = el('ul');
  const ordered = [...placed, ...dates.filter((d) => d.pos === null)];
  for (const d of ordered.slice(0, MAX_ROWS)) {
    ul.append(row(d.s.text, `${d.s.label} ${d.s.attrs ? d.s.attrs.value || '' : ''}`, () => jump(d.i)));
  }
  more(ul, ordered.length);
  out.push(ul);
  container.replaceChildren(...out);
}

const CLAIM_KINDS = {
  direct: 'direkt', indirect: 'indirekt', according_to: 'laut', hearsay: 'Hörensagen', hedged: 'abgeschwächt',
};

function renderClaims(container, spans, jump) {
  const bySpeaker = new Map();
  spans.forEach((s, i) => {
    if (s.kind !== 'claim') return;
    const speaker = (s.attrs && s.attrs.speaker) || 'ohne genannte Quelle';
    if (!bySpeaker.has(speaker)) bySpeaker.set(speaker, []);
    bySpeaker.get(speaker).push(i);
  });
  if (bySpeaker.size === 0) {
    container.replaceChildren(el('p', 'empty', 'Keine Aussagen gefunden.'));
    return;
  }
  const out = [];
  [...bySpeaker.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'de'))
    .forEach(([speaker, idx]) => {
      out.push(el('h3', '', `${speaker} (${idx.length})`));
      const ul = el('ul');
      for (const i of idx.slice(0, MAX_ROWS)) {
        const s = spans[i];
        const snippet = s.text.length > 90 ? `${s.text.slice(0, 88)}…` : s.text;
        ul.append(row(snippet, CLAIM_KINDS[s.label] || s.label, () => jump(i), 'quote'));
      }
      more(ul, idx.length);
      out.push(ul);
    });
  container.replaceChildren(...out);
}

/**
 * Renders all panels for one document's annotations; `jump(i)` shows span i in the article;
 * `dateSource` says where the page got the article date ('user' or 'metadata').
 */
export function renderPanels(ui, result, jump, dateSource) {
  const spans = result ? result.spans : [];
  renderEntities(ui.entities, spans, jump);
  renderDates(ui.dates, ui.anchor, result, jump, dateSource);
  renderClaims(ui.claims, spans, jump);
}
