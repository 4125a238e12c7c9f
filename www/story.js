// The story view: several documents about one event side by side. An entity table (one row per
// entity cluster, one column per document, mention counts in the cells), the quantified
// statements the documents share or disagree on with each document's attribution, and one
// timeline of every document's dates. Every cell and point links back
// to its mention in the reading view. It only renders what the core's `compare` returns; user text
// is set with textContent only.

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const TYPE_NAMES = { PER: 'Person', LOC: 'Ort', ORG: 'Organisation', OTH: 'Name' };
const MAX_ENTITY_ROWS = 40;

function entityTable(story, open) {
  const table = el('table', 'story-entities');
  const caption = el('caption', '', 'Namen in allen Dokumenten (Anzahl der Erwähnungen)');
  const head = el('tr');
  head.append(el('th', '', 'Name'), el('th', '', 'Typ'));
  story.documents.forEach((d, k) => {
    const th = el('th', '', `D${k + 1}`);
    th.title = d.title || d.id;
    th.scope = 'col';
    head.append(th);
  });
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const c of story.entities.slice(0, MAX_ENTITY_ROWS)) {
    const tr = el('tr');
    const name = el('th', '', c.number ? `${c.name} ` : c.name);
    if (c.number) name.append(el('sup', `cluster-badge cluster-${(c.number - 1) % 6}`, String(c.number)));
    name.scope = 'row';
    if (c.variants.length > 1) name.title = `Schreibweisen: ${c.variants.join(', ')}`;
    tr.append(name, el('td', 'type', TYPE_NAMES[c.label] || c.label));
    for (const d of story.documents) {
      const mentions = c.mentions.filter((m) => m.doc === d.id);
      const td = el('td', 'count');
      if (mentions.length > 0) {
        const b = el('button', '', String(mentions.length));
        b.type = 'button';
        b.setAttribute('aria-label', `${c.name}: ${mentions.length} in ${d.title || d.id}`);
        b.addEventListener('click', () => open(d.id, mentions[0].start, mentions[0].end));
        td.append(b);
      } else {
        td.textContent = '–';
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  return table;
}

function timeline(story, open) {
  const wrap = el('div', 'story-timeline');
  const points = story.timeline.filter((p) => /^\d{4}/.test(p.value));
  if (points.length === 0) {
    wrap.append(el('p', 'empty', 'Keine datierten Zeitangaben.'));
    return wrap;
  }
  const ul = el('ul');
  for (const p of points.slice(0, 80)) {
    const k = story.documents.findIndex((d) => d.id === p.doc);
    const li = el('li');
    const b = el('button');
    b.type = 'button';
    b.append(el('span', 'value', p.value), el('span', `doc d${k % 6}`, `D${k + 1}`), el('span', '', p.text));
    b.addEventListener('click', () => open(p.doc, p.start, p.end));
    li.append(b);
    ul.append(li);
  }
  if (points.length > 80) ul.append(el('li', 'more', `… und ${points.length - 80} weitere`));
  wrap.append(ul);
  return wrap;
}

const ATTRIBUTION = {
  stated: 'vom Autor', named_source: 'mit Quelle', unnamed_source: 'ohne genannte Quelle',
  hedged: 'abgeschwächt', hearsay: 'Hörensagen',
};

function statements(story, open) {
  const wrap = el('div', 'story-statements');
  if (!story.statements || story.statements.length === 0) {
    wrap.append(el('p', 'empty', 'Keine gemeinsamen Zahlenangaben.'));
    return wrap;
  }
  const docNo = (id) => story.documents.findIndex((d) => d.id === id) + 1;
  const ul = el('ul');
  for (const g of story.statements.slice(0, 30)) {
    const li = el('li', g.single_source ? 'single' : 'shared');
    const head = el('div', 'head');
    head.append(el('strong', '', g.summary));
    const carried = g.documents.map((d) => `D${docNo(d)}`).join(', ');
    head.append(el('span', 'meta', g.single_source ? ` · nur in ${carried}` : ` · in ${g.documents.length} Dokumenten (${carried})`));
    if (g.disagreement) head.append(el('span', 'disagree', ` · abweichend: ${g.disagreement}`));
    li.append(head);
    const members = el('ul', 'members');
    for (const m of g.members) {
      const b = el('button');
      b.type = 'button';
      const who = m.speaker ? `${ATTRIBUTION[m.attribution] || m.attribution}: ${m.speaker}` : (ATTRIBUTION[m.attribution] || m.attribution);
      b.append(el('span', 'doc', `D${docNo(m.doc)}`), el('span', 'attr', who), el('span', 'quote', m.text.length > 110 ? `${m.text.slice(0, 108)}…` : m.text));
      b.addEventListener('click', () => open(m.doc, m.start, m.end));
      const mi = el('li');
      mi.append(b);
      members.append(mi);
    }
    li.append(members);
    ul.append(li);
  }
  wrap.append(ul);
  return wrap;
}

function documentList(story) {
  const ol = el('ol', 'story-docs');
  story.documents.forEach((d) => {
    const li = el('li', '', d.title || d.id);
    if (d.source && d.source !== d.title) li.append(el('span', 'meta', ` · Quelle: ${d.source}`));
    if (d.date) li.append(el('span', 'meta', ` · ${d.date}`));
    ol.append(li);
  });
  return ol;
}

/**
 * Renders `story` (from the core's compare) into `container`. `open(docId, start, end)` shows the
 * mention at UTF-16 offsets start..end of that document in the reading view.
 */
export function renderStory(container, story, open) {
  if (!story || story.documents.length < 2) {
    container.hidden = true;
    container.replaceChildren();
    return;
  }
  container.hidden = false;
  const h = el('h2', '', `Story: ${story.documents.length} Dokumente im Vergleich`);
  const shared = story.entities.filter((c) => new Set(c.mentions.map((m) => m.doc)).size > 1).length;
  const summary = el('p', 'meta', `${story.entities.length} Namen, davon ${shared} in mehreren Dokumenten; ${story.timeline.length} datierte Zeitangaben.`);
  const exportButton = el('button', 'secondary', 'Story als JSON exportieren');
  exportButton.type = 'button';
  exportButton.dataset.storyExport = 'json';
  container.replaceChildren(h, summary, documentList(story), entityTable(story, open),
    el('h3', '', 'Zahlenangaben im Vergleich'), statements(story, open),
    el('h3', '', 'Gemeinsame Zeitleiste'), timeline(story, open), exportButton);
}
