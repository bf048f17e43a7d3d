/**
 * The attributes of `<gd-mri>`, declared once (see `internal/schema.ts`).
 */
import { MASK_KINDS, type MaskKind, REGULARIZER_KINDS, type RegularizerKind } from '@gd-playground/core';
import {
  type Parsed,
  parseInRange,
  parseNumber,
  parseOption,
  parsePositive,
} from '../internal/attributes.js';
import { attr, checkByParsing } from '../internal/schema.js';

export const DEFAULTS = {
  size: 128,
  mask: 'random' as MaskKind,
  acceleration: 4,
  center: 0.08,
  seed: 1,
  stepSize: 0.35,
  lambda: 0.002,
  epsilon: 0.01,
  regularizer: 'tv' as RegularizerKind,
  dataConsistency: false,
};

/** `size`: a whole number of pixels, 64 to 256. */
export function parseSize(text: string): Parsed<number> {
  const parsed = parseInRange(text, 64, 256);
  if (!parsed.ok) return parsed;
  return Number.isInteger(parsed.value) ? parsed : { ok: false, problem: { code: 'not-integer' } };
}

/** `acceleration` R: 2 to 8. */
export const parseAcceleration = (text: string): Parsed<number> => parseInRange(text, 2, 8);
/** `center`: fraction of lines always measured, 0 to 0.5. */
export const parseCenter = (text: string): Parsed<number> => parseInRange(text, 0, 0.5);
/** `lambda` λ ≥ 0, at most 1. */
export const parseLambda = (text: string): Parsed<number> => parseInRange(text, 0, 1);
/** `step-size` η: 0 < η ≤ 10. */
export function parseStepSize(text: string): Parsed<number> {
  const parsed = parsePositive(text);
  if (!parsed.ok) return parsed;
  return parsed.value <= 10
    ? parsed
    : { ok: false, problem: { code: 'out-of-range', params: { min: 0, max: 10 } } };
}
/** `epsilon` ε of smoothed TV: 0.001 to 1. */
export const parseEpsilon = (text: string): Parsed<number> => parseInRange(text, 0.001, 1);
/** `data-consistency`: on/off words. */
export function parseSwitch(text: string): Parsed<boolean> {
  const parsed = parseOption(text, ['true', 'false', 'on', 'off', ''] as const);
  return parsed.ok
    ? { ok: true, value: parsed.value === 'true' || parsed.value === 'on' || parsed.value === '' }
    : parsed;
}

export const mriSchema = [
  attr({
    attribute: 'size',
    property: 'size',
    parse: parseSize,
    default: DEFAULTS.size,
    resets: true,
    check: checkByParsing(parseSize),
  }),
  attr({
    attribute: 'mask',
    property: 'mask',
    parse: (t) => parseOption(t, MASK_KINDS),
    default: DEFAULTS.mask,
    resets: true,
  }),
  attr({
    attribute: 'acceleration',
    property: 'acceleration',
    parse: parseAcceleration,
    default: DEFAULTS.acceleration,
    resets: true,
    check: checkByParsing(parseAcceleration),
  }),
  attr({
    attribute: 'center',
    property: 'center',
    parse: parseCenter,
    default: DEFAULTS.center,
    resets: true,
    check: checkByParsing(parseCenter),
  }),
  attr({ attribute: 'seed', property: 'seed', parse: parseNumber, default: DEFAULTS.seed, resets: true }),
  attr({
    attribute: 'step-size',
    property: 'stepSize',
    parse: parseStepSize,
    default: DEFAULTS.stepSize,
    check: checkByParsing(parseStepSize),
  }),
  attr({
    attribute: 'lambda',
    property: 'lambda',
    parse: parseLambda,
    default: DEFAULTS.lambda,
    check: checkByParsing(parseLambda),
  }),
  attr({
    attribute: 'epsilon',
    property: 'epsilon',
    parse: parseEpsilon,
    default: DEFAULTS.epsilon,
    check: checkByParsing(parseEpsilon),
  }),
  attr({
    attribute: 'regularizer',
    property: 'regularizer',
    parse: (t) => parseOption(t, REGULARIZER_KINDS),
    default: DEFAULTS.regularizer,
  }),
  attr({
    attribute: 'data-consistency',
    property: 'dataConsistency',
    parse: parseSwitch,
    default: DEFAULTS.dataConsistency,
  }),
];
