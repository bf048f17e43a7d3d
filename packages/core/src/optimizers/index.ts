export { ADAGRAD_METADATA, Adagrad, type AdagradHyperparameters } from './adagrad.js';
export { ADAM_METADATA, Adam, type AdamHyperparameters } from './adam.js';
export {
  createOptimizer,
  type HyperparametersByKind,
  isOptimizerKind,
  OPTIMIZER_KINDS,
  OPTIMIZER_METADATA,
  type OptimizersByKind,
} from './create.js';
export {
  checkHyperparameter,
  type HyperparameterConstraint,
  OptimizerError,
  type OptimizerErrorCode,
  type OptimizerErrorDetails,
} from './errors.js';
export { HEAVY_BALL_METADATA, HeavyBall } from './heavy-ball.js';
export { defaultsOf, type HyperparameterInfo, type OptimizerMetadata, type SliderRange } from './metadata.js';
export { MOMENTUM_METADATA, Momentum, type MomentumHyperparameters } from './momentum.js';
export { NESTEROV_METADATA, Nesterov } from './nesterov.js';
export type { Optimizer, OptimizerKind, SlotValues, VariableGradient } from './optimizer.js';
export { OptimizerBase, type OptimizerSnapshot, type UpdateResult } from './optimizer-base.js';
export { RMSPROP_METADATA, RMSprop, type RMSpropHyperparameters } from './rmsprop.js';
export { SGD, SGD_METADATA, type SGDHyperparameters } from './sgd.js';
