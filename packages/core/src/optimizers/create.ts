import { ADAGRAD_METADATA, Adagrad, type AdagradHyperparameters } from './adagrad.js';
import { ADAM_METADATA, Adam, type AdamHyperparameters } from './adam.js';
import { OptimizerError } from './errors.js';
import { HEAVY_BALL_METADATA, HeavyBall } from './heavy-ball.js';
import type { OptimizerMetadata } from './metadata.js';
import { MOMENTUM_METADATA, Momentum, type MomentumHyperparameters } from './momentum.js';
import { NESTEROV_METADATA, Nesterov } from './nesterov.js';
import type { OptimizerKind } from './optimizer.js';
import { RMSPROP_METADATA, RMSprop, type RMSpropHyperparameters } from './rmsprop.js';
import { SGD, SGD_METADATA, type SGDHyperparameters } from './sgd.js';

/** The hyperparameters object of each optimizer kind. */
export interface HyperparametersByKind {
  sgd: SGDHyperparameters;
  momentum: MomentumHyperparameters;
  'heavy-ball': MomentumHyperparameters;
  nesterov: MomentumHyperparameters;
  adagrad: AdagradHyperparameters;
  rmsprop: RMSpropHyperparameters;
  adam: AdamHyperparameters;
}

/** The class of each optimizer kind. */
export interface OptimizersByKind {
  sgd: SGD;
  momentum: Momentum;
  'heavy-ball': HeavyBall;
  nesterov: Nesterov;
  adagrad: Adagrad;
  rmsprop: RMSprop;
  adam: Adam;
}

/** Metadata of every optimizer, in the order a menu would list them. */
export const OPTIMIZER_METADATA: Readonly<Record<OptimizerKind, OptimizerMetadata>> = {
  sgd: SGD_METADATA,
  momentum: MOMENTUM_METADATA,
  'heavy-ball': HEAVY_BALL_METADATA,
  nesterov: NESTEROV_METADATA,
  adagrad: ADAGRAD_METADATA,
  rmsprop: RMSPROP_METADATA,
  adam: ADAM_METADATA,
};

/** Every optimizer kind, in menu order. */
export const OPTIMIZER_KINDS: readonly OptimizerKind[] = Object.keys(OPTIMIZER_METADATA) as OptimizerKind[];

/** Whether a string (e.g. a widget attribute) names an optimizer. */
export function isOptimizerKind(kind: string): kind is OptimizerKind {
  return Object.hasOwn(OPTIMIZER_METADATA, kind);
}

/**
 * Creates an optimizer by kind, with defaults for every hyperparameter not given.
 *
 * @example
 * const adam = createOptimizer('adam', { learningRate: 0.01 });
 * @throws OptimizerError `unknown-optimizer` for an unknown kind; `invalid-hyperparameter` for a bad value.
 */
export function createOptimizer<K extends OptimizerKind>(
  kind: K,
  hyperparameters?: Partial<HyperparametersByKind[K]>,
): OptimizersByKind[K];
export function createOptimizer(
  kind: string,
  hyperparameters?: Record<string, unknown>,
): OptimizersByKind[OptimizerKind];
export function createOptimizer(kind: string, hyperparameters: Record<string, unknown> = {}) {
  const h = hyperparameters as never;
  switch (kind) {
    case 'sgd':
      return new SGD(h);
    case 'momentum':
      return new Momentum(h);
    case 'heavy-ball':
      return new HeavyBall(h);
    case 'nesterov':
      return new Nesterov(h);
    case 'adagrad':
      return new Adagrad(h);
    case 'rmsprop':
      return new RMSprop(h);
    case 'adam':
      return new Adam(h);
    default:
      throw new OptimizerError(
        'unknown-optimizer',
        `Unknown optimizer "${kind}"; expected one of ${OPTIMIZER_KINDS.join(', ')}.`,
        { value: kind },
      );
  }
}
