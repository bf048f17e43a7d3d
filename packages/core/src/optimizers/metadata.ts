import type { HyperparameterConstraint } from './errors.js';
import type { OptimizerKind } from './optimizer.js';

/** How a widget's slider for one hyperparameter behaves. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  /** `log`: the slider moves through powers of ten (learning rates, ε); `linear`: evenly. */
  readonly scale: 'linear' | 'log';
  /** Step for linear sliders; log sliders move continuously in the exponent. */
  readonly step?: number;
}

/** One numeric hyperparameter as a widget presents it. */
export interface HyperparameterInfo {
  /** Key in the optimizer's `hyperparameters` object, e.g. `learningRate`. */
  readonly name: string;
  /** Its symbol in the update rule, LaTeX, e.g. `\alpha`. */
  readonly symbol: string;
  /** Default value (equal to `tf.train`'s default where tfjs has one). */
  readonly default: number;
  /** The range every value must satisfy; the optimizer throws otherwise. */
  readonly constraint: HyperparameterConstraint;
  /** Suggested slider range (a subset of what `constraint` allows). */
  readonly slider: SliderRange;
}

/** What a widget needs to present an optimizer: its name, knobs, state and update rule. */
export interface OptimizerMetadata {
  readonly kind: OptimizerKind;
  /** English display name, e.g. `Adam` (widgets translate by `kind`). */
  readonly name: string;
  /** Numeric hyperparameters, in display order. */
  readonly hyperparameters: readonly HyperparameterInfo[];
  /** Per-variable state slots, in display order (empty for plain gradient descent). */
  readonly slotNames: readonly string[];
  /** The update rule in LaTeX (KaTeX-compatible), one `\\`-separated line per assignment. */
  readonly updateRule: string;
}

/** The learning-rate knob every optimizer has: log scale from 10⁻⁴ to `max`. */
export function learningRateInfo(defaultValue: number, max = 10, symbol = '\\alpha'): HyperparameterInfo {
  return {
    name: 'learningRate',
    symbol,
    default: defaultValue,
    constraint: 'positive',
    slider: { min: 1e-4, max, scale: 'log' },
  };
}

/** ε, the small constant that keeps a division finite; 1e-7 is tfjs's float32 backend epsilon. */
export const EPSILON_INFO: HyperparameterInfo = {
  name: 'epsilon',
  symbol: '\\varepsilon',
  default: 1e-7,
  constraint: 'positive',
  slider: { min: 1e-10, max: 1e-1, scale: 'log' },
};

/** A decay rate β in [0, 1). */
export function fractionInfo(name: string, symbol: string, defaultValue: number): HyperparameterInfo {
  return {
    name,
    symbol,
    default: defaultValue,
    constraint: 'fraction',
    slider: { min: 0, max: 0.999, scale: 'linear', step: 0.001 },
  };
}

/** Default values of a metadata's hyperparameters as an object. */
export function defaultsOf(metadata: OptimizerMetadata): Record<string, number> {
  return Object.fromEntries(metadata.hyperparameters.map((h) => [h.name, h.default]));
}
