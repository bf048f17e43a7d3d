/**
 * The network on ordinary tfjs ops (matMul, activations, autodiff): the unfused reference the fused
 * kernels are held to, and the training path on backends where `GdNetworkTrain` is not registered
 * (webgl): the same steps as the kernel, as batched tensor ops, ~100 dispatches per step.
 */
import { tf } from '../tf.js';
import '../tf-gradients.js';
import type { ResolvedNetworkConfig } from './config.js';
import type { UpdateHyperparameters } from './engine.js';

function activateTensor(z: tf.Tensor2D, activation: string): tf.Tensor2D {
  switch (activation) {
    case 'relu':
      return tf.relu(z);
    case 'tanh':
      return tf.tanh(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    default:
      return z;
  }
}

/** Layer l's weights [in, out] and biases [out] cut from the flat parameter vector. */
export function layerTensors(
  spec: ResolvedNetworkConfig,
  params: tf.Tensor1D,
  l: number,
): [tf.Tensor2D, tf.Tensor1D] {
  const nIn = spec.sizes[l]!;
  const nOut = spec.sizes[l + 1]!;
  const W = tf.reshape(tf.slice(params, [spec.weightOffsets[l]!], [nIn * nOut]), [nIn, nOut]) as tf.Tensor2D;
  const b = tf.slice(params, [spec.biasOffsets[l]!], [nOut]) as tf.Tensor1D;
  return [W, b];
}

/** The last layer's z (logits, or the prediction for `linear`), [n, outputs]. Caller disposes. */
export function networkLogitsTensor(
  spec: ResolvedNetworkConfig,
  params: tf.Tensor1D,
  x: tf.Tensor2D,
): tf.Tensor2D {
  return tf.tidy(() => {
    let h = x;
    const layers = spec.sizes.length - 1;
    for (let l = 0; l < layers; l++) {
      const [W, b] = layerTensors(spec, params, l);
      const z = tf.add(tf.matMul(h, W), b) as tf.Tensor2D;
      h = l < layers - 1 ? activateTensor(z, spec.activations[l]!) : z;
    }
    return h;
  });
}

/**
 * Mean data loss over the rows plus (λ/2) Σ w² over the weights: cross-entropy from the logits
 * (softmax), binary cross-entropy from the logit (sigmoid), squared error (linear). `y` holds
 * class indices or values. Caller disposes.
 */
export function networkLossTensor(
  spec: ResolvedNetworkConfig,
  params: tf.Tensor1D,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
  l2 = 0,
): tf.Scalar {
  return tf.tidy(() => {
    const z = networkLogitsTensor(spec, params, x);
    let perRow: tf.Tensor;
    if (spec.output === 'softmax') {
      const logp = tf.sub(z, tf.logSumExp(z, 1, true));
      const onehot = tf.oneHot(tf.cast(y, 'int32'), spec.classes);
      perRow = tf.neg(tf.sum(tf.mul(onehot, logp), 1));
    } else {
      const z1 = tf.reshape(z, [-1]);
      perRow =
        spec.output === 'sigmoid'
          ? tf.add(tf.sub(tf.relu(z1), tf.mul(y, z1)), tf.log1p(tf.exp(tf.neg(tf.abs(z1)))))
          : tf.square(tf.sub(z1, y));
    }
    let loss = tf.mean(perRow) as tf.Scalar;
    if (l2 > 0) {
      for (let l = 0; l + 1 < spec.sizes.length; l++) {
        const [W] = layerTensors(spec, params, l);
        loss = tf.add(loss, tf.mul(l2 / 2, tf.sum(tf.square(W)))) as tf.Scalar;
      }
    }
    return loss;
  });
}

/** One optimizer update on flat tensors, the same rules as engine.ts's `applyUpdate`. */
function updateTensors(
  code: number,
  h: UpdateHyperparameters,
  t: number,
  w: tf.Tensor1D,
  slots: tf.Tensor1D[],
  g: tf.Tensor1D,
): [tf.Tensor1D, tf.Tensor1D[]] {
  const lr = h.learningRate;
  switch (code) {
    case 0:
      return [tf.sub(w, tf.mul(lr, g)), []];
    case 1:
    case 3: {
      const v = tf.add(tf.mul(h.momentum, slots[0]!), g) as tf.Tensor1D;
      const step = code === 1 ? v : tf.add(g, tf.mul(h.momentum, v));
      return [tf.sub(w, tf.mul(lr, step)), [v]];
    }
    case 2: {
      const d = tf.sub(tf.mul(h.momentum, slots[0]!), tf.mul(lr, g)) as tf.Tensor1D;
      return [tf.add(w, d), [d]];
    }
    case 4: {
      const acc = tf.add(slots[0]!, tf.square(g)) as tf.Tensor1D;
      return [tf.sub(w, tf.div(tf.mul(lr, g), tf.sqrt(tf.add(acc, h.epsilon)))), [acc]];
    }
    case 5: {
      const ms = tf.add(tf.mul(h.decay, slots[0]!), tf.mul(1 - h.decay, tf.square(g))) as tf.Tensor1D;
      const mg = tf.add(tf.mul(h.decay, slots[2]!), tf.mul(1 - h.decay, g)) as tf.Tensor1D;
      const variance = h.centered ? tf.sub(ms, tf.square(mg)) : ms;
      const mom = tf.add(
        tf.mul(h.momentum, slots[1]!),
        tf.div(tf.mul(lr, g), tf.sqrt(tf.add(variance, h.epsilon))),
      ) as tf.Tensor1D;
      return [tf.sub(w, mom), [ms, mom, mg]];
    }
    default: {
      const m = tf.add(tf.mul(h.beta1, slots[0]!), tf.mul(1 - h.beta1, g)) as tf.Tensor1D;
      const v = tf.add(tf.mul(h.beta2, slots[1]!), tf.mul(1 - h.beta2, tf.square(g))) as tf.Tensor1D;
      const mHat = tf.div(m, 1 - h.beta1 ** t);
      const vHat = tf.div(v, 1 - h.beta2 ** t);
      return [tf.sub(w, tf.mul(lr, tf.div(mHat, tf.add(tf.sqrt(vHat), h.epsilon)))), [m, v]];
    }
  }
}

/** What {@link trainStepsTensor} returns: new tensors (caller disposes) and the step losses. */
export interface TensorTrainResult {
  readonly params: tf.Tensor1D;
  readonly slots: tf.Tensor1D;
  readonly losses: number[];
}

/**
 * The same k steps as the `GdNetworkTrain` kernel, with tfjs ops and autodiff: `slots` is the
 * kernel's [S·P] layout ([1] when S = 0). Inputs are borrowed, outputs new.
 */
export function trainStepsTensor(
  spec: ResolvedNetworkConfig,
  optimizer: number,
  slotCount: number,
  h: UpdateHyperparameters,
  iteration: number,
  params: tf.Tensor1D,
  slots: tf.Tensor1D,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
  indices: readonly number[],
  batchEnds: readonly number[],
  l2: number,
): TensorTrainResult {
  const P = spec.parameterCount;
  let w = tf.clone(params);
  let s = Array.from({ length: slotCount }, (_, i) => tf.slice(slots, [i * P], [P]) as tf.Tensor1D);
  const losses: number[] = [];
  let start = 0;
  batchEnds.forEach((end, step) => {
    const [nextW, nextS, loss] = tf.tidy(() => {
      const rows = tf.tensor1d(indices.slice(start, end), 'int32');
      const xb = tf.gather(x, rows) as tf.Tensor2D;
      const yb = tf.gather(y, rows) as tf.Tensor1D;
      const { value, grad } = tf.valueAndGrad((p: tf.Tensor) =>
        networkLossTensor(spec, p as tf.Tensor1D, xb, yb, l2),
      )(w);
      const dataLoss = l2 > 0 ? networkLossTensor(spec, w, xb, yb) : value;
      const [u, us] = updateTensors(optimizer, h, iteration + step + 1, w, s, grad as tf.Tensor1D);
      return [u, us, dataLoss] as [tf.Tensor1D, tf.Tensor1D[], tf.Scalar];
    });
    losses.push(loss.dataSync()[0]!);
    tf.dispose([w, ...s, loss]);
    w = nextW;
    s = nextS;
    start = end;
  });
  const outSlots = slotCount === 0 ? tf.zeros([1]) : tf.concat(s);
  tf.dispose(s);
  if (outSlots.size !== Math.max(1, slotCount * P)) throw new Error('slot layout mismatch');
  return { params: w, slots: outSlots as tf.Tensor1D, losses };
}
