// Browser benchmark: throughput of each pipeline stage in MB/s in headless Chromium (the release
// wasm from target/site), beside a bare JavaScript regex tokenizer pass over the same text and
// chrono-node's German date parser (from npm) as the yardstick for the date tagger.
// Usage: node scripts/bench.mjs [MB]  (after scripts/build-page.sh). Prints one line per stage.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mb = Number(process.argv[2] || 1);
const articles = fs.readdirSync(path.join(ROOT, 'tests/golden/articles')).sort()
  .map((f) => fs.readFileSync(path.join(ROOT, 'tests/golden/articles', f), 'utf8'));
let text = '';
while (Buffer.byteLength(text) < mb * 1e6) text += articles.join('\n') + '\n';

// Serve the repository so the page (target/site) and chrono-node (node_modules) share an origin.
const { server, url: rootUrl } = await serve(ROOT, 0);
const url = `${rootUrl}target/site/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  const results = await page.evaluate(async (text) => {
    const t0 = performance.now();
    const m = await import('./pkg/randnotiz.js');
    await m.default();
    const loadMs = performance.now() - t0;
    const t1 = performance.now();
    new m.Randnotiz().free(); // builds the pipeline: loads the embedded entity model
    const modelMs = performance.now() - t1;
    const out = [{ stage: 'wasm load', ms: loadMs, modelMs }];
    // Baseline: a bare regex tokenizer pass (words, numbers, single other characters).
    const bytes = new TextEncoder().encode(text).length;
    const re = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
    let runs = 0; let count = 0; const start = performance.now();
    while (runs < 3 || performance.now() - start < 1000) { count = 0; for (const _ of text.matchAll(re)) count++; runs++; }
    const ms = (performance.now() - start) / runs;
    out.push({ stage: 'js regex tokenizer (baseline)', bytes, runs, ms_per_run: ms, mb_per_s: bytes / 1e6 / (ms / 1e3), items: count });
    // chrono-node (German locale) on the same text: the date tagger's yardstick.
    const chrono = await import('/node_modules/chrono-node/dist/esm/locales/de/index.js');
    const ref = new Date(2024, 10, 6);
    runs = 0; const c0 = performance.now(); let found = 0;
    while (runs < 1 || performance.now() - c0 < 1000) { found = chrono.parse(text, ref).length; runs++; }
    const cms = (performance.now() - c0) / runs;
    out.push({ stage: 'chrono-node de (dates, baseline)', bytes, runs, ms_per_run: cms, mb_per_s: bytes / 1e6 / (cms / 1e3), items: found });
    for (const stage of m.bench_stages()) out.push(m.bench_stage(stage, text, 1000));
    return out;
  }, text);
  const ua = await browser.version();
  console.log(`browser benchmark in headless Chromium ${ua} on ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB of German news text`);
  let baseline = 0;
  let chronoRate = 0;
  for (const r of results) {
    if (r.stage === 'wasm load') {
      console.log(`wasm module load + instantiate: ${r.ms.toFixed(1)} ms; pipeline with entity model built in ${r.modelMs.toFixed(1)} ms`);
      continue;
    }
    if (r.stage.startsWith('js regex')) baseline = r.mb_per_s;
    if (r.stage.startsWith('chrono')) chronoRate = r.mb_per_s;
    let rel = '';
    if (baseline && !r.stage.includes('baseline')) rel = `  (${(r.mb_per_s / baseline).toFixed(2)}× the regex pass)`;
    if (r.stage === 'dates' && chronoRate) rel += `  (${(r.mb_per_s / chronoRate).toFixed(1)}× chrono-node)`;
    console.log(`${r.stage.padEnd(32)} ${r.mb_per_s.toFixed(1).padStart(7)} MB/s  ${r.ms_per_run.toFixed(2).padStart(9)} ms/run  ${String(r.items).padStart(7)} items  (${r.runs} runs)${rel}`);
  }
} finally {
  await browser.close();
  server.close();
}
