// Formulas pre-rendered at build time: every `<gd-math tex="…">` of a page gets its MathML inside
// the tag, written by temml here, so the reader's browser shows it without loading a TeX parser
// (gd-math shows MathML it finds inside itself as it is). No `style` attributes, for a strict CSP.
import { withoutStyleAttributes } from '@gd-playground/components/mathml';
import temml from 'temml';

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decodeEntities = (text) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);

/** The page's markup with the MathML of each empty `<gd-math tex="…">` put inside it. */
export function prerenderMath(markup, where) {
  return markup.replace(/<gd-math(\s[^>]*)?><\/gd-math>/g, (tag, attributes = '') => {
    const tex = /\stex="([^"]*)"/.exec(attributes)?.[1];
    if (tex === undefined) return tag;
    const display = /\sdisplay(?:[\s=>]|$)/.test(attributes);
    let math;
    try {
      math = temml.renderToString(decodeEntities(tex), {
        displayMode: display,
        throwOnError: true,
        annotate: true,
      });
    } catch (error) {
      throw new Error(`${where}: <gd-math tex="${tex}"> is not TeX temml can typeset: ${error.message}`);
    }
    return `<gd-math${attributes}>${withoutStyleAttributes(math)}</gd-math>`;
  });
}
