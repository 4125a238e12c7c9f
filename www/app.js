// Randnotiz page logic: input (paste, type, drop .txt files), calling the wasm core, and rendering
// the annotated article with a legend and tooltips.
//
// Safety rule of this file: user text reaches the DOM only through text nodes (createTextNode /
// textContent). No innerHTML, no insertAdjacentHTML, anywhere.

import init, { Randnotiz, version } from './pkg/randnotiz.js';
import { renderPanels, sameKey } from './panels.js';

const KINDS = [
  { kind: 'entity', name: 'Namen' },
  { kind: 'date', name: 'Daten & Zeiten' },
  { kind: 'claim', name: 'Aussagen' },
  { kind: 'quantity', name: 'Mengen' },
];

const LABEL_NAMES = {
  PER: 'Person', LOC: 'Ort', ORG: 'Organisation', OTH: 'anderer Name', MISC: 'anderer Name',
  DATE: 'Datum', TIME: 'Uhrzeit', DURATION: 'Dauer', SET: 'Wiederholung',
  direct: 'direkte Rede', indirect: 'indirekte Rede', according_to: 'laut Quelle',
  hearsay: 'Hörensagen', hedged: 'abgeschwächt',
};

const ATTR_NAMES = {
  value: 'Wert', speaker: 'Sprecher', cue: 'Signal', certainty: 'Gewissheit', confidence: 'Konfidenz',
};

// Largest file accepted from a drop (the core's own limit is 32 MiB of UTF-8).
const MAX_FILE_BYTES = 32 * 1024 * 1024;

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'), date: $('date'), lang: $('lang'), button: $('annotate'), status: $('status'),
  messages: $('messages'), docs: $('docs'), legend: $('legend'), article: $('article'),
  tooltip: $('tooltip'), dropzone: $('dropzone'), files: $('files'), version: $('version'),
  panels: { entities: $('panel-entities'), dates: $('panel-dates'), anchor: $('anchor'), claims: $('panel-claims') },
};

const state = {
  annotator: null,
  docs: [],        // { name, text, result }
  current: -1,
  hidden: new Set(),
};

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

// ---- annotation -------------------------------------------------------------------------------

function annotateText(text) {
  const t0 = performance.now();
  const result = state.annotator.annotate(text, ui.lang.value, ui.date.value || undefined);
  const ms = performance.now() - t0;
  return { result, ms };
}

function annotateCurrent() {
  const doc = state.docs[state.current];
  if (!doc) return;
  if (doc.text.trim() === '') {
    doc.result = null;
    renderCurrent();
    setStatus('Nichts zu annotieren: Text einfügen oder .txt-Datei ablegen.');
    return;
  }
  try {
    const { result, ms } = annotateText(doc.text);
    doc.result = result;
    setStatus(`${result.spans.length} Markierungen in ${ms.toFixed(1)} ms`);
  } catch (e) {
    doc.result = null;
    message(`„${doc.name}“: ${e.message || e}`);
    setStatus('');
  }
  renderCurrent();
}

// ---- documents --------------------------------------------------------------------------------

function addDocument(name, text) {
  state.docs.push({ name, text, result: null });
  state.current = state.docs.length - 1;
  renderDocList();
}

function selectDocument(i) {
  state.current = i;
  ui.input.value = state.docs[i].text;
  renderDocList();
  annotateCurrent();
}

function renderDocList() {
  const buttons = state.docs.map((doc, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.role = 'tab';
    b.textContent = doc.name;
    b.setAttribute('aria-selected', String(i === state.current));
    b.addEventListener('click', () => selectDocument(i));
    return b;
  });
  ui.docs.replaceChildren(...buttons);
  ui.docs.setAttribute('role', 'tablist');
}

// ---- rendering --------------------------------------------------------------------------------

function describe(span) {
  const lines = [`${span.kind} · ${LABEL_NAMES[span.label] || span.label} (${span.label})`];
  const attrs = span.attrs || {};
  for (const [key, name] of Object.entries(ATTR_NAMES)) {
    if (attrs[key] !== undefined && attrs[key] !== null) {
      const v = key === 'confidence' ? Number(attrs[key]).toFixed(2) : attrs[key];
      lines.push(`${name}: ${v}`);
    }
  }
  return lines.join('\n');
}

// Renders `text` with nested <mark>s for `spans` (UTF-16 offsets). Walks the sorted boundaries
// with a stack of open marks; a span that crosses another is split into several pieces, each
// carrying the span's index, so overlapping spans render correctly.
function renderMarks(container, text, spans) {
  const order = spans.map((_, i) => i).sort((a, b) =>
    spans[a].start_utf16 - spans[b].start_utf16 || spans[b].end_utf16 - spans[a].end_utf16 || a - b);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start_utf16); cuts.add(s.end_utf16); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const root = document.createDocumentFragment();
  const stack = []; // { idx, el }
  const seen = new Set();
  let next = 0; // next span in `order` that has not started
  const active = [];

  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    const b = points[p + 1];
    while (next < order.length && spans[order[next]].start_utf16 <= a) active.push(order[next++]);
    for (let k = active.length - 1; k >= 0; k--) {
      if (spans[active[k]].end_utf16 <= a) active.splice(k, 1);
    }
    const want = active.filter((i) => spans[i].start_utf16 <= a && spans[i].end_utf16 >= b && spans[i].end_utf16 > spans[i].start_utf16);
    // Keep the common prefix of open marks, close the rest.
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep].idx === want[keep]) keep++;
    stack.length = keep;
    for (let k = keep; k < want.length; k++) {
      const i = want[k];
      const s = spans[i];
      const el = document.createElement('mark');
      el.className = `m-${s.kind}${/(deriv|part)$/.test(s.label) ? ' variant' : ''}`;
      el.dataset.i = String(i);
      el.dataset.label = s.label;
      if (!seen.has(i)) {
        seen.add(i);
        el.tabIndex = 0;
        el.setAttribute('aria-label', `${LABEL_NAMES[s.label] || s.label}: ${s.text}`);
      }
      (stack.length ? stack[stack.length - 1].el : root).append(el);
      stack.push({ idx: i, el });
    }
    const node = document.createTextNode(text.slice(a, b));
    (stack.length ? stack[stack.length - 1].el : root).append(node);
  }
  container.replaceChildren(root);
}

function renderLegend(spans) {
  const counts = Object.fromEntries(KINDS.map((k) => [k.kind, 0]));
  for (const s of spans) counts[s.kind] = (counts[s.kind] || 0) + 1;
  const buttons = KINDS.map(({ kind, name }) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.kind = kind;
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
  ui.legend.replaceChildren(...buttons);
}

function toggleKind(kind) {
  if (state.hidden.has(kind)) state.hidden.delete(kind); else state.hidden.add(kind);
  ui.article.classList.toggle(`hide-${kind}`, state.hidden.has(kind));
  const b = ui.legend.querySelector(`button[data-kind="${kind}"]`);
  if (b) b.setAttribute('aria-pressed', String(!state.hidden.has(kind)));
}

function renderCurrent() {
  const doc = state.docs[state.current];
  const spans = doc && doc.result ? doc.result.spans : [];
  if (doc) renderMarks(ui.article, doc.text, spans); else ui.article.replaceChildren();
  renderLegend(spans);
  renderPanels(ui.panels, doc ? doc.result : null, jumpTo);
  for (const { kind } of KINDS) ui.article.classList.toggle(`hide-${kind}`, state.hidden.has(kind));
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
  const doc = state.docs[state.current];
  const kind = doc.result.spans[i].kind;
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

function showTooltip(mark) {
  const doc = state.docs[state.current];
  const span = doc && doc.result && doc.result.spans[Number(mark.dataset.i)];
  if (!span || state.hidden.has(span.kind)) return hideTooltip();
  ui.tooltip.textContent = describe(span);
  ui.tooltip.hidden = false;
  const r = mark.getBoundingClientRect();
  ui.tooltip.style.left = `${Math.max(4, r.left + window.scrollX)}px`;
  ui.tooltip.style.top = `${r.bottom + window.scrollY + 6}px`;
  mark.setAttribute('aria-describedby', 'tooltip');
}

function hideTooltip() {
  ui.tooltip.hidden = true;
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
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTooltip(); });

// ---- input ------------------------------------------------------------------------------------

function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.02;
}

// Decodes a file's bytes as text, or returns an error message naming the file.
function decodeFile(name, buffer) {
  const bytes = new Uint8Array(buffer);
  if (bytes.length > MAX_FILE_BYTES) return { error: `„${name}“ ist zu groß (${(bytes.length / 1048576).toFixed(1)} MB, höchstens 32 MB).` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  if (looksBinary(bytes)) return { error: `„${name}“ ist keine Textdatei und wurde nicht geladen.` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: old German files are usually Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

async function loadFiles(fileList) {
  clearMessages();
  const files = [...fileList];
  let loaded = 0;
  for (const file of files) {
    const { text, error } = decodeFile(file.name, await file.arrayBuffer());
    if (error) { message(error); continue; }
    addDocument(file.name, text);
    loaded++;
  }
  if (loaded > 0) selectDocument(state.docs.length - 1);
}

let typingTimer = 0;
ui.input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    if (state.current < 0) addDocument('Eingefügter Text', '');
    const doc = state.docs[state.current];
    if (doc.result && doc.text === ui.input.value) return; // already annotated
    doc.text = ui.input.value;
    annotateCurrent();
  }, 250);
});

ui.button.addEventListener('click', () => {
  clearTimeout(typingTimer);
  clearMessages();
  if (state.current < 0) addDocument('Eingefügter Text', '');
  state.docs[state.current].text = ui.input.value;
  annotateCurrent();
});
ui.date.addEventListener('change', annotateCurrent);
ui.lang.addEventListener('change', annotateCurrent);

ui.files.addEventListener('change', () => { loadFiles(ui.files.files); ui.files.value = ''; });
ui.dropzone.addEventListener('keydown', (e) => {
  if ((e.key === 'Enter' || e.key === ' ') && e.target === ui.dropzone) { e.preventDefault(); ui.files.click(); }
});
for (const type of ['dragenter', 'dragover']) {
  ui.dropzone.addEventListener(type, (e) => { e.preventDefault(); ui.dropzone.classList.add('dragover'); });
}
ui.dropzone.addEventListener('dragleave', () => ui.dropzone.classList.remove('dragover'));
ui.dropzone.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.dropzone.classList.remove('dragover');
  if (e.dataTransfer && e.dataTransfer.files.length > 0) loadFiles(e.dataTransfer.files);
});

// ---- start ------------------------------------------------------------------------------------

async function start() {
  try {
    await init();
    state.annotator = new Randnotiz();
    ui.version.textContent = version();
    document.body.dataset.ready = 'true';
  } catch (e) {
    message(`Der Annotator konnte nicht geladen werden: ${e.message || e}`);
    document.body.dataset.ready = 'error';
  }
}

start();
