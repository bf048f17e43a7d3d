/**
 * The settings of `<gd-lr-slider>`: its attributes declared once (the schema parses each on its
 * own), and the rules between them that only the element can apply (min < max; the rate on the
 * slider), which refuse the side that just changed.
 */
import {
  type AttributeProblem,
  fail,
  type Parsed,
  parseInRange,
  parseNumber,
  parseOption,
  parsePositive,
} from '../internal/attributes.js';
import { type AttributeSchema, attr, checkByParsing } from '../internal/schema.js';
import type { Convention } from './regime.js';

/** The numeric settings and the convention, as last accepted. */
export interface Settings {
  learningRate: number;
  min: number;
  max: number;
  x: number;
  target: number;
  start: number;
  steps: number;
  tolerance: number;
  convention: Convention;
}

/** The curriculum's one-weight problem (y = 2x at x = 1, from w = 5) with α = 0.1 on [0.001, 10]. */
export const DEFAULTS: Readonly<Settings> = Object.freeze({
  learningRate: 0.1,
  min: 0.001,
  max: 10,
  x: 1,
  target: 2,
  start: 5,
  steps: 100,
  tolerance: 0.01,
  convention: 'half',
});

/** The settings' keys, each a property of the element. */
export const SETTING_KEYS = Object.keys(DEFAULTS) as readonly (keyof Settings)[];

/** The attribute of each setting. */
export const SETTING_ATTRIBUTES: Readonly<Record<keyof Settings, string>> = {
  learningRate: 'learning-rate',
  min: 'min',
  max: 'max',
  x: 'x',
  target: 'target',
  start: 'start',
  steps: 'steps',
  tolerance: 'tolerance',
  convention: 'convention',
};

/** A step budget: a whole number of steps from 1 to 10,000 (a fraction is rounded). */
export function parseSteps(text: string): Parsed<number> {
  const parsed = parseInRange(text, 1, 10_000);
  return parsed.ok ? { ok: true, value: Math.round(parsed.value) } : parsed;
}

/** The squared-error convention: `half` or `mean`. */
export const parseConvention = (text: string): Parsed<Convention> => parseOption(text, ['half', 'mean']);

/** An element id (`for`): one word, no spaces; blank means "not linked". */
export function parseElementId(text: string): Parsed<string> {
  const id = text.trim();
  return /\s/.test(id) ? fail('not-an-id') : { ok: true, value: id };
}

/** One numeric setting: parsed from its attribute and checked the same way when set as a property. */
function numeric(key: keyof Settings, parse: (text: string) => Parsed<number>) {
  return attr({
    attribute: SETTING_ATTRIBUTES[key],
    property: key,
    parse,
    default: DEFAULTS[key] as number,
    check: checkByParsing(parse),
  });
}

/** Every attribute of `<gd-lr-slider>` but the `hide-…` switches. */
export const LR_SLIDER_SCHEMA: AttributeSchema = [
  numeric('learningRate', parsePositive),
  numeric('min', parsePositive),
  numeric('max', parsePositive),
  numeric('x', parsePositive),
  numeric('target', parseNumber),
  numeric('start', parseNumber),
  numeric('steps', parseSteps),
  numeric('tolerance', parsePositive),
  attr({
    attribute: 'convention',
    property: 'convention',
    parse: parseConvention,
    default: DEFAULTS.convention,
    check: checkByParsing(parseConvention),
  }),
  // Whether the id names an element is known only in the page: `no-target` comes from the element.
  attr({
    attribute: 'for',
    property: 'for',
    parse: parseElementId,
    default: '',
    check: checkByParsing(parseElementId),
  }),
];

/** A refusal of a cross-field rule, for the element to show. */
export interface CrossFieldProblem {
  readonly key: keyof Settings;
  readonly problem: AttributeProblem;
}

/**
 * Applies the rules between settings to `next` (each field already parsed): min < max refuses the
 * side that just changed (`max` first, then `min`); a rate set outside [min, max] is refused, an
 * old one is clamped into the new range.
 */
export function reconcile(
  before: Readonly<Settings>,
  proposed: Readonly<Settings>,
  changed: (key: keyof Settings) => boolean,
): { settings: Settings; problems: CrossFieldProblem[] } {
  const next = { ...proposed };
  const problems: CrossFieldProblem[] = [];
  if (next.min >= next.max) {
    if (changed('max') && next.max !== before.max) {
      problems.push({ key: 'max', problem: { code: 'out-of-range', params: { min: next.min, max: '∞' } } });
      next.max = before.max;
    }
    if (next.min >= next.max) {
      problems.push({ key: 'min', problem: { code: 'out-of-range', params: { min: 0, max: next.max } } });
      next.min = before.min;
    }
  }
  if (next.learningRate < next.min || next.learningRate > next.max) {
    if (changed('learningRate') && next.learningRate !== before.learningRate) {
      problems.push({
        key: 'learningRate',
        problem: { code: 'out-of-range', params: { min: next.min, max: next.max } },
      });
      next.learningRate = before.learningRate;
    }
    next.learningRate = Math.min(next.max, Math.max(next.min, next.learningRate));
  }
  return { settings: next, problems };
}
