/**
 * The four normalisations as tfjs ops on an N × C × H × W tensor (channels first), differentiable,
 * for models and for batched work. `normalizeTensor` (float64 JavaScript) is what a lesson displays;
 * the tests check the two agree, and both against `tf.moments` and `tf.batchNorm`.
 */
import { tf } from '../tf.js';
import type { NormalizationKind } from './tensor.js';
import { checkEpsilon, checkGroups } from './tensor.js';

/** Mean and population variance of each statistics group, broadcastable against `x`. Caller disposes. */
export function groupMoments(
  x: tf.Tensor4D,
  kind: NormalizationKind,
  groups = 1,
): { readonly mean: tf.Tensor; readonly variance: tf.Tensor } {
  const [N, C, H, W] = x.shape;
  return tf.tidy(() => {
    if (kind === 'group') {
      const G = checkGroups(groups, C);
      // Split the channels into G groups of C/G and average each example's group over (C/G, H, W).
      const grouped = tf.reshape(x, [N, G, C / G, H, W]);
      const { mean, variance } = tf.moments(grouped, [2, 3, 4], true);
      return {
        mean: tf.reshape(tf.tile(mean, [1, 1, C / G, 1, 1]), [N, C, 1, 1]),
        variance: tf.reshape(tf.tile(variance, [1, 1, C / G, 1, 1]), [N, C, 1, 1]),
      };
    }
    const axes = kind === 'batch' ? [0, 2, 3] : kind === 'layer' ? [1, 2, 3] : [2, 3];
    return tf.moments(x, axes, true);
  });
}

/**
 * y = γ (x − μ) / √(σ² + ε) + β over an N × C × H × W tensor, with the statistics of `kind`
 * and per-channel γ, β (tensors of shape [C] or plain numbers). Caller disposes.
 */
export function normalizeTensorOp(
  x: tf.Tensor4D,
  kind: NormalizationKind,
  options: {
    readonly groups?: number;
    readonly epsilon?: number;
    readonly gamma?: tf.Tensor1D | readonly number[];
    readonly beta?: tf.Tensor1D | readonly number[];
  } = {},
): tf.Tensor4D {
  const C = x.shape[1];
  const epsilon = checkEpsilon(options.epsilon ?? 1e-5);
  return tf.tidy(() => {
    const { mean, variance } = groupMoments(x, kind, options.groups);
    const xHat = tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, epsilon)));
    const perChannel = (v: tf.Tensor1D | readonly number[] | undefined, fill: number) =>
      tf.reshape(v === undefined ? tf.fill([C], fill) : v instanceof tf.Tensor ? v : tf.tensor1d([...v]), [
        1,
        C,
        1,
        1,
      ]);
    return tf.add(tf.mul(xHat, perChannel(options.gamma, 1)), perChannel(options.beta, 0)) as tf.Tensor4D;
  });
}
