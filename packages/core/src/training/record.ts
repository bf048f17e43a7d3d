import type { ParameterValues } from '../models/model.js';
import type { SlotValues } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';

/**
 * One row of a session's history, as plain numbers: what a per-step table shows and what rewinding
 * restores. Step 0 is the starting point (no batch, no gradient).
 */
export interface StepRecord {
  /** 0 for the start; k after the k-th update. */
  readonly step: number;
  /** 0-based epoch of this step's batch (0 for step 0). */
  readonly epoch: number;
  /** Rows of the data set in this step's batch (empty for step 0). */
  readonly batch: readonly number[];
  /** The model's outputs for the batch before the update (ŷ, or σ(z) for logistic); empty when not recorded. */
  readonly predictions: readonly number[];
  /** The loss on the batch before the update: the value the gradient was taken of (NaN for step 0). */
  readonly batchLoss: number;
  /** The gradient of `batchLoss` with respect to each parameter, before the update (empty for step 0). */
  readonly gradient: ParameterValues;
  /** Parameters after this step's update. */
  readonly parameters: ParameterValues;
  /** The optimizer's per-parameter state after the update, keyed by parameter name then slot. */
  readonly optimizerState: Readonly<Record<string, SlotValues>>;
  /** The loss on the whole data set at the new parameters: the loss curve. */
  readonly loss: number;
}

/** Where each number sits in a packed step: a flat layout fixed for a session's model and optimizer. */
export interface RecordLayout {
  readonly parameters: readonly { name: string; size: number }[];
  readonly slotNames: readonly string[];
  /** Numbers before the variable-length predictions: batchLoss, loss, gradients, parameters, slots. */
  readonly fixedLength: number;
}

export function recordLayout(
  parameters: readonly { name: string; size: number }[],
  slotNames: readonly string[],
): RecordLayout {
  const parameterLength = parameters.reduce((sum, p) => sum + p.size, 0);
  return { parameters, slotNames, fixedLength: 2 + parameterLength * (2 + slotNames.length) };
}

/**
 * Packs one step into a single 1-D tensor so that k steps are read back from the GPU in one
 * `data()` call. Caller disposes.
 */
export function packStep(
  batchLoss: tf.Scalar,
  loss: tf.Scalar,
  gradients: readonly tf.Tensor[],
  parameters: readonly tf.Tensor[],
  slots: readonly tf.Tensor[],
  predictions: tf.Tensor | undefined,
): tf.Tensor1D {
  return tf.tidy(() => {
    const parts = [
      batchLoss,
      loss,
      ...gradients,
      ...parameters,
      ...slots,
      ...(predictions ? [predictions] : []),
    ];
    return tf.concat(parts.map((part) => tf.reshape(part, [-1]))) as tf.Tensor1D;
  });
}

/** The inverse of `packStep`, on the numbers read back. */
export function unpackStep(
  values: Float32Array,
  layout: RecordLayout,
  info: { step: number; epoch: number; batch: readonly number[] },
): StepRecord {
  let at = 0;
  const take = (size: number) => {
    const slice = Array.from(values.subarray(at, at + size));
    at += size;
    return slice;
  };
  const [batchLoss = Number.NaN, loss = Number.NaN] = take(2);
  const gradient: ParameterValues = {};
  for (const p of layout.parameters) gradient[p.name] = take(p.size);
  const parameters: ParameterValues = {};
  for (const p of layout.parameters) parameters[p.name] = take(p.size);
  const optimizerState: Record<string, SlotValues> = {};
  for (const p of layout.parameters) {
    const slots: SlotValues = {};
    for (const slot of layout.slotNames) slots[slot] = take(p.size);
    optimizerState[p.name] = slots;
  }
  const predictions = take(values.length - at);
  return { ...info, batchLoss, loss, gradient, parameters, optimizerState, predictions };
}
