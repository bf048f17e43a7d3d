import type { BaseLoss } from './base.js';
import { BinaryCrossEntropy } from './bce.js';
import { BinaryCrossEntropyWithLogits } from './bce-logits.js';
import { CategoricalCrossEntropy } from './cce.js';
import { CategoricalCrossEntropyWithLogits } from './cce-logits.js';
import { LossError } from './errors.js';
import { HuberLoss } from './huber.js';
import type { LossId, LossOptions } from './loss.js';
import { MeanAbsoluteError } from './mae.js';
import { MeanError } from './mean-error.js';
import { MeanSquaredError } from './mse.js';
import { RootMeanSquaredError } from './rmse.js';
import { SmoothL1Loss } from './smooth-l1.js';

/** Every loss id, in the order a widget lists them. */
export const LOSS_IDS: readonly LossId[] = Object.freeze([
  'mse',
  'rmse',
  'mae',
  'huber',
  'smooth-l1',
  'mean-error',
  'bce',
  'bce-logits',
  'cce',
  'cce-logits',
] as const);

/**
 * What a loss needs of its data:
 * - `any`: any finite numbers;
 * - `binary-targets`: every target is 0 or 1;
 * - `probabilities`: every output is in [0, 1] (and, for `cce`, each row sums to 1);
 * - `one-hot`: targets are `[n, k]` rows with a single 1 (or class indices 0…k−1 in `evaluateLoss`).
 */
export type LossRequirement = 'any' | 'binary-targets' | 'probabilities' | 'one-hot';

/** What a widget needs to know about a loss before using it. */
export interface LossInfo {
  readonly id: LossId;
  /** The problem it is meant for. `mean-error` is a regression quantity, not a usable loss. */
  readonly task: 'regression' | 'binary-classification' | 'multiclass-classification';
  /** Conditions on the data; `['any']` when there are none. */
  readonly requires: readonly LossRequirement[];
  /** Whether a single large error weighs linearly (robust) rather than quadratically. */
  readonly robustToOutliers: boolean;
  /** Whether it takes the model's `predict` output or its `logits`. */
  readonly input: 'prediction' | 'logits';
  /** Which {@link LossOptions} it reads. */
  readonly options: readonly (keyof LossOptions)[];
  /** Whether every term is ≥ 0 (false only for `mean-error`, whose signed terms cancel). */
  readonly nonNegative: boolean;
}

const regression = (id: LossId, robust: boolean, options: (keyof LossOptions)[] = []): LossInfo => ({
  id,
  task: 'regression',
  requires: ['any'],
  robustToOutliers: robust,
  input: 'prediction',
  options,
  nonNegative: true,
});

/** Metadata for every loss, keyed by id. */
export const LOSS_INFO: Readonly<Record<LossId, LossInfo>> = Object.freeze({
  mse: regression('mse', false, ['convention']),
  rmse: regression('rmse', false),
  mae: regression('mae', true),
  huber: regression('huber', true, ['delta']),
  'smooth-l1': regression('smooth-l1', true, ['beta']),
  'mean-error': { ...regression('mean-error', false), nonNegative: false },
  bce: {
    id: 'bce',
    task: 'binary-classification',
    requires: ['binary-targets', 'probabilities'],
    robustToOutliers: false,
    input: 'prediction',
    options: [],
    nonNegative: true,
  },
  'bce-logits': {
    id: 'bce-logits',
    task: 'binary-classification',
    requires: ['binary-targets'],
    robustToOutliers: false,
    input: 'logits',
    options: [],
    nonNegative: true,
  },
  cce: {
    id: 'cce',
    task: 'multiclass-classification',
    requires: ['one-hot', 'probabilities'],
    robustToOutliers: false,
    input: 'prediction',
    options: [],
    nonNegative: true,
  },
  'cce-logits': {
    id: 'cce-logits',
    task: 'multiclass-classification',
    requires: ['one-hot'],
    robustToOutliers: false,
    input: 'logits',
    options: [],
    nonNegative: true,
  },
});

/** Whether a string (a widget attribute, say) names a loss. */
export function isLossId(value: unknown): value is LossId {
  return typeof value === 'string' && (LOSS_IDS as readonly string[]).includes(value);
}

/**
 * Creates the loss named `id`. Options not given take their defaults (δ = 1, β = 1, `mean`).
 *
 * @example
 * const huber = createLoss('huber', { delta: 4 });
 * huber.options.delta = 2; // takes effect at the next evaluation
 * @throws {LossError} `unknown-loss` for an unknown id; `invalid-option` for δ ≤ 0, β ≤ 0 or an
 *   unknown convention.
 */
export function createLoss(id: LossId, options: LossOptions = {}): BaseLoss {
  switch (id) {
    case 'mse':
      return new MeanSquaredError(options);
    case 'rmse':
      return new RootMeanSquaredError(options);
    case 'mae':
      return new MeanAbsoluteError(options);
    case 'huber':
      return new HuberLoss(options);
    case 'smooth-l1':
      return new SmoothL1Loss(options);
    case 'mean-error':
      return new MeanError(options);
    case 'bce':
      return new BinaryCrossEntropy(options);
    case 'bce-logits':
      return new BinaryCrossEntropyWithLogits(options);
    case 'cce':
      return new CategoricalCrossEntropy(options);
    case 'cce-logits':
      return new CategoricalCrossEntropyWithLogits(options);
    default:
      throw new LossError(
        'unknown-loss',
        `Unknown loss "${String(id)}". Known losses: ${LOSS_IDS.join(', ')}.`,
        { value: id },
      );
  }
}
