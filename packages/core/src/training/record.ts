import type { ParameterValues } from '../models/model.js';
import type { OptimizerKind, SlotValues } from '../optimizers/optimizer.js';
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
  /** The optimizer that made this step (the session's first one for step 0): it can change mid-run. */
  readonly optimizer: OptimizerKind;
  /**
   * That optimizer's own step count t after the update: equal to `step` unless the optimizer was
   * switched mid-run, when it restarts from 1 (Adam's bias correction uses this t).
   */
  readonly optimizerStep: number;
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
 * Packs what one step produced besides its two losses (gradients, parameters, optimizer slots,
 * predictions) into one 1-D tensor, a snapshot taken before the next update. Caller disposes.
 */
export function packStepBody(
  gradients: readonly tf.Tensor[],
  parameters: readonly tf.Tensor[],
  slots: readonly tf.Tensor[],
  predictions: tf.Tensor | undefined,
): tf.Tensor1D {
  return tf.tidy(() => {
    const parts = [...gradients, ...parameters, ...slots, ...(predictions ? [predictions] : [])];
    return tf.concat(parts.map((part) => tf.reshape(part, [-1]))) as tf.Tensor1D;
  });
}

/**
 * Joins k packed steps into the single 1-D tensor that `step(k)` reads back with one `data()`
 * call: per step `[batchLoss, loss, ...body]`, the layout `unpackStep` expects. Caller disposes.
 */
export function joinSteps(
  steps: readonly { batchLoss: tf.Scalar; loss: tf.Scalar; body: tf.Tensor1D }[],
): tf.Tensor1D {
  return tf.tidy(
    () =>
      tf.concat(
        steps.flatMap((s) => [tf.reshape(s.batchLoss, [1]), tf.reshape(s.loss, [1]), s.body]),
      ) as tf.Tensor1D,
  );
}

/** What a step was, beside its numbers: the record's plain fields. */
export interface StepInfo {
  readonly step: number;
  readonly epoch: number;
  readonly batch: readonly number[];
  readonly optimizer: OptimizerKind;
  readonly optimizerStep: number;
}

/**
 * The inverse of `joinSteps` for one step: the numbers `values[start, end)` read back. Runs for
 * every record, k per frame, so it is plain loops into fresh arrays (an iterator, a closure or a
 * spread per record cost more than a linear model's training step).
 */
export function unpackStep(
  values: Float32Array,
  start: number,
  end: number,
  layout: RecordLayout,
  info: StepInfo,
): StepRecord {
  const parameterList = layout.parameters;
  const slotNames = layout.slotNames;
  let at = start + 2;
  const gradient: ParameterValues = {};
  for (let q = 0; q < parameterList.length; q++) {
    const p = parameterList[q]!;
    gradient[p.name] = numbers(values, at, p.size);
    at += p.size;
  }
  const parameters: ParameterValues = {};
  for (let q = 0; q < parameterList.length; q++) {
    const p = parameterList[q]!;
    parameters[p.name] = numbers(values, at, p.size);
    at += p.size;
  }
  const optimizerState: Record<string, SlotValues> = {};
  for (let q = 0; q < parameterList.length; q++) {
    const p = parameterList[q]!;
    const slots: SlotValues = {};
    for (let j = 0; j < slotNames.length; j++) {
      slots[slotNames[j]!] = numbers(values, at, p.size);
      at += p.size;
    }
    optimizerState[p.name] = slots;
  }
  return {
    step: info.step,
    epoch: info.epoch,
    batch: info.batch,
    optimizer: info.optimizer,
    optimizerStep: info.optimizerStep,
    batchLoss: end - start > 0 ? (values[start] as number) : Number.NaN,
    loss: end - start > 1 ? (values[start + 1] as number) : Number.NaN,
    gradient,
    parameters,
    optimizerState,
    predictions: numbers(values, at, Math.max(end - at, 0)),
  };
}

/** `size` numbers of `values` from `at`, as a plain array (a copy loop: no iterator, no view object). */
function numbers(values: Float32Array, at: number, size: number): number[] {
  const out = new Array<number>(size);
  for (let i = 0; i < size; i++) out[i] = values[at + i] as number;
  return out;
}
