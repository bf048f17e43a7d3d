/**
 * Thin, documented wrappers over tfjs's automatic differentiation. Each says who disposes what:
 * every tensor these functions return is new, and the caller disposes it.
 */
import type { VariableGradient } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';
import '../tf-gradients.js';
import { AutogradError } from './errors.js';

/**
 * The gradient function of `f`: x ↦ ∂f/∂x (summed over f's outputs when f is not a scalar, i.e.
 * a vector–Jacobian product with dy = ones, or with the given `dy`). Wraps `tf.grad`.
 *
 * The returned function's result has x's shape. Caller disposes it; intermediate tensors of f are
 * freed by tfjs.
 *
 * @example
 * const dSquare = gradientOf((x: tf.Tensor) => tf.square(x));
 * const g = dSquare(tf.tensor1d([1, 2, 3]));   // [2, 4, 6]
 */
export function gradientOf<I extends tf.Tensor, O extends tf.Tensor>(f: (x: I) => O): (x: I, dy?: O) => I {
  const g = tf.grad(f as unknown as (x: tf.Tensor) => tf.Tensor);
  return (x, dy) => g(x, dy) as I;
}

/**
 * The function x ↦ { value: f(x), gradient: ∂f/∂x }, computing both in one pass. Wraps
 * `tf.valueAndGrad`. Caller disposes `value` and `gradient`.
 *
 * @example
 * const { value, gradient } = valueAndGradient((x: tf.Tensor) => tf.sum(tf.square(x)))(tf.tensor1d([1, 2]));
 * // value 5, gradient [2, 4]
 */
export function valueAndGradient<I extends tf.Tensor, O extends tf.Tensor>(
  f: (x: I) => O,
): (x: I, dy?: O) => { value: O; gradient: I } {
  const g = tf.valueAndGrad(f);
  return (x, dy) => {
    const { value, grad } = g(x, dy);
    return { value, gradient: grad };
  };
}

/**
 * The function (x₁, …, xₙ) ↦ { value: f(x₁, …, xₙ), gradients: [∂f/∂x₁, …, ∂f/∂xₙ] }. Wraps
 * `tf.valueAndGrads`. Caller disposes `value` and every gradient.
 *
 * @example
 * const f = valueAndGradients(([a, b]) => tf.sum(tf.mul(a, b)));
 * const { value, gradients } = f([tf.tensor1d([1, 2]), tf.tensor1d([3, 4])]);
 * // value 11, gradients [[3, 4], [1, 2]]
 */
export function valueAndGradients<O extends tf.Tensor>(
  f: (xs: tf.Tensor[]) => O,
): (xs: tf.Tensor[], dy?: O) => { value: O; gradients: tf.Tensor[] } {
  const g = tf.valueAndGrads((...xs: tf.Tensor[]) => f(xs));
  return (xs, dy) => {
    const { value, grads } = g(xs, dy);
    return { value, gradients: grads };
  };
}

/**
 * The value of a scalar loss `f()` and its gradient with respect to each variable in
 * `variables`, in the same order, as `{ variable, gradient }` pairs ready for
 * `optimizer.applyGradients`. Wraps `tf.variableGrads`, mapping its name-keyed result back to the
 * variable objects. A variable f does not depend on gets a zero gradient.
 *
 * Caller disposes `value` and every `gradient` (see {@link disposeGradients}); f's intermediate
 * tensors are freed by tfjs.
 *
 * @throws AutogradError `no-variables` for an empty list, `not-trainable` for a variable created
 *   with `trainable = false`, `not-scalar` when f returns a non-scalar. tfjs throws when none of
 *   the variables is connected to f's result.
 *
 * @example
 * const w = tf.tidy(() => tf.variable(tf.tensor1d([2, 2, 2])));
 * const result = gradientsOfVariables(() => tf.sum(tf.square(w)), [w]);
 * optimizer.applyGradients(result.gradients);
 * disposeGradients(result);
 */
export function gradientsOfVariables(
  f: () => tf.Scalar,
  variables: readonly tf.Variable[],
): { value: tf.Scalar; gradients: VariableGradient[] } {
  if (variables.length === 0) {
    throw new AutogradError('no-variables', 'gradientsOfVariables needs at least one variable.');
  }
  const frozen = variables.find((v) => !v.trainable);
  if (frozen) {
    throw new AutogradError(
      'not-trainable',
      `gradientsOfVariables: variable "${frozen.name}" is not trainable, so tfjs gives it no gradient.`,
    );
  }
  // Throwing inside tfjs's tape would leak the tensors it saved for the backward pass, so a
  // non-scalar result is reduced, the pass completes and cleans up, and only then do we throw.
  let badShape: number[] | null = null;
  const checked = (): tf.Scalar => {
    const y = f();
    if (y.rank === 0) return y;
    badShape = y.shape;
    return tf.sum(y);
  };
  const { value, grads } = tf.variableGrads(checked, [...variables]);
  if (badShape !== null) {
    tf.dispose([value, ...Object.values(grads)]);
    throw new AutogradError(
      'not-scalar',
      `gradientsOfVariables: f must return a scalar, got shape [${badShape}].`,
    );
  }
  const gradients = variables.map((variable) => ({
    variable,
    gradient: grads[variable.name] ?? tf.zerosLike(variable),
  }));
  return { value, gradients };
}

/** Disposes the value and gradients returned by {@link gradientsOfVariables} (not the variables). */
export function disposeGradients(result: { value: tf.Tensor; gradients: readonly VariableGradient[] }): void {
  tf.dispose([result.value, ...result.gradients.map((g) => g.gradient)]);
}

/**
 * Wraps `tf.customGrad`: a function whose forward pass is `forward` but whose gradient is whatever
 * `backward` says, e.g. to clip gradients or to pass them straight through a rounding step.
 *
 * - `forward(...inputs)` computes the output; its intermediate tensors are freed.
 * - `backward(dy, inputs, output)` gets the upstream gradient dy (shaped like the output) and must
 *   return one gradient per input, each shaped like its input (a single tensor when there is one
 *   input). The tensors it receives belong to tfjs: do not dispose them.
 *
 * The returned function's output: caller disposes.
 *
 * @example
 * // Straight-through rounding: forward rounds, backward pretends it was the identity.
 * const roundST = withCustomGradient((x) => tf.round(x), (dy) => dy);
 */
export function withCustomGradient<T extends tf.Tensor>(
  forward: (...inputs: tf.Tensor[]) => T,
  backward: (dy: T, inputs: tf.Tensor[], output: T) => tf.Tensor | tf.Tensor[],
): (...inputs: tf.Tensor[]) => T {
  const custom = tf.customGrad((...args: (tf.Tensor | ((save: tf.Tensor[]) => void))[]) => {
    const save = args[args.length - 1] as (save: tf.Tensor[]) => void;
    const inputs = args.slice(0, -1) as tf.Tensor[];
    const value = tf.tidy(() => {
      const out = forward(...inputs);
      // tfjs cannot record an op whose output is one of its inputs.
      return inputs.includes(out) ? tf.clone(out) : out;
    });
    save([...inputs, value]);
    return {
      value,
      gradFunc: (dy: T, saved: tf.Tensor[]) => backward(dy, saved.slice(0, -1), saved[saved.length - 1] as T),
    };
  });
  return (...inputs) => custom(...inputs);
}

/**
 * Identity on the forward pass; on the backward pass the gradient is clipped element-wise to
 * [−limit, limit]. A gradient-clipping layer, written with {@link withCustomGradient}.
 * Output: caller disposes.
 */
export function clipGradient(limit: number): (x: tf.Tensor) => tf.Tensor {
  const f = withCustomGradient(
    (x) => x,
    (dy) => tf.clipByValue(dy, -limit, limit),
  );
  return (x) => f(x);
}

/**
 * Rounds on the forward pass, passes the gradient straight through on the backward pass (the
 * "straight-through estimator": round's true gradient is 0 almost everywhere). Caller disposes.
 */
export const straightThroughRound: (x: tf.Tensor) => tf.Tensor = withCustomGradient(
  (x) => tf.round(x),
  (dy) => dy,
);
