import './register.js';

export { DENSE, type DenseActivation, dense } from './dense.js';
export {
  DENSE_LOSS_STEP,
  type DenseLossStepAttrs,
  type DenseLossStepResult,
  denseLossStep,
  fusableStep,
  type StepActivation,
} from './dense-loss-step.js';
export {
  type GridCoordinate,
  gridKernelSupports,
  LOSS_GRID,
  type LossGridAttrs,
  lossGrid,
} from './loss-grid.js';
export { applyRule, HYPERPARAMETER_ORDER, hyperparameterVector, OPTIMIZER_CODE } from './optimizer-math.js';
export {
  TRAIN_STEPS,
  type TrainStepsAttrs,
  type TrainStepsResult,
  trainable,
  trainSteps,
  trainStepsKernel,
} from './train-steps.js';
