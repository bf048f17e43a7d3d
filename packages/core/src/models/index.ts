export { createModel, type ModelSpec } from './create.js';
export {
  type Activation,
  activate,
  type DenseLayer,
  DenseStackModel,
  type HiddenActivation,
  isLayeredModel,
  type LayeredModel,
  type OutputActivation,
} from './dense.js';
export { ModelError, type ModelErrorCode } from './errors.js';
export { type InitScheme, initStandardDeviation, type ModelInit } from './init.js';
export { LinearModel, type LinearModelOptions } from './linear.js';
export { LogisticModel, type LogisticModelOptions } from './logistic.js';
export { MlpModel, type MlpModelOptions } from './mlp.js';
export type { Model, ModelKind, Parameter, ParameterValues } from './model.js';
export { SoftmaxModel, type SoftmaxModelOptions } from './softmax.js';
