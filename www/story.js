// The story view: several documents about one event side by side. The document list (each with
// its outlet, which the user can rename), an entity table (one row per entity cluster, one column
// per document, mention counts in the cells), the statements the documents share or disagree on
// with each document's attribution (numbers, grouped by quantity, and claims, grouped by who says
// what), and one timeline of every document's dates. Every cell and point links back to its
// mention in the reading view. It only renders what the core's `compare` returns; user text is set
// with textContent only.

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

const clip = (text, n) => (text.length > n ? `${text.slice(0, n - 2)}…` : text);

// The statement groups of one basis: 'claim' (the same claim in several documents) or 'quantity'
// (the same number and counted noun; also every group from a core that sends no `basis`).
function groupsOf(story, basis) {
  return (story.statements || []).filter((g) => (g.basis === 'claim' ? 'claim' : 'quantity') === basis);
}

function statementMembers(g, docNo, open, kind) {
  const members = el('ul', 'members');
  for (const m of g.members) {
    const b = el('button');
    b.type = 'button';
    const how = ATTRIBUTION[m.attribution] || m.attribution;
    const who = m.speaker ? `${how}: ${m.speaker}` : how;
    b.append(el('span', 'doc', `D${docNo(m.doc)}`), el('span', 'attr', who), el('span', 'quote', clip(m.text, 110)));
    b.addEventListener('click', () => open(m.doc, m.start, m.end, kind));
    const mi = el('li');
    mi.append(b);
    members.append(mi);
  }
  return members;
}

// One section of statement groups of `basis`; `empty` is shown when there are none.
function statements(story, open, basis, empty) {
  const wrap = el('div', `story-statements story-${basis === 'claim' ? 'claims' : 'quantities'}`);
  const groups = groupsOf(story, basis);
  if (groups.length === 0) {
    wrap.append(el('p', 'empty', empty));
    return wrap;
  }
  const docNo = (id) => story.documents.findIndex((d) => d.id === id) + 1;
  const ul = el('ul');
  for (const g of groups.slice(0, 30)) {
    const li = el('li', g.single_source ? 'single' : 'shared');
    const head = el('div', 'head');
    const first = g.members[0];
    head.append(el('strong', '', g.summary || clip(first ? first.text : '', 110)));
    const carried = g.documents.map((d) => `D${docNo(d)}`).join(', ');
    head.append(el('span', 'meta', g.single_source ? ` · nur in ${carried}` : ` · in ${g.documents.length} Dokumenten (${carried})`));
    if (g.disagreement) head.append(el('span', 'disagree', ` · abweichend: ${g.disagreement}`));
    li.append(head, statementMembers(g, docNo, open, basis));
    ul.append(li);
  }
  wrap.append(ul);
  return wrap;
}

// The source line of document `d`: its outlet (shown when it says more than the title) and a
// button that turns it into a text field.
function sourceLine(d, setSource, refocus) {
  const wrap = el('span', 'source');
  const title = d.title || d.id;
  if (d.source && (d.source !== d.title || d.source_edited)) wrap.append(el('span', 'meta', ` · Quelle: ${d.source}`));
  if (!setSource) return wrap;
  const edit = el('button', 'source-edit', 'Quelle ändern');
  edit.type = 'button';
  edit.dataset.sourceEdit = d.id;
  edit.setAttribute('aria-label', `Quelle ändern für „${title}“`);
  edit.addEventListener('click', () => editSource(wrap, d, setSource, refocus));
  wrap.append(edit);
  return wrap;
}

// Replaces the source line `wrap` by a text field: Enter or leaving the field saves (empty: the
// detected source again), Escape cancels.
function editSource(wrap, d, setSource, refocus) {
  const input = el('input', 'source-input');
  input.type = 'text';
  input.value = d.source || '';
  input.placeholder = d.source_detected || '';
  input.setAttribute('aria-label', `Quelle von „${d.title || d.id}“ (leer lassen für die erkannte Quelle)`);
  const original = [...wrap.childNodes];
  let finished = false;
  const finish = (commit, focus) => {
    if (finished) return;
    finished = true;
    const value = input.value.trim();
    const changed = value !== (d.source || '') && (value !== '' || d.source_edited);
    if (commit && changed) setSource(d.id, value);
    else wrap.replaceChildren(...original);
    if (focus) refocus(d.id);
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); finish(true, true); }
    if (e.key === 'Escape') { e.preventDefault(); finish(false, true); }
  });
  input.addEventListener('blur', () => finish(true, false));
  wrap.replaceChildren(el('span', 'meta', ' · Quelle: '), input);
  input.focus();
  input.select();
}

function documentList(story, setSource, refocus) {
  const ol = el('ol', 'story-docs');
  story.documents.forEach((d) => {
    const li = el('li');
    li.append(el('span', 'title', d.title || d.id), sourceLine(d, setSource, refocus));
    if (d.date) li.append(el('span', 'meta', ` · ${d.date}`));
    ol.append(li);
  });
  return ol;
}

/**
 * Renders `story` (from the core's compare) into `container`. `open(docId, start, end, kind)` shows
 * the mention at UTF-16 offsets start..end of that document in the reading view (`kind`: the kind
 * of mark a statement points at, if any). `setSource(docId, name)` stores the outlet the user gave
 * a document (an empty name: the detected one again) and renders the story anew. Each story
 * document carries `source` (what is shown), `source_detected` and `source_edited`.
 */
export function renderStory(container, story, open, setSource) {
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
  // After saving or cancelling with the keyboard, focus returns to the document's edit button.
  const refocus = (id) => {
    const b = [...container.querySelectorAll('button[data-source-edit]')].find((x) => x.dataset.sourceEdit === id);
    if (b) b.focus();
  };
  container.replaceChildren(h, summary, documentList(story, setSource, refocus), entityTable(story, open),
    el('h3', '', 'Zahlenangaben im Vergleich'), statements(story, open, 'quantity', 'Keine gemeinsamen Zahlenangaben.'),
    el('h3', '', 'Aussagen im Vergleich'), statements(story, open, 'claim', 'Keine gemeinsamen Aussagen.'),
    el('h3', '', 'Gemeinsame Zeitleiste'), timeline(story, open), exportButton);
}
