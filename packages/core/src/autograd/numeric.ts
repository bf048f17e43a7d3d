/**
 * Numerical derivatives by central differences, and a gradient check that compares them with an
 * analytic gradient: the test every hand-written backward pass should pass.
 */
import { tf } from '../tf.js';
import '../tf-gradients.js';
import { AutogradError } from './errors.js';

/** Options of the finite-difference helpers. */
export interface NumericGradientOptions {
  /** Step ε > 0. Defaults: 1e-5 for plain-number functions (float64), 1e-3 for tensor functions (float32). */
  epsilon?: number;
}

/** Options of the gradient checks. */
export interface GradientCheckOptions extends NumericGradientOptions {
  /**
   * Accepted error per component: |analytic − numeric| ≤ tolerance · max(1, |analytic|, |numeric|).
   * Defaults: 1e-6 in float64 ({@link checkHandGradient}), 1e-2 in float32 ({@link checkGradient}).
   */
  tolerance?: number;
}

/** What a gradient check found, as plain numbers a lesson can tabulate. */
export interface GradientCheck {
  /** The gradient being checked (autodiff or hand-written), flattened. */
  readonly analytic: number[];
  /** The central-difference estimate, flattened. */
  readonly numeric: number[];
  /** max_i |analytic_i − numeric_i|. */
  readonly maxAbsError: number;
  /** max_i |analytic_i − numeric_i| / max(|analytic_i|, |numeric_i|) (0 where both are 0). */
  readonly maxRelError: number;
  /** Every component within tolerance (see {@link GradientCheckOptions.tolerance}). */
  readonly ok: boolean;
}

function checkPositive(value: number, code: 'invalid-epsilon' | 'invalid-tolerance', name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new AutogradError(code, `${name} must be a finite number greater than 0, got ${value}.`);
  }
  return value;
}

function checkPoint(x: ArrayLike<number>): void {
  if (x.length === 0) throw new AutogradError('invalid-point', 'Cannot differentiate at an empty point.');
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) {
      throw new AutogradError(
        'invalid-point',
        `Component ${i} of the point is ${x[i]}, not a finite number.`,
      );
    }
  }
}

/**
 * ∇f(x) by central differences, in float64:
 *
 *     ∂f/∂xᵢ ≈ (f(x + ε eᵢ) − f(x − ε eᵢ)) / 2ε
 *
 * The error is O(ε²) plus rounding of order (machine ε)·|f|/ε, hence the default ε = 1e-5.
 * Calls f 2n times.
 *
 * @throws AutogradError `invalid-epsilon`, `invalid-point`.
 * @example
 * numericGradient(([a, b]) => a * a * b, [3, 2]);   // ≈ [12, 9]
 */
export function numericGradient(
  f: (x: number[]) => number,
  x: readonly number[],
  options: NumericGradientOptions = {},
): number[] {
  const epsilon = checkPositive(options.epsilon ?? 1e-5, 'invalid-epsilon', 'epsilon');
  checkPoint(x);
  return x.map((xi, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i] = xi + epsilon;
    minus[i] = xi - epsilon;
    // Divide by the step the floating-point numbers actually took, not by the 2ε we asked for.
    return (f(plus) - f(minus)) / (xi + epsilon - (xi - epsilon));
  });
}

/**
 * ∇f(x) by central differences for a function of a tensor, as a tensor shaped like x. Caller
 * disposes. Runs in float32, so ε defaults to 1e-3 and the estimate is good to about 3–4 digits.
 * Calls f 2n times and reads each value back synchronously: a tool for lessons and tests, not for
 * a UI loop.
 *
 * @throws AutogradError `invalid-epsilon`, `invalid-point`, `not-scalar`.
 */
export function numericGradientTensor(
  f: (x: tf.Tensor) => tf.Scalar,
  x: tf.Tensor,
  options: NumericGradientOptions = {},
): tf.Tensor {
  const epsilon = checkPositive(options.epsilon ?? 1e-3, 'invalid-epsilon', 'epsilon');
  const base = Float32Array.from(x.dataSync() as Float32Array);
  checkPoint(base);
  const evaluate = (values: Float32Array): number =>
    tf.tidy(() => {
      const y = f(tf.tensor(values, x.shape, 'float32'));
      if (y.size !== 1) {
        throw new AutogradError('not-scalar', `f must return a scalar, got shape [${y.shape}].`);
      }
      return y.dataSync()[0] ?? Number.NaN;
    });
  const gradient = new Float32Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const xi = base[i] ?? 0;
    const plus = Float32Array.from(base);
    const minus = Float32Array.from(base);
    plus[i] = xi + epsilon;
    minus[i] = xi - epsilon;
    // Divide by the step float32 actually took, not by the 2ε we asked for.
    gradient[i] = (evaluate(plus) - evaluate(minus)) / ((plus[i] ?? 0) - (minus[i] ?? 0));
  }
  return tf.tensor(gradient, x.shape, 'float32');
}

function compare(analytic: number[], numeric: number[], tolerance: number): GradientCheck {
  if (analytic.length !== numeric.length) {
    throw new AutogradError(
      'length-mismatch',
      `The analytic gradient has ${analytic.length} components, the point has ${numeric.length}.`,
    );
  }
  let maxAbsError = 0;
  let maxRelError = 0;
  let ok = true;
  analytic.forEach((a, i) => {
    const n = numeric[i] ?? Number.NaN;
    const error = Math.abs(a - n);
    const scale = Math.max(Math.abs(a), Math.abs(n));
    maxAbsError = Math.max(maxAbsError, error);
    if (scale > 0) maxRelError = Math.max(maxRelError, error / scale);
    // `!(x <= y)` also fails on NaN.
    if (!(error <= tolerance * Math.max(1, scale))) ok = false;
  });
  if (analytic.some(Number.isNaN) || numeric.some(Number.isNaN)) {
    maxAbsError = Number.NaN;
    maxRelError = Number.NaN;
  }
  return { analytic, numeric, maxAbsError, maxRelError, ok };
}

/**
 * Checks tfjs's autodiff gradient of `f` at `x` against central differences (both float32).
 *
 * @param f a scalar function of one tensor.
 * @param x the point, as a tensor (borrowed) or plain numbers (a 1-D tensor is made and freed).
 * @throws AutogradError `invalid-epsilon`, `invalid-tolerance`, `invalid-point`, `not-scalar`.
 * @example
 * checkGradient((w) => tf.sum(tf.square(w)), [1, -2]).ok;   // true
 */
export function checkGradient(
  f: (x: tf.Tensor) => tf.Scalar,
  x: tf.Tensor | readonly number[],
  options: GradientCheckOptions = {},
): GradientCheck {
  const tolerance = checkPositive(options.tolerance ?? 1e-2, 'invalid-tolerance', 'tolerance');
  const point = x instanceof tf.Tensor ? x : tf.tensor1d([...x]);
  try {
    const numericTensor = numericGradientTensor(f, point, options);
    const analyticTensor = tf.grad(f)(point);
    const analytic = Array.from(analyticTensor.dataSync());
    const numeric = Array.from(numericTensor.dataSync());
    tf.dispose([numericTensor, analyticTensor]);
    return compare(analytic, numeric, tolerance);
  } finally {
    if (point !== x) point.dispose();
  }
}

/**
 * Checks a hand-written gradient against central differences, all in float64: the exercise
 * "derive ∂L/∂w yourself, then let the computer check it".
 *
 * @param f the function, on plain numbers.
 * @param gradient your formula for ∇f.
 * @throws AutogradError `invalid-epsilon`, `invalid-tolerance`, `invalid-point`, `length-mismatch`.
 * @example
 * // L(w) = ½(2 − w)², so dL/dw = w − 2.
 * checkHandGradient(([w]) => 0.5 * (2 - w) ** 2, ([w]) => [w - 2], [5]).ok;   // true
 */
export function checkHandGradient(
  f: (x: number[]) => number,
  gradient: (x: number[]) => readonly number[],
  x: readonly number[],
  options: GradientCheckOptions = {},
): GradientCheck {
  const tolerance = checkPositive(options.tolerance ?? 1e-6, 'invalid-tolerance', 'tolerance');
  const numeric = numericGradient(f, x, options);
  return compare([...gradient([...x])], numeric, tolerance);
}
