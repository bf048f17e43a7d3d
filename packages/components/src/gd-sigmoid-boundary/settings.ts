/**
 * The attributes of `<gd-sigmoid-boundary>`, declared once (see `internal/schema.ts`): how each one's
 * text becomes a property, its default, whether a change starts a new run, and how a value set from
 * JavaScript is checked. Rules across two attributes (one weight and one probe coordinate per
 * feature) are the element's, in {@link lengthProblem}.
 */
import {
  type AttributeProblem,
  type Parsed,
  parseInRange,
  parseNumber,
  parseNumberList,
  parseOption,
  parsePositive,
} from '../internal/attributes.js';
import { type AttributeSpec, attr } from '../internal/schema.js';
import { parseDataAttribute, SIGMOID_PRESETS, type SigmoidPreset, type SigmoidRow } from './data.js';

/** `features`: 1 or 2. */
export function parseFeatures(text: string): Parsed<1 | 2> {
  const parsed = parseOption(text, ['1', '2'] as const);
  return parsed.ok ? { ok: true, value: parsed.value === '1' ? 1 : 2 } : parsed;
}

/** A probability in (0, 1), exclusive: a threshold of 0 or 1 puts the boundary at infinity. */
export function parseOpenUnit(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  return parsed.value > 0 && parsed.value < 1 ? parsed : { ok: false, problem: outOfUnit };
}

/** `steps-per-frame`: 1 to 100, rounded to a whole number of steps. */
export function parseStepsPerFrame(text: string): Parsed<number> {
  const parsed = parseInRange(text, 1, 100);
  return parsed.ok ? { ok: true, value: Math.round(parsed.value) } : parsed;
}

const outOfUnit: AttributeProblem = { code: 'out-of-range', params: { min: 0, max: 1 } };

/** A list of finite numbers set from JavaScript (weights, probe). */
function checkFiniteList(values: readonly number[] | undefined): AttributeProblem | undefined {
  if (!Array.isArray(values)) return { code: 'not-a-list' };
  return values.every((v) => typeof v === 'number' && Number.isFinite(v))
    ? undefined
    : { code: 'not-a-list' };
}

/** The rule across `features` and `weights` (or `probe`): one number per feature. */
export function lengthProblem(values: readonly number[], features: number): AttributeProblem | undefined {
  return values.length === features
    ? undefined
    : { code: 'length-mismatch', params: { actual: values.length, expected: features, other: 'features' } };
}

/**
 * Fits weights (or a probe) to the feature count: the value when it has one number per feature;
 * otherwise the problem, and the last value that fitted, or `fill` for each feature (or undefined).
 */
export function fitFeatures(
  value: number[] | undefined,
  last: number[] | undefined,
  features: number,
  fill?: number,
): { value?: number[]; problem?: AttributeProblem } {
  const problem = value === undefined ? undefined : lengthProblem(value, features);
  if (!problem) return { value };
  if (last && last.length === features) return { value: last, problem };
  return { value: fill === undefined ? undefined : new Array<number>(features).fill(fill), problem };
}

/** Defaults, shared by the schema and the property declarations. */
export const DEFAULTS = {
  features: 2 as 1 | 2,
  bias: 0,
  threshold: 0.5,
  learningRate: 0.5,
  preset: 'blobs' as SigmoidPreset,
  seed: 1,
  stepsPerFrame: 1,
} as const;

export const sigmoidSchema = [
  attr<1 | 2>({
    attribute: 'features',
    property: 'features',
    parse: parseFeatures,
    default: DEFAULTS.features,
    resets: true,
  }),
  // Undefined: one weight of 1 per feature.
  attr<number[] | undefined>({
    attribute: 'weights',
    property: 'weights',
    parse: parseNumberList,
    default: undefined,
    check: checkFiniteList,
  }),
  attr<number>({
    attribute: 'bias',
    property: 'bias',
    parse: parseNumber,
    default: DEFAULTS.bias,
    check: (value) => (Number.isFinite(value) ? undefined : { code: 'not-finite' }),
  }),
  attr<number>({
    attribute: 'threshold',
    property: 'threshold',
    parse: parseOpenUnit,
    default: DEFAULTS.threshold,
    check: (value) => (value > 0 && value < 1 ? undefined : outOfUnit),
  }),
  attr<number>({
    attribute: 'learning-rate',
    property: 'learningRate',
    parse: parsePositive,
    default: DEFAULTS.learningRate,
    check: (value) => (Number.isFinite(value) && value > 0 ? undefined : { code: 'not-positive' }),
  }),
  attr<number[] | undefined>({
    attribute: 'probe',
    property: 'probe',
    parse: parseNumberList,
    default: undefined,
    check: checkFiniteList,
  }),
  // Rows set as a property are checked with the feature count when the data is resolved.
  attr<readonly SigmoidRow[] | undefined>({
    attribute: 'data',
    property: 'data',
    parse: parseDataAttribute,
    default: undefined,
    resets: true,
  }),
  attr<SigmoidPreset>({
    attribute: 'preset',
    property: 'preset',
    parse: (text) => parseOption(text, SIGMOID_PRESETS),
    default: DEFAULTS.preset,
    resets: true,
  }),
  attr<number>({
    attribute: 'seed',
    property: 'seed',
    parse: parseNumber,
    default: DEFAULTS.seed,
    resets: true,
  }),
  attr<number>({
    attribute: 'steps-per-frame',
    property: 'stepsPerFrame',
    parse: parseStepsPerFrame,
    default: DEFAULTS.stepsPerFrame,
  }),
];

/** The schema entry of a property (for writing values the element accepts without a check). */
export function specOf(property: string): AttributeSpec<unknown> {
  const spec = sigmoidSchema.find((entry) => entry.property === property);
  if (!spec) throw new Error(`no schema entry for ${property}`);
  return spec as unknown as AttributeSpec<unknown>;
}
