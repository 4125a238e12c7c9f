// Randnotiz input side: turns dropped files and pasted HTML into article text.
//
// What this module does:
//   - decodeBytes(name, buffer): decodes a file's bytes (UTF-8 with or without BOM, UTF-16 LE/BE
//     with BOM, Windows-1252 / ISO-8859-1) or refuses it with a German message naming the file
//     (images, PDFs, archives, executables, binary or undecodable bytes, files above 32 MB).
//   - isHtml(text, name): whether a text should be treated as HTML (extension or content).
//   - extractArticle(html): title, publication date, outlet (og:site_name or JSON-LD publisher) and
//     main text of a news page, parsed with the browser's DOMParser.
//   - detectBoilerplate(text): whole lines of plain text that are site furniture (share labels,
//     "Mehr zum Thema", cookie and newsletter notices, copyright lines, link lists, ...).
//   - normalizeDate(value): a metadata date ("2024-11-06T14:32:00+01:00", "06.11.2024",
//     "6. November 2024") as YYYY-MM-DD.
//
// What it does not do:
//   - It never inserts parsed HTML (or any node of it) into the page, never assigns innerHTML and
//     never evaluates anything. A document made by DOMParser is inert: its scripts do not run, its
//     images do not load and its event handlers never fire. JSON-LD is read with JSON.parse.
//   - It has no dependencies and does not touch the wasm core; it works on strings only (only
//     extractArticle needs a DOM, all other functions run in Node as well).
//   - It does not guess encodings beyond the ones above (no Shift-JIS, no UTF-32, no charset from
//     <meta>): bytes that are not UTF-8 are read as Windows-1252, which is a superset of the
//     printable part of ISO-8859-1.
//   - It uses no CSS (there is no layout in an inert document): text hidden by a stylesheet class
//     is only dropped for common hiding classes ("hidden", "sr-only", ...), inline styles and the
//     hidden / aria-hidden attributes. It runs on the main thread (DOMParser is not available in
//     workers); a 1.6 MB page takes about half a second in Chromium.

// ---- decoding files -------------------------------------------------------------------------

/** Largest file accepted (the core's own limit is 32 MiB of UTF-8). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

// How many bytes are inspected for control characters and encoding statistics.
const SAMPLE_BYTES = 65536;

// Magic numbers of common non-text files: [offset, bytes or string, German description].
const MAGIC = [
  [0, '%PDF-', 'PDF-Dokument'],
  [0, [0x50, 0x4b, 0x03, 0x04], 'ZIP-Archiv oder Office-Dokument'],
  [0, [0x50, 0x4b, 0x05, 0x06], 'ZIP-Archiv'],
  [0, [0x50, 0x4b, 0x07, 0x08], 'ZIP-Archiv'],
  [0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG-Bild'],
  [0, [0xff, 0xd8, 0xff], 'JPEG-Bild'],
  [0, 'GIF87a', 'GIF-Bild'],
  [0, 'GIF89a', 'GIF-Bild'],
  [0, 'RIFF', 'WebP-Bild', (b) => startsWithAt(b, 8, 'WEBP')],
  [0, 'RIFF', 'Audio- oder Videodatei (RIFF)'],
  [0, [0x49, 0x49, 0x2a, 0x00], 'TIFF-Bild'],
  [0, [0x4d, 0x4d, 0x00, 0x2a], 'TIFF-Bild'],
  [0, [0x00, 0x00, 0x01, 0x00], 'Symbolbild (ICO)'],
  [0, [0x1f, 0x8b], 'gzip-Archiv'],
  [0, 'BZh', 'bzip2-Archiv', (b) => b[3] >= 0x31 && b[3] <= 0x39 && b[4] === 0x31],
  [0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz-Archiv'],
  [0, [0x28, 0xb5, 0x2f, 0xfd], 'zstd-Archiv'],
  [0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7-Zip-Archiv'],
  [0, 'Rar!\x1a\x07', 'RAR-Archiv'],
  [0, [0x7f, 0x45, 0x4c, 0x46], 'ausführbares Programm (ELF)'],
  [0, [0xcf, 0xfa, 0xed, 0xfe], 'ausführbares Programm (Mach-O)'],
  [0, [0xca, 0xfe, 0xba, 0xbe], 'ausführbares Programm oder Java-Klasse'],
  [0, [0x00, 0x61, 0x73, 0x6d], 'WebAssembly-Modul'],
  [0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'altes Office-Dokument (.doc/.xls)'],
  [0, '{\\rtf', 'RTF-Dokument'],
  [0, 'SQLite format 3\x00', 'SQLite-Datenbank'],
  [0, 'OggS', 'Ogg-Audio/Video'],
  [0, 'fLaC', 'FLAC-Audio'],
  [0, 'ID3', 'MP3-Audio', (b) => b[3] >= 2 && b[3] <= 4 && b[4] === 0],
  [4, 'ftyp', 'Video- oder Bilddatei (MP4/HEIC)'],
  [0, [0x1a, 0x45, 0xdf, 0xa3], 'Video (Matroska/WebM)'],
  [0, 'wOFF', 'Schriftdatei (WOFF)'],
  [0, 'wOF2', 'Schriftdatei (WOFF2)'],
  [0, 'BM', 'BMP-Bild', (b) => b.length > 14 && b[6] === 0 && b[7] === 0 && b[8] === 0 && b[9] === 0],
];

function startsWithAt(bytes, offset, magic) {
  const seq = typeof magic === 'string' ? [...magic].map((c) => c.charCodeAt(0)) : magic;
  if (bytes.length < offset + seq.length) return false;
  return seq.every((b, i) => bytes[offset + i] === b);
}

/** Returns a German description of a known binary format, or null. */
function sniffBinary(bytes) {
  for (const [offset, magic, what, extra] of MAGIC) {
    if (!startsWithAt(bytes, offset, magic)) continue;
    if (extra && !extra(bytes)) continue;
    return what;
  }
  return null;
}

// UTF-16 without a BOM: nearly every other byte is NUL and the rest is text. Returns the
// encoding label or null.
function sniffUtf16(bytes) {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.4 * pairs && evenNul < 0.02 * pairs) return 'utf-16le';
  if (evenNul > 0.4 * pairs && oddNul < 0.02 * pairs) return 'utf-16be';
  return null;
}

// True when the sample holds NUL bytes or too many other control bytes (tab, line feed, form
// feed and carriage return are text).
function looksBinary(bytes) {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.01;
}

// Decoded text that is garbage rather than prose: many replacement or C1 control characters
// (Windows-1252 leaves five bytes undefined), or mostly non-ASCII in a file that is not UTF-8.
function looksGarbled(text, wasUtf8) {
  const n = Math.min(text.length, SAMPLE_BYTES);
  if (n === 0) return false;
  let bad = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && c <= 0x9f) || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13)) bad++;
    if (c >= 0x80) high++;
  }
  if (bad / n > 0.01) return true;
  return !wasUtf8 && n >= 64 && high / n > 0.3;
}

function sizeText(bytes) {
  return `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`;
}

function refuse(name, why) {
  return { error: `„${name}“ ist keine Textdatei (${why}) und wurde nicht geladen.` };
}

// Windows-1252 bytes 0x80..0x9F (the rest is ISO-8859-1, i.e. the code point equals the byte).
// Decoded by hand because some TextDecoder implementations (Node 20) read the label as
// ISO-8859-1 and return C1 control characters for these bytes. Undefined bytes map to U+0081 &c.,
// as in the WHATWG Encoding Standard.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes) {
  const chunks = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

// Bytes without a BOM that are not valid UTF-8: mostly-UTF-8 with a few broken sequences (a
// truncated last character, one pasted Latin-1 byte) stays UTF-8 with U+FFFD in those places;
// anything else is Windows-1252 (or ISO-8859-1, its printable subset), as older German files are.
function decodeUtf8OrWindows1252(bytes) {
  const text = new TextDecoder('utf-8').decode(bytes);
  let broken = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c >= 0x80) valid++;
  }
  if (broken === 0 || (valid > 0 && broken <= valid / 10)) return { text, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Decodes a dropped file.
 * @param {string} name the file name (used in messages only)
 * @param {ArrayBuffer|ArrayBufferView} buffer the file's bytes
 * @returns {{text: string, encoding: string} | {error: string}} encoding is one of 'utf-8',
 *   'utf-16le', 'utf-16be', 'windows-1252'; a leading BOM is removed from text.
 */
export function decodeBytes(name, buffer) {
  const bytes = ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
  if (bytes.length > MAX_FILE_BYTES) {
    return { error: `„${name}“ ist zu groß (${sizeText(bytes.length)}, höchstens 32 MB) und wurde nicht geladen.` };
  }
  if (startsWithAt(bytes, 0, [0xff, 0xfe, 0x00, 0x00]) || startsWithAt(bytes, 0, [0x00, 0x00, 0xfe, 0xff])) {
    return { error: `„${name}“ ist in UTF-32 kodiert und wurde nicht geladen; bitte als UTF-8 speichern.` };
  }
  let encoding = null;
  if (startsWithAt(bytes, 0, [0xef, 0xbb, 0xbf])) encoding = 'utf-8';
  else if (startsWithAt(bytes, 0, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWithAt(bytes, 0, [0xfe, 0xff])) encoding = 'utf-16be';
  if (encoding) return decodeWithBom(name, bytes, encoding);

  const binary = sniffBinary(bytes);
  if (binary) return refuse(name, binary);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeWithBom(name, bytes, utf16);
  if (looksBinary(bytes)) return refuse(name, 'Binärdaten');

  const decoded = decodeUtf8OrWindows1252(bytes);
  if (looksGarbled(decoded.text, decoded.encoding === 'utf-8')) return refuse(name, 'Zeichenkodierung nicht erkannt');
  return decoded;
}

// Decodes UTF-8 or UTF-16 whose encoding is known (from a BOM or from NUL statistics); the
// decoder removes the BOM. A few invalid sequences become U+FFFD; many make the file garbage.
function decodeWithBom(name, bytes, encoding) {
  const text = new TextDecoder(encoding).decode(bytes);
  if (looksGarbled(text, true)) return refuse(name, `ungültiges ${encoding.toUpperCase()}`);
  return { text, encoding };
}

// ---- is it HTML? ----------------------------------------------------------------------------

const HTML_EXT = /\.(html?|xhtml|shtml|php|aspx?)$/i;
const TEXT_EXT = /\.(txt|text|md|markdown|csv|tsv|json|srt|vtt)$/i;
const STRONG_HTML = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s+charset)/i;
const HTML_TAG = /<\/?(?:p|div|span|a|br|hr|h[1-6]|ul|ol|li|article|section|header|footer|nav|main|aside|figure|figcaption|img|table|tr|td|th|blockquote|em|strong|b|i|u|time|meta|link|script|style|body|head|title)(?:\s[^<>]*)?\/?>/gi;

/**
 * Whether `text` is HTML: by the file name's extension, else by its content (a doctype or <html>
 * at the start, or many HTML tags). Files named .txt/.md only count when they start like a page.
 * @param {string} text
 * @param {string} [name]
 * @returns {boolean}
 */
export function isHtml(text, name) {
  if (name && HTML_EXT.test(name)) return true;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (STRONG_HTML.test(head)) return true;
  if (name && TEXT_EXT.test(name)) return false;
  const sample = text.slice(0, 200000);
  const tags = sample.match(HTML_TAG) || [];
  const closing = tags.filter((t) => t.startsWith('</')).length;
  return tags.length >= 4 && closing >= 2;
}

// ---- boilerplate lines in plain text ---------------------------------------------------------

const BULLET = /^(?:[\s\-–—•·*>»›|]|#+\s)*/;

// Whole lines (after bullets, before trailing ":", "…", "»" and the like) that are labels.
const LABEL_LINES = new RegExp('^(?:' + [
  '(?:artikel |beitrag |seite |jetzt |link )?teilen',
  'teilen (?:auf|via|per|bei) .{1,30}',
  '(?:artikel )?drucken', 'link kopieren', 'per e-?mail (?:versenden|teilen|senden)', 'e-?mail',
  'anzeige', '\\(anzeige\\)', 'werbung', 'sponsored', 'gesponsert', 'advertisement', 'promotion',
  'mehr zum thema', 'lesen sie (?:auch|mehr)', 'auch interessant', 'das könnte sie (?:auch )?interessieren',
  'weitere (?:artikel|nachrichten|themen|beiträge|meldungen|news)', 'verwandte (?:artikel|themen|beiträge)',
  'empfohlene artikel', 'ähnliche (?:artikel|beiträge)', 'mehr aus (?:dem ressort|der rubrik)', 'mehr news', 'meist ?gelesen', 'top-?themen',
  'zur startseite', 'zurück zur übersicht', 'nach oben', 'zum seitenanfang', 'mehr anzeigen', 'weiterlesen',
  'alle artikel', 'schreibe(?:n sie)? einen kommentar', 'kommentar (?:schreiben|abschicken|absenden)',
  'kommentieren', 'antworten', 'diskutieren sie mit', '\\d+ kommentare?', 'kommentare(?: \\(\\d+\\))?',
  'leave a (?:reply|comment)', 'newsletter(?: abonnieren)?', 'jetzt (?:kostenlos )?(?:anmelden|registrieren|abonnieren)',
  '(?:alle )?cookies akzeptieren', 'alle akzeptieren', 'akzeptieren und (?:weiter|schließen)', 'zustimmen und weiter',
  'cookie-?einstellungen', 'datenschutzeinstellungen', 'artikel (?:anhören|vorlesen lassen)', 'vorlesen',
  'zur bildergalerie', 'bild vergrößern', 'bildergalerie', 'video abspielen', 'read more', 'continue reading',
  'share(?: this)?(?: article)?', 'print', 'related articles?', 'more on this (?:topic|story)',
  '(?:name|e-?mail(?:-adresse)?|website|webseite|kommentar) ?\\*',
  'vollständige berichterstattung(?: anzeigen)?',
].join('|') + ')[\\s:.!…»›>)]*$', 'i');

// Lines that start like a notice; only short lines (see MAX_NOTICE) are flagged.
const NOTICE_STARTS = new RegExp('^(?:' + [
  'mehr zum thema\\s*:', 'lesen sie (?:auch|mehr)\\s*:', 'auch interessant\\s*:', 'weiterlesen (?:auf|bei|unter)\\b',
  '(?:besuchen|folgen) (?:sie|du) uns (?:auch )?(?:auf|bei|in|unter)\\b', 'folge(?:n sie)? uns (?:auf|bei|in)\\b', 'find(?:en sie|e) uns (?:auf|bei)\\b',
  'abonnieren sie (?:unseren|den|jetzt)\\b', 'melden sie sich (?:jetzt )?(?:für|zu)m? .{0,40}newsletter',
  'hier (?:kostenlos )?(?:den )?newsletter', 'unser newsletter\\b', 'newsletter\\s*:',
  'wir (?:verwenden|nutzen|setzen) cookies', 'diese (?:website|webseite|seite) (?:verwendet|nutzt|benutzt) cookies',
  'mit der nutzung (?:dieser|unserer) (?:website|webseite|seite)', 'this (?:website|site) uses cookies',
  'ihre e-?mail-?adresse wird nicht veröffentlicht', 'erforderliche felder sind mit',
  'meinen namen, meine e-?mail-?adresse', 'alle rechte vorbehalten', 'all rights reserved',
  'der beitrag .{1,200} erschien zuerst (?:auf|bei|in)\\b', 'the post .{1,200} appeared first on\\b',
  'dieser (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals) ',
  'zum (?:vollständigen|ganzen|kompletten) (?:artikel|beitrag)', 'den (?:ganzen|vollständigen|kompletten) (?:artikel|beitrag)',
  'hier geht(?:\'s|’s| es) zum (?:original|artikel|beitrag)', 'mit material (?:von|der|des)\\b',
  '(?:themen|schlagworte|schlagwörter|stichworte|tags)\\s*:',
  'dieser artikel enthält (?:affiliate|werbe)', '\\*?\\s*affiliate-?link', 'sie haben bereits ein abo',
  'dieser (?:artikel|beitrag|inhalt) ist (?:nur )?für (?:abonnenten|abonnentinnen|abonnent)',
].join('|') + ')', 'i');

// Copyright and credit lines; only flagged up to MAX_CREDIT_WORDS words, so that a sentence glued
// to a credit ("© dpa Beim Umsatz profitierte …") stays.
const CREDIT_STARTS = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|quelle\s*:|(?:fotos?|bilder?|grafik|illustration|video)\s*:\s*\S)/i;
const MAX_CREDIT_WORDS = 12;

// Words of site navigation footers; a line made only of these (two or more, or one strong one).
const FOOTER_WORDS = new Set(['impressum', 'datenschutz', 'datenschutzerklärung', 'kontakt', 'agb', 'nutzungsbedingungen',
  'barrierefreiheit', 'cookie-einstellungen', 'cookies', 'mediadaten', 'jobs', 'karriere', 'über uns', 'abo', 'hilfe',
  'sitemap', 'rss', 'newsletter', 'presse', 'werben', 'werbung', 'faq', 'archiv', 'leserservice', 'redaktion',
  'privacy', 'terms', 'imprint', 'contact', 'facebook', 'twitter', 'x', 'instagram', 'whatsapp', 'telegram',
  'linkedin', 'xing', 'pinterest', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon', 'flipboard', 'pocket',
  'reddit', 'e-mail', 'email', 'drucken', 'teilen', 'messenger', 'podcast', 'podcasts', 'apps', 'kündigen',
  'verträge hier kündigen', 'abo kündigen', 'datenschutz-einstellungen', 'privatsphäre-einstellungen']);
const STRONG_FOOTER = new Set(['impressum', 'datenschutzerklärung', 'agb', 'nutzungsbedingungen', 'mediadaten', 'sitemap',
  'facebook', 'instagram', 'whatsapp', 'linkedin', 'xing', 'pinterest', 'youtube', 'tiktok', 'telegram', 'flipboard',
  'datenschutz-einstellungen', 'privatsphäre-einstellungen', 'cookie-einstellungen']);

// Headings after which a run of short headline-like lines is a list of related articles.
const LIST_HEADING = /^(?:mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|das könnte sie (?:auch )?interessieren|weitere (?:artikel|nachrichten|themen|beiträge|meldungen|news)|verwandte (?:artikel|themen|beiträge)|empfohlene artikel|ähnliche (?:artikel|beiträge)|mehr aus (?:dem ressort|der rubrik)|meist ?gelesen|top-?themen|related articles?)[\s:.…»›]*$/i;

const MAX_NOTICE = 200;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi;

function normalizeLine(line) {
  return line.replace(BULLET, '').replace(/\s+/g, ' ').trim();
}

function isFooterLine(s) {
  const parts = s.toLowerCase().split(/\s*[|·•\/,]\s*|\s+[–—-]\s+|\s{2,}/).filter(Boolean);
  if (parts.length === 0 || !parts.every((p) => FOOTER_WORDS.has(p))) return false;
  return parts.length >= 2 || STRONG_FOOTER.has(parts[0]);
}

function isLinkLine(s) {
  const urls = s.match(URL_RE);
  if (!urls) return false;
  const urlChars = urls.reduce((n, u) => n + u.length, 0);
  const chars = s.replace(/\s/g, '').length;
  return urlChars / chars >= 0.6;
}

function isHashtagLine(s) {
  const words = s.split(' ');
  return words.length >= 2 && words.filter((w) => /^#\p{L}/u.test(w)).length / words.length >= 0.8;
}

/** Whether one line (on its own) is boilerplate. */
function isBoilerplateLine(line) {
  const s = normalizeLine(line);
  if (s === '') return false;
  if (isLinkLine(s)) return true;
  if (s.length > MAX_NOTICE) return false;
  if (CREDIT_STARTS.test(s)) return s.split(' ').length <= MAX_CREDIT_WORDS;
  return LABEL_LINES.test(s) || NOTICE_STARTS.test(s) || isFooterLine(s) || isHashtagLine(s);
}

// A line that reads like a headline in a list of teasers: short, no final full stop.
function isHeadlineLike(s) {
  return s.length > 0 && s.length <= 120 && !/[.!?]["“”»«']?$/.test(s) && !/[.!?]\s/.test(s);
}

function splitLines(text) {
  const lines = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * Finds boilerplate lines in plain text: share and print labels, "Mehr zum Thema" and the
 * headline list under it, "Lesen Sie auch: …", comment-form prompts, "Besuchen Sie uns auf …",
 * cookie and newsletter notices, copyright and credit lines, site-footer link rows, lines that are
 * mostly URLs, feed-aggregator blurbs, "Anzeige". Conservative: a line longer than 200 characters
 * is only flagged when it is mostly URLs, and an article sentence is never flagged.
 * @param {string} text
 * @returns {{start: number, end: number}[]} UTF-16 offsets of whole lines (line break excluded),
 *   sorted, one entry per line.
 */
export function detectBoilerplate(text) {
  const lines = splitLines(text);
  const flagged = [];
  for (let i = 0; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (!isBoilerplateLine(line)) continue;
    flagged.push(lines[i]);
    if (!LIST_HEADING.test(normalizeLine(line))) continue;
    // The teaser headlines under a "related articles" heading, up to 8, blank lines allowed.
    let taken = 0;
    let j = i + 1;
    for (; j < lines.length && taken < 8; j++) {
      const s = normalizeLine(text.slice(lines[j].start, lines[j].end));
      if (s === '') continue;
      if (!isHeadlineLike(s) && !isBoilerplateLine(s)) break;
      flagged.push(lines[j]);
      taken++;
    }
    i = j - 1;
  }
  return flagged.map(({ start, end }) => ({ start, end }));
}

// ---- article extraction ---------------------------------------------------------------------

const DROP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG',
  'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SOURCE', 'MAP', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON',
  'INPUT', 'SELECT', 'TEXTAREA', 'LABEL', 'DIALOG', 'MENU', 'LINK', 'META', 'MATH']);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog',
  'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist', 'button']);
const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY']);

// Words in class or id that mark site furniture (compared with the parts of each class/id split
// at '-', '_' and camel case).
const JUNK_WORDS = new Set(['comment', 'comments', 'kommentar', 'kommentare', 'disqus', 'respond', 'reply',
  'cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'newsletter', 'share', 'sharing', 'shares', 'sharebar', 'social',
  'socials', 'related', 'verwandt', 'recommended', 'recommendation', 'recommendations', 'empfehlung', 'empfehlungen',
  'outbrain', 'taboola', 'plista', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'paywall', 'subscribe',
  'subscription', 'footer', 'sidebar', 'navigation', 'nav', 'navbar', 'menu', 'masthead', 'promo', 'advert',
  'advertisement', 'ad', 'ads', 'adslot', 'anzeige', 'werbung', 'banner', 'sponsored', 'tags', 'taglist', 'print',
  'skip', 'skiplink', 'toolbar', 'popup', 'modal', 'overlay', 'widget', 'credit', 'credits', 'copyright',
  'mehrzumthema', 'morelinks', 'teaserlist', 'relatedposts']);
// Beginnings of compound class words ("sharedaddy", "socialbar", "commentlist").
const JUNK_PREFIXES = ['share', 'social', 'comment', 'kommentar', 'cookie', 'consent', 'newsletter', 'related',
  'outbrain', 'taboola', 'breadcrumb', 'paywall', 'advert'];
// Classes that hide an element visually.
const HIDING_CLASSES = new Set(['hidden', 'visually-hidden', 'sr-only', 'screen-reader-text', 'invisible', 'd-none']);

// Headings that open a section of furniture (the section is removed).
const JUNK_HEADING = /^(?:mehr zum thema|lesen sie (?:auch|mehr)|auch interessant|das könnte sie (?:auch )?interessieren|weitere (?:artikel|nachrichten|themen|beiträge|meldungen|news)|verwandte (?:artikel|themen|beiträge)|empfohlene artikel|ähnliche (?:artikel|beiträge)|mehr aus .{1,40}|meist ?gelesen|top-?themen|\d+ kommentare?|kommentare(?: \(\d+\))?|schreibe(?:n sie)? einen kommentar|kommentar schreiben|diskutieren sie mit|(?:artikel )?teilen|newsletter|related articles?|comments?|leave a reply)[\s:.…»›]*$/i;

// Trailing photo credits in figure captions: "Foto: dpa", "Bild: …", "© …".
const CAPTION_CREDIT = /(?:^|\s+)(?:(?:foto|fotos|bild|bilder|grafik|quelle|illustration)\s*:|©|\(c\)|copyright\b).*$/i;

function collapse(s) {
  return s.replace(/[\u00ad\u200b\u2060\ufeff]/g, '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function textOf(el) {
  return collapse(el.textContent || '');
}

function linkDensity(el) {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += textOf(a).length;
  return links / total;
}

function classWords(el) {
  const raw = `${el.getAttribute('class') || ''} ${el.id || ''}`;
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s\-_]+/).filter(Boolean);
}

function isHidden(el) {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if ((el.getAttribute('class') || '').split(/\s+/).some((c) => HIDING_CLASSES.has(c.toLowerCase()))) return true;
  const style = (el.getAttribute('data-rn-style') || el.getAttribute('style') || '').toLowerCase().replace(/\s/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

// Containers that may hold the article and so are never dropped by class or role.
function holdsArticle(el) {
  if (['HTML', 'BODY', 'MAIN', 'ARTICLE'].includes(el.tagName)) return true;
  return el.querySelector('main, article, [itemprop="articleBody"], h1') !== null;
}

// Upper-case tag name; SVG and MathML elements report theirs in lower case.
const tagOf = (el) => el.tagName.toUpperCase();

/** Whether an element is furniture by its tag, role, hidden state or class/id words. */
function isJunk(el) {
  if (DROP_TAGS.has(tagOf(el))) return true;
  if (isHidden(el)) return true;
  if (holdsArticle(el)) return false;
  const role = (el.getAttribute('role') || '').toLowerCase();
  if (DROP_ROLES.has(role)) return true;
  return classWords(el).some((w) => JUNK_WORDS.has(w) || JUNK_PREFIXES.some((p) => w.startsWith(p)));
}

// Whether an element lies inside furniture (below `top`, which is not checked). Results are cached
// per element for the duration of one extraction.
function insideJunk(el, top, cache) {
  const chain = [];
  let verdict = false;
  for (let node = el; node && node !== top; node = node.parentElement) {
    if (cache.has(node)) { verdict = cache.get(node); break; }
    chain.push(node);
    if (isJunk(node)) { verdict = true; break; }
  }
  for (const node of chain) cache.set(node, verdict);
  return verdict;
}

// Paragraph text of an element, not counting link text or furniture: what readers read.
function paragraphText(el, cache = new Map()) {
  let n = 0;
  for (const p of el.querySelectorAll('p')) {
    if (insideJunk(p, el, cache)) continue;
    const len = textOf(p).length;
    if (len < 25) continue;
    n += len * (1 - linkDensity(p));
  }
  return n;
}

// Readability-style scoring: each paragraph gives points to its parent and (halved) its
// grandparent; the element with the best score, discounted by link density, wins.
function bestByScore(body, cache) {
  const scores = new Map();
  for (const p of body.querySelectorAll('p, pre, td, blockquote')) {
    if (insideJunk(p, body, cache)) continue;
    const text = textOf(p);
    if (text.length < 25) continue;
    const points = 1 + (text.match(/,/g) || []).length + Math.min(3, Math.floor(text.length / 100));
    let node = p.parentElement;
    for (let level = 0; node && level < 3; level++, node = node.parentElement) {
      scores.set(node, (scores.get(node) || 0) + points / (level + 1));
    }
  }
  let best = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const s = score * (1 - linkDensity(el));
    if (s > bestScore) { best = el; bestScore = s; }
  }
  return best;
}

/**
 * The element holding the article text: the articleBody, <article> or <main> with the most
 * paragraph text, if it holds at least 140 characters and 30 % of the page's paragraph text (so
 * that a teaser <article> in a sidebar does not win), else the best element by score.
 */
function findRoot(doc) {
  const body = doc.body || doc.documentElement;
  const cache = new Map();
  const total = paragraphText(body, cache);
  const pick = (els) => {
    let best = null;
    let bestText = 0;
    for (const el of els) {
      if (insideJunk(el, body, cache)) continue;
      const n = paragraphText(el, cache);
      if (n > bestText) { best = el; bestText = n; }
    }
    return bestText >= 140 && bestText >= 0.3 * total ? best : null;
  };
  return pick(doc.querySelectorAll('[itemprop="articleBody"]'))
    || pick(doc.querySelectorAll('article'))
    || pick(doc.querySelectorAll('main, [role="main"]'))
    || bestByScore(body, cache)
    || body;
}

// Removes furniture inside the article root (never the root itself). Class-based removal of a
// large element needs a high link density, so that a class like "js-share-enabled" on the body
// wrapper cannot remove the article.
function cleanRoot(root) {
  const rootLength = textOf(root).length || 1;
  const walk = (el) => {
    for (const child of [...el.children]) {
      if (shouldDrop(child, rootLength)) child.remove();
      else walk(child);
    }
  };
  walk(root);
  removeHeadedSections(root, rootLength);
  for (const list of [...root.querySelectorAll('ul, ol, div, section, table')]) {
    if (!list.isConnected || holdsArticle(list)) continue;
    const links = list.querySelectorAll('a').length;
    if (links >= 2 && linkDensity(list) > 0.6 && paragraphText(list) < 200) list.remove();
  }
  for (const cap of root.querySelectorAll('figcaption')) stripCredit(cap);
}

function shouldDrop(el, rootLength) {
  if (DROP_TAGS.has(tagOf(el)) || isHidden(el)) return true;
  if (el.tagName === 'HEADER' && el.querySelector('h1') === null && el.closest('article') === null) return true;
  if (!isJunk(el)) return false;
  return textOf(el).length < 0.5 * rootLength || linkDensity(el) > 0.5;
}

// Removes the sections opened by a heading such as "Mehr zum Thema" or "Kommentare": the
// heading's parent when the heading opens it and it is small, else the heading and the lists
// right after it.
function removeHeadedSections(root, rootLength) {
  for (const h of [...root.querySelectorAll('h2, h3, h4, h5, h6, p, strong, span, div, header')]) {
    if (!h.isConnected || h.children.length > 3) continue;
    const text = textOf(h);
    if (text.length > 60 || !JUNK_HEADING.test(text)) continue;
    const parent = h.parentElement;
    const opens = parent && parent.firstElementChild === h;
    if (opens && parent !== root && !holdsArticle(parent) && textOf(parent).length < 0.5 * rootLength) {
      parent.remove();
      continue;
    }
    let next = h.nextElementSibling;
    h.remove();
    while (next && (['UL', 'OL'].includes(next.tagName) || (linkDensity(next) > 0.5 && !/^H[1-6]$/.test(next.tagName)))) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
  }
}

function stripCredit(caption) {
  for (const el of [...caption.querySelectorAll('small, cite, span, em')]) {
    const byClass = /credit|copyright|source|quelle|autor|author/i.test(el.getAttribute('class') || '');
    if (byClass || textOf(el).search(CAPTION_CREDIT) === 0) el.remove();
  }
  // A credit left in the caption's last text node.
  const walker = caption.ownerDocument.createTreeWalker(caption, 4 /* NodeFilter.SHOW_TEXT */);
  let last = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim()) last = n;
  if (last) last.data = last.data.replace(CAPTION_CREDIT, '');
}

// Turns the cleaned root into paragraphs: every block element starts a new one, inline elements
// (links, emphasis) stay inline, <br> starts a new line within the paragraph.
function collectBlocks(root, quotes) {
  const blocks = [];
  let buffer = '';
  const flush = () => {
    const lines = buffer.split('\n').map(collapse).filter(Boolean);
    if (lines.length) blocks.push(lines.join('\n'));
    buffer = '';
  };
  const visit = (node) => {
    if (node.nodeType === 3) { buffer += node.data.replace(/[ \t\n\r\f]+/g, ' '); return; }
    if (node.nodeType !== 1) return;
    const tag = tagOf(node);
    if (tag === 'BR') { buffer += '\n'; return; }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'Q') buffer += quotes[0];
    for (const child of node.childNodes) visit(child);
    if (tag === 'Q') buffer += quotes[1];
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks;
}

// ---- title and date ---------------------------------------------------------------------------

function metaContent(doc, names) {
  for (const name of names) {
    for (const el of doc.querySelectorAll('meta')) {
      const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || '').toLowerCase();
      const content = collapse(el.getAttribute('content') || '');
      if (key === name && content) return content;
    }
  }
  return '';
}

// Removes a site-name suffix or prefix like " | tagesschau.de" or "SPIEGEL – ".
function stripSiteName(title, siteName) {
  const parts = title.split(/\s+[|–—:·-]\s+|\s+[|]\s*|\s*[|]\s+/);
  if (parts.length < 2) return title;
  const site = siteName.toLowerCase();
  const isSite = (p) => {
    const s = p.toLowerCase();
    return (site && s.length >= 3 && (s.includes(site) || site.includes(s))) || /\.(de|at|ch|com|net|org|eu|info)\b/.test(s)
      || /\b(?:online|news|nachrichten|zeitung|magazin)$/.test(s) && s.split(/\s+/).length <= 3;
  };
  const last = parts[parts.length - 1];
  if (isSite(last)) return title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—:·-]+$/, '');
  if (isSite(parts[0])) return title.slice(parts[0].length).replace(/^[\s|–—:·-]+/, '');
  return title;
}

function findTitle(doc, root) {
  const siteName = metaContent(doc, ['og:site_name', 'application-name']);
  const og = metaContent(doc, ['og:title', 'twitter:title']);
  if (og) return stripSiteName(og, siteName);
  const h1 = root.querySelector('h1') || doc.querySelector('h1');
  if (h1 && textOf(h1)) return textOf(h1);
  const title = doc.querySelector('title');
  return title ? stripSiteName(textOf(title), siteName) : '';
}

const MONTHS = {
  januar: 1, jänner: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, märz: 3, maerz: 3, march: 3, mär: 3,
  mar: 3, april: 4, apr: 4, mai: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

function ymd(y, m, d) {
  y = Number(y); m = Number(m); d = Number(d);
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1)) return '';
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return '';
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// The calendar date in Berlin of a UTC instant (German news dates are Berlin dates).
function berlinDate(ms) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(ms));
  const get = (type) => parts.find((p) => p.type === type).value;
  return ymd(get('year'), get('month'), get('day'));
}

/**
 * Normalizes a date as found in metadata to YYYY-MM-DD, or ''. A timestamp in UTC ("Z",
 * "+00:00") is converted to the Berlin date when `berlin` is set; any other offset is the
 * publisher's local time and its date is kept as written.
 */
export function normalizeDate(value, berlin = true) {
  const s = collapse(String(value || ''));
  let m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]00:?00|UTC|GMT)?)?/i);
  if (m) {
    const date = ymd(m[1], m[2], m[3]);
    if (date && m[4] !== undefined && m[7] && berlin) {
      return berlinDate(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0)));
    }
    return date;
  }
  if ((m = s.match(/^(\d{4})(\d{2})(\d{2})(?:\b|T)/))) return ymd(m[1], m[2], m[3]);
  if ((m = s.match(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/))) return ymd(m[3], m[2], m[1]);
  if ((m = s.match(/\b(\d{1,2})\.?\s+([A-Za-zÄäÖöÜü]+)\.?\s+(\d{4})\b/)) && MONTHS[m[2].toLowerCase()]) {
    return ymd(m[3], MONTHS[m[2].toLowerCase()], m[1]);
  }
  if ((m = s.match(/\b([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/)) && MONTHS[m[1].toLowerCase()]) {
    return ymd(m[3], MONTHS[m[1].toLowerCase()], m[2]);
  }
  return '';
}

// datePublished from JSON-LD, preferring article types; walks arrays and @graph.
function jsonLdDate(doc) {
  const found = [];
  const walk = (node, depth) => {
    if (!node || typeof node !== 'object' || depth > 8) return;
    if (Array.isArray(node)) { for (const x of node) walk(x, depth + 1); return; }
    if (typeof node.datePublished === 'string') {
      const types = [].concat(node['@type'] || []).join(' ');
      found.push({ value: node.datePublished, article: /Article|Posting|Report|Blog/i.test(types) });
    }
    for (const key of Object.keys(node)) if (node[key] && typeof node[key] === 'object') walk(node[key], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent || ''), 0);
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  const best = found.find((f) => f.article) || found[0];
  return best ? best.value : '';
}

function findDate(doc, root, berlin) {
  const candidates = [
    () => metaContent(doc, ['article:published_time', 'og:article:published_time', 'og:published_time']),
    () => jsonLdDate(doc),
    () => {
      const el = doc.querySelector('[itemprop="datePublished"]');
      return el ? el.getAttribute('content') || el.getAttribute('datetime') || el.textContent : '';
    },
    () => metaContent(doc, ['date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'pubdate',
      'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'article.published', 'datepublished']),
    () => {
      const el = doc.querySelector('time[pubdate][datetime]') || root.querySelector('time[datetime]')
        || doc.querySelector('time[datetime]');
      return el ? el.getAttribute('datetime') : '';
    },
  ];
  for (const get of candidates) {
    const date = normalizeDate(get(), berlin);
    if (date) return date;
  }
  return '';
}

// ---- extractArticle -------------------------------------------------------------------------

// Chromium checks the page's Content-Security-Policy while parsing, even for an inert DOMParser
// document: every inline event handler and inline style of the parsed page is blocked (nothing
// would run anyway) and logged as a console error. To keep the console clean, event-handler and
// style attributes are renamed (onerror → data-rn-onerror, style → data-rn-style) and <style>
// elements removed from the markup before it is parsed. This is hygiene, not the safety barrier:
// the parsed document is never attached to the page, and the CSP blocks whatever slips through.
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi;
const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

// Scans one start tag from `i` (just after "<name"); returns [rewritten attributes, end index].
function defuseTag(html, i) {
  let out = '';
  while (i < html.length && html[i] !== '>') {
    const c = html[i];
    if (isSpace(c) || c === '/') { out += c; i++; continue; }
    let k = i;
    while (k < html.length && !isSpace(html[k]) && !'/>='.includes(html[k])) k++;
    if (k === i) k++; // a stray "=": keep it as part of the name, as the HTML tokenizer does
    const name = html.slice(i, k);
    out += /^(?:on|style$)/i.test(name) ? `data-rn-${name}` : name;
    i = k;
    let m = i;
    while (m < html.length && isSpace(html[m])) m++;
    if (html[m] !== '=') continue;
    m++;
    while (m < html.length && isSpace(html[m])) m++;
    let end = m;
    if (html[m] === '"' || html[m] === "'") {
      end = html.indexOf(html[m], m + 1);
      end = end < 0 ? html.length : end + 1;
    } else {
      while (end < html.length && !isSpace(html[end]) && html[end] !== '>') end++;
    }
    out += html.slice(i, end);
    i = end;
  }
  return [out, i];
}

/** Renames event-handler and style attributes and drops <style> elements (see above). */
function defuse(html) {
  const src = html.replace(STYLE_ELEMENT, '');
  let out = '';
  let i = 0;
  for (let lt = src.indexOf('<'); lt >= 0; lt = src.indexOf('<', i)) {
    if (!isLetter(src[lt + 1] || '')) {
      out += src.slice(i, lt + 1);
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < src.length && !isSpace(src[j]) && src[j] !== '/' && src[j] !== '>') j++;
    const [attrs, end] = defuseTag(src, j);
    out += src.slice(i, j) + attrs;
    i = end;
  }
  return out + src.slice(i);
}

function sameText(a, b) {
  const norm = (s) => collapse(s).toLowerCase().replace(/[„“”"'’‚‘«»]/g, '');
  return norm(a) === norm(b);
}

/**
 * Extracts a news article from an HTML page. The page is parsed with DOMParser into an inert
 * document, which is read and pruned but never attached to the page.
 * @param {string} html
 * @returns {{title: string, date: string, text: string, source: string, boilerplate: {start: number, end: number}[]}}
 *   title: og:title, else the first <h1>, else <title> (site name removed); date: publication date
 *   as YYYY-MM-DD, or '' when none is found; text: the main text, one paragraph per heading or
 *   paragraph, separated by blank lines (the headline is not repeated when it equals the title);
 *   boilerplate: detectBoilerplate(text), the lines of furniture left inside the article body.
 */
export function extractArticle(html) {
  const doc = new DOMParser().parseFromString(defuse(String(html)), 'text/html');
  const lang = (doc.documentElement.getAttribute('lang') || '').toLowerCase();
  const german = lang === '' || lang.startsWith('de');
  const root = findRoot(doc);
  const title = findTitle(doc, root);
  const date = findDate(doc, root, german);
  cleanRoot(root);
  const quotes = german ? ['„', '“'] : ['“', '”'];
  const blocks = collectBlocks(root, quotes);
  const headline = blocks.slice(0, 3).findIndex((b) => sameText(b, title));
  if (title && headline >= 0) blocks.splice(headline, 1);
  const text = blocks.join('\n\n');
  const source = metaContent(doc, ['og:site_name', 'application-name']) || jsonLdPublisher(doc);
  return { title, date, text, source, boilerplate: detectBoilerplate(text) };
}

// The publisher's name from JSON-LD (`publisher.name`), or ''.
function jsonLdPublisher(doc) {
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(el.textContent);
      for (const item of Array.isArray(data) ? data : [data]) {
        const name = item && item.publisher && item.publisher.name;
        if (typeof name === 'string' && name.trim()) return name.trim();
      }
    } catch {
      // not JSON: ignore
    }
  }
  return '';
}
