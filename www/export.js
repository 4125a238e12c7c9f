// Export formats of the Randnotiz page: Randnotiz JSON, W3C Web Annotation (JSON-LD), brat
// standoff, CoNLL-style BIO and standalone annotated HTML.
//
// What this module does: turns the page's documents (`{ name, text, result }`, `result` being the
// core's Annotations object) into strings, and suggests safe file names for them.
// What it does not do: touch the DOM, import the wasm core, download or copy anything. It is a set
// of pure functions that run unchanged in Node and in the browser; the page puts their output into
// Blobs or on the clipboard.
//
// Offsets: every span carries half-open offsets in two units. Each format uses the one its
// consumers count in:
//   Randnotiz JSON   both (start_utf16/end_utf16 and start_char/end_char, copied as they are)
//   Web Annotation   code points (TextPositionSelector counts characters = code points;
//                    TextQuoteSelector prefix/suffix are cut by code points)
//   brat standoff    code points of the .txt file (brat is Python and indexes str by code point)
//   CoNLL BIO        UTF-16 (tokens come from the page with start_utf16/end_utf16)
//   HTML             UTF-16 (JavaScript string indexes)
// See docs/export.md for the formats and examples.

/** Version of the Randnotiz JSON export schema (`format: "randnotiz"`). */
export const EXPORT_VERSION = 1;

const OFFSETS_NOTE =
  'both UTF-16 code units (start_utf16/end_utf16) and Unicode code points (start_char/end_char), half-open';

/** Default base of the IRIs in the Web Annotation export. */
export const DEFAULT_BASE_IRI = 'urn:randnotiz:';

/** Code points of context kept on each side in a TextQuoteSelector. */
export const QUOTE_CONTEXT = 32;

const ATTR_KEYS = ['value', 'speaker', 'cue', 'certainty', 'confidence'];

// ---- shared helpers ---------------------------------------------------------------------------

const spansOf = (doc) => (doc && doc.result && Array.isArray(doc.result.spans) ? doc.result.spans : []);

const present = (v) => v !== undefined && v !== null && v !== '';

/** The attributes of a span that are set, in a fixed order, as [key, string] pairs. */
function attrEntries(span) {
  const attrs = span.attrs || {};
  return ATTR_KEYS.filter((k) => present(attrs[k])).map((k) => [k, String(attrs[k])]);
}

function countCodePoints(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** `[...text]`: the text as an array of code points (a lone surrogate stays one element). */
const codePoints = (text) => Array.from(text);

/** Names made distinct case-insensitively by appending ` (2)`, ` (3)` … to repeats. */
function uniqueNames(names, join = (name, n) => `${name} (${n})`) {
  const taken = new Set();
  return names.map((name) => {
    let out = name;
    for (let n = 2; taken.has(out.toLowerCase()); n++) out = join(name, n);
    taken.add(out.toLowerCase());
    return out;
  });
}

// ---- Randnotiz JSON ---------------------------------------------------------------------------

function copyExtent(x) {
  return { start_utf16: x.start_utf16, end_utf16: x.end_utf16, start_char: x.start_char, end_char: x.end_char };
}

function copyAttrs(attrs) {
  const out = {};
  for (const key of ['value', 'speaker', 'speaker_at', 'cue', 'cue_at', 'certainty', 'confidence']) {
    if (!present(attrs[key])) continue;
    out[key] = key.endsWith('_at') ? copyExtent(attrs[key]) : attrs[key];
  }
  return out;
}

function copySpan(span) {
  const out = { kind: span.kind, label: span.label, ...copyExtent(span), text: span.text };
  const attrs = span.attrs ? copyAttrs(span.attrs) : {};
  if (Object.keys(attrs).length > 0) out.attrs = attrs;
  return out;
}

function jsonDocument(doc) {
  const r = doc.result || {};
  return {
    name: doc.name,
    text: doc.text,
    lang: r.lang ?? null,
    article_date: r.article_date ?? null,
    anchor: r.anchor ?? null,
    length_utf16: doc.text.length,
    length_char: countCodePoints(doc.text),
    spans: spansOf(doc).map(copySpan),
  };
}

/**
 * All documents as Randnotiz JSON (pretty-printed), schema:
 * `{format: "randnotiz", version: 1, offsets: "…", documents: [{name, text, lang, article_date,
 * anchor, length_utf16, length_char, spans: [{kind, label, start_utf16, end_utf16, start_char,
 * end_char, text, attrs?}]}]}`. A document not (yet) annotated has `lang: null` and no spans.
 */
export function toRandnotizJson(docs) {
  const out = { format: 'randnotiz', version: EXPORT_VERSION, offsets: OFFSETS_NOTE, documents: docs.map(jsonDocument) };
  return `${JSON.stringify(out, null, 2)}\n`;
}

// ---- W3C Web Annotation -----------------------------------------------------------------------

/** The IRI of a document in the Web Annotation export. */
export function documentIri(doc, baseIri = DEFAULT_BASE_IRI) {
  return `${baseIri}doc/${encodeURIComponent(doc.name)}`;
}

function quoteSelector(cps, start, end) {
  const sel = { type: 'TextQuoteSelector', exact: cps.slice(start, end).join('') };
  const prefix = cps.slice(Math.max(0, start - QUOTE_CONTEXT), start).join('');
  const suffix = cps.slice(end, end + QUOTE_CONTEXT).join('');
  if (prefix) sel.prefix = prefix;
  if (suffix) sel.suffix = suffix;
  return sel;
}

function textBody(purpose, value) {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

function annotationBodies(span) {
  return [
    textBody('tagging', span.kind),
    textBody('tagging', span.label),
    ...attrEntries(span).map(([k, v]) => textBody('describing', `${k}: ${v}`)),
  ];
}

function webAnnotation(doc, cps, span, n, baseIri) {
  return {
    id: `${baseIri}anno/${encodeURIComponent(doc.name)}/${n}`,
    type: 'Annotation',
    motivation: 'tagging',
    body: annotationBodies(span),
    target: {
      source: documentIri(doc, baseIri),
      selector: [
        { type: 'TextPositionSelector', start: span.start_char, end: span.end_char },
        quoteSelector(cps, span.start_char, span.end_char),
      ],
    },
  };
}

function documentAnnotations(doc, baseIri) {
  const spans = spansOf(doc);
  if (spans.length === 0) return [];
  const cps = codePoints(doc.text);
  return spans.map((span, i) => webAnnotation(doc, cps, span, i + 1, baseIri));
}

/**
 * All documents as one W3C Web Annotation `AnnotationCollection` (JSON-LD, pretty-printed) with a
 * single `AnnotationPage` holding every annotation. Each target's `source` is
 * `${baseIri}doc/${encodeURIComponent(name)}` (a repeated name gets ` (2)`, ` (3)` … appended);
 * annotation ids are `${baseIri}anno/${encodeURIComponent(name)}/${n}`, n counting from 1 in span
 * order; selectors count code points.
 */
export function toWebAnnotation(docs, baseIri = DEFAULT_BASE_IRI) {
  const names = uniqueNames(docs.map((doc) => String(doc.name)));
  const items = docs.flatMap((doc, i) => documentAnnotations({ ...doc, name: names[i] }, baseIri));
  const out = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${baseIri}collection`,
    type: 'AnnotationCollection',
    label: 'Randnotiz annotations',
    generator: { type: 'Software', name: 'Randnotiz' },
    total: items.length,
    first: { id: `${baseIri}collection/page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

// ---- brat standoff ----------------------------------------------------------------------------

// Everything Python's str.splitlines() breaks on: brat reads .ann files line by line, so none of
// these may appear inside an annotation's text.
const LINE_BREAK = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** brat types are single tokens: anything but letters, digits, `_` and `-` becomes `_`. */
export function bratType(label) {
  return String(label).replace(/[^\p{L}\p{N}_-]/gu, '_') || 'Span';
}

/** The [start, end) code-point fragments of [start, end) that contain no line break. */
export function lineFragments(cps, start, end) {
  const out = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !LINE_BREAK.test(cps[i])) continue;
    if (i > from) out.push([from, i]);
    from = i + 1;
  }
  return out;
}

const oneLine = (s) => s.replace(new RegExp(LINE_BREAK.source, 'g'), ' ');

function bratNote(span) {
  return attrEntries(span).map(([k, v]) => `${k}: ${oneLine(v)}`).join('; ');
}

function bratLines(cps, spans) {
  const lines = [];
  let t = 0;
  let notes = 0;
  for (const span of spans) {
    const frags = lineFragments(cps, span.start_char, span.end_char);
    if (frags.length === 0) continue; // empty, or nothing but line breaks
    const id = `T${++t}`;
    const offsets = frags.map(([a, b]) => `${a} ${b}`).join(';');
    const text = frags.map(([a, b]) => cps.slice(a, b).join('')).join(' ');
    lines.push(`${id}\t${bratType(span.label)} ${offsets}\t${text}`);
    const note = bratNote(span);
    if (note) lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${note}`);
  }
  return lines;
}

/**
 * One document as brat standoff: `{ txt, ann }`. `txt` is the text unchanged; `ann` has one
 * `T<n>\t<label> <start> <end>[;<start> <end>…]\t<text>` line per span (offsets in code points of
 * `txt`; a span crossing a line break becomes several fragments) and an
 * `#<n>\tAnnotatorNotes T<n>\tspeaker: …; cue: …` line for its attributes.
 */
export function toBrat(doc) {
  const lines = bratLines(codePoints(doc.text), spansOf(doc));
  return { txt: doc.text, ann: lines.map((l) => `${l}\n`).join('') };
}

// ---- file names -------------------------------------------------------------------------------

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_BASE = 100;

function safeBase(name) {
  let base = String(name ?? '').normalize('NFC')
    .replace(/\.(txt|text|md|markdown|html?|xhtml)$/i, '')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}/\\:*?"<>|]/gu, '_')
    .replace(/\s+/gu, '_')
    .replace(/^[._-]+|[._ -]+$/g, '');
  base = Array.from(base).slice(0, MAX_BASE).join('');
  if (base === '') base = 'randnotiz';
  return WINDOWS_RESERVED.test(base) ? `_${base}` : base;
}

/**
 * A file name for `doc` (or a plain name string) with extension `ext` (`"json"` or `".json"`):
 * the document name without its .txt/.md/.html extension, with path separators, control characters,
 * characters Windows forbids and whitespace replaced by `_`, at most 100 code points, never empty,
 * never a reserved Windows device name.
 */
export function exportFileName(doc, ext) {
  const name = typeof doc === 'string' ? doc : doc && doc.name;
  const e = String(ext ?? '').replace(/^\.+/, '').replace(/[^\p{L}\p{N}._-]/gu, '_');
  return e ? `${safeBase(name)}.${e}` : safeBase(name);
}

/** `exportFileName` for each document without extension, `-2`, `-3` … added to repeats. */
const uniqueBases = (docs) => uniqueNames(docs.map((doc) => exportFileName(doc, '')), (base, n) => `${base}-${n}`);

/** brat files of all documents: `[{name: "a.txt", content}, {name: "a.ann", content}, …]`. */
export function toBratFiles(docs) {
  const bases = uniqueBases(docs);
  return docs.flatMap((doc, i) => {
    const { txt, ann } = toBrat(doc);
    return [{ name: `${bases[i]}.txt`, content: txt }, { name: `${bases[i]}.ann`, content: ann }];
  });
}

// ---- CoNLL BIO --------------------------------------------------------------------------------

// Characters that would break a token-per-line, tab-separated file.
const CONLL_BREAKS = /[\t\n\r\v\f\x85\u2028\u2029]/g;

/**
 * For each token (sorted by start), the index of the first entity span (in span order) that
 * overlaps it, or -1. A sweep over the spans sorted by start keeps this linear in practice.
 */
function coveringEntity(tokens, entities) {
  const byStart = entities.map((_, i) => i).sort((a, b) => entities[a].start_utf16 - entities[b].start_utf16);
  let next = 0;
  let active = [];
  return tokens.map((tok) => {
    while (next < byStart.length && entities[byStart[next]].start_utf16 < tok.end_utf16) active.push(byStart[next++]);
    active = active.filter((i) => entities[i].end_utf16 > tok.start_utf16);
    return active.reduce((first, i) => (first < 0 || i < first ? i : first), -1);
  });
}

function bioTags(tokens, entities) {
  const cover = coveringEntity(tokens, entities);
  return cover.map((e, i) => {
    if (e < 0) return 'O';
    const prefix = i > 0 && cover[i - 1] === e && tokens[i - 1].sentence === tokens[i].sentence ? 'I' : 'B';
    return `${prefix}-${entities[e].label}`;
  });
}

/**
 * One document's entities as CoNLL-style BIO: `token\tB-PER` per line, a blank line between
 * sentences. `tokens` is `[{start_utf16, end_utf16, sentence}]` (UTF-16 offsets into `doc.text`,
 * `sentence` any value that changes between sentences). A token takes B-/I- of the first entity
 * span (in the span order of the result: by start, longer first) that overlaps it, so nested
 * entities give the outer one, as in GermEval's first level. Labels are kept as given
 * (`LOCderiv`, `ORGpart`, …). Empty and whitespace-only tokens are skipped; tabs and line breaks
 * inside a token become `_`.
 */
export function toConll(doc, tokens) {
  const toks = [...tokens]
    .filter((t) => t.end_utf16 > t.start_utf16 && doc.text.slice(t.start_utf16, t.end_utf16).trim() !== '')
    .sort((a, b) => a.start_utf16 - b.start_utf16);
  const tags = bioTags(toks, spansOf(doc).filter((s) => s.kind === 'entity'));
  let out = '';
  toks.forEach((tok, i) => {
    if (i > 0 && tok.sentence !== toks[i - 1].sentence) out += '\n';
    out += `${doc.text.slice(tok.start_utf16, tok.end_utf16).replace(CONLL_BREAKS, '_')}\t${tags[i]}\n`;
  });
  return out;
}

/** CoNLL files of all documents: `[{name: "a.conll", content}, …]`; `tokensOf(doc, i)` gives tokens. */
export function toConllFiles(docs, tokensOf) {
  const bases = uniqueBases(docs);
  return docs.map((doc, i) => ({ name: `${bases[i]}.conll`, content: toConll(doc, tokensOf(doc, i)) }));
}

/**
 * A simple fallback tokenizer for when the core's tokens are not at hand: runs of letters, digits
 * and combining marks (joined by inner `-` or apostrophes) and single other characters. A sentence
 * ends after `.`, `!` or `?` (and closing quotes after it) when whitespace follows, except after a
 * number (German ordinals: `3. Oktober`), and at a blank line; abbreviations are not recognised. Returns `[{start_utf16, end_utf16, sentence}]`.
 */
export function simpleTokens(text) {
  const out = [];
  let sentence = 0;
  let atEnd = false; // the last token may end a sentence
  const newSentence = () => { if (out.length > 0 && out[out.length - 1].sentence === sentence) sentence++; };
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*|\n[^\S\n]*\n|\S/gu)) {
    const tok = m[0];
    if (tok[0] === '\n') { newSentence(); continue; }
    if (atEnd && /\s/.test(text[m.index - 1])) newSentence();
    out.push({ start_utf16: m.index, end_utf16: m.index + tok.length, sentence });
    const ordinal = tok === '.' && out.length > 1 && /^\d+$/.test(text.slice(out.at(-2).start_utf16, out.at(-2).end_utf16));
    atEnd = (/^[.!?]$/.test(tok) && !ordinal) || (atEnd && /^[“”"»«)]$/.test(tok));
  }
  return out;
}

// ---- HTML -------------------------------------------------------------------------------------

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `&`, `<`, `>`, `"` and `'` so any string is safe as HTML text or a quoted attribute. */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const HTML_STYLE = `
.randnotiz { font: 16px/1.6 Georgia, "Times New Roman", serif; white-space: pre-wrap; max-width: 42rem; }
.randnotiz mark { color: inherit; background: none; border-radius: 2px; }
.randnotiz mark.m-entity { background: rgba(0, 114, 178, 0.14); box-shadow: inset 0 -2px 0 #0072b2; }
.randnotiz mark.m-entity.variant { background: none; box-shadow: inset 0 -1px 0 #0072b2; }
.randnotiz mark.m-date { background: rgba(230, 159, 0, 0.20); border-bottom: 2px dotted #e69f00; }
.randnotiz mark.m-claim { background: rgba(0, 158, 115, 0.12); text-decoration: underline wavy #009e73; }
.randnotiz mark.m-quantity { background: rgba(204, 121, 167, 0.18); border-bottom: 2px dashed #cc79a7; }
`.trim();

/** The tooltip text of a span: `kind · label`, then one `key: value` line per attribute. */
function describe(span) {
  return [`${span.kind} · ${span.label}`, ...attrEntries(span).map(([k, v]) => `${k}: ${v}`)].join('\n');
}

function openMark(span) {
  const variant = /(deriv|part)$/.test(span.label) ? ' variant' : '';
  const kind = String(span.kind).replace(/[^a-z]/g, '');
  return `<mark class="m-${kind}${variant}" data-label="${escapeHtml(span.label)}" title="${escapeHtml(describe(span))}">`;
}

/** Sorted distinct cut points: 0, the text length and every span boundary within. */
function cutPoints(length, spans) {
  const cuts = new Set([0, length]);
  for (const s of spans) { cuts.add(s.start_utf16); cuts.add(s.end_utf16); }
  return [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
}

/**
 * The text with nested `<mark>`s, all text escaped. Walks the cut points with a stack of open
 * marks (outer spans first); a span that crosses another is closed and reopened, i.e. split into
 * pieces, so the markup is always well nested. Same algorithm as the page's renderMarks.
 */
export function markup(text, spans) {
  const live = spans.filter((s) => s.end_utf16 > s.start_utf16);
  const order = live.map((_, i) => i).sort((a, b) =>
    live[a].start_utf16 - live[b].start_utf16 || live[b].end_utf16 - live[a].end_utf16 || a - b);
  const points = cutPoints(text.length, live);
  const stack = [];
  let active = []; // spans started and not yet ended, in `order`
  let next = 0;
  let html = '';
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    while (next < order.length && live[order[next]].start_utf16 <= a) active.push(order[next++]);
    active = active.filter((i) => live[i].end_utf16 > a);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    html += '</mark>'.repeat(stack.length - keep);
    stack.length = keep;
    for (const i of active.slice(keep)) { html += openMark(live[i]); stack.push(i); }
    html += escapeHtml(text.slice(a, points[p + 1]));
  }
  return html + '</mark>'.repeat(stack.length);
}

const article = (doc) => {
  const lang = doc.result && doc.result.lang ? ` lang="${escapeHtml(doc.result.lang)}"` : '';
  return `<article class="randnotiz"${lang}>${markup(doc.text, spansOf(doc))}</article>`;
};

/** The annotated view as an HTML fragment (a `<style>` and an `<article>`), for the clipboard. */
export function toHtmlFragment(doc) {
  return `<style>\n${HTML_STYLE}\n</style>\n${article(doc)}\n`;
}

/**
 * The annotated view of one document as a standalone HTML page: user text (document name, text,
 * labels, attributes) is escaped everywhere; marks are `<mark class="m-entity" data-label="PER"
 * title="…">`; a small inline `<style>` gives the page's colours. No scripts, no external resources.
 */
export function toHtml(doc) {
  const lang = doc.result && doc.result.lang ? escapeHtml(doc.result.lang) : 'de';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.name)} – Randnotiz</title>`,
    `<style>\n${HTML_STYLE}\n</style>`,
    '</head>',
    '<body>',
    article(doc),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
