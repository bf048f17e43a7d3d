import { createRandom } from '../data/random.js';
import { ModelError } from './errors.js';
import type { ParameterValues } from './model.js';

/**
 * How a model's parameters start:
 * - `'zeros'`: every parameter 0 (fine for linear, logistic and softmax models, whose loss is
 *   convex; an MLP started at zeros never breaks the symmetry between its hidden units);
 * - explicit values, keyed by parameter name (`{ w: [5.1, 6.5], b: [133] }`); parameters not
 *   listed start at 0;
 * - `{ seed }`: weights drawn from a seeded normal distribution (Glorot, or He before ReLU),
 *   biases 0. The same seed gives the same weights in every browser.
 */
export type ModelInit = 'zeros' | ParameterValues | { readonly seed: number | string };

/** Weight-initialisation schemes. */
export type InitScheme = 'glorot' | 'he';

/**
 * Standard deviation of a seeded weight:
 * Glorot (Xavier) normal σ = √(2 / (fanIn + fanOut)), suited to tanh, sigmoid and linear outputs;
 * He normal σ = √(2 / fanIn), suited to ReLU, which zeroes half its inputs.
 */
export function initStandardDeviation(scheme: InitScheme, fanIn: number, fanOut: number): number {
  return scheme === 'he' ? Math.sqrt(2 / fanIn) : Math.sqrt(2 / (fanIn + fanOut));
}

/** True when `init` is the `{ seed }` form. */
export function isSeedInit(init: ModelInit): init is { readonly seed: number | string } {
  return typeof init === 'object' && init !== null && 'seed' in init && !Array.isArray(init.seed);
}

/** What a model needs to know to initialise one parameter. */
export interface ParameterInitSpec {
  readonly name: string;
  readonly shape: readonly number[];
  /** Weights get random values under a seed; biases stay 0; scales (a normalisation's γ) start at 1. */
  readonly role: 'weight' | 'bias' | 'scale';
  readonly fanIn: number;
  readonly fanOut: number;
  readonly scheme: InitScheme;
}

/**
 * Turns an `init` into plain starting values for every parameter.
 *
 * @throws ModelError `invalid-init` for an init that is none of the three forms or a bad seed,
 *   `unknown-parameter` / `parameter-length-mismatch` / `non-finite-parameter` for explicit values
 *   that do not fit.
 */
export function initialValues(init: ModelInit, specs: readonly ParameterInitSpec[]): ParameterValues {
  const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
  const out: ParameterValues = {};
  if (init === 'zeros') {
    for (const s of specs) out[s.name] = new Array<number>(sizeOf(s.shape)).fill(s.role === 'scale' ? 1 : 0);
    return out;
  }
  if (typeof init !== 'object' || init === null) {
    throw new ModelError(
      'invalid-init',
      `Model init must be 'zeros', parameter values or { seed }, got ${String(init)}.`,
      {
        init,
      },
    );
  }
  if (isSeedInit(init)) {
    const seed = init.seed;
    if ((typeof seed !== 'number' || !Number.isFinite(seed)) && typeof seed !== 'string') {
      throw new ModelError('invalid-init', `Model init seed must be a finite number or a string.`, { seed });
    }
    const root = createRandom(seed);
    for (const s of specs) {
      const n = sizeOf(s.shape);
      if (s.role !== 'weight') {
        out[s.name] = new Array<number>(n).fill(s.role === 'scale' ? 1 : 0);
      } else {
        // One stream per parameter name, so adding a layer never changes the others' weights.
        const rng = root.fork(s.name);
        const sd = initStandardDeviation(s.scheme, s.fanIn, s.fanOut);
        out[s.name] = Array.from({ length: n }, () => rng.normal(0, sd));
      }
    }
    return out;
  }
  validateValues(init, specs);
  for (const s of specs)
    out[s.name] =
      init[s.name]?.slice() ?? new Array<number>(sizeOf(s.shape)).fill(s.role === 'scale' ? 1 : 0);
  return out;
}

/**
 * Checks plain values against the parameters they are meant for.
 *
 * @throws ModelError `unknown-parameter` (no such name), `parameter-length-mismatch` (wrong
 *   number of values; details `expected`, `actual`), `non-finite-parameter` (NaN or ±Infinity).
 */
export function validateValues(
  values: Partial<ParameterValues>,
  specs: readonly { readonly name: string; readonly shape: readonly number[] }[],
): void {
  for (const [name, numbers] of Object.entries(values)) {
    if (numbers === undefined) continue;
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      throw new ModelError(
        'unknown-parameter',
        `This model has no parameter '${name}' (it has ${specs.map((s) => s.name).join(', ')}).`,
        { parameter: name, known: specs.map((s) => s.name) },
      );
    }
    const expected = spec.shape.reduce((a, b) => a * b, 1);
    if (!Array.isArray(numbers) || numbers.length !== expected) {
      const actual = Array.isArray(numbers) ? numbers.length : undefined;
      throw new ModelError(
        'parameter-length-mismatch',
        `Parameter '${name}' has shape [${spec.shape.join(', ')}] and needs ${expected} values, got ${actual ?? 'no array'}.`,
        { parameter: name, expected, actual, shape: spec.shape },
      );
    }
    const bad = numbers.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
    if (bad >= 0) {
      throw new ModelError(
        'non-finite-parameter',
        `Parameter '${name}' value at index ${bad} is ${String(numbers[bad])}, not a finite number.`,
        { parameter: name, index: bad, value: numbers[bad] },
      );
    }
  }
}
