/**
 * The ledger's numbers in float64: the losses and per-example outputs a table row shows, computed
 * in plain JS from the read-back parameters rather than taken from float32 tensors. Float32 BCE on
 * probabilities loses digits once σ(z) is within 1e-6 of 1 (A.9 shows 6.0004 for 6.000003); sums
 * over many rows lose the last digit too. BCE is computed from the logits in its stable form
 * max(z, 0) − z·y + ln(1 + e^(−|z|)), so `bce` and `bce-logits` show the same numbers (the maths of
 * the two is the same; only float32 and the probability clipping set them apart).
 */
import type { Dataset, ParameterValues, StepRecord } from '@gd-playground/core';
import type { PlaygroundState } from './state.js';

/** What the exact losses depend on besides the parameters. */
export type LedgerSettings = Pick<PlaygroundState, 'model' | 'loss' | 'convention' | 'delta'>;

/** The model's raw outputs for one row: ŷ (linear), z (logistic) or k logits (softmax), in float64. */
export function rowOutputs(
  model: PlaygroundState['model'],
  parameters: ParameterValues,
  x: readonly number[],
) {
  const b = parameters.b ?? [];
  if (model === 'softmax') {
    const W = parameters.W ?? [];
    const k = Math.max(1, Math.round(W.length / Math.max(1, x.length)));
    return Array.from({ length: k }, (_, c) => {
      let z = b[c] ?? 0;
      for (let j = 0; j < x.length; j++) z += (x[j] ?? 0) * (W[j * k + c] ?? 0);
      return z;
    });
  }
  const w = parameters.w ?? [];
  let z = b[0] ?? 0;
  for (let j = 0; j < x.length; j++) z += (x[j] ?? 0) * (w[j] ?? 0);
  return [z];
}

/** σ(z) without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** −[y ln σ(z) + (1 − y) ln(1 − σ(z))], stable for any z. */
export function bceFromLogit(z: number, y: number): number {
  return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

/** −ln softmax(z)_y by log-sum-exp. */
export function cceFromLogits(z: readonly number[], y: number): number {
  const max = Math.max(...z);
  let sum = 0;
  for (const v of z) sum += Math.exp(v - max);
  return max + Math.log(sum) - (z[y] ?? Number.NaN);
}

/** One example's loss term for its raw outputs (the mean of these is the loss; RMSE roots it after). */
function term(settings: LedgerSettings, outputs: readonly number[], y: number): number {
  const first = outputs[0] ?? Number.NaN;
  switch (settings.loss) {
    case 'bce':
    case 'bce-logits':
      return bceFromLogit(first, y);
    case 'cce-logits':
    case 'cce':
      return cceFromLogits(outputs, y);
    case 'mae':
      return Math.abs(first - y);
    case 'huber': {
      const size = Math.abs(first - y);
      const q = Math.min(size, settings.delta);
      return 0.5 * q * q + settings.delta * (size - q);
    }
    case 'rmse':
      return (first - y) ** 2;
    default: {
      const squared = (first - y) ** 2;
      return settings.convention === 'half' ? 0.5 * squared : squared;
    }
  }
}

/**
 * The loss of `parameters` (training units) on `rows` of `data` (all rows when omitted), in
 * float64, summed with Neumaier compensation so many rows do not cost the last digit.
 */
export function exactLoss(
  settings: LedgerSettings,
  data: Dataset,
  parameters: ParameterValues,
  rows?: readonly number[],
): number {
  const indices = rows ?? data.targets.map((_, i) => i);
  if (indices.length === 0) return Number.NaN;
  let sum = 0;
  let compensation = 0;
  for (const row of indices) {
    const value = term(
      settings,
      rowOutputs(settings.model, parameters, data.features[row] ?? []),
      data.targets[row] ?? 0,
    );
    const t = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - t + value : value - t + sum;
    sum = t;
  }
  const mean = (sum + compensation) / indices.length;
  return settings.loss === 'rmse' ? Math.sqrt(mean) : mean;
}

/** The batch's predictions as the table shows them: ŷ, σ(z), or the k class probabilities, in float64. */
export function exactPredictions(
  model: PlaygroundState['model'],
  data: Dataset,
  parameters: ParameterValues,
  rows: readonly number[],
): number[] {
  return rows.flatMap((row) => {
    const outputs = rowOutputs(model, parameters, data.features[row] ?? []);
    if (model === 'logistic') return [sigmoid(outputs[0] ?? Number.NaN)];
    if (model === 'softmax') {
      const max = Math.max(...outputs);
      const e = outputs.map((v) => Math.exp(v - max));
      const total = e.reduce((a, v) => a + v, 0);
      return e.map((v) => v / total);
    }
    return outputs;
  });
}

const cache = new WeakMap<StepRecord, StepRecord>();

/**
 * A record with its losses and predictions recomputed in float64: `loss` at its parameters on all
 * rows, and, given the record before it (whose parameters the step started from), `batchLoss` and
 * `predictions` on its batch. Cached per record (records never change).
 */
export function exactRecord(
  settings: LedgerSettings,
  data: Dataset,
  record: StepRecord,
  previous: StepRecord | undefined,
): StepRecord {
  const known = cache.get(record);
  if (known) return known;
  const loss = exactLoss(settings, data, record.parameters);
  const fromPrevious = previous !== undefined && previous.step === record.step - 1 && record.batch.length > 0;
  const exact: StepRecord = {
    ...record,
    loss,
    ...(fromPrevious
      ? {
          batchLoss: exactLoss(settings, data, previous.parameters, record.batch),
          predictions:
            record.predictions.length > 0
              ? exactPredictions(settings.model, data, previous.parameters, record.batch)
              : record.predictions,
        }
      : {}),
  };
  // A record seen without the one before it is not kept: its batch loss was left as it came.
  if (fromPrevious || record.batch.length === 0) cache.set(record, exact);
  return exact;
}

/** The last `count` records of `records` made exact (the earlier ones as they are: only the curve reads them). */
export function exactTail(
  settings: LedgerSettings,
  data: Dataset,
  records: readonly StepRecord[],
  count: number,
): StepRecord[] {
  const start = Math.max(0, records.length - count);
  return records.map((record, i) =>
    i < start ? record : exactRecord(settings, data, record, records[i - 1]),
  );
}
