// Pre-renders the widgets' formulas to MathML templates, so no TeX parser ships on the first load.
//   node scripts/prerender-formulas.mjs          (`pnpm formulas`; commit the generated files)
//
// For each element, takes sample formulas (src/internal/formula-samples.ts: every formula shape
// the element writes, in all four number formats), turns each into a template (numbers → slots, see
// src/gd-math/mathml.ts), renders the template with temml once per slot and number shape, and
// writes src/<element>/formulas.generated.ts. Every sample is then rebuilt from the template and
// must equal temml's own rendering character for character, or the template is dropped (gd-math
// then typesets that formula with temml, loaded on demand).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import temml from 'temml';
import { createServer } from 'vite';

// tfjs-core's Node platform calls require(); vite's module runner evaluates ES modules without it.
globalThis.require ??= createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  // tfjs's ES modules sit in packages Node reads as CommonJS: let vite load them.
  ssr: { noExternal: [/@tensorflow\//, /@gd-playground\//] },
  resolve: { alias: [{ find: /^@tensorflow\/tfjs-core$/, replacement: '@tensorflow/tfjs-core/dist/base' }] },
});
const samples = await server.ssrLoadModule('/src/internal/formula-samples.ts');
const mathml = await server.ssrLoadModule('/src/gd-math/mathml.ts');
await server.close();
const { SHAPES, templateOf, fillTemplate, annotate } = mathml;

const render = (tex, display) => temml.renderToString(tex, { displayMode: display, throwOnError: true });
const placeholder = (slot, group, variant) => String((variant ? 900000 : 800000) + slot * 10 + group);
/** TeX of one slot's literal in a shape, its groups as placeholders. */
const literalTex = (shape, slot, variant) => {
  let group = 0;
  return shape.replace(/§/g, () => placeholder(slot, group++, variant));
};

/** The index of `text` in a shared table, adding it when new. */
function intern(table, index, text) {
  if (!index.has(text)) {
    index.set(text, table.length);
    table.push(text);
  }
  return index.get(text);
}

function buildTemplate(key, display, fragments, fragmentIndex) {
  const pieces = key.split('#');
  const slotCount = pieces.length - 1;
  const texWith = (literals) => pieces.map((piece, i) => piece + (i < slotCount ? literals[i] : '')).join('');
  const base = render(
    texWith(Array.from({ length: slotCount }, (_, i) => placeholder(i, 0, false))),
    display,
  );
  // Split the base rendering at each slot's <mn>.
  const parts = [];
  const positions = [];
  let cursor = 0;
  for (let i = 0; i < slotCount; i++) {
    const mn = `<mn>${placeholder(i, 0, false)}</mn>`;
    const at = base.indexOf(mn, cursor);
    if (at < 0 || base.indexOf(mn, at + 1) >= 0) return undefined;
    parts.push(base.slice(cursor, at));
    positions.push([at, at + mn.length]);
    cursor = at + mn.length;
  }
  parts.push(base.slice(cursor));
  const slots = [];
  for (let i = 0; i < slotCount; i++) {
    const [start, end] = positions[i];
    const indices = SHAPES.map((shape) => {
      const literals = Array.from({ length: slotCount }, (_, j) =>
        j === i ? literalTex(shape, i, true) : placeholder(j, 0, false),
      );
      let variant;
      try {
        variant = render(texWith(literals), display);
      } catch {
        return -1;
      }
      const head = base.slice(0, start);
      const tail = base.slice(end);
      if (!variant.startsWith(head) || !variant.endsWith(tail) || variant.length < head.length + tail.length)
        return -1;
      let fragment = variant.slice(head.length, variant.length - tail.length);
      // Each group as the §k marker; a group must appear as exactly one <mn>.
      const groups = (shape.match(/§/g) ?? []).length;
      for (let k = 0; k < groups; k++) {
        const mn = `<mn>${placeholder(i, k, true)}</mn>`;
        if (fragment.split(mn).length !== 2) return -1;
        fragment = fragment.replace(mn, `§${k}`);
      }
      if (!fragmentIndex.has(fragment)) {
        fragmentIndex.set(fragment, fragments.length);
        fragments.push(fragment);
      }
      return fragmentIndex.get(fragment);
    });
    slots.push(indices);
  }
  return [parts, slots];
}

const ELEMENTS = [
  ['gd-lr-slider', 'sliderSamples'],
  ['gd-playground', 'playgroundSamples'],
  ['gd-loss-explorer', 'lossExplorerSamples'],
].filter(([element]) => !process.env.ONLY || process.env.ONLY === element);

for (const [element, generator] of ELEMENTS) {
  const fragments = [];
  const fragmentIndex = new Map();
  const templates = {};
  const list = samples[generator]();
  for (const { tex, display } of list) {
    const fullKey = (display ? 'D' : 'I') + templateOf(tex).key;
    if (fullKey in templates) continue;
    templates[fullKey] = buildTemplate(templateOf(tex).key, display, fragments, fragmentIndex) ?? null;
  }
  for (const key of Object.keys(templates)) if (templates[key] === null) delete templates[key];
  // Templates share most of their markup: keep each piece once.
  // Slots share a handful of shape → fragment rows: keep each row once too.
  const strings = [];
  const stringIndex = new Map();
  const slotFragments = [];
  const slotIndex = new Map();
  for (const key of Object.keys(templates)) {
    const [parts, slots] = templates[key];
    templates[key] = [
      parts.map((part) => intern(strings, stringIndex, part)),
      slots.map((row) => {
        const id = JSON.stringify(row);
        if (!slotIndex.has(id)) {
          slotIndex.set(id, slotFragments.length);
          slotFragments.push(row);
        }
        return slotIndex.get(id);
      }),
    ];
  }
  // Every sample must come back exactly as temml writes it.
  const data = { strings, fragments, slotFragments, templates };
  let exact = 0;
  const dropped = new Set();
  for (const { tex, display } of list) {
    const fullKey = (display ? 'D' : 'I') + templateOf(tex).key;
    const entry = templates[fullKey];
    let expected;
    try {
      expected = temml.renderToString(tex, { displayMode: display, throwOnError: true, annotate: true });
    } catch {
      // Not TeX temml accepts (a widget's own bug, e.g. `10^{-7}^2`): gd-math reports it at run
      // time, through temml. The template stays for the samples that are TeX.
      continue;
    }
    const filled = entry ? fillTemplate(data, entry, templateOf(tex).literals) : undefined;
    if (filled !== undefined && annotate(filled, tex) === expected) exact++;
    else {
      if (process.env.DEBUG_FORMULAS && !dropped.has(fullKey))
        console.log('DROP', !!entry, filled === undefined, tex);
      dropped.add(fullKey);
    }
  }
  for (const key of dropped) delete templates[key];
  for (const key of Object.keys(templates)) if (templates[key] === null) delete templates[key];
  const file = new URL(`../src/${element}/formulas.generated.ts`, import.meta.url);
  writeFileSync(
    file,
    `// Generated by scripts/prerender-formulas.mjs (\`pnpm formulas\`) from src/internal/formula-samples.ts: do not edit.
// <${element}>'s formulas as MathML templates (temml's markup with the numbers as slots), so the
// element needs no TeX parser. Importing this module registers them with every <gd-math>.
import { type FormulaTemplates, registerFormulaTemplates } from '../gd-math/mathml.js';

const templates: FormulaTemplates = ${JSON.stringify({ strings, fragments, slotFragments, templates })};

registerFormulaTemplates(templates);
`,
  );
  console.log(
    `${element}: ${Object.keys(templates).length} templates, ${fragments.length} fragments; ` +
      `${exact} of ${list.length} samples rebuilt exactly${dropped.size ? `, ${dropped.size} template(s) dropped` : ''}`,
  );
}
