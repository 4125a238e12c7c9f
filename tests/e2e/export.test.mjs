// Tests of the page's export formats (www/export.js) in plain Node: `node --test tests/e2e/`.
//
// What it checks: every format on hand-written fixtures in the real Annotations JSON shape, with
// umlauts, „…“ quotes, emoji (UTF-16 and code-point offsets differ), a combining mark, a span
// across a line break, overlapping and nested spans, and hostile markup in the text, a label, an
// attribute and a document name. Offsets are computed here from the text by a helper; literal
// code-point offsets in the expected brat output were checked against Python's str indexes.
// What it does not need: a browser, the built page or the wasm core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  toRandnotizJson, toWebAnnotation, toBrat, toBratFiles, toConll, toConllFiles, simpleTokens,
  toHtml, toHtmlFragment, markup, escapeHtml, exportFileName, lineFragments, QUOTE_CONTEXT,
} from '../../www/export.js';

// ---- fixture helpers --------------------------------------------------------------------------

const cpLen = (s) => [...s].length;
const cpSlice = (text, start, end) => [...text].slice(start, end).join('');

/** Offsets of the `nth` occurrence of `needle` in `text`, in both units, as the core writes them. */
function extent(text, needle, nth = 1) {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `fixture: "${needle}" occurs ${nth} times`);
  }
  const startChar = cpLen(text.slice(0, at));
  return { start_utf16: at, end_utf16: at + needle.length, start_char: startChar, end_char: startChar + cpLen(needle) };
}

/** A span over `needle` with the core's field order; `attrs` may name `speaker_at`/`cue_at` needles. */
function span(text, kind, label, needle, attrs, nth = 1) {
  const s = { kind, label, ...extent(text, needle, nth), text: needle };
  if (attrs) {
    const a = { ...attrs };
    for (const key of ['speaker_at', 'cue_at']) if (typeof a[key] === 'string') a[key] = extent(text, a[key]);
    s.attrs = a;
  }
  return s;
}

/** A document as the page holds it: `{ name, text, result }` with the Annotations object. */
function doc(name, text, spans, extra = {}) {
  const sorted = [...spans].sort((a, b) => a.start_utf16 - b.start_utf16 || b.end_utf16 - a.end_utf16);
  return {
    name,
    text,
    result: {
      version: 1, lang: 'de', article_date: '2025-03-01', length_utf16: text.length, length_char: cpLen(text),
      spans: sorted, ...extra,
    },
  };
}

// ---- the main fixture -------------------------------------------------------------------------

const TEXT = '😀 „Jürgen Müller“ sagte am 3. März in Köln: „Die Zahlen sind eindeutig.“\n'
  + 'Die Firma Cafe\u0301 Zoë 👩‍👩‍👧 lädt nach Berlin-\nMitte ein. <script>alert(1)</script> und <img src=x onerror=alert(2)>.';

const HOSTILE_SPEAKER = 'Ein "Insider" <b>\'x\'</b>';

const SPANS = [
  span(TEXT, 'entity', 'PER', 'Jürgen Müller'),
  span(TEXT, 'date', 'DATE', '3. März', { value: '2025-03-03' }),
  span(TEXT, 'entity', 'LOC', 'Köln'),
  span(TEXT, 'claim', 'hedged', 'Köln: „Die', { speaker: HOSTILE_SPEAKER, certainty: 'hedged' }),
  span(TEXT, 'claim', 'direct', 'Die Zahlen sind eindeutig.', {
    speaker: 'Jürgen Müller', speaker_at: 'Jürgen Müller', cue: 'sagte', cue_at: 'sagte', certainty: 'asserted', confidence: 0.75,
  }),
  span(TEXT, 'entity', 'ORG', 'Cafe\u0301 Zoë'),
  span(TEXT, 'entity', 'OTH', 'Zoë'),
  span(TEXT, 'entity', 'LOC', 'Berlin-\nMitte'),
  span(TEXT, 'entity', 'ORG', '<script>alert(1)</script>'),
];

const HOSTILE_NAME = '<img src=x onerror=alert(1)>.txt';
const DOC = doc(HOSTILE_NAME, TEXT, SPANS, { anchor: { date: '2025-03-01', source: 'dateline' } });
const EMPTY = { name: 'leer.txt', text: 'Noch nicht annotiert.', result: null };

test('fixture: UTF-16 and code-point offsets differ after the emoji, and both slice the span text', () => {
  for (const s of DOC.result.spans) {
    assert.equal(TEXT.slice(s.start_utf16, s.end_utf16), s.text);
    assert.equal(cpSlice(TEXT, s.start_char, s.end_char), s.text);
    assert.ok(s.start_utf16 > s.start_char, `${s.text}: offsets differ`);
  }
});

// ---- Randnotiz JSON ---------------------------------------------------------------------------

test('Randnotiz JSON: header, documents and spans as the core gives them', () => {
  const out = JSON.parse(toRandnotizJson([DOC, EMPTY]));
  assert.equal(out.format, 'randnotiz');
  assert.equal(out.version, 1);
  assert.equal(out.offsets,
    'both UTF-16 code units (start_utf16/end_utf16) and Unicode code points (start_char/end_char), half-open');
  assert.equal(out.documents.length, 2);
  const [d, e] = out.documents;
  assert.deepEqual(
    { name: d.name, text: d.text, lang: d.lang, article_date: d.article_date, anchor: d.anchor },
    { name: HOSTILE_NAME, text: TEXT, lang: 'de', article_date: '2025-03-01', anchor: { date: '2025-03-01', source: 'dateline' } },
  );
  assert.equal(d.length_utf16, TEXT.length);
  assert.equal(d.length_char, cpLen(TEXT));
  assert.deepEqual(d.spans, DOC.result.spans);
  assert.deepEqual(e, {
    name: 'leer.txt', text: 'Noch nicht annotiert.', lang: null, article_date: null, anchor: null,
    length_utf16: 21, length_char: 21, spans: [],
  });
});

test('Randnotiz JSON: field order of a span and its attrs is fixed', () => {
  const out = JSON.parse(toRandnotizJson([DOC]));
  const claim = out.documents[0].spans.find((s) => s.label === 'direct');
  assert.deepEqual(Object.keys(claim), ['kind', 'label', 'start_utf16', 'end_utf16', 'start_char', 'end_char', 'text', 'attrs']);
  assert.deepEqual(Object.keys(claim.attrs), ['speaker', 'speaker_at', 'cue', 'cue_at', 'certainty', 'confidence']);
  assert.deepEqual(claim.attrs.speaker_at, { start_utf16: 4, end_utf16: 17, start_char: 3, end_char: 16 });
  assert.ok(!('attrs' in out.documents[0].spans[0]), 'empty attrs are omitted');
});

// ---- Web Annotation ---------------------------------------------------------------------------

const WA = JSON.parse(toWebAnnotation([DOC, EMPTY], 'https://example.org/rn/'));
const ITEMS = WA.first.items;

test('Web Annotation: a collection with one page holding one annotation per span', () => {
  assert.equal(WA['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(WA.type, 'AnnotationCollection');
  assert.equal(WA.total, SPANS.length);
  assert.equal(WA.first.type, 'AnnotationPage');
  assert.equal(ITEMS.length, SPANS.length);
  assert.equal(new Set(ITEMS.map((a) => a.id)).size, ITEMS.length, 'ids are distinct');
});

test('Web Annotation: the person annotation, exactly', () => {
  assert.deepEqual(ITEMS[0], {
    id: 'https://example.org/rn/anno/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.txt/1',
    type: 'Annotation',
    motivation: 'tagging',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'entity', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'PER', format: 'text/plain' },
    ],
    target: {
      source: 'https://example.org/rn/doc/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.txt',
      selector: [
        { type: 'TextPositionSelector', start: 3, end: 16 },
        { type: 'TextQuoteSelector', exact: 'Jürgen Müller', prefix: '😀 „', suffix: '“ sagte am 3. März in Köln: „Die' },
      ],
    },
  });
});

for (const [i, s] of SPANS.entries()) {
  test(`Web Annotation selectors count code points: ${JSON.stringify(s.text)}`, () => {
    const a = ITEMS.find((x) => x.target.selector[1].exact === s.text && x.body[1].value === s.label);
    assert.ok(a, `annotation ${i} found`);
    const [pos, quote] = a.target.selector;
    assert.deepEqual(pos, { type: 'TextPositionSelector', start: s.start_char, end: s.end_char });
    assert.equal(cpSlice(TEXT, pos.start, pos.end), quote.exact);
    const prefix = quote.prefix ?? '';
    const suffix = quote.suffix ?? '';
    assert.equal(prefix, cpSlice(TEXT, Math.max(0, pos.start - QUOTE_CONTEXT), pos.start));
    assert.equal(suffix, cpSlice(TEXT, pos.end, pos.end + QUOTE_CONTEXT));
    assert.ok(cpLen(prefix) <= 32 && cpLen(suffix) <= 32);
    assert.ok(!/[\uD800-\uDBFF]$/.test(prefix) && !/^[\uDC00-\uDFFF]/.test(suffix), 'no split surrogate pair');
  });
}

test('Web Annotation: a ZWJ family emoji counts as 5 code points of the 32', () => {
  const zoe = ITEMS.find((a) => a.body[1].value === 'OTH');
  assert.equal(zoe.target.selector[1].suffix, ' 👩‍👩‍👧 lädt nach Berlin-\nMitte e');
});

test('Web Annotation: attributes become describing bodies', () => {
  const claim = ITEMS.find((a) => a.body[1].value === 'direct');
  assert.deepEqual(claim.body.slice(2).map((b) => [b.purpose, b.value]), [
    ['describing', 'speaker: Jürgen Müller'],
    ['describing', 'cue: sagte'],
    ['describing', 'certainty: asserted'],
    ['describing', 'confidence: 0.75'],
  ]);
  const date = ITEMS.find((a) => a.body[0].value === 'date');
  assert.deepEqual(date.body[2], { type: 'TextualBody', purpose: 'describing', value: 'value: 2025-03-03', format: 'text/plain' });
});

test('Web Annotation: default urn base and distinct sources for documents with the same name', () => {
  const d = doc('a.txt', 'Berlin', [span('Berlin', 'entity', 'LOC', 'Berlin')]);
  const out = JSON.parse(toWebAnnotation([d, d]));
  assert.equal(out.id, 'urn:randnotiz:collection');
  assert.deepEqual(out.first.items.map((a) => a.target.source), ['urn:randnotiz:doc/a.txt', 'urn:randnotiz:doc/a.txt%20(2)']);
  assert.deepEqual(out.first.items.map((a) => a.id), ['urn:randnotiz:anno/a.txt/1', 'urn:randnotiz:anno/a.txt%20(2)/1']);
  assert.deepEqual(out.first.items[0].target.selector[1], { type: 'TextQuoteSelector', exact: 'Berlin' });
});

// ---- brat -------------------------------------------------------------------------------------

test('brat: exact .ann, offsets in code points, line break split into fragments, notes for attrs', () => {
  const { txt, ann } = toBrat(DOC);
  assert.equal(txt, TEXT);
  assert.equal(ann, [
    'T1\tPER 3 16\tJürgen Müller',
    'T2\tDATE 27 34\t3. März',
    '#1\tAnnotatorNotes T2\tvalue: 2025-03-03',
    'T3\thedged 38 48\tKöln: „Die',
    `#2\tAnnotatorNotes T3\tspeaker: ${HOSTILE_SPEAKER}; certainty: hedged`,
    'T4\tLOC 38 42\tKöln',
    'T5\tdirect 45 71\tDie Zahlen sind eindeutig.',
    '#3\tAnnotatorNotes T5\tspeaker: Jürgen Müller; cue: sagte; certainty: asserted; confidence: 0.75',
    'T6\tORG 83 92\tCafe\u0301 Zoë',
    'T7\tOTH 89 92\tZoë',
    'T8\tLOC 109 116;117 122\tBerlin- Mitte',
    'T9\tORG 128 153\t<script>alert(1)</script>',
    '',
  ].join('\n'));
});

test('brat: every fragment slices its text out of the .txt by code points', () => {
  const { txt, ann } = toBrat(DOC);
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, typeAndOffsets, text] = line.split('\t');
    const frags = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    assert.equal(frags.map(([a, b]) => cpSlice(txt, a, b)).join(' '), text);
    for (const [a, b] of frags) assert.ok(!/\n/.test(cpSlice(txt, a, b)));
  }
});

const FRAGMENT_CASES = [
  ['no break', 'abc', [[0, 3]]],
  ['one break', 'ab\ncd', [[0, 2], [3, 5]]],
  ['CRLF and blank line', 'ab\r\n\r\ncd', [[0, 2], [6, 8]]],
  ['leading and trailing breaks', '\nab\n', [[1, 3]]],
  ['only breaks', '\n\u2028\n', []],
  ['Python line separators', 'a\u2029b\x85c\fd', [[0, 1], [2, 3], [4, 5], [6, 7]]],
];
for (const [name, text, want] of FRAGMENT_CASES) {
  test(`brat fragments: ${name}`, () => assert.deepEqual(lineFragments([...text], 0, cpLen(text)), want));
}

test('brat: odd labels become one token, spans of nothing but line breaks are dropped', () => {
  const text = 'a\n\nb c';
  const d = doc('x', text, [
    { kind: 'entity', label: 'my label/x', ...extent(text, 'b c'), text: 'b c' },
    { kind: 'entity', label: 'PER', ...extent(text, '\n\n'), text: '\n\n' },
  ]);
  assert.equal(toBrat(d).ann, 'T1\tmy_label_x 3 6\tb c\n');
  assert.deepEqual(toBrat(EMPTY), { txt: EMPTY.text, ann: '' });
});

test('brat files of all documents, with distinct names', () => {
  const files = toBratFiles([DOC, EMPTY, EMPTY]);
  assert.deepEqual(files.map((f) => f.name), [
    'img_src=x_onerror=alert(1).txt', 'img_src=x_onerror=alert(1).ann',
    'leer.txt', 'leer.ann', 'leer-2.txt', 'leer-2.ann',
  ]);
  assert.equal(files[0].content, TEXT);
  assert.equal(files[1].content, toBrat(DOC).ann);
});

// ---- CoNLL ------------------------------------------------------------------------------------

/** Hand-made tokens: whitespace-separated words, a final `.`/`:` split off; `|` starts a sentence. */
function tokensOf(text) {
  const out = [];
  let sentence = 0;
  for (const m of text.matchAll(/\S+/g)) {
    if (m[0] === '|') { sentence++; continue; }
    const word = m[0].replace(/[.:]$/, '');
    out.push({ start_utf16: m.index, end_utf16: m.index + word.length, sentence });
    if (word.length < m[0].length) out.push({ start_utf16: m.index + word.length, end_utf16: m.index + m[0].length, sentence });
  }
  return out;
}

test('CoNLL: BIO tags of the outer entity, blank line between sentences, non-entities ignored', () => {
  const text = '😀 Die Cafe\u0301 Zoë GmbH lädt nach Berlin-\nMitte ein. | „Kölner Bürger“ sagten: | Danke Zoë.';
  const d = doc('c.txt', text, [
    span(text, 'entity', 'ORG', 'Cafe\u0301 Zoë GmbH'),
    span(text, 'entity', 'PER', 'Zoë'),
    span(text, 'entity', 'LOC', 'Berlin-\nMitte'),
    span(text, 'claim', 'direct', '„Kölner Bürger“'),
    span(text, 'entity', 'LOCderiv', 'Kölner'),
    span(text, 'date', 'DATE', 'Danke'),
    span(text, 'entity', 'PER', 'Zoë', undefined, 2),
  ]);
  const tokens = tokensOf(text); // Berlin-\nMitte: one span, two tokens
  assert.equal(toConll(d, tokens), [
    '😀\tO', 'Die\tO', 'Cafe\u0301\tB-ORG', 'Zoë\tI-ORG', 'GmbH\tI-ORG', 'lädt\tO', 'nach\tO',
    'Berlin-\tB-LOC', 'Mitte\tI-LOC', 'ein\tO', '.\tO', '',
    '„Kölner\tB-LOCderiv', 'Bürger“\tO', 'sagten\tO', ':\tO', '',
    'Danke\tO', 'Zoë\tB-PER', '.\tO', '',
  ].join('\n'));
});

test('CoNLL: two adjacent entities both start with B-, unsorted and empty tokens are handled', () => {
  const text = 'Merkel Scholz';
  const d = doc('d', text, [span(text, 'entity', 'PER', 'Merkel'), span(text, 'entity', 'PER', 'Scholz')]);
  const tokens = [
    { start_utf16: 7, end_utf16: 13, sentence: 0 }, { start_utf16: 0, end_utf16: 6, sentence: 0 },
    { start_utf16: 6, end_utf16: 7, sentence: 0 }, { start_utf16: 3, end_utf16: 3, sentence: 0 },
  ];
  assert.equal(toConll(d, tokens), 'Merkel\tB-PER\nScholz\tB-PER\n');
  assert.equal(toConll(EMPTY, [{ start_utf16: 0, end_utf16: 4, sentence: 0 }]), 'Noch\tO\n');
});

test('CoNLL: "first" means first in the span list, also when the list is not sorted by start', () => {
  const text = 'Bank of Berlin';
  const d = { name: 'u', text, result: { spans: [span(text, 'entity', 'LOC', 'Berlin'), span(text, 'entity', 'ORG', 'Bank of Berlin')] } };
  assert.equal(toConll(d, tokensOf(text)), 'Bank\tB-ORG\nof\tI-ORG\nBerlin\tB-LOC\n');
});

test('CoNLL files of all documents; the fallback tokenizer splits words, punctuation and sentences', () => {
  const text = 'Olaf Scholz kam. „Gut!“ Dann\n\nEnde 😀 am 3. Oktober. Café-Bar\u0301.';
  const toks = simpleTokens(text);
  assert.deepEqual(toks.map((t) => [text.slice(t.start_utf16, t.end_utf16), t.sentence]), [
    ['Olaf', 0], ['Scholz', 0], ['kam', 0], ['.', 0], ['„', 1], ['Gut', 1], ['!', 1], ['“', 1],
    ['Dann', 2], ['Ende', 3], ['😀', 3], ['am', 3], ['3', 3], ['.', 3], ['Oktober', 3], ['.', 3],
    ['Café-Bar\u0301', 4], ['.', 4],
  ]);
  const d = doc('Eingefügter Text', text, [span(text, 'entity', 'PER', 'Olaf Scholz')]);
  const files = toConllFiles([d, d], (x) => simpleTokens(x.text));
  assert.deepEqual(files.map((f) => f.name), ['Eingefügter_Text.conll', 'Eingefügter_Text-2.conll']);
  assert.ok(files[0].content.startsWith('Olaf\tB-PER\nScholz\tI-PER\nkam\tO\n.\tO\n\n„\tO\n'));
});

// ---- HTML -------------------------------------------------------------------------------------

const ALLOWED_TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'article', 'mark']);

/** The text of an HTML string: tags removed, the five entities of escapeHtml decoded. */
function textOf(html) {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g,
    (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]);
}

test('HTML: escapeHtml escapes the five characters', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`),
    '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
});

test('HTML: crossing spans are split into well-nested pieces', () => {
  const text = 'ABCDEF';
  const spans = [
    { kind: 'entity', label: 'PER', ...extent(text, 'ABCD'), text: 'ABCD' },
    { kind: 'claim', label: 'direct', ...extent(text, 'CDEF'), text: 'CDEF' },
  ];
  const per = '<mark class="m-entity" data-label="PER" title="entity · PER">';
  const claim = '<mark class="m-claim" data-label="direct" title="claim · direct">';
  assert.equal(markup(text, spans), `${per}AB${claim}CD</mark></mark>${claim}EF</mark>`);
});

test('HTML: nested spans, a variant label, empty spans and text outside marks', () => {
  const text = 'x „Kölner sagen“ y';
  const spans = [
    { kind: 'claim', label: 'direct', ...extent(text, '„Kölner sagen“'), text: '„Kölner sagen“', attrs: { speaker: 'A & B' } },
    { kind: 'entity', label: 'LOCderiv', ...extent(text, 'Kölner'), text: 'Kölner' },
    { kind: 'entity', label: 'PER', start_utf16: 1, end_utf16: 1, start_char: 1, end_char: 1, text: '' },
  ];
  assert.equal(markup(text, spans), 'x <mark class="m-claim" data-label="direct" title="claim · direct\nspeaker: A &amp; B">„'
    + '<mark class="m-entity variant" data-label="LOCderiv" title="entity · LOCderiv">Kölner</mark> sagen“</mark> y');
});

test('HTML: hostile text, name, label and attributes stay inert text', () => {
  const d = doc(HOSTILE_NAME, TEXT, [
    ...SPANS,
    { kind: 'entity', label: '"><script>alert(4)</script>', ...extent(TEXT, 'ein'), text: 'ein' },
  ]);
  for (const html of [toHtml(d), toHtmlFragment(d)]) {
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(2)&gt;'));
    assert.ok(!/<script/i.test(html), 'no <script> tag');
    assert.ok(!/<img/i.test(html), 'no <img> tag');
    const tags = [...html.matchAll(/<\/?([!a-z]+)/gi)].map((m) => m[1].toLowerCase());
    assert.deepEqual(tags.filter((t) => !ALLOWED_TAGS.has(t)), []);
    // Every attribute value is double-quoted and contains no raw quote or angle bracket.
    for (const tag of html.match(/<[a-z][^>]*>/gi)) {
      assert.match(tag, /^<[a-z]+(\s+[a-z-]+="[^"<>]*")*>$/i, tag);
    }
  }
  const page = toHtml(d);
  assert.ok(page.includes('<title>&lt;img src=x onerror=alert(1)&gt;.txt – Randnotiz</title>'));
  assert.ok(page.includes('data-label="&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;"'));
  assert.ok(page.includes('title="claim · hedged\nspeaker: Ein &quot;Insider&quot; &lt;b&gt;&#39;x&#39;&lt;/b&gt;\ncertainty: hedged"'));
});

test('HTML: the article holds exactly the document text, each span in a mark', () => {
  const page = toHtml(DOC);
  assert.ok(page.startsWith('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'));
  assert.ok(/<style>[^<]*mark\.m-entity[^<]*<\/style>/.test(page), 'inline style with the colours');
  const article = page.match(/<article class="randnotiz" lang="de">([\s\S]*)<\/article>/)[1];
  assert.equal(textOf(article), TEXT);
  assert.equal((article.match(/<mark /g) || []).length, SPANS.length + 1, 'one piece per span, the crossing claim twice');
  assert.equal((article.match(/<mark /g) || []).length, (article.match(/<\/mark>/g) || []).length);
  assert.ok(article.includes('data-label="LOC" title="entity · LOC">Berlin-\nMitte</mark>'));
  assert.equal(textOf(toHtmlFragment(EMPTY).replace(/<style>[\s\S]*<\/style>\n/, '')), `${EMPTY.text}\n`);
});

// ---- file names -------------------------------------------------------------------------------

const NAME_CASES = [
  ['plain', 'klimagipfel.txt', 'json', 'klimagipfel.json'],
  ['dot in ext', 'a.html', '.ann', 'a.ann'],
  ['umlauts and spaces', 'Eingefügter Text', 'txt', 'Eingefügter_Text.txt'],
  ['path traversal', '../../etc/passwd', 'txt', 'etc_passwd.txt'],
  ['windows separators and forbidden characters', 'C:\\tmp\\a*b?"c"|<d>.md', 'conll', 'C__tmp_a_b__c___d.conll'],
  ['hostile markup', HOSTILE_NAME, 'html', 'img_src=x_onerror=alert(1).html'],
  ['control characters and newline', 'a\u0000b\nc\u202Ed', 'txt', 'a_b_c_d.txt'],
  ['only dots', '...', 'json', 'randnotiz.json'],
  ['empty', '', 'json', 'randnotiz.json'],
  ['reserved device name', 'CON.txt', 'json', '_CON.json'],
  ['emoji kept', 'Nachricht 😀', 'json', 'Nachricht_😀.json'],
  ['hostile extension', 'a', '../x', 'a._x'],
];
for (const [what, name, ext, want] of NAME_CASES) {
  test(`exportFileName: ${what}`, () => assert.equal(exportFileName({ name }, ext), want));
}

test('exportFileName: long names are cut to 100 code points, without splitting an emoji', () => {
  const out = exportFileName({ name: '😀'.repeat(150) }, 'json');
  assert.equal(out, `${'😀'.repeat(100)}.json`);
});
