/**
 * Hand-made priors on an image x (an [n, n] tensor), with gradients written out.
 *
 * Both use forward differences with the last difference set to zero (Neumann boundary):
 * (Dₓx)[i, j] = x[i, j+1] − x[i, j], (D_y x)[i, j] = x[i+1, j] − x[i, j]. ‖D‖² ≤ 8 in 2-D, which
 * bounds the Lipschitz constants below.
 *
 * - Smoothed total variation TV_ε(x) = Σ √((Dₓx)² + (D_y x)² + ε²): small for piecewise-constant
 *   images, so it removes aliasing streaks but keeps edges. ∇TV_ε = Dᵀ(Dx / s), s the square root;
 *   its Lipschitz constant is L_R = 8/ε.
 * - Tikhonov ½‖Dx‖²: penalises every change, so it blurs edges. ∇ = DᵀDx, L_R = 8.
 */
import { tf } from '../tf.js';
import { REGULARIZER_KERNEL, registerRegularizerKernel } from './regularizer-kernel.js';

registerRegularizerKernel();

export type RegularizerKind = 'tv' | 'tikhonov';
export const REGULARIZER_KINDS: readonly RegularizerKind[] = ['tv', 'tikhonov'];

/** Forward differences along columns (x) and rows (y), zero in the last column / row. */
export function forwardDifferences(x: tf.Tensor2D): { dx: tf.Tensor2D; dy: tf.Tensor2D } {
  const [rows, cols] = x.shape;
  return tf.tidy(() => {
    const dx = tf.pad(tf.sub(tf.slice(x, [0, 1], [rows, cols - 1]), tf.slice(x, [0, 0], [rows, cols - 1])), [
      [0, 0],
      [0, 1],
    ]);
    const dy = tf.pad(tf.sub(tf.slice(x, [1, 0], [rows - 1, cols]), tf.slice(x, [0, 0], [rows - 1, cols])), [
      [0, 1],
      [0, 0],
    ]);
    return { dx: dx as tf.Tensor2D, dy: dy as tf.Tensor2D };
  });
}

/** Dᵀ(px, py) for fields whose last column (px) and last row (py) are zero: minus a backward divergence. */
export function differencesAdjoint(px: tf.Tensor2D, py: tf.Tensor2D): tf.Tensor2D {
  const [rows, cols] = px.shape;
  return tf.tidy(() => {
    const shiftedX = tf.pad(tf.slice(px, [0, 0], [rows, cols - 1]), [
      [0, 0],
      [1, 0],
    ]);
    const shiftedY = tf.pad(tf.slice(py, [0, 0], [rows - 1, cols]), [
      [1, 0],
      [0, 0],
    ]);
    return tf.sub(tf.add(shiftedX, shiftedY), tf.add(px, py)) as tf.Tensor2D;
  });
}

/**
 * R(x) and ∇R(x) in one pass (they share the differences): a fused kernel on the CPU backend,
 * tensor ops elsewhere.
 */
export function regularizerValueAndGradient(
  kind: RegularizerKind,
  x: tf.Tensor2D,
  epsilon: number,
): { value: tf.Scalar; gradient: tf.Tensor2D } {
  if (tf.getBackend() === 'cpu') {
    const [value, gradient] = tf.engine().runKernel(REGULARIZER_KERNEL, { x }, {
      tv: kind === 'tv',
      epsilon,
    } as unknown as tf.NamedAttrMap) as tf.Tensor[];
    return { value: value as tf.Scalar, gradient: gradient as tf.Tensor2D };
  }
  return regularizerWithTensorOps(kind, x, epsilon);
}

/** R(x) and ∇R(x) from tfjs ops (the reference for the fused kernel). */
export function regularizerWithTensorOps(
  kind: RegularizerKind,
  x: tf.Tensor2D,
  epsilon: number,
): { value: tf.Scalar; gradient: tf.Tensor2D } {
  return tf.tidy(() => {
    const { dx, dy } = forwardDifferences(x);
    if (kind === 'tikhonov') {
      const value = tf.mul(0.5, tf.add(tf.sum(tf.square(dx)), tf.sum(tf.square(dy)))) as tf.Scalar;
      return { value, gradient: differencesAdjoint(dx, dy) };
    }
    const magnitude = tf.sqrt(tf.add(tf.add(tf.square(dx), tf.square(dy)), epsilon * epsilon));
    const value = tf.sum(magnitude) as tf.Scalar;
    const gradient = differencesAdjoint(
      tf.div(dx, magnitude) as tf.Tensor2D,
      tf.div(dy, magnitude) as tf.Tensor2D,
    );
    return { value, gradient };
  });
}

/** Lipschitz constant of ∇R: 8/ε for smoothed TV, 8 for Tikhonov (‖D‖² ≤ 8). */
export function regularizerLipschitz(kind: RegularizerKind, epsilon: number): number {
  return kind === 'tikhonov' ? 8 : 8 / epsilon;
}

/**
 * Lipschitz constant of the whole objective's gradient, L = 1 + λ·L_R (1 from the data term, as
 * the orthonormal FFT and a 0/1 mask have norm 1). Any step size below 1/L never raises the objective.
 */
export function objectiveLipschitz(kind: RegularizerKind, lambda: number, epsilon: number): number {
  return 1 + lambda * regularizerLipschitz(kind, epsilon);
}
