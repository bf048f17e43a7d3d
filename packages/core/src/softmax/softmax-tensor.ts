/**
 * Softmax and cross-entropy on tfjs tensors (the stable and the naive form as ops), beside the
 * plain-number forms of softmax.ts: kept apart so that importing those does not load tfjs.
 */
import { tf } from '../tf.js';

/** softmax(z / T) along the last axis, stable (tfjs subtracts the maximum). Caller disposes. */
export function softmaxTensor(logits: tf.Tensor, temperature = 1): tf.Tensor {
  return tf.tidy(() => tf.softmax(tf.div(logits, temperature)));
}

/** The naive form exp(z / T) / Σ exp(z / T) along the last axis, as tfjs float32 ops. Caller disposes. */
export function naiveSoftmaxTensor(logits: tf.Tensor, temperature = 1): tf.Tensor {
  return tf.tidy(() => {
    const exps = tf.exp(tf.div(logits, temperature));
    return tf.div(exps, tf.sum(exps, -1, true));
  });
}

/** Cross-entropy −log softmax(z / T)[target] of a 1-D logits tensor, via log-softmax. Caller disposes. */
export function softmaxCrossEntropyTensor(logits: tf.Tensor1D, target: number, temperature = 1): tf.Scalar {
  return tf.tidy(() => {
    const logP = tf.logSoftmax(tf.div(logits, temperature));
    const oneHot = tf.reshape(tf.oneHot(tf.tensor1d([target], 'int32'), logits.shape[0]), [-1]);
    return tf.neg(tf.sum(tf.mul(oneHot, logP))) as tf.Scalar;
  });
}
