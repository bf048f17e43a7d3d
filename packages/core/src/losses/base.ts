import { tf } from '../tf.js';
import { LossError } from './errors.js';
import type { Loss, LossId, LossOptions } from './loss.js';

/** Defaults for every loss option: δ = 1, β = 1, the `mean` squared-error convention. */
export const DEFAULT_LOSS_OPTIONS: Readonly<Required<LossOptions>> = Object.freeze({
  delta: 1,
  beta: 1,
  convention: 'mean',
});

/** How {@link BaseLoss.formula} writes a loss's parameters. */
export interface FormulaOptions {
  /**
   * `false` (default): δ and β appear as their current numbers (`4\,(|r_i| - \tfrac{1}{2}\cdot 4)`),
   * which is what a learner moving a slider wants to see. `true`: as the symbols `\delta`, `\beta`.
   */
  symbolic?: boolean;
}

/** A loss formula in LaTeX, split in two so a widget can lay the parts out separately. */
export interface LossFormula {
  /** The per-example term ℓᵢ (with the definition of rᵢ or zᵢ where one is used). */
  term: string;
  /** The total L the optimizer minimises, written in terms of ℓᵢ. */
  total: string;
}

/** The mean over the n examples, as every loss here (except RMSE) totals its terms. */
export const MEAN_TOTAL = 'L = \\frac{1}{n}\\sum_{i=1}^{n} \\ell_i';

/** Writes a number for a LaTeX formula (`4`, `0.5`, `1.5 \times 10^{-3}`). */
export function latexNumber(x: number): string {
  const text = String(x);
  const match = /^(-?[\d.]+)e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, mantissa, exponent] = match;
  return `${mantissa} \\times 10^{${Number(exponent)}}`;
}

/** Merges options over the defaults, ignoring keys explicitly set to `undefined`. */
export function withDefaults(options: LossOptions = {}): Required<LossOptions> {
  const merged: Required<LossOptions> = { ...DEFAULT_LOSS_OPTIONS };
  if (options.delta !== undefined) merged.delta = options.delta;
  if (options.beta !== undefined) merged.beta = options.beta;
  if (options.convention !== undefined) merged.convention = options.convention;
  return merged;
}

/**
 * Checks δ > 0, β > 0 (finite) and the convention name.
 * @throws {LossError} `invalid-option`, naming the option and its value.
 */
export function validateLossOptions(options: Required<LossOptions>): void {
  for (const name of ['delta', 'beta'] as const) {
    const value = options[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new LossError(
        'invalid-option',
        `Option "${name}" must be a finite number greater than 0; got ${String(value)}.`,
        { option: name, value },
      );
    }
  }
  if (options.convention !== 'mean' && options.convention !== 'half') {
    throw new LossError(
      'invalid-option',
      `Option "convention" must be "mean" or "half"; got ${String(options.convention)}.`,
      { option: 'convention', value: options.convention },
    );
  }
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/**
 * What the losses share: options (validated at every evaluation, since a slider may change them),
 * shape checks, `tf.tidy` around the math, and the mean as the default total.
 *
 * A subclass writes `computePerExample` (and `reduce` when its total is not the mean). The tensor
 * methods check shapes only: they never read data back, so they can run every training step.
 * Value checks (probabilities in [0, 1], one-hot rows) happen in `evaluateLoss`, on plain numbers.
 */
export abstract class BaseLoss implements Loss {
  abstract readonly id: LossId;
  abstract readonly input: 'prediction' | 'logits';
  /** `elementwise`: targets and outputs `[n]` (or `[n, 1]`); `categorical`: both `[n, k]`. */
  abstract readonly layout: 'elementwise' | 'categorical';
  readonly options: Required<LossOptions>;

  /** @throws {LossError} `invalid-option` for δ ≤ 0, β ≤ 0 or an unknown convention. */
  constructor(options: LossOptions = {}) {
    this.options = withDefaults(options);
    validateLossOptions(this.options);
  }

  /** The per-example term and the total in LaTeX. */
  abstract formulaParts(options?: FormulaOptions): LossFormula;

  /** Per-example term, then total, in one LaTeX string. */
  formula(options?: FormulaOptions): string {
    const { term, total } = this.formulaParts(options);
    return `${term}, \\qquad ${total}`;
  }

  /**
   * Per-example losses, shape `[n]`. Caller disposes.
   * @throws {LossError} `invalid-option`, `empty` or `shape-mismatch`.
   */
  perExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor1D {
    this.check(targets, outputs);
    return tf.tidy(() => this.computePerExample(targets, outputs) as tf.Tensor1D);
  }

  /**
   * The total the optimizer minimises, a scalar. Caller disposes.
   * @throws {LossError} `invalid-option`, `empty` or `shape-mismatch`.
   */
  total(targets: tf.Tensor, outputs: tf.Tensor): tf.Scalar {
    this.check(targets, outputs);
    return tf.tidy(() => this.reduce(this.computePerExample(targets, outputs) as tf.Tensor1D));
  }

  /** Per-example terms `[n]` from validated inputs; runs inside `tf.tidy`. */
  protected abstract computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor;

  /** Total from the per-example terms; the mean unless a subclass says otherwise. */
  protected reduce(perExample: tf.Tensor1D): tf.Scalar {
    return tf.mean(perExample);
  }

  /** Reshapes `[n]` or `[n, 1]` inputs to `[n]`. Call only inside a tidy. */
  protected flat(t: tf.Tensor): tf.Tensor1D {
    return t.rank === 1 ? (t as tf.Tensor1D) : tf.reshape(t, [t.shape[0] ?? 0]);
  }

  private check(targets: tf.Tensor, outputs: tf.Tensor): void {
    validateLossOptions(this.options);
    const same =
      targets.rank === outputs.rank && targets.shape.every((size, axis) => size === outputs.shape[axis]);
    const rankOk =
      this.layout === 'categorical'
        ? targets.rank === 2
        : targets.rank === 1 || (targets.rank === 2 && targets.shape[1] === 1);
    if (!same || !rankOk) {
      const expected = this.layout === 'categorical' ? '[n, k] and [n, k]' : '[n] and [n] (or [n, 1])';
      const actual = `${shapeText(targets.shape)} and ${shapeText(outputs.shape)}`;
      throw new LossError(
        'shape-mismatch',
        `Loss "${this.id}" needs targets and outputs of shapes ${expected}; got ${actual}.`,
        { expected, actual },
      );
    }
    if ((targets.shape[0] ?? 0) === 0 || targets.size === 0) {
      throw new LossError('empty', `Loss "${this.id}" needs at least one example; got none.`);
    }
  }
}
