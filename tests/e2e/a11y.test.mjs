// Accessibility: axe-core (from npm) audits the page in headless Chromium, empty, with an
// annotated article and with the story view of two articles (its source field open), in light and
// dark colour schemes, and must report zero violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SITE = path.join(ROOT, 'target/site');
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = fs.readFileSync(path.join(ROOT, 'tests/golden/articles/klimagipfel.txt'), 'utf8');

let browser;
let server;
let url;

before(async () => {
  assert.ok(fs.existsSync(path.join(SITE, 'pkg/randnotiz_bg.wasm')), 'the page is built (scripts/build-page.sh)');
  ({ server, url } = await serve(SITE, 0));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function audit(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not block the audit script.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${colorScheme})`, async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    assert.deepEqual(await audit(page), [], 'empty page');
    await page.locator('#input').fill(ARTICLE);
    await page.locator('#annotate').click();
    await page.locator('#article mark').first().waitFor();
    await page.locator('#article mark[tabindex]').first().focus();
    assert.deepEqual(await audit(page), [], 'annotated article with tooltip');
    fs.mkdirSync(path.join(ROOT, 'target/e2e'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, `target/e2e/${colorScheme}.png`), fullPage: true });
    await page.keyboard.press('?');
    assert.deepEqual(await audit(page), [], 'help dialog open');
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the story view (${colorScheme})`, async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.locator('#files').setInputFiles(['rbb.txt', 'agentur.txt'].map((name) => path.join(ROOT, 'tests/story', name)));
    await page.locator('#story table.story-entities').waitFor({ timeout: 30000 });
    assert.deepEqual(await audit(page), [], 'story view');
    await page.getByRole('button', { name: 'Quelle ändern für „agentur.txt“' }).click();
    await page.locator('#story input.source-input').waitFor();
    assert.deepEqual(await audit(page), [], 'story view with the source field open');
    await context.close();
  });
}
