// The annotation worker: runs the wasm core off the main thread so the page stays responsive
// while long articles are annotated. Messages in: { id, text, lang, date } (annotate) or
// { id, op: 'tokens', text } or { id, op: 'compare', docs }; out: { id, result, ms },
// { id, tokens }, { id, story } or { id, error }. It keeps one annotator for its lifetime; it knows nothing of the DOM.
import init, { Randnotiz, version } from './pkg/randnotiz.js';

const ready = init().then(() => new Randnotiz());

self.onmessage = async (event) => {
  const { id, op, text, lang, date } = event.data;
  try {
    const annotator = await ready;
    if (op === 'tokens') {
      self.postMessage({ id, tokens: annotator.tokens(text) });
      return;
    }
    if (op === 'compare') {
      self.postMessage({ id, story: annotator.compare(event.data.docs) });
      return;
    }
    const t0 = performance.now();
    const result = annotator.annotate(text, lang, date || undefined);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, error: String((e && e.message) || e) });
  }
};

ready.then(() => self.postMessage({ ready: true, version: version() }), (e) => self.postMessage({ ready: false, error: String(e) }));
