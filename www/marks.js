// Renders an article with its annotations as nested <mark> elements, and describes a span for the
// tooltip. Walks the sorted span boundaries with a stack of open marks, the way displaCy walks
// spans with a cursor; a span that crosses another is split into pieces that share its index.
// User text is only ever inserted as text nodes.

export const LABEL_NAMES = {
  PER: 'Person', LOC: 'Ort', ORG: 'Organisation', OTH: 'anderer Name', MISC: 'anderer Name',
  PERderiv: 'von Person abgeleitet', LOCderiv: 'von Ort abgeleitet', ORGderiv: 'von Organisation abgeleitet',
  OTHderiv: 'von Name abgeleitet', PERpart: 'enthält Person', LOCpart: 'enthält Ort',
  ORGpart: 'enthält Organisation', OTHpart: 'enthält Name',
  DATE: 'Datum', TIME: 'Uhrzeit', DURATION: 'Dauer', SET: 'Wiederholung',
  direct: 'direkte Rede', indirect: 'indirekte Rede', according_to: 'laut Quelle',
  hearsay: 'Hörensagen', hedged: 'abgeschwächt',
  QUANTITY: 'Anzahl', MONEY: 'Geldbetrag', PERCENT: 'Prozentsatz',
};

const KIND_NAMES = { entity: 'Name', date: 'Zeitangabe', claim: 'Aussage', quantity: 'Menge' };

const ATTR_NAMES = {
  value: 'Wert', value_high: 'bis', modifier: 'Angabe', unit: 'Einheit', unit_lemma: 'Grundform',
  speaker: 'Sprecher', cue: 'Signal', certainty: 'Gewissheit', confidence: 'Konfidenz',
};

/** Tooltip text for a span: kind and label, then one line per attribute. */
export function describe(span) {
  const lines = [`${KIND_NAMES[span.kind] || span.kind} · ${LABEL_NAMES[span.label] || span.label} (${span.label})`];
  const attrs = span.attrs || {};
  if (span.cluster) lines.push(`In ${span.cluster.docs} Dokumenten: ${span.cluster.name} (Nr. ${span.cluster.number})`);
  for (const [key, name] of Object.entries(ATTR_NAMES)) {
    if (attrs[key] !== undefined && attrs[key] !== null) {
      const v = key === 'confidence' ? Number(attrs[key]).toFixed(2) : attrs[key];
      lines.push(`${name}: ${v}`);
    }
  }
  return lines.join('\n');
}

// Each render gets a number; a newer render stops an older one that is still yielding.
let renderGeneration = 0;

// Work for at most this long before letting the browser paint and handle input.
const SLICE_MS = 12;

/** The cue and speaker extents of claims as extra render spans `{ part, of, start_utf16, end_utf16 }`. */
export function claimParts(spans) {
  const parts = [];
  spans.forEach((s, i) => {
    if (s.kind !== 'claim' || !s.attrs) return;
    for (const part of ['cue', 'speaker']) {
      const at = s.attrs[`${part}_at`];
      if (at && at.end_utf16 > at.start_utf16) parts.push({ part, of: i, start_utf16: at.start_utf16, end_utf16: at.end_utf16 });
    }
  });
  return parts;
}

/**
 * Fills `container` with `text`, marking `spans` (UTF-16 offsets). Spans with a `part` field
 * (from `claimParts`) become plain linked spans rather than marks. Long texts are rendered in
 * slices of about 12 ms, so the page stays responsive; the returned promise resolves to true
 * when everything is rendered, or false when a newer render took over.
 */
export async function renderMarks(container, text, spans) {
  const generation = ++renderGeneration;
  const order = spans.map((_, i) => i).sort((a, b) =>
    spans[a].start_utf16 - spans[b].start_utf16 || spans[b].end_utf16 - spans[a].end_utf16 || a - b);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start_utf16); cuts.add(s.end_utf16); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  container.replaceChildren();
  // The first slice goes straight into the page, so the article's beginning shows at once; the
  // rest is built in a detached fragment (no layout while building) and attached at the end.
  let root = container;
  const rest = document.createDocumentFragment();
  const stack = []; // open marks: { idx, el }
  const seen = new Set();
  const active = [];
  let next = 0; // next span in `order` that has not started
  let sliceStart = performance.now();

  for (let p = 0; p + 1 < points.length; p++) {
    if ((p & 255) === 0 && performance.now() - sliceStart > SLICE_MS) {
      if (root === container) {
        root = rest;
        stack.length = 0; // marks still open continue as new pieces in the fragment
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== renderGeneration) return false;
      sliceStart = performance.now();
    }
    const a = points[p];
    const b = points[p + 1];
    while (next < order.length && spans[order[next]].start_utf16 <= a) active.push(order[next++]);
    for (let k = active.length - 1; k >= 0; k--) {
      if (spans[active[k]].end_utf16 <= a) active.splice(k, 1);
    }
    const want = active.filter((i) => spans[i].end_utf16 >= b && spans[i].end_utf16 > spans[i].start_utf16);
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep].idx === want[keep]) keep++;
    stack.length = keep;
    for (let k = keep; k < want.length; k++) {
      const i = want[k];
      const s = spans[i];
      if (s.part) {
        // The cue or speaker of claim `s.of`: a plain span, linked to its claim, not a stop for Tab.
        const el = document.createElement('span');
        el.className = `m-part m-${s.part}`;
        el.dataset.of = String(s.of);
        (stack.length ? stack[stack.length - 1].el : root).append(el);
        stack.push({ idx: i, el });
        continue;
      }
      const el = document.createElement('mark');
      el.className = `m-${s.kind}${/(deriv|part)$/.test(s.label) ? ' variant' : ''}`;
      el.dataset.i = String(i);
      el.dataset.label = s.label;
      // An entity several documents share carries its number in every document (story view).
      if (s.cluster) {
        el.dataset.cluster = String(s.cluster.number);
        el.classList.add(`cluster-${(s.cluster.number - 1) % 6}`);
      }
      if (!seen.has(i)) {
        seen.add(i);
        el.tabIndex = 0;
        el.setAttribute('aria-label', `${LABEL_NAMES[s.label] || s.label}: ${s.text}`);
      }
      (stack.length ? stack[stack.length - 1].el : root).append(el);
      stack.push({ idx: i, el });
    }
    (stack.length ? stack[stack.length - 1].el : root).append(document.createTextNode(text.slice(a, b)));
  }
  if (root !== container) container.append(rest);
  return true;
}
