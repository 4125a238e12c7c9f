// Tests of www/extract.js, the page's input side.
//
// decodeBytes, isHtml, detectBoilerplate and normalizeDate are plain functions: tested here in
// Node. extractArticle needs the browser's DOMParser: tested in Debian's headless Chromium (driven
// by playwright-core) on the built page (target/site, made by scripts/build-page.sh), importing
// extract.js from the page itself, on the hand-written news pages in tests/e2e/fixtures/.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes, isHtml, detectBoilerplate, normalizeDate, MAX_FILE_BYTES } from '../../www/extract.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SITE = path.join(ROOT, 'target/site');
const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const enc = new TextEncoder();
const bytes = (...parts) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));

// ---- decodeBytes ---------------------------------------------------------------------------

describe('decodeBytes', () => {
  const SENTENCE = '„Das gilt für alle Bürger“, sagte Müller – 5 € pro Kopf.';

  test('UTF-8 without and with BOM (the BOM is removed)', () => {
    assert.deepEqual(decodeBytes('a.txt', enc.encode(SENTENCE).buffer), { text: SENTENCE, encoding: 'utf-8' });
    assert.deepEqual(decodeBytes('a.txt', bytes([0xef, 0xbb, 0xbf], SENTENCE)), { text: SENTENCE, encoding: 'utf-8' });
    // With a BOM the file says it is UTF-8: a stray Latin-1 byte becomes U+FFFD instead of a refusal.
    const stray = decodeBytes('bom.txt', bytes([0xef, 0xbb, 0xbf], SENTENCE.repeat(3), [0xfc], SENTENCE.repeat(3)));
    assert.deepEqual(stray, { text: `${SENTENCE.repeat(3)}\ufffd${SENTENCE.repeat(3)}`, encoding: 'utf-8' });
  });

  test('UTF-16 LE and BE with BOM, and UTF-16 LE without BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    assert.deepEqual(decodeBytes('le.txt', le), { text: SENTENCE, encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.from(SENTENCE, 'utf16le')).swap16();
    assert.deepEqual(decodeBytes('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text: SENTENCE, encoding: 'utf-16be' });
    assert.deepEqual(decodeBytes('nobom.txt', Buffer.from(SENTENCE, 'utf16le')), { text: SENTENCE, encoding: 'utf-16le' });
  });

  test('Windows-1252 (typographic quotes, euro sign) and ISO-8859-1', () => {
    // „ = 0x84, “ = 0x93, – = 0x96, € = 0x80 in Windows-1252.
    const cp1252 = bytes([0x84], 'Das gilt f', [0xfc], 'r alle B', [0xfc], 'rger', [0x93], ', sagte M', [0xfc],
      'ller ', [0x96], ' 5 ', [0x80], ' pro Kopf.');
    assert.deepEqual(decodeBytes('alt.txt', cp1252), { text: SENTENCE, encoding: 'windows-1252' });
    const latin1 = Buffer.from('Straße, Größe, Übermaß: ½ Preis, © 1998', 'latin1');
    assert.deepEqual(decodeBytes('latin1.txt', latin1), { text: 'Straße, Größe, Übermaß: ½ Preis, © 1998', encoding: 'windows-1252' });
  });

  test('UTF-8 with one broken sequence stays UTF-8 (U+FFFD there), not Windows-1252 mojibake', () => {
    const text = `${SENTENCE} Grüße aus Köln, Düsseldorf und Münster. `.repeat(4);
    const truncated = enc.encode(`${text}Schluss mit Ä`).subarray(0, -1); // last character cut in half
    assert.deepEqual(decodeBytes('kaputt.txt', truncated), { text: `${text}Schluss mit \ufffd`, encoding: 'utf-8' });
  });

  test('an empty file is empty text', () => {
    assert.deepEqual(decodeBytes('leer.txt', new ArrayBuffer(0)), { text: '', encoding: 'utf-8' });
  });

  test('known binary formats are refused by name and kind', () => {
    const cases = [
      ['bild.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 'PNG-Bild'],
      ['foto.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46], 'JPEG-Bild'],
      ['anim.gif', [...enc.encode('GIF89a'), 1, 0, 1, 0], 'GIF-Bild'],
      ['bild.webp', [...enc.encode('RIFF'), 0x24, 0, 0, 0, ...enc.encode('WEBPVP8 ')], 'WebP-Bild'],
      ['bericht.pdf', [...enc.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')], 'PDF-Dokument'],
      ['brief.docx', [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], 'ZIP-Archiv oder Office-Dokument'],
      ['daten.gz', [0x1f, 0x8b, 8, 0, 0, 0, 0, 0], 'gzip-Archiv'],
      ['programm', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 'ausführbares Programm (ELF)'],
      ['alt.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'altes Office-Dokument (.doc/.xls)'],
    ];
    for (const [name, data, kind] of cases) {
      assert.deepEqual(decodeBytes(name, Uint8Array.from(data)),
        { error: `„${name}“ ist keine Textdatei (${kind}) und wurde nicht geladen.` }, name);
    }
  });

  test('NUL bytes, control bytes and undecodable bytes are refused', () => {
    assert.match(decodeBytes('x.bin', bytes('Hallo Welt, das ist Text', [0], ' und dann NUL')).error, /^„x\.bin“ ist keine Textdatei \(Binärdaten\)/);
    const controls = bytes(...Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? [1, 2, 3] : 'Wort ')));
    assert.match(decodeBytes('steuer.dat', controls).error, /„steuer\.dat“ ist keine Textdatei/);
    // Random high bytes: not UTF-8, and as Windows-1252 nearly all non-ASCII.
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => { seed = (seed * 1103515245 + 12345) % 2147483648; return 0x80 + (seed >> 16) % 128; });
    assert.match(decodeBytes('rauschen.txt', noise).error, /„rauschen\.txt“ ist keine Textdatei \(Zeichenkodierung nicht erkannt\)/);
  });

  test('a file above 32 MB is refused with its size', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    assert.deepEqual(decodeBytes('riesig.txt', big), { error: '„riesig.txt“ ist zu groß (32,0 MB, höchstens 32 MB) und wurde nicht geladen.' });
    assert.equal(decodeBytes('genau.txt', big.subarray(0, MAX_FILE_BYTES)).encoding, 'utf-8');
  });

  test('text that merely starts like a magic number is still text', () => {
    assert.deepEqual(decodeBytes('bmw.txt', enc.encode('BMW meldet Rekordabsatz im dritten Quartal.')),
      { text: 'BMW meldet Rekordabsatz im dritten Quartal.', encoding: 'utf-8' });
    assert.equal(decodeBytes('id3.txt', enc.encode('ID3-Tags sind Metadaten in MP3-Dateien.')).encoding, 'utf-8');
  });
});

// ---- isHtml ---------------------------------------------------------------------------------

describe('isHtml', () => {
  test('by extension', () => {
    assert.equal(isHtml('nur Text', 'seite.html'), true);
    assert.equal(isHtml('nur Text', 'SEITE.HTM'), true);
    assert.equal(isHtml('nur Text', 'artikel.txt'), false);
  });

  test('by content', () => {
    assert.equal(isHtml('\n  <!DOCTYPE html><html><body><p>x</p></body></html>'), true);
    assert.equal(isHtml('<!-- gespeichert -->\n<html lang="de"><p>x', 'artikel.txt'), true);
    assert.equal(isHtml('<meta charset="utf-8"><span>Aus der Zwischenablage</span>'), true); // Chromium's text/html
    assert.equal(isHtml('<div class="a"><p>Erster Absatz.</p><p>Zweiter <a href="/x">Link</a>.</p></div>'), true);
    assert.equal(isHtml('<p>Absatz</p>\n<p>Noch einer</p>', 'notiz.md'), false);
  });

  test('plain articles with angle brackets are not HTML', () => {
    assert.equal(isHtml('Die Inflation lag bei <2 Prozent, die Arbeitslosigkeit > 5 Prozent.'), false);
    assert.equal(isHtml('Er schrieb <b> in eine Mail. Sonst nichts.'), false);
    assert.equal(isHtml(''), false);
  });
});

// ---- detectBoilerplate ----------------------------------------------------------------------

const flaggedLines = (text) => detectBoilerplate(text).map(({ start, end }) => text.slice(start, end));

describe('detectBoilerplate', () => {
  test('offsets are whole lines in UTF-16 code units, line breaks excluded', () => {
    const text = 'Ein Satz mit Emoji 🌍.\r\nTeilen\r\nNoch ein Satz.\n© 2024 Beispiel-Verlag';
    assert.deepEqual(detectBoilerplate(text), [
      { start: 24, end: 30 },
      { start: 47, end: text.length },
    ]);
    assert.equal(text.slice(24, 30), 'Teilen');
  });

  test('typical furniture lines are flagged', () => {
    const lines = [
      'Teilen', 'Artikel teilen', 'Drucken', 'Link kopieren', 'Anzeige', 'Werbung',
      'Mehr zum Thema', 'Mehr zum Thema: Klimagipfel in Baku', 'Lesen Sie auch: Wie sicher sind unsere Brücken?',
      'Schreibe einen Kommentar', 'Kommentare (12)', 'Besuchen Sie uns auf Facebook und Instagram!',
      'Folgen Sie uns auf X', 'Abonnieren Sie unseren Newsletter!', 'Newsletter abonnieren',
      'Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.',
      'Diese Website verwendet Cookies.', 'Alle akzeptieren',
      '© 2024 Der Rundblick Verlag GmbH', 'Copyright © 2024 Sachsen Nachrichten', 'Alle Rechte vorbehalten.',
      'Impressum | Datenschutz | Kontakt', 'Impressum', 'Facebook · X · WhatsApp · E-Mail',
      'https://example.org/artikel/1 https://example.org/artikel/2',
      '- https://www.tagesschau.de/inland/klimagipfel-100.html',
      'Der Beitrag Stadtrat beschließt Radwegekonzept erschien zuerst auf Kiezblog Lindenau.',
      'The post Budget talks collapse appeared first on Daily Example.',
      'Dieser Artikel erschien zuerst auf zeit.de.', 'Zum vollständigen Artikel',
      'Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
      'Name *', 'Foto: picture alliance/dpa | Kay Nietfeld', 'Quelle: dpa', 'Mit Material von dpa und AFP',
      'Themen: Klima, Baku, Weltklimakonferenz', '#Klimagipfel #COP29 #Baku',
    ];
    for (const line of lines) assert.deepEqual(flaggedLines(line), [line], line);
  });

  test('the headline list under "Mehr zum Thema" is flagged, the article after it is not', () => {
    const text = 'Die Konferenz endet am Freitag.\n\nMehr zum Thema\n\nWas das 1,5-Grad-Ziel bedeutet\n'
      + 'Baerbock in Baku: Die Bilanz einer Reise\n\nDie Delegierten reisen am Samstag ab, sagte ein Sprecher.';
    assert.deepEqual(flaggedLines(text), ['Mehr zum Thema', 'Was das 1,5-Grad-Ziel bedeutet', 'Baerbock in Baku: Die Bilanz einer Reise']);
  });

  test('article sentences are never flagged, even with furniture words in them', () => {
    const sentences = [
      'Die Konferenz endet am Freitag.',
      'Teilen Sie diese Einschätzung, fragte der Moderator.',
      'Anzeige gegen Unbekannt wurde erstattet, teilte die Polizei mit.',
      'Die EU verlangt, dass Nutzer Cookies akzeptieren oder ablehnen können.',
      'Wir verwenden keine Tricks, sagte die Ministerin.',
      'Mehr zum Thema Klimaschutz wollte der Minister nicht sagen.',
      'Lesen Sie auch die Stellungnahme der Opposition, forderte er.',
      'Der Kommentar des Chefredakteurs löste eine Debatte aus.',
      'Copyright-Verletzungen nehmen zu, warnt der Verband.',
      'Die Quelle der Informationen blieb unklar.',
      'Facebook, Instagram und WhatsApp waren am Abend stundenlang nicht erreichbar.',
      'Impressum und Datenschutzerklärung fehlten auf der Website des Händlers, befand das Gericht.',
      'Die Seite https://bund.de war überlastet, viele Nutzer kamen nicht durch, berichteten Medien.',
      'Kontakt',
      'Weltklimakonferenz',
      'Kritik von Umweltverbänden',
      'Stand: 17.09.2024 06:30 Uhr',
      '„Das ist ein Ergebnis, mit dem niemand zufrieden sein kann“, sagte die Sprecherin.',
      'Besuch aus Berlin: Der Kanzler kommt nach Dresden.',
      'Neubrandenburg. Lena Hoffmann ist am 29. Februar 2000 geboren.',
    ];
    const text = sentences.join('\n');
    assert.deepEqual(flaggedLines(text), []);
    const golden = path.join(ROOT, 'tests/golden/articles');
    for (const file of fs.existsSync(golden) ? fs.readdirSync(golden).filter((f) => f.endsWith('.txt')) : []) {
      assert.deepEqual(flaggedLines(fs.readFileSync(path.join(golden, file), 'utf8')), [], file);
    }
  });
});

// GermEval 2014 (CC BY 4.0, read from ../shared/data when present, never copied): 24,000 German
// news and Wikipedia sentences, one per line. Almost none may be flagged.
const GERMEVAL = path.join(ROOT, '../shared/data/germeval2014/NER-de-train.tsv');

test('detectBoilerplate flags almost none of 24,000 GermEval sentences', { skip: !fs.existsSync(GERMEVAL) && 'GermEval data not present' }, () => {
  const sentences = [];
  let words = [];
  for (const line of fs.readFileSync(GERMEVAL, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() !== '') { words.push(line.split('\t')[1]); continue; }
    if (words.length) sentences.push(words.join(' ').replace(/ ([,.;:!?)])/g, '$1'));
    words = [];
  }
  const text = sentences.join('\n');
  const flagged = flaggedLines(text);
  assert.ok(sentences.length > 20000);
  // What is flagged is furniture that the corpus kept: "Auch interessant: …", "Foto: … Leserfoto der Woche".
  assert.ok(flagged.length <= 5, flagged.join('\n'));
});

describe('normalizeDate', () => {
  test('metadata formats become YYYY-MM-DD', () => {
    assert.equal(normalizeDate('2024-11-06T14:32:00+01:00'), '2024-11-06');
    assert.equal(normalizeDate('2024-11-06T23:30:00+01:00'), '2024-11-06');
    assert.equal(normalizeDate('2024-11-06T23:30:00Z'), '2024-11-07'); // UTC → Berlin date
    assert.equal(normalizeDate('2024-11-06T23:30:00Z', false), '2024-11-06');
    assert.equal(normalizeDate('2024-11-06'), '2024-11-06');
    assert.equal(normalizeDate('20241106'), '2024-11-06');
    assert.equal(normalizeDate('06.11.2024, 14:32 Uhr'), '2024-11-06');
    assert.equal(normalizeDate('6. November 2024'), '2024-11-06');
    assert.equal(normalizeDate('November 6, 2024'), '2024-11-06');
    assert.equal(normalizeDate('2024-02-30'), '');
    assert.equal(normalizeDate('gestern'), '');
  });
});

// ---- extractArticle in Chromium -------------------------------------------------------------

const built = fs.existsSync(path.join(SITE, 'extract.js')) && fs.existsSync(path.join(SITE, 'pkg/randnotiz_bg.wasm'));

if (!built) {
  test('extractArticle in Chromium', () => {
    assert.fail('the page is not built (target/site/extract.js is missing): run `bash scripts/build-page.sh` first');
  });
}

describe('extractArticle in Chromium', { skip: !built }, () => {
  let browser;
  let server;
  let url;
  let context;
  let page;
  const requests = [];
  const errors = [];

  before(async () => {
    const { chromium } = await import('playwright-core');
    const { serve } = await import('../../scripts/serve.mjs');
    ({ server, url } = await serve(SITE, 0));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    context = await browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
    page.on('request', (r) => requests.push(r.url()));
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  const extract = (html) => page.evaluate(async (h) => (await import('./extract.js')).extractArticle(h), html);
  const fixture = (name) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  const flagged = (r) => r.boilerplate.map(({ start, end }) => r.text.slice(start, end));

  function assertHas(text, parts) {
    for (const p of parts) assert.ok(text.includes(p), `missing: ${p}\n---\n${text}`);
  }
  function assertLacks(text, parts) {
    for (const p of parts) assert.ok(!text.includes(p), `should be gone: ${p}\n---\n${text}`);
  }

  test('the page loads with extract.js and without errors', async () => {
    assert.equal(await page.evaluate(async () => typeof (await import('./extract.js')).extractArticle), 'function');
    assert.deepEqual(errors, []);
  });

  test('klimagipfel.html: <article>, og:title with site name, article:published_time', async () => {
    const r = await extract(fixture('klimagipfel.html'));
    assert.equal(r.title, 'Klimagipfel in Baku: Einigung in letzter Minute');
    assert.equal(r.date, '2024-11-23');
    assert.equal(r.source, 'Der Rundblick', 'the outlet from og:site_name');
    assertHas(r.text, [
      'Nach einer durchwachten Nacht haben sich die knapp 200 Staaten auf der Weltklimakonferenz auf ein neues Finanzziel geeinigt. Die Industrieländer sollen ab 2035 jährlich mindestens 300 Milliarden Dollar bereitstellen.',
      '\n\nKritik von Umweltverbänden\n\n',
      'Bundesaußenministerin Annalena Baerbock sprach dagegen von einem wichtigen ersten Schritt, dem weitere folgen müssten.',
      'Die nächste Weltklimakonferenz findet im November 2025 im brasilianischen Belém statt.',
      'Delegierte im Plenarsaal der Konferenz in Baku.',
    ]);
    assert.ok(r.text.endsWith('Die nächste Weltklimakonferenz findet im November 2025 im brasilianischen Belém statt.'), r.text);
    assertLacks(r.text, ['Wir verwenden Cookies', 'Alle akzeptieren', 'Politik', 'Facebook', 'WhatsApp', 'Link kopieren',
      'Mehr zum Thema', '1,5-Grad-Ziel', 'Kommentar', 'heiße Luft', 'Meistgelesen', 'Bahnstreik', 'Impressum',
      '© 2024', 'Foto: Max Beispiel', 'window.__pwned', 'gehackt', 'Klimagipfel in Baku: Einigung']);
    assert.deepEqual(r.boilerplate, []);
  });

  test('hochwasser.html: div layout in <main>, meta name=date, JSON-LD @graph', async () => {
    const r = await extract(fixture('hochwasser.html'));
    assert.equal(r.title, 'Hochwasser an der Elbe: Pegel in Dresden steigt weiter');
    assert.equal(r.date, '2024-09-17');
    assertHas(r.text, [
      'Die Elbe in Dresden hat in der Nacht die Marke von sechs Metern überschritten. Die Stadt hat die Alarmstufe 3 ausgerufen.',
      'Normal sind an dieser Stelle knapp zwei Meter.',
      'Oberbürgermeister Dirk Hilbert rief die Anwohner in den betroffenen Stadtteilen auf, Keller zu räumen und Fahrzeuge in Sicherheit zu bringen.',
      '\n\nCarolabrücke bleibt gesperrt\n\n',
      'Ob das Hochwasser die Abrissarbeiten verzögert, ist noch unklar.',
    ]);
    assertLacks(r.text, ['Cookies', 'Verstanden', 'Startseite', 'Regional', 'Teilen', 'Drucken', 'Hochwasserschutz kaufen',
      'Das könnte Sie auch interessieren', 'Pegelstände live', 'Schreibe einen Kommentar', 'E-Mail-Adresse',
      'Impressum', 'Besuchen Sie uns', 'Copyright', 'Icon: Pfeil', 'window.__pwned']);
    // In-body furniture stays in the text but is flagged for dimming.
    assert.deepEqual(flagged(r), ['Lesen Sie auch: Wie sicher sind Deutschlands Brücken?']);
  });

  test('stadtrat-blog.html: WordPress markup without <article>/<main>, longer comments than the post', async () => {
    const r = await extract(fixture('stadtrat-blog.html'));
    assert.equal(r.title, 'Stadtrat beschließt neues Radwegekonzept');
    assert.equal(r.date, '2024-05-08'); // the BlogPosting's date, not the WebPage's
    assertHas(r.text, [
      'Der Stadtrat hat am Dienstagabend mit knapper Mehrheit ein neues Radwegekonzept für den Westen der Stadt beschlossen.',
      'Baubürgermeister Thomas Dienberg nannte das Konzept „überfällig“.',
      'Der Händlerverband kündigte an, die Pläne genau prüfen zu wollen.',
    ]);
    assertLacks(r.text, ['Zum Inhalt springen', 'Kiezblog Lindenau', 'Termine', 'Versteckter Text', 'Teilen mit',
      'Facebook', 'Ähnliche Beiträge', 'Josephstraße', 'Gedanken zu', 'lebensgefährlich', 'Schreibe einen Kommentar',
      'Neueste Beiträge', 'Sommerfest', 'Impressum', 'WordPress', 'Zustimmung', 'Cookies', 'Akzeptieren', 'window.__pwned']);
  });

  test('schaltjahr.html: itemprop=articleBody, JSON-LD array with a UTC time, captions without credits', async () => {
    const r = await extract(fixture('schaltjahr.html'));
    assert.equal(r.title, 'Nach vier Jahren endlich Geburtstag');
    assert.equal(r.date, '2024-03-01'); // 23:45 UTC on 29 February is 1 March in Berlin
    assertHas(r.text, [
      'Neubrandenburg. Lena Hoffmann ist am 29. Februar 2000 geboren',
      '\n\nLena Hoffmann mit ihrer Torte.\n\n',
      'In Deutschland haben nach Schätzungen rund 55.000 Menschen an einem 29. Februar Geburtstag.',
      'einen Kuchen für „das Geburtstagskind“ gebacken, sagt Hoffmann.',
    ]);
    assertLacks(r.text, ['Privatsphäre', 'Zustimmen', 'Drucken', 'Per E-Mail', 'Peter Schulze', 'Newsletter',
      'Postfach', 'Mehr zum Thema', 'Warum es Schaltjahre gibt', '©', 'Karneval', 'Buslinie', 'AGB', 'teilen',
      'WhatsApp', 'Diskutieren', 'Netiquette', 'window.__pwned']);
    assert.deepEqual(flagged(r), ['Anzeige']);
  });

  test('teaser-sidebar.html: a teaser <article> in the sidebar does not win over the unmarked story', async () => {
    const r = await extract(fixture('teaser-sidebar.html'));
    assert.equal(r.title, 'Bahnstreik: Was Pendler am Montag wissen müssen');
    assert.equal(r.date, '2024-01-07'); // JSON-LD without datePublished; from itemprop
    assertHas(r.text, [
      'Die Lokführergewerkschaft GDL hat ihre Mitglieder ab Montagfrüh zu einem dreitägigen Streik aufgerufen.',
      'Fahrkarten für betroffene Verbindungen behalten ihre Gültigkeit und können später genutzt werden.',
      'Streitpunkt ist vor allem die Forderung nach einer 35-Stunden-Woche bei vollem Lohnausgleich.',
    ]);
    assertLacks(r.text, ['Cookies', 'Akzeptieren', 'Startseite', 'Folgen Sie uns', 'Kommentar', 'Parkhaus',
      'Haushalt', 'Impressum', '©', 'window.__pwned']);
    assert.deepEqual(flagged(r), ['Weiterlesen auf mittelland-zeitung.de']);
  });

  test('titles lose the site name; dates come from every kind of metadata', async () => {
    const body = '<body><p>Ein Absatz, der lang genug ist, um als Artikeltext zu gelten, mit Komma, und noch etwas mehr Text.</p></body>';
    const cases = [
      ['<title>Streik bei der Bahn – tagesschau.de</title>', 'Streik bei der Bahn', ''],
      ['<meta property="og:site_name" content="DER SPIEGEL"><title>DER SPIEGEL | Streik bei der Bahn</title>', 'Streik bei der Bahn', ''],
      ['<title>Nahost: Waffenruhe hält - ZEIT ONLINE</title>', 'Nahost: Waffenruhe hält', ''],
      ['<title>Baku - Einigung in letzter Minute</title>', 'Baku - Einigung in letzter Minute', ''],
      ['<meta property="og:article:published_time" content="2023-10-01T08:00:00+02:00">', '', '2023-10-01'],
      ['<meta name="DC.date" content="2022-12-24">', '', '2022-12-24'],
      ['<meta name="date" content="24.12.2022">', '', '2022-12-24'],
      ['<script type="application/ld+json">{"@type":"NewsArticle","mainEntity":{"x":1},"datePublished":"2021-07-15"}</script>', '', '2021-07-15'],
    ];
    for (const [head, title, date] of cases) {
      const r = await extract(`<html lang="de"><head>${head}</head>${body}</html>`);
      assert.equal(r.title, title, head);
      assert.equal(r.date, date, head);
    }
    const timeOnly = await extract('<article><p>Berlin, <time datetime="2020-03-11T10:00">11. März</time>. Ein Absatz, der lang genug ist, um als Artikeltext zu gelten, mit Komma.</p></article>');
    assert.equal(timeOnly.date, '2020-03-11');
    const itemprop = await extract('<article><span itemprop="datePublished">5. Mai 2019</span><p>Ein Absatz, der lang genug ist, um als Artikeltext zu gelten, mit Komma, und mehr.</p></article>');
    assert.equal(itemprop.date, '2019-05-05');
  });

  test('empty and script-only input give empty results', async () => {
    const empty = { title: '', date: '', text: '', source: '', boilerplate: [] };
    assert.deepEqual(await extract(''), empty);
    assert.deepEqual(await extract('<script>window.__pwned = 1</script>'), empty);
    assert.deepEqual(await extract('Nur ein Satz ohne Auszeichnung.'), { ...empty, text: 'Nur ein Satz ohne Auszeichnung.' });
  });

  test('a fragment without any structure gives its paragraphs', async () => {
    const r = await extract('<p>Erster Absatz mit <b>fettem</b> und <a href="/x">verlinktem</a> Text.</p>\n<p>Zweiter\n   Absatz.</p>');
    assert.deepEqual(r, { title: '', date: '', text: 'Erster Absatz mit fettem und verlinktem Text.\n\nZweiter Absatz.', source: '', boilerplate: [] });
    // Chromium's clipboard text/html of a selection: the headline becomes the title, not a paragraph.
    const clip = await extract("<meta charset='utf-8'><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><h1 style=\"margin:0\">Streik legt Flughäfen lahm</h1>"
      + '<p style="line-height:1.4">Am Montag fallen in Frankfurt und München Hunderte Flüge aus.</p><p>Verdi rechnet mit <q>massiven Einschränkungen</q>.</p></b>');
    assert.deepEqual(clip, { title: 'Streik legt Flughäfen lahm', date: '',
      text: 'Am Montag fallen in Frankfurt und München Hunderte Flüge aus.\n\nVerdi rechnet mit „massiven Einschränkungen“.', source: '', boilerplate: [] });
  });

  test('hidden elements are dropped; attribute values survive the pre-parse rewriting', async () => {
    const r = await extract('<html><head><meta property="og:title" content="Streit um den Stil: style onload=1 > Partei">'
      + '<title>a</title></head><body><article><p style="display: none">Versteckt, soll fehlen.</p>'
      + '<p title="x > y" onclick="a()">Sichtbarer Absatz mit Attributen, die spitze Klammern enthalten, und noch mehr Text dazu, damit er zählt.</p>'
      + '<p hidden>Auch versteckt.</p><p aria-hidden="true">Ebenfalls versteckt.</p>'
      + '<p>Zweiter Absatz: 3 < 4 und 5 > 2, aber <3 ist kein Tag.</p></article></body></html>');
    assert.equal(r.title, 'Streit um den Stil: style onload=1 > Partei');
    assert.equal(r.text, 'Sichtbarer Absatz mit Attributen, die spitze Klammern enthalten, und noch mehr Text dazu, damit er zählt.'
      + '\n\nZweiter Absatz: 3 < 4 und 5 > 2, aber <3 ist kein Tag.');
  });

  test('hostile HTML runs nothing, loads nothing and sets no global', async () => {
    requests.length = 0;
    const hostile = '<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/">'
      + '<link rel="stylesheet" href="https://evil.example/x.css"><style>@import url(https://evil.example/y.css);</style>'
      + '<script>window.__pwned = 1</script></head><body onload="window.__pwned = 2">'
      + '<article><h1>Überschrift</h1><p>Ein ganz normaler Absatz mit genügend Text, damit er als Artikel zählt, und noch etwas mehr.</p>'
      + '<img src=x onerror="window.__pwned = 3"><img src="https://evil.example/pixel.gif">'
      + '<svg onload="window.__pwned = 4"><circle r="1"/></svg>'
      + '<iframe srcdoc="<script>parent.__pwned = 5</script>"></iframe><iframe src="https://evil.example/"></iframe>'
      + '<details open ontoggle="window.__pwned = 6"><summary>Mehr</summary></details>'
      + '<video><source onerror="window.__pwned = 7"></video><object data="javascript:window.__pwned = 8"></object>'
      + '<p><a href="javascript:window.__pwned = 9">Link</a> und <b onmouseover="window.__pwned = 10">fett</b> &lt;script&gt;</p>'
      + '</article></body></html>';
    const r = await extract(hostile);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.evaluate(() => document.querySelector('#article').childNodes.length), 0, 'nothing reached the page');
    assert.equal(r.title, 'Überschrift');
    assert.ok(r.text.includes('Link und fett <script>'), r.text);
    assert.deepEqual(requests, [], 'extraction made no request');
    assert.deepEqual(errors, []);
  });
});
