// Randnotiz page logic: documents (paste, type, drop or pick files; tabs to switch, rename and
// remove; kept in IndexedDB), annotation in a Web Worker, the reading view (marks, legend,
// tooltips, panels, keyboard shortcuts, help) and the data of the story view (the core's compare,
// each document's source as detected or as the user renamed it).
//
// Safety rule of this file: user text reaches the DOM only through text nodes (createTextNode /
// textContent). No innerHTML, no insertAdjacentHTML, anywhere.

import init, { Randnotiz, version } from './pkg/randnotiz.js';
import { claimParts, describe, renderMarks } from './marks.js';
import { renderPanels, sameKey } from './panels.js';
import * as store from './store.js';
import * as exporter from './export.js';
import { decodeBytes, detectBoilerplate, extractArticle, isHtml } from './extract.js';
import { renderStory } from './story.js';

const KINDS = [
  { kind: 'entity', name: 'Namen', key: '1' },
  { kind: 'date', name: 'Daten & Zeiten', key: '2' },
  { kind: 'claim', name: 'Aussagen', key: '3' },
  { kind: 'quantity', name: 'Mengen', key: '4' },
];

// Show the progress indicator only for annotations that take longer than this.
const PROGRESS_DELAY_MS = 150;

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'), date: $('date'), lang: $('lang'), button: $('annotate'), status: $('status'),
  progress: $('progress'), messages: $('messages'), docs: $('docs'), legend: $('legend'),
  article: $('article'), tooltip: $('tooltip'), dropzone: $('dropzone'), files: $('files'),
  version: $('version'), clear: $('clear-all'), help: $('help'), helpButton: $('help-button'),
  helpClose: $('help-close'), story: $('story'),
  panels: { entities: $('panel-entities'), dates: $('panel-dates'), anchor: $('anchor'), claims: $('panel-claims') },
};

const state = {
  docs: [], // { name, text, lang, date, dateSource, source, sourceOverride, result, pending }
  current: -1,
  hidden: new Set(),
};

// ---- messages ---------------------------------------------------------------------------------

function message(text) {
  const li = document.createElement('li');
  li.textContent = text;
  ui.messages.append(li);
}

function clearMessages() {
  ui.messages.replaceChildren();
}

function setStatus(text) {
  ui.status.textContent = text;
}

// ---- annotation engine: a worker, or the main thread if workers are unavailable ---------------

const engine = {
  worker: null,
  local: null, // main-thread annotator (fallback)
  version: '',
  seq: 0,
  waiting: new Map(), // id → doc
};

function startEngine() {
  return new Promise((resolve) => {
    const fallback = async (why) => {
      if (engine.local) return;
      if (why) console.warn(`annotating on the main thread: ${why}`);
      engine.worker = null;
      await init();
      engine.local = new Randnotiz();
      engine.version = version();
      resolve();
    };
    try {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
      worker.onmessage = (event) => {
        const data = event.data;
        if ('ready' in data) {
          if (data.ready) { engine.worker = worker; engine.version = data.version; resolve(); } else fallback(data.error);
          return;
        }
        finishAnnotation(data);
      };
      worker.onerror = (e) => { e.preventDefault(); fallback(e.message || 'worker error'); };
    } catch (e) {
      fallback(e.message);
    }
  });
}

function requestAnnotation(doc) {
  const id = ++engine.seq;
  doc.pending = id;
  engine.waiting.set(id, doc);
  const job = { id, text: doc.text, lang: doc.lang, date: doc.date };
  const timer = setTimeout(() => showProgress(doc), PROGRESS_DELAY_MS);
  doc.progressTimer = timer;
  if (engine.worker) {
    engine.worker.postMessage(job);
    return;
  }
  // Main-thread fallback: let the progress indicator paint first.
  setTimeout(() => {
    try {
      const t0 = performance.now();
      const result = engine.local.annotate(job.text, job.lang, job.date || undefined);
      finishAnnotation({ id, result, ms: performance.now() - t0 });
    } catch (e) {
      finishAnnotation({ id, error: String(e.message || e) });
    }
  }, 0);
}

function showProgress(doc) {
  if (!doc.pending || state.docs[state.current] !== doc) return;
  const mb = doc.text.length / 1e6;
  ui.progress.hidden = false;
  setStatus(`Annotiere ${mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${doc.text.length} Zeichen`} …`);
}

// Asks the worker (or the main-thread fallback) for `op` ('tokens' or 'compare'); resolves to
// the answer's `field`.
function request(op, payload, field) {
  if (!engine.worker) {
    return Promise.resolve(op === 'tokens' ? engine.local.tokens(payload.text) : engine.local.compare(payload.docs));
  }
  const id = ++engine.seq;
  return new Promise((resolve, reject) => {
    engine.waiting.set(id, { resolve, reject, field });
    engine.worker.postMessage({ id, op, ...payload });
  });
}

// Tokens of a text (for the CoNLL export).
function requestTokens(text) {
  return request('tokens', { text }, 'tokens');
}

// ---- story view (two or more documents) -------------------------------------------------------

let storyTimer = 0;
let storySeq = 0;
function updateStorySoon() {
  clearTimeout(storyTimer);
  storyTimer = setTimeout(async () => {
    const docs = state.docs.filter((d) => d.text.trim() !== '');
    const seq = ++storySeq;
    if (docs.length < 2) { state.story = null; renderStory(ui.story, null, openMention, setSource); return; }
    try {
      const story = await request('compare', {
        docs: docs.map((d, k) => ({ id: `${k}`, text: d.text, lang: d.lang, date: d.date })),
      }, 'story');
      if (seq !== storySeq) return;
      // Show the documents' own names; ids are their positions.
      // The outlet: from the page's metadata, else named in the text, else the document's name.
      story.documents.forEach((d) => {
        const doc = docs[Number(d.id)];
        d.title = doc.name;
        d.source_detected = doc.source || d.source || doc.name;
      });
      story.ids = docs;
      state.story = story;
      applySources(story);
      markClusters(story);
      renderStory(ui.story, story, openMention, setSource);
      renderCurrent();
      document.body.dataset.story = String(seq);
    } catch (e) {
      message(`Story-Ansicht: ${e.message || e}`);
    }
  }, 400);
}

// The outlet shown for each story document: the one the user gave it, else the detected one.
function applySources(story) {
  story.documents.forEach((d) => {
    const override = story.ids[Number(d.id)].sourceOverride || '';
    d.source = override || d.source_detected;
    d.source_edited = override !== '';
  });
}

// Stores `name` as the outlet of story document `docId` (an empty name, or the detected one,
// removes the override) and shows it in the story view.
function setSource(docId, name) {
  const story = state.story;
  const doc = story && story.ids[Number(docId)];
  const d = story && story.documents.find((x) => x.id === docId);
  if (!doc || !d) return;
  doc.sourceOverride = name === d.source_detected ? '' : name;
  applySources(story);
  renderStory(ui.story, story, openMention, setSource);
  saveSoon();
}

// Numbers the entities that several documents share and tags their mentions in every document
// (`span.cluster`), so the reading view marks the same person the same way in each tab.
function markClusters(story) {
  for (const doc of state.docs) {
    if (doc.result) for (const s of doc.result.spans) delete s.cluster;
  }
  let n = 0;
  for (const c of story.entities) {
    const docsWith = new Set(c.mentions.map((m) => m.doc));
    if (docsWith.size < 2) continue;
    n++;
    c.number = n;
    for (const m of c.mentions) {
      const doc = story.ids[Number(m.doc)];
      const span = doc && doc.result && doc.result.spans.find((s) => s.start_utf16 === m.start && s.end_utf16 === m.end);
      if (span) span.cluster = { number: n, name: c.name, docs: docsWith.size };
    }
  }
}

// Shows the mention at start..end of story document `docId` in the reading view; `kind` (a
// statement's 'quantity' or 'claim') picks the mark inside a longer span.
function openMention(docId, start, end, kind = 'quantity') {
  const doc = state.story && state.story.ids[Number(docId)];
  const i = state.docs.indexOf(doc);
  if (i < 0) return;
  if (i !== state.current) selectDocument(i);
  const tryJump = (attempt) => {
    const spans = doc.result ? doc.result.spans : [];
    // The exact span, else the first mark inside start..end (a statement's sentence).
    let k = spans.findIndex((s) => s.start_utf16 === start && s.end_utf16 === end);
    if (k < 0) k = spans.findIndex((s) => s.kind === kind && s.start_utf16 >= start && s.end_utf16 <= end);
    if (k < 0) k = spans.findIndex((s) => s.start_utf16 >= start && s.end_utf16 <= end);
    const mark = k >= 0 && ui.article.querySelector(`mark[data-i="${k}"]`);
    if (mark) jumpTo(k);
    else if (attempt < 40) setTimeout(() => tryJump(attempt + 1), 50);
  };
  tryJump(0);
}

function finishAnnotation(data) {
  const { id, result, error, ms } = data;
  const waiter = engine.waiting.get(id);
  if (waiter && waiter.resolve) {
    engine.waiting.delete(id);
    if (error) waiter.reject(new Error(error)); else waiter.resolve(data[waiter.field]);
    return;
  }
  const doc = waiter;
  engine.waiting.delete(id);
  if (!doc || doc.pending !== id) return; // a newer request for this document is under way
  clearTimeout(doc.progressTimer);
  doc.pending = 0;
  ui.progress.hidden = true;
  if (error) {
    doc.result = null;
    message(`„${doc.name}“: ${error}`);
    setStatus('');
  } else {
    // Site furniture (share lines, "Mehr zum Thema", footers) is shown dimmed and unannotated.
    doc.boilerplate = detectBoilerplate(doc.text);
    result.spans = withoutBoilerplate(result.spans, doc.boilerplate);
    doc.result = result;
    if (state.docs[state.current] === doc) setStatus(`${result.spans.length} Markierungen in ${ms.toFixed(1)} ms`);
  }
  if (state.docs[state.current] === doc) renderCurrent();
  document.body.dataset.annotated = String(id);
  updateStorySoon();
}

function withoutBoilerplate(spans, ranges) {
  if (ranges.length === 0) return spans;
  return spans.filter((s) => !ranges.some((r) => s.start_utf16 < r.end && r.start < s.end_utf16));
}

function annotateCurrent() {
  const doc = state.docs[state.current];
  if (!doc) return;
  if (doc.text.trim() === '') {
    doc.result = null;
    doc.pending = 0;
    renderCurrent();
    setStatus('Nichts zu annotieren: Text einfügen oder Textdatei ablegen.');
    return;
  }
  requestAnnotation(doc);
}

// ---- documents --------------------------------------------------------------------------------

function addDocument(name, text, date) {
  state.docs.push({ name, text, lang: ui.lang.value, date, result: null, pending: 0 });
  state.current = state.docs.length - 1;
  renderDocList();
  saveSoon();
}

function selectDocument(i) {
  state.current = i;
  const doc = state.docs[i];
  ui.input.value = doc ? doc.text : '';
  ui.date.value = doc ? doc.date : '';
  ui.lang.value = doc ? doc.lang : 'de';
  const tabs = ui.docs.querySelectorAll('button.doc');
  if (tabs.length === state.docs.length) {
    // Same tabs: only move the selection, so a double click lands on the same element.
    tabs.forEach((t, k) => t.setAttribute('aria-current', String(k === i)));
  } else {
    renderDocList();
  }
  if (doc && !doc.result) annotateCurrent(); else renderCurrent();
  saveSoon();
}

function removeDocument(i) {
  state.docs.splice(i, 1);
  updateStorySoon();
  const next = Math.min(state.current, state.docs.length - 1);
  state.current = -1;
  if (next >= 0) selectDocument(next);
  else { ui.input.value = ''; ui.date.value = ''; renderDocList(); renderCurrent(); saveSoon(); }
}

function renameDocument(i, tab) {
  const input = document.createElement('input');
  input.type = 'text';
  input.value = state.docs[i].name;
  input.className = 'rename';
  input.setAttribute('aria-label', 'Neuer Name des Dokuments');
  const done = (commit) => {
    if (commit && input.value.trim()) state.docs[i].name = input.value.trim();
    renderDocList();
    saveSoon();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') done(true);
    if (e.key === 'Escape') done(false);
  });
  input.addEventListener('blur', () => done(true));
  tab.replaceWith(input);
  input.focus();
  input.select();
}

function renderDocList() {
  const items = state.docs.map((doc, i) => {
    const wrap = document.createElement('span');
    wrap.className = 'doctab';
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'doc';
    tab.textContent = doc.name;
    tab.title = 'Klicken zum Anzeigen, Doppelklick zum Umbenennen';
    tab.setAttribute('aria-current', String(i === state.current));
    tab.addEventListener('click', () => selectDocument(i));
    tab.addEventListener('dblclick', () => renameDocument(i, tab));
    tab.addEventListener('keydown', (e) => { if (e.key === 'F2') renameDocument(i, tab); });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    remove.textContent = '×';
    remove.setAttribute('aria-label', `„${doc.name}“ entfernen`);
    remove.addEventListener('click', () => removeDocument(i));
    wrap.append(tab, remove);
    return wrap;
  });
  ui.docs.replaceChildren(...items);
}

// ---- persistence ------------------------------------------------------------------------------

let saveTimer = 0;
function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(async () => {
    const error = await store.save({
      docs: state.docs.map(({ name, text, lang, date, dateSource, source, sourceOverride }) => ({ name, text, lang, date, dateSource, source, sourceOverride })),
      current: state.current,
      hidden: [...state.hidden],
    });
    if (error) setStatus(`Speichern im Browser nicht möglich: ${error}`);
  }, 300);
}

async function restore() {
  const saved = await store.load();
  if (!saved || !Array.isArray(saved.docs)) return;
  state.hidden = new Set(saved.hidden || []);
  for (const d of saved.docs) {
    if (typeof d.text !== 'string') continue;
    state.docs.push({
      name: String(d.name || 'Dokument'), text: d.text, lang: d.lang === 'en' ? 'en' : 'de', date: d.date || '',
      dateSource: d.dateSource, source: d.source || '', sourceOverride: String(d.sourceOverride || ''), result: null, pending: 0,
    });
  }
  if (state.docs.length > 0) selectDocument(Math.max(0, Math.min(saved.current | 0, state.docs.length - 1)));
}

// ---- rendering --------------------------------------------------------------------------------

function renderLegend(spans) {
  const counts = Object.fromEntries(KINDS.map((k) => [k.kind, 0]));
  for (const s of spans) counts[s.kind] = (counts[s.kind] || 0) + 1;
  const buttons = KINDS.map(({ kind, name, key }) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.kind = kind;
    b.title = `Ein-/ausblenden (Taste ${key})`;
    b.setAttribute('aria-pressed', String(!state.hidden.has(kind)));
    const sw = document.createElement('span');
    sw.className = `swatch ${kind}`;
    sw.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    label.textContent = name;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = ` ${counts[kind]}`;
    b.append(sw, label, count);
    b.addEventListener('click', () => toggleKind(kind));
    return b;
  });
  const doc = state.docs[state.current];
  const furniture = doc && doc.result && doc.boilerplate ? doc.boilerplate.length : 0;
  if (furniture > 0) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.kind = 'boilerplate';
    b.title = 'Randtexte der Website (Teilen, „Mehr zum Thema“, Fußzeilen) ein-/ausblenden';
    b.setAttribute('aria-pressed', String(!state.hidden.has('boilerplate')));
    b.textContent = `Randtexte ${furniture}`;
    b.addEventListener('click', () => toggleKind('boilerplate'));
    buttons.push(b);
  }
  ui.legend.replaceChildren(...buttons);
}

function toggleKind(kind) {
  if (state.hidden.has(kind)) state.hidden.delete(kind); else state.hidden.add(kind);
  ui.article.classList.toggle(`hide-${kind}`, state.hidden.has(kind));
  const b = ui.legend.querySelector(`button[data-kind="${kind}"]`);
  if (b) b.setAttribute('aria-pressed', String(!state.hidden.has(kind)));
  saveSoon();
}

function renderCurrent() {
  const doc = state.docs[state.current];
  const result = doc && doc.result;
  const spans = result ? result.spans : [];
  renderLegend(spans);
  renderPanels(ui.panels, result, jumpTo, doc && doc.dateSource);
  for (const kind of [...KINDS.map((k) => k.kind), 'boilerplate']) ui.article.classList.toggle(`hide-${kind}`, state.hidden.has(kind));
  delete ui.article.dataset.rendered;
  if (!doc) { ui.article.replaceChildren(); return; }
  const furniture = (doc.boilerplate || []).map((r) => ({ part: 'boilerplate', of: -1, start_utf16: r.start, end_utf16: r.end }));
  renderMarks(ui.article, doc.text, spans.concat(claimParts(spans), furniture)).then((complete) => {
    if (complete) ui.article.dataset.rendered = 'true';
  });
}

// Highlights every mark that means the same as span i (same entity, date value or speaker).
function highlightSame(i) {
  const doc = state.docs[state.current];
  if (!doc || !doc.result) return;
  const spans = doc.result.spans;
  const key = sameKey(spans[i]);
  for (const m of ui.article.querySelectorAll('mark.same')) m.classList.remove('same');
  for (const m of ui.article.querySelectorAll('mark[data-i]')) {
    if (sameKey(spans[Number(m.dataset.i)]) === key) m.classList.add('same');
  }
}

// Scrolls to span i's mark, flashes it, focuses it and highlights its other mentions.
function jumpTo(i) {
  const mark = ui.article.querySelector(`mark[data-i="${i}"]`);
  if (!mark) return;
  const kind = state.docs[state.current].result.spans[i].kind;
  if (state.hidden.has(kind)) toggleKind(kind);
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  mark.classList.add('flash');
  mark.focus({ preventScroll: true });
  highlightSame(i);
}

ui.article.addEventListener('click', (e) => {
  const m = e.target.closest && e.target.closest('mark[data-i]');
  if (m) highlightSame(Number(m.dataset.i));
});

// ---- tooltip ----------------------------------------------------------------------------------

// Shows which cue and speaker belong to the claim mark `mark` (or to none).
function linkParts(mark) {
  for (const el of ui.article.querySelectorAll('.m-part.linked')) el.classList.remove('linked');
  const claim = mark && mark.closest('mark.m-claim');
  if (!claim) return;
  for (const el of ui.article.querySelectorAll(`.m-part[data-of="${claim.dataset.i}"]`)) el.classList.add('linked');
}

function showTooltip(mark) {
  const doc = state.docs[state.current];
  const span = doc && doc.result && doc.result.spans[Number(mark.dataset.i)];
  linkParts(mark);
  if (!span || state.hidden.has(span.kind)) return hideTooltip();
  ui.tooltip.textContent = describe(span);
  ui.tooltip.hidden = false;
  const r = mark.getBoundingClientRect();
  ui.tooltip.style.left = `${Math.max(4, Math.min(r.left, window.innerWidth - 320) + window.scrollX)}px`;
  ui.tooltip.style.top = `${r.bottom + window.scrollY + 6}px`;
  mark.setAttribute('aria-describedby', 'tooltip');
}

function hideTooltip() {
  ui.tooltip.hidden = true;
  linkParts(null);
}

ui.article.addEventListener('mouseover', (e) => {
  const m = e.target.closest && e.target.closest('mark');
  if (m) showTooltip(m); else hideTooltip();
});
ui.article.addEventListener('mouseleave', hideTooltip);
ui.article.addEventListener('focusin', (e) => {
  const m = e.target.closest && e.target.closest('mark');
  if (m) showTooltip(m);
});
ui.article.addEventListener('focusout', hideTooltip);

// ---- keyboard ---------------------------------------------------------------------------------

function focusMark(step) {
  const marks = [...ui.article.querySelectorAll('mark[tabindex]')]
    .filter((m) => !ui.article.classList.contains(`hide-${m.className.split(' ')[0].slice(2)}`));
  if (marks.length === 0) return;
  const at = marks.indexOf(document.activeElement);
  const next = at < 0 ? (step > 0 ? 0 : marks.length - 1) : (at + step + marks.length) % marks.length;
  marks[next].focus();
  marks[next].scrollIntoView({ block: 'nearest' });
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') { hideTooltip(); return; }
  const typing = e.target.closest && e.target.closest('input, textarea, select, [contenteditable]');
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  const kind = KINDS.find((k) => k.key === e.key);
  if (kind) { toggleKind(kind.kind); e.preventDefault(); return; }
  switch (e.key) {
    case 'j': focusMark(1); break;
    case 'k': focusMark(-1); break;
    case '/': ui.input.focus(); break;
    case '?': ui.help.showModal(); break;
    default: return;
  }
  e.preventDefault();
});

ui.helpButton.addEventListener('click', () => ui.help.showModal());
ui.helpClose.addEventListener('click', () => ui.help.close());

// ---- input ------------------------------------------------------------------------------------

// A document from pasted or dropped text: HTML is reduced to its article (title, date, main
// text) by extract.js; the page never inserts the HTML itself.
function documentFromText(name, text) {
  if (!isHtml(text, name)) return { name, text, date: '', source: '' };
  const article = extractArticle(text);
  const body = article.title && !article.text.startsWith(article.title)
    ? `${article.title}\n\n${article.text}` : article.text;
  return { name: article.title || name, text: body, date: article.date || '', source: article.source || '' };
}

async function loadFiles(fileList) {
  clearMessages();
  let loaded = 0;
  for (const file of [...fileList]) {
    const { text, error } = decodeBytes(file.name, await file.arrayBuffer());
    if (error) { message(error); continue; }
    const doc = documentFromText(file.name, text);
    if (doc.text.trim() === '') { message(`„${file.name}“ enthält keinen Text.`); continue; }
    addDocument(doc.name, doc.text, doc.date);
    Object.assign(state.docs[state.docs.length - 1], { dateSource: doc.date ? 'metadata' : undefined, source: doc.source });
    loaded++;
  }
  if (loaded > 0) selectDocument(state.docs.length - 1);
}

function currentOrNewDocument() {
  if (state.current < 0) addDocument('Eingefügter Text', '', ui.date.value);
  return state.docs[state.current];
}

// Pasting from a web page: use the clipboard's HTML to get the article without its furniture.
ui.input.addEventListener('paste', (e) => {
  const html = e.clipboardData && e.clipboardData.getData('text/html');
  if (!html || !isHtml(html, '')) return;
  const doc = documentFromText('Eingefügter Artikel', html);
  if (doc.text.trim() === '') return; // let the browser paste its plain text
  e.preventDefault();
  clearMessages();
  addDocument(doc.name, doc.text, doc.date);
  Object.assign(state.docs[state.docs.length - 1], { dateSource: doc.date ? 'metadata' : undefined, source: doc.source });
  selectDocument(state.docs.length - 1);
});

let typingTimer = 0;
ui.input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const doc = currentOrNewDocument();
    if ((doc.result || doc.pending) && doc.text === ui.input.value) return; // already done
    doc.text = ui.input.value;
    annotateCurrent();
    saveSoon();
  }, 250);
});

ui.button.addEventListener('click', () => {
  clearTimeout(typingTimer);
  clearMessages();
  const doc = currentOrNewDocument();
  doc.text = ui.input.value;
  annotateCurrent();
  saveSoon();
});

function settingChanged() {
  const doc = state.docs[state.current];
  if (!doc) return;
  doc.date = ui.date.value;
  doc.dateSource = 'user';
  doc.lang = ui.lang.value;
  annotateCurrent();
  saveSoon();
}
ui.date.addEventListener('change', settingChanged);
ui.lang.addEventListener('change', settingChanged);

ui.clear.addEventListener('click', async () => {
  state.docs = [];
  state.current = -1;
  ui.input.value = '';
  ui.date.value = '';
  clearMessages();
  renderDocList();
  renderCurrent();
  updateStorySoon();
  const error = await store.clear();
  setStatus(error ? `Löschen fehlgeschlagen: ${error}` : 'Alle Dokumente gelöscht.');
});

ui.files.addEventListener('change', () => { loadFiles(ui.files.files); ui.files.value = ''; });
for (const type of ['dragenter', 'dragover']) {
  ui.dropzone.addEventListener(type, (e) => { e.preventDefault(); ui.dropzone.classList.add('dragover'); });
}
ui.dropzone.addEventListener('dragleave', () => ui.dropzone.classList.remove('dragover'));
ui.dropzone.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.dropzone.classList.remove('dragover');
  if (e.dataTransfer && e.dataTransfer.files.length > 0) loadFiles(e.dataTransfer.files);
});

// ---- export -----------------------------------------------------------------------------------

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function annotatedDocs(scope) {
  const docs = scope === 'all' ? state.docs : [state.docs[state.current]].filter(Boolean);
  return docs.filter((d) => d.result);
}

async function runExport(format, scope) {
  const docs = annotatedDocs(scope);
  if (docs.length === 0) { setStatus('Nichts zu exportieren: erst einen Text annotieren.'); return; }
  const base = scope === 'all' ? 'randnotiz-alle' : exporter.exportFileName(docs[0], '').replace(/\.$/, '');
  switch (format) {
    case 'json':
      download(`${base}.json`, exporter.toRandnotizJson(docs), 'application/json');
      break;
    case 'webanno':
      download(`${base}.jsonld`, exporter.toWebAnnotation(docs), 'application/ld+json');
      break;
    case 'brat':
      for (const f of exporter.toBratFiles(docs)) download(f.name, f.content, 'text/plain');
      break;
    case 'conll': {
      const tokens = await Promise.all(docs.map((d) => requestTokens(d.text)));
      for (const f of exporter.toConllFiles(docs, (_, i) => tokens[i])) download(f.name, f.content, 'text/plain');
      break;
    }
    case 'html':
      download(`${base}.html`, exporter.toHtml(docs[0]), 'text/html');
      break;
    case 'copy-html': {
      const html = exporter.toHtmlFragment(docs[0]);
      // A copy event sets the HTML as it is; the async clipboard API would re-parse it under the
      // page's CSP and drop its styles.
      const onCopy = (e) => {
        e.clipboardData.setData('text/html', html);
        e.clipboardData.setData('text/plain', docs[0].text);
        e.preventDefault();
      };
      document.addEventListener('copy', onCopy);
      const copied = document.execCommand('copy');
      document.removeEventListener('copy', onCopy);
      setStatus(copied ? 'Annotierte Ansicht als HTML kopiert.' : 'Kopieren nicht möglich.');
      return;
    }
    default:
      return;
  }
  setStatus(`Exportiert: ${docs.length} Dokument${docs.length === 1 ? '' : 'e'}.`);
}

ui.story.addEventListener('click', (e) => {
  if (!e.target.closest('button[data-story-export]') || !state.story) return;
  const { ids, ...story } = state.story; // documents carry source, source_detected, source_edited
  download('randnotiz-story.json', JSON.stringify({ format: 'randnotiz-story', version: 1, offsets: 'UTF-16 code units', ...story }, null, 2), 'application/json');
});

document.querySelector('.export').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-format]');
  if (b) runExport(b.dataset.format, b.dataset.scope);
});

// ---- start ------------------------------------------------------------------------------------

async function start() {
  try {
    await startEngine();
    ui.version.textContent = engine.version;
    renderCurrent();
    await restore();
    document.body.dataset.ready = 'true';
  } catch (e) {
    message(`Der Annotator konnte nicht geladen werden: ${e.message || e}`);
    document.body.dataset.ready = 'error';
  }
}

start();
