/**
 * MathML without a TeX parser: formulas pre-rendered at build time (by temml, in
 * `scripts/prerender-formulas.mjs`) as templates whose numbers are slots, filled in here.
 *
 * A widget's formulas are fixed text with live numbers (`w_{6} = 4.7 + 0.1 \cdot (2 - 4.7 \cdot 1)`).
 * The template of a formula is its TeX with every number literal replaced by `#`; the build renders
 * each template once per slot and number shape (`4.7`, `-4.7`, `(-4.7)`, `2.5 \cdot 10^{-8}` …) and
 * keeps the MathML temml wrote for it, so the markup assembled here is exactly temml's, which the
 * build checks for every sample formula. Anything without a template falls back to temml itself,
 * loaded on demand (see gd-math.ts).
 *
 * Strict CSP: temml writes a few `style` attributes; {@link withoutStyleAttributes} maps them to
 * classes (styled by `MATHML_STYLES` in gd-math.ts) or, for any style it does not know, to
 * `data-gd-style`, which gd-math applies through the CSSOM.
 */

/** One number: digit groups joined by `.`, a TeX decimal comma `{,}` or a thin space `\,`. */
const DIGITS = String.raw`\d+(?:(?:\.|\{,\}|\\,)\d+)*`;
const SIGNED = `-?${DIGITS}`;
/**
 * A number literal as the widgets write it, longest shape first: `(−m · 10^{e})`, `m · 10^{e}`,
 * `(10^{e})`, `10^{e}`, `(−n)`, `−n`, `n`. Not after `_` or `^` (a one-digit script like `x^2`), and
 * not next to a bare comma (an index list like `W_{1,1}`, which temml reads as one number).
 */
const LITERAL = new RegExp(
  String.raw`(?<![_^\\\d])(?<!\d,)(?:\(${SIGNED} \\cdot ${DIGITS}\^\{${SIGNED}\}\)|${SIGNED} \\cdot ${DIGITS}\^\{${SIGNED}\}|\(-?${DIGITS}\^\{${SIGNED}\}\)|-?${DIGITS}\^\{${SIGNED}\}|\(-${DIGITS}\)|${SIGNED})(?!\d|,\d)`,
  'g',
);
const GROUP = new RegExp(DIGITS, 'g');

/** Every number shape a slot may take (`§` stands for one digit group); order is the data format. */
export const SHAPES = [
  '§',
  '-§',
  '(-§)',
  '§ \\cdot §^{§}',
  '§ \\cdot §^{-§}',
  '-§ \\cdot §^{§}',
  '-§ \\cdot §^{-§}',
  '(§ \\cdot §^{§})',
  '(§ \\cdot §^{-§})',
  '(-§ \\cdot §^{§})',
  '(-§ \\cdot §^{-§})',
  '§^{§}',
  '§^{-§}',
  '-§^{§}',
  '-§^{-§}',
  '(§^{§})',
  '(§^{-§})',
  '(-§^{§})',
  '(-§^{-§})',
] as const;

/** A formula's template key and the number literals taken out of it, in order. */
export function templateOf(tex: string): { key: string; literals: string[] } {
  const literals: string[] = [];
  const key = tex.replace(LITERAL, (literal) => {
    literals.push(literal);
    return '#';
  });
  return { key, literals };
}

/** The shape of a literal (its digit groups replaced by `§`) and the groups. */
export function shapeOf(literal: string): { shape: string; groups: string[] } {
  return { shape: literal.replace(GROUP, '§'), groups: literal.match(GROUP) ?? [] };
}

/** The MathML temml writes for one digit group: `1\,234{,}5` → `<mn>1</mn><mspace …/><mn>234,5</mn>`. */
export function groupMathml(group: string): string {
  return group
    .split('\\,')
    .map((part) => `<mn>${part.replace(/\{,\}/g, ',')}</mn>`)
    .join('<mspace width="0.1667em"></mspace>');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

/** Escapes text as temml does for its annotation. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Pre-rendered templates of one element's formulas, as the build writes them.
 * `templates[key] = [parts, slots]`: the MathML between the slots, as indices into `strings`
 * (parts.length = slots + 1; templates share most of their markup), and for each slot an index
 * into `slotFragments`, whose entry gives the index into `fragments` of each shape in
 * {@link SHAPES} order (−1: not rendered). Thousands of slots share a handful of such rows, so each
 * row is stored once (the playground's templates were 380 KB of repeated rows before).
 * Keys start with `D` (display) or `I` (inline). Fragments hold `§k` where group k goes.
 */
export interface FormulaTemplates {
  readonly strings: readonly string[];
  readonly fragments: readonly string[];
  readonly slotFragments: readonly (readonly number[])[];
  readonly templates: Readonly<Record<string, readonly [readonly number[], readonly number[]]>>;
}

const registered: FormulaTemplates[] = [];

/** Makes an element's pre-rendered formulas available to every `<gd-math>` on the page. */
export function registerFormulaTemplates(templates: FormulaTemplates): void {
  if (!registered.includes(templates)) registered.push(templates);
}

/** Fills a template; undefined when a literal has a shape the build did not render there. */
export function fillTemplate(
  data: FormulaTemplates,
  entry: readonly [readonly number[], readonly number[]],
  literals: readonly string[],
): string | undefined {
  const [partIndices, slots] = entry;
  if (slots.length !== literals.length) return undefined;
  const parts = partIndices.map((index) => data.strings[index] ?? '');
  let markup = parts[0] ?? '';
  for (const [i, literal] of literals.entries()) {
    const { shape, groups } = shapeOf(literal);
    const row = data.slotFragments[slots[i] ?? -1];
    const index = row?.[SHAPES.indexOf(shape as (typeof SHAPES)[number])] ?? -1;
    const fragment = index >= 0 ? data.fragments[index] : undefined;
    if (fragment === undefined) return undefined;
    markup += fragment.replace(/§(\d)/g, (_, k: string) => groupMathml(groups[Number(k)] ?? ''));
    markup += parts[i + 1] ?? '';
  }
  return markup;
}

/** Adds temml's annotation (the TeX source) to un-annotated MathML, as `annotate: true` would. */
export function annotate(markup: string, tex: string): string {
  const open = markup.indexOf('>') + 1;
  const close = markup.lastIndexOf('</math>');
  return `${markup.slice(0, open)}<semantics>${markup.slice(open, close)}<annotation encoding="application/x-tex">${escapeText(tex)}</annotation></semantics></math>`;
}

/** The pre-rendered MathML of `tex`, or undefined when no registered template fits. */
export function prerenderedMathml(tex: string, display: boolean): string | undefined {
  if (registered.length === 0) return undefined;
  const { key, literals } = templateOf(tex);
  const fullKey = (display ? 'D' : 'I') + key;
  for (const data of registered) {
    const entry = data.templates[fullKey];
    if (!entry) continue;
    const markup = fillTemplate(data, entry, literals);
    if (markup !== undefined) return annotate(markup, tex);
  }
  return undefined;
}

/** The `style` attributes temml writes and the class each becomes (rules in gd-math's styles). */
export const STYLE_CLASSES: Readonly<Record<string, string>> = {
  'display:block math;': 'gd-block-math',
  'padding-left:0pt;padding-right:0pt;': 'gd-no-pad',
  'math-depth:0;': 'gd-math-depth-0',
};

/**
 * Removes every `style` attribute, which a strict Content-Security-Policy (`style-src 'self'`) would
 * refuse: known ones become classes, others `data-gd-style` (applied through the CSSOM by gd-math).
 */
export function withoutStyleAttributes(markup: string): string {
  return markup.replace(
    /<([a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*>/g,
    (tag, name: string, attributes: string) => {
      const style = /\sstyle="([^"]*)"/.exec(attributes)?.[1];
      if (style === undefined) return tag;
      let rest = attributes.replace(/\sstyle="[^"]*"/, '');
      const mapped = STYLE_CLASSES[style];
      if (mapped) {
        const hasClass = /\sclass="([^"]*)"/.exec(rest);
        rest = hasClass
          ? rest.replace(/\sclass="([^"]*)"/, ` class="${hasClass[1]} ${mapped}"`)
          : `${rest} class="${mapped}"`;
      } else {
        rest = `${rest} data-gd-style="${style}"`;
      }
      return `<${name}${rest}>`;
    },
  );
}
