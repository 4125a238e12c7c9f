// End-to-end tests of the built page (target/site) in Debian's headless Chromium, driven by
// playwright-core. Run by scripts/test.sh after the page is built; `node --test tests/e2e/`.
//
// Every test records all requests and fails on any that leaves the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SITE = path.join(ROOT, 'target/site');
const SHOTS = path.join(ROOT, 'target/e2e');
const ARTICLE = fs.readFileSync(path.join(ROOT, 'tests/golden/articles/klimagipfel.txt'), 'utf8');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let browser;
let server;
let url;

before(async () => {
  assert.ok(fs.existsSync(path.join(SITE, 'pkg/randnotiz_bg.wasm')), 'the page is built (scripts/build-page.sh)');
  fs.mkdirSync(SHOTS, { recursive: true });
  ({ server, url } = await serve(SITE, 0));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// Opens the page; returns { page, foreign, errors } where `foreign` collects requests to other
// origins and `errors` uncaught page errors and console errors.
async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreign = [];
  const errors = [];
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  return { page, context, foreign, errors };
}

async function pasteText(page, text) {
  await page.locator('#input').fill(text);
  await page.locator('#annotate').click();
}

async function dropFiles(page, files) {
  // A real drop event with a DataTransfer holding File objects, dispatched on the drop zone.
  const dt = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, files.map((f) => ({ name: f.name, type: f.type || 'text/plain', bytes: [...f.bytes] })));
  await page.dispatchEvent('#dropzone', 'drop', { dataTransfer: dt });
}

test('a pasted German article is annotated, types toggle, tooltips show', async () => {
  const { page, context, foreign, errors } = await openPage();
  await page.locator('#date').fill('2024-11-06');
  await pasteText(page, ARTICLE);
  const claim = page.locator('#article mark.m-claim', { hasText: 'Wir dürfen keine Zeit mehr verlieren' });
  await claim.waitFor();
  const claimTexts = await page.locator('#article mark.m-claim[tabindex]').allTextContents();
  assert.ok(claimTexts.includes('Europa hat geliefert. Jetzt müssen die anderen großen Emittenten nachziehen'), claimTexts.join(' | '));
  assert.ok(!claimTexts.includes('Klimapakt'), 'a quoted term is not marked as a claim');
  // The article text is shown completely and unchanged, emoji included.
  assert.equal(await page.locator('#article').textContent(), ARTICLE);

  // Legend: toggle claims off and on again.
  const legendButton = page.locator('#legend button[data-kind="claim"]');
  assert.match(await legendButton.textContent(), /Aussagen\s+\d+/);
  const background = () => claim.evaluate((el) => getComputedStyle(el).backgroundColor);
  const visible = await background();
  await legendButton.click();
  assert.equal(await legendButton.getAttribute('aria-pressed'), 'false');
  assert.equal(await background(), 'rgba(0, 0, 0, 0)');
  await legendButton.click();
  assert.equal(await legendButton.getAttribute('aria-pressed'), 'true');
  assert.equal(await background(), visible);

  // Tooltip on hover and on keyboard focus.
  await claim.hover();
  const tooltip = page.locator('#tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), /direkte Rede/);
  await page.mouse.move(0, 0);
  const person = page.locator('#article mark.m-entity[tabindex]', { hasText: 'Olaf Scholz' });
  await person.focus();
  await tooltip.waitFor({ state: 'visible' });
  assert.equal(await tooltip.textContent(), 'Name · Person (PER)');

  // The article date set before pasting is the anchor of the new document.
  assert.match(await page.locator('#anchor').textContent(), /Bezugsdatum 2024-11-06/);

  // Entities from the model are marked and listed in the panel, grouped by type.
  assert.equal(await person.getAttribute('data-label'), 'PER');
  const panel = await page.locator('#panel-entities').textContent();
  assert.match(panel, /Personen \(\d+\)/);
  assert.match(panel, /Ursula von der Leyen/);
  assert.match(panel, /Orte \(\d+\)Berlin2×/);

  // Overlapping spans nest: the date and the quantity inside the according-to claim.
  const laut = page.locator('#article mark.m-claim[data-label="according_to"]', { hasText: 'sanken die Emissionen' });
  assert.equal(await laut.locator('mark.m-date', { hasText: 'Vorjahr' }).count(), 1);
  assert.equal(await laut.locator('mark.m-quantity', { hasText: '10 Prozent' }).count(), 1);

  // A claim's cue and speaker are linked to it: hovering the claim highlights both.
  await claim.hover();
  assert.deepEqual(await page.locator('#article .m-part.linked').allTextContents(), ['sagte', 'Scholz']);
  await page.screenshot({ path: path.join(SHOTS, 'annotated.png'), fullPage: true });
  assert.deepEqual(foreign, [], 'no request leaves the origin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dropped .txt files become documents; a binary file is refused by name', async () => {
  const { page, context, foreign, errors } = await openPage();
  const utf8 = fs.readFileSync(path.join(ROOT, 'tests/golden/articles/hochwasser.txt'));
  const latin1 = Buffer.from('"Das gilt für alle Bürger", sagte Müller.', 'latin1'); // ü as one byte: not UTF-8
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const html = fs.readFileSync(path.join(ROOT, 'tests/e2e/fixtures/hochwasser.html'));
  await dropFiles(page, [
    { name: 'hochwasser.txt', bytes: utf8 },
    { name: 'bild.png', type: 'image/png', bytes: png },
    { name: 'seite.html', type: 'text/html', bytes: html },
    { name: 'alt.txt', bytes: latin1 },
  ]);
  await page.locator('#docs button.doc', { hasText: 'alt.txt' }).waitFor();
  const names = await page.locator('#docs button.doc').allTextContents();
  assert.equal(names.length, 3, names.join(' | '));
  assert.equal(names[0], 'hochwasser.txt');
  assert.notEqual(names[1], 'seite.html', 'an HTML page is named by its title');
  assert.equal(names[2], 'alt.txt');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'scripts in a dropped page never run');
  assert.match(await page.locator('#messages').textContent(), /bild\.png.*keine Textdatei/);
  // The last file is shown once it is annotated; its Windows-1252 bytes are decoded.
  await page.locator('#article', { hasText: 'Müller' }).waitFor();

  await page.locator('#docs button.doc', { hasText: 'hochwasser.txt' }).click();
  await page.locator('#article mark.m-claim', { hasText: 'Die Lage ist ernst, aber unter Kontrolle' }).waitFor();
  assert.equal(await page.locator('#article').textContent(), utf8.toString('utf8'));

  // The file picker path works as well.
  await page.locator('#files').setInputFiles({ name: 'picked.txt', mimeType: 'text/plain', buffer: Buffer.from('„Wir kommen alle wieder“, rief sie.') });
  await page.locator('#docs button.doc', { hasText: 'picked.txt' }).waitFor();
  await page.locator('#article mark.m-claim', { hasText: 'Wir kommen alle wieder' }).waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'dropped.png'), fullPage: true });
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile markup is shown as text and never runs', async () => {
  const { page, context, foreign, errors } = await openPage();
  const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    + '<a href="javascript:window.__pwned=3">Link</a><iframe src="https://example.org"></iframe>'
    + '<b onmouseover="window.__pwned=4">fett</b> <i>kursiv</i> „Das ist gefährlich und verboten“, sagte er.';
  await pasteText(page, hostile);
  await page.locator('#article mark.m-claim').first().waitFor();
  assert.equal(await page.locator('#article').textContent(), hostile);
  assert.equal(await page.locator('#article script, #article img, #article iframe, #article a, #article b, #article i').count(), 0);
  await page.locator('#article mark.m-claim').first().hover();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(foreign, [], 'nothing was fetched from elsewhere');
  assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await context.close();
});

test('panel rows jump to their marks; clicking a mark highlights the same thing', async () => {
  const { page, context, errors } = await openPage();
  await pasteText(page, ARTICLE);
  const row = page.locator('#panel-claims button', { hasText: 'Europa hat geliefert' });
  await row.click();
  const target = page.locator('#article mark.m-claim', { hasText: 'Europa hat geliefert' }).first();
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches('mark.flash'));
  assert.equal(await target.evaluate((el) => el === document.activeElement), true);
  assert.match(await target.getAttribute('class'), /\bsame\b/);
  // Claims are grouped by their speaker.
  const claimsPanel = await page.locator('#panel-claims').textContent();
  assert.match(claimsPanel, /Olaf Scholz \(2\)Wir dürfen keine Zeit mehr verlierendirektDie Bundesregierung werde ihre Zusagen einhaltenindirekt/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('documents survive a reload, can be renamed and removed, and cleared', async () => {
  const { page, context, errors } = await openPage();
  await dropFiles(page, [
    { name: 'eins.txt', bytes: Buffer.from('„Das ist der erste Text hier“, sagte sie.') },
    { name: 'zwei.txt', bytes: Buffer.from('„Das ist der zweite Text hier“, sagte er.') },
  ]);
  const tabs = page.locator('#docs button.doc');
  await tabs.filter({ hasText: 'zwei.txt' }).waitFor();
  // Rename with a double click, remove with the × button.
  await tabs.filter({ hasText: 'eins.txt' }).dblclick();
  await page.locator('#docs input.rename').fill('Erster Artikel');
  await page.keyboard.press('Enter');
  await tabs.filter({ hasText: 'Erster Artikel' }).waitFor();
  await page.waitForTimeout(500); // saving is debounced
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await tabs.allTextContents(), ['Erster Artikel', 'zwei.txt']);
  // The renamed document was selected last, so it is shown again.
  await page.locator('#article mark.m-claim', { hasText: 'Das ist der erste Text hier' }).waitFor();
  assert.equal(await tabs.filter({ hasText: 'Erster Artikel' }).getAttribute('aria-current'), 'true');
  await page.getByRole('button', { name: '„zwei.txt“ entfernen' }).click();
  assert.deepEqual(await tabs.allTextContents(), ['Erster Artikel']);
  await page.locator('#article mark.m-claim', { hasText: 'Das ist der erste Text hier' }).waitFor();
  await page.locator('#clear-all').click();
  await page.waitForTimeout(200);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await tabs.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: shortcuts toggle types, move between marks, open the help', async () => {
  const { page, context, errors } = await openPage();
  await pasteText(page, ARTICLE);
  await page.locator('#article mark.m-claim').first().waitFor();
  await page.locator('#article').focus();
  await page.keyboard.press('3');
  assert.equal(await page.locator('#legend button[data-kind="claim"]').getAttribute('aria-pressed'), 'false');
  await page.keyboard.press('3');
  assert.equal(await page.locator('#legend button[data-kind="claim"]').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement.matches('#article mark[tabindex]')), true);
  await page.keyboard.press('?');
  assert.equal(await page.locator('#help').evaluate((d) => d.open), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#help').evaluate((d) => d.open), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 1 MB article is annotated in the worker', async () => {
  const { page, context, errors } = await openPage();
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const big = (ARTICLE + '\n\n').repeat(Math.ceil(1e6 / ARTICLE.length));
  await page.locator('#input').evaluate((el, text) => { el.value = text; }, big);
  const t0 = Date.now();
  await page.locator('#annotate').click();
  await page.waitForSelector('#article[data-rendered="true"]', { timeout: 60000 });
  const ms = Date.now() - t0;
  assert.equal(await page.locator('#article').evaluate((el) => el.textContent.length), big.length);
  const marks = await page.locator('#article mark.m-claim[data-label="direct"][tabindex]').count();
  const copies = Math.ceil(1e6 / ARTICLE.length);
  assert.equal(marks, 2 * copies, 'two direct quotes per copy of the article');
  const longest = await page.evaluate(() => window.__longest);
  console.log(`# 1 MB article: annotated and rendered in ${ms} ms; longest main-thread task ${longest.toFixed(0)} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('exports: JSON, Web Annotation, brat, CoNLL, HTML, copy as HTML', async () => {
  const { page, context, foreign, errors } = await openPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await pasteText(page, ARTICLE);
  await page.locator('#article mark.m-entity', { hasText: 'Olaf Scholz' }).waitFor();
  await page.locator('.export summary').click();
  async function grab(format, scope = 'current', count = 1) {
    const files = [];
    const done = new Promise((resolve) => {
      page.on('download', async function onDownload(d) {
        files.push({ name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') });
        if (files.length === count) { page.off('download', onDownload); resolve(); }
      });
    });
    await page.locator(`.export button[data-format="${format}"][data-scope="${scope}"]`).click();
    await done;
    return files;
  }
  const [json] = await grab('json');
  const exported = JSON.parse(json.text);
  assert.equal(exported.format, 'randnotiz');
  assert.equal(exported.documents[0].text, ARTICLE);
  const scholz = exported.documents[0].spans.find((sp) => sp.text === 'Olaf Scholz');
  assert.equal(ARTICLE.slice(scholz.start_utf16, scholz.end_utf16), 'Olaf Scholz');

  const [anno] = await grab('webanno');
  const wa = JSON.parse(anno.text);
  const items = wa.first ? wa.first.items : wa.items;
  const sel = items.flatMap((a) => a.target.selector).find((x) => x.type === 'TextQuoteSelector' && x.exact === 'Olaf Scholz');
  assert.ok(sel, 'a TextQuoteSelector for Olaf Scholz');

  const brat = await grab('brat', 'current', 2);
  const ann = brat.find((f) => f.name.endsWith('.ann'));
  assert.match(ann.text, /^T\d+\tPER \d+ \d+\tOlaf Scholz$/m);
  assert.equal(brat.find((f) => f.name.endsWith('.txt')).text, ARTICLE);

  const [conll] = await grab('conll');
  assert.match(conll.text, /^Olaf\tB-PER\nScholz\tI-PER$/m);

  const [html] = await grab('html');
  assert.match(html.text, /<mark class="m-entity"[^>]*>Olaf Scholz<\/mark>/);

  await page.locator('.export button[data-format="copy-html"]').click();
  await page.waitForFunction(() => /kopiert/.test(document.getElementById('status').textContent));
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item.getType('text/html')).text();
  });
  assert.match(copied, /<mark class="m-claim"/);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('HTML: a dropped page and pasted clipboard HTML become articles; nothing in them runs', async () => {
  const { page, context, foreign, errors } = await openPage();
  const html = fs.readFileSync(path.join(ROOT, 'tests/e2e/fixtures/klimagipfel.html'));
  await dropFiles(page, [{ name: 'klimagipfel.html', type: 'text/html', bytes: html }]);
  const tab = page.locator('#docs button.doc', { hasText: 'Klimagipfel in Baku' });
  await tab.waitFor();
  assert.equal(await page.locator('#date').inputValue(), '2024-11-23', 'the date comes from the metadata');
  await page.waitForSelector('#article[data-rendered="true"]');
  const text = await page.locator('#article').textContent();
  assert.match(text, /^Klimagipfel in Baku: Einigung in letzter Minute\n\n/);
  assert.doesNotMatch(text, /Cookies|Alle akzeptieren|Wirtschaft/, 'site furniture is left out');
  assert.ok(await page.locator('#article mark').count() > 0);
  assert.match(await page.locator('#anchor').textContent(), /Bezugsdatum 2024-11-23 \(aus den HTML-Metadaten\)/);

  // Pasting HTML from the clipboard (a real paste event carrying text/html).
  await page.locator('#input').focus();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<html><head><title>Eilmeldung</title><script>window.__pwned = 1</script></head><body><nav>Menü Start Politik</nav>'
      + '<article><h1>Eilmeldung</h1><p>„Wir evakuieren die ganze Innenstadt“, sagte Bürgermeisterin Anna Weber am Dienstag.</p>'
      + '<img src=x onerror="window.__pwned = 2"></article></body></html>');
    dt.setData('text/plain', 'Eilmeldung');
    document.getElementById('input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await page.locator('#docs button.doc', { hasText: 'Eilmeldung' }).waitFor();
  await page.locator('#article mark.m-claim', { hasText: 'Wir evakuieren die ganze Innenstadt' }).waitFor();
  assert.doesNotMatch(await page.locator('#article').textContent(), /Menü/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#article img, #article script').count(), 0);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('plain-text boilerplate is dimmed, unannotated and can be hidden', async () => {
  const { page, context, errors } = await openPage();
  const article = 'Berlin – „Wir werden das Gesetz noch in diesem Jahr beschließen“, sagte Olaf Scholz.\n'
    + 'Mehr zum Thema: Was Olaf Scholz jetzt plant\n'
    + 'Schreibe einen Kommentar\n';
  await pasteText(page, article);
  await page.waitForSelector('#article[data-rendered="true"]');
  const furniture = page.locator('#article .m-boilerplate');
  assert.ok(await furniture.count() >= 1);
  assert.match(await furniture.first().textContent(), /Mehr zum Thema/);
  assert.equal(await page.locator('#article .m-boilerplate mark').count(), 0, 'no marks inside boilerplate');
  assert.equal(await page.locator('#article mark.m-entity', { hasText: 'Olaf Scholz' }).count(), 1);
  const toggle = page.locator('#legend button[data-kind="boilerplate"]');
  await toggle.click();
  assert.equal(await furniture.first().isVisible(), false);
  await toggle.click();
  assert.equal(await furniture.first().isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('editing the text updates the annotations as you type', async () => {
  const { page, context, errors } = await openPage();
  await pasteText(page, 'Am Montag sprach Olaf Scholz in Berlin.');
  await page.locator('#article mark.m-entity', { hasText: 'Olaf Scholz' }).waitFor();
  await page.locator('#input').press('End');
  await page.locator('#input').pressSequentially(' „Wir helfen sofort und unbürokratisch“, sagte Annalena Baerbock.', { delay: 5 });
  await page.locator('#article mark.m-claim', { hasText: 'Wir helfen sofort und unbürokratisch' }).waitFor();
  await page.locator('#article mark.m-entity', { hasText: 'Annalena Baerbock' }).waitFor();
  assert.equal(await page.locator('#docs button.doc').count(), 1, 'still one document');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dates resolve against the dateline when no article date is set, else stay open', async () => {
  const { page, context, errors } = await openPage();
  await pasteText(page, 'Berlin, 6. November 2024 – Gestern tagte der Bundestag. Am Sonntag wird gewählt.');
  await page.locator('#article mark.m-date', { hasText: 'Gestern' }).waitFor();
  assert.match(await page.locator('#anchor').textContent(), /Bezugsdatum 2024-11-06 \(aus der Ortsmarke\)/);
  assert.match(await page.locator('#panel-dates').textContent(), /Gestern\s*DATE 2024-11-05/);
  await pasteText(page, 'Gestern tagte der Bundestag. Am Sonntag wird gewählt.');
  await page.waitForFunction(() => /Kein Artikeldatum/.test(document.getElementById('anchor').textContent));
  assert.match(await page.locator('#panel-dates').textContent(), /Gestern\s*DATE XXXX-XX-XX/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('story view: three articles about one event, compared', async () => {
  const { page, context, foreign, errors } = await openPage();
  const files = ['rbb.txt', 'zeitung.txt', 'agentur.txt'].map((name) => ({
    name, bytes: fs.readFileSync(path.join(ROOT, 'tests/story', name)),
  }));
  await dropFiles(page, files);
  const story = page.locator('#story');
  await story.locator('table.story-entities').waitFor({ timeout: 30000 });
  assert.match(await story.locator('h2').textContent(), /3 Dokumente/);
  // Each document's source: the agency mark in the text, else the document's name.
  assert.match(await story.locator('.story-docs').textContent(), /agentur\.txt · Quelle: dpa/);
  // One row per entity cluster, one column per document.
  const row = (name) => story.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${name}( \\d+)?$`) }) });
  const counts = async (name) => (await row(name).locator('td.count').allTextContents()).map((t) => t.trim());
  assert.deepEqual(await counts('Brandenburg'), ['1', '1', '2'], 'Brandenburgs, Brandenburg; the agency twice');
  assert.equal((await counts('Dietmar Woidke')).filter((c) => c !== '–').length, 2);
  assert.match(await row('Brandenburg').locator('th').getAttribute('title'), /Brandenburgs/);
  // The shared timeline holds the dates of several documents, in time order.
  const values = await story.locator('.story-timeline .value').allTextContents();
  assert.ok(values.length >= 4, values.join(' '));
  assert.deepEqual([...values].sort(), values);
  assert.ok(values.includes('2025-07-12'));
  // A shared entity carries the same number in every document's reading view.
  const clusterOf = async (text) => page.locator('#article mark.m-entity', { hasText: text }).first().getAttribute('data-cluster');
  await page.waitForSelector('#article mark[data-cluster]');
  const inAgency = await clusterOf('Brandenburg');
  assert.ok(inAgency, 'Brandenburg carries a cluster number');
  await page.locator('#docs button.doc', { hasText: 'rbb.txt' }).click();
  // That document is annotated when first shown; its marks get their numbers once the story is
  // recomputed with it.
  await page.locator('#article mark.m-entity[data-cluster]', { hasText: 'Brandenburgs' }).waitFor();
  assert.equal(await clusterOf('Brandenburgs'), inAgency, 'the same number for "Brandenburgs" in another tab');
  assert.equal(await row('Brandenburg').locator('sup.cluster-badge').textContent(), inAgency);

  // The statement every outlet repeats is one group carried by all three documents.
  const group = story.locator('.story-quantities > ul > li', { hasText: 'mehr als 2.000 Feuerwehrleute' }).first();
  assert.match(await group.locator('.head').textContent(), /in 3 Dokumenten/);
  assert.ok(await group.locator('.members li').count() >= 3);
  assert.match(await story.locator('.story-quantities').textContent(), /rund 300 Löschfahrzeuge · nur in D1/);
  // The claim all three carry, worded and attributed differently, is one claim group.
  const claim = story.locator('.story-claims > ul > li', { hasText: 'Soforthilfen' });
  assert.equal(await claim.count(), 1);
  assert.match(await claim.locator('.head').textContent(), /^Dietmar Woidke: „.*Soforthilfen zahlen“ · in 3 Dokumenten/);
  const how = await claim.locator('.members .attr').allTextContents();
  assert.deepEqual(how, ['mit Quelle: Dietmar Woidke', 'mit Quelle: Woidke', 'mit Quelle: Staatskanzlei']);
  assert.match(await story.locator('.story-claims').textContent(), /Übermenschliches“ · nur in D1/);
  await page.screenshot({ path: path.join(SHOTS, 'story.png'), fullPage: true });
  // A count jumps to the mention in that document.
  await row('Dietmar Woidke').locator('td.count button').first().click();
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches('#article mark.m-entity'));
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Woidke/);
  assert.equal(await page.locator('#docs button.doc[aria-current="true"]').textContent(), 'rbb.txt');
  // The story exports as JSON.
  const download = page.waitForEvent('download');
  await story.locator('button[data-story-export]').click();
  const json = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
  assert.equal(json.format, 'randnotiz-story');
  assert.equal(json.documents.length, 3);
  assert.ok(json.entities.some((c) => c.name === 'Brandenburg' && c.mentions.length === 4));
  assert.ok(json.statements.some((g) => g.summary === 'mehr als 2.000 Feuerwehrleute' && g.documents.length === 3));
  assert.ok(json.statements.some((g) => g.basis === 'claim' && /Soforthilfen/.test(g.summary) && g.documents.length === 3));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('story view: a document\'s source is renamed, kept over a reload, exported and reset', async () => {
  const { page, context, foreign, errors } = await openPage();
  await dropFiles(page, ['rbb.txt', 'agentur.txt'].map((name) => ({ name, bytes: fs.readFileSync(path.join(ROOT, 'tests/story', name)) })));
  const story = page.locator('#story');
  const waitForStory = () => story.locator('table.story-entities').waitFor({ timeout: 30000 });
  await waitForStory();
  const headings = await story.locator('h3').allTextContents();
  assert.ok(headings.includes('Zahlenangaben im Vergleich'), headings.join(' | '));
  assert.ok(headings.includes('Aussagen im Vergleich'), headings.join(' | '));
  assert.ok(headings.indexOf('Zahlenangaben im Vergleich') < headings.indexOf('Aussagen im Vergleich'));
  const shared = story.locator('.story-quantities > ul > li', { hasText: 'mehr als 2.000 Feuerwehrleute' }).first();
  assert.match(await shared.locator('.head').textContent(), /in 2 Dokumenten \(D1, D2\)/);
  // With claim groups from the core the claims section lists them, else it says there are none.
  const claims = story.locator('.story-claims');
  assert.ok(await claims.locator(':scope > ul > li').count() > 0 || await claims.textContent() === 'Keine gemeinsamen Aussagen.');

  const docs = story.locator('.story-docs > li');
  // The source shown after document k's title ('' when it would only repeat the file name).
  const source = async (k) => (await docs.nth(k).locator('.source > .meta').allTextContents()).join('');
  assert.equal(await source(1), ' · Quelle: dpa');
  assert.equal(await source(0), '');
  const editRbb = page.getByRole('button', { name: 'Quelle ändern für „rbb.txt“' });
  const editAgency = page.getByRole('button', { name: 'Quelle ändern für „agentur.txt“' });
  const field = story.locator('.story-docs input.source-input');

  // By keyboard: Enter opens the field, Enter saves, the focus returns to the button.
  await editRbb.focus();
  await page.keyboard.press('Enter');
  await field.waitFor();
  assert.equal(await field.evaluate((e) => e === document.activeElement), true, 'the field has the focus');
  assert.match(await field.getAttribute('aria-label'), /rbb\.txt/);
  await field.fill('rbb24');
  await page.keyboard.press('Enter');
  assert.equal(await field.count(), 0);
  assert.equal(await source(0), ' · Quelle: rbb24');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.sourceEdit), '0', 'focus back on the button');
  // Leaving the field saves as well.
  await editAgency.click();
  await field.fill('  Deutsche Presse-Agentur ');
  await story.locator('h2').click();
  assert.equal(await source(1), ' · Quelle: Deutsche Presse-Agentur');
  // Escape cancels.
  await editRbb.click();
  await field.fill('Falsch');
  await page.keyboard.press('Escape');
  assert.equal(await field.count(), 0);
  assert.equal(await source(0), ' · Quelle: rbb24');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.sourceEdit), '0');

  // Kept in the browser: after a reload the story shows the given names.
  await page.waitForTimeout(500); // saving is debounced
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForStory();
  assert.deepEqual([await source(0), await source(1)], [' · Quelle: rbb24', ' · Quelle: Deutsche Presse-Agentur']);

  // The story export carries them, and what was detected.
  const download = page.waitForEvent('download');
  await story.locator('button[data-story-export]').click();
  const json = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
  assert.deepEqual(json.documents.map((d) => [d.title, d.source, d.source_detected, d.source_edited]), [
    ['rbb.txt', 'rbb24', 'rbb.txt', true],
    ['agentur.txt', 'Deutsche Presse-Agentur', 'dpa', true],
  ]);

  // An empty name resets to the detected source, and that is kept too.
  for (const edit of [editRbb, editAgency]) {
    await edit.click();
    assert.equal(await field.getAttribute('placeholder'), edit === editRbb ? 'rbb.txt' : 'dpa');
    await field.fill('');
    await page.keyboard.press('Enter');
  }
  assert.deepEqual([await source(0), await source(1)], ['', ' · Quelle: dpa'], 'the file name is not repeated as the source');
  await page.waitForTimeout(500);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForStory();
  assert.deepEqual([await source(0), await source(1)], ['', ' · Quelle: dpa']);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('story view: statement groups by number and by claim render in their own sections', async () => {
  const { page, context, errors } = await openPage();
  const rendered = await page.evaluate(async () => {
    const { renderStory } = await import(new URL('story.js', location.href).href);
    const member = (doc, text, extra) => ({ doc, text, start: 10, end: 10 + text.length, kind: 'direct', attribution: 'stated', speaker: null, ...extra });
    const quantity = { value: 2000, modifier: 'more_than', unit_lemma: 'Feuerwehrmann' };
    const groups = {
      quantity: { basis: 'quantity', summary: 'mehr als 2.000 Feuerwehrleute', documents: ['a', 'b'], single_source: false,
        members: [member('a', 'Mehr als 2.000 Feuerwehrleute sind im Einsatz.', { quantity }), member('b', 'Über 2.000 Feuerwehrleute löschen.', { quantity })] },
      legacy: { summary: 'rund 300 Löschfahrzeuge', documents: ['b'], single_source: true, disagreement: '',
        members: [member('b', 'Rund 300 Löschfahrzeuge stehen bereit.', { quantity })] },
      claim: { basis: 'claim', documents: ['a', 'b'], single_source: false,
        members: [
          member('a', 'Die Lage ist unter Kontrolle', { quantity: null, start: 40, end: 68, attribution: 'named_source', speaker: 'Dietmar Woidke' }),
          member('b', 'die Lage sei unter Kontrolle', { quantity: null, kind: 'indirect', attribution: 'named_source', speaker: 'Woidke' }),
        ] },
    };
    const story = (statements) => ({
      documents: [{ id: 'a', title: 'A', source: 'A' }, { id: 'b', title: 'B', source: 'dpa' }],
      entities: [], timeline: [], statements,
    });
    const opened = [];
    const open = (...args) => opened.push(args);
    const texts = (root, sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent);
    const div = document.createElement('div');
    renderStory(div, story([groups.quantity, groups.legacy, groups.claim]), open);
    const all = {
      headings: texts(div, 'h3'),
      quantities: texts(div, '.story-quantities > ul > li > .head'),
      claims: texts(div, '.story-claims > ul > li > .head'),
      claimMembers: texts(div, '.story-claims .members button'),
      editButtons: div.querySelectorAll('button[data-source-edit]').length,
    };
    div.querySelector('.story-claims .members button').click();
    div.querySelector('.story-quantities .members button').click();
    renderStory(div, story([groups.quantity]), open);
    const noClaims = texts(div, '.story-claims');
    renderStory(div, story([groups.claim]), open);
    const noQuantities = texts(div, '.story-quantities');
    return { all, opened, noClaims, noQuantities };
  });
  assert.deepEqual(rendered.all.headings, ['Zahlenangaben im Vergleich', 'Aussagen im Vergleich', 'Gemeinsame Zeitleiste']);
  assert.deepEqual(rendered.all.quantities, ['mehr als 2.000 Feuerwehrleute · in 2 Dokumenten (D1, D2)', 'rund 300 Löschfahrzeuge · nur in D2']);
  assert.deepEqual(rendered.all.claims, ['Die Lage ist unter Kontrolle · in 2 Dokumenten (D1, D2)']);
  assert.deepEqual(rendered.all.claimMembers, ['D1mit Quelle: Dietmar WoidkeDie Lage ist unter Kontrolle', 'D2mit Quelle: Woidkedie Lage sei unter Kontrolle']);
  assert.equal(rendered.all.editButtons, 0, 'no source buttons without a way to store the name');
  assert.deepEqual(rendered.opened, [['a', 40, 68, 'claim'], ['a', 10, 56, 'quantity']]);
  assert.deepEqual(rendered.noClaims, ['Keine gemeinsamen Aussagen.']);
  assert.deepEqual(rendered.noQuantities, ['Keine gemeinsamen Zahlenangaben.']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('empty input gets a clear message', async () => {
  const { page, context } = await openPage();
  await pasteText(page, '   ');
  assert.match(await page.locator('#status').textContent(), /Nichts zu annotieren/);
  assert.equal(await page.locator('#article mark').count(), 0);
  await context.close();
});
