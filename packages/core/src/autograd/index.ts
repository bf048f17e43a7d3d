export { AutogradError, type AutogradErrorCode } from './errors.js';
export {
  clipGradient,
  disposeGradients,
  gradientOf,
  gradientsOfVariables,
  straightThroughRound,
  valueAndGradient,
  valueAndGradients,
  withCustomGradient,
} from './gradients.js';
export {
  checkGradient,
  checkHandGradient,
  type GradientCheck,
  type GradientCheckOptions,
  type NumericGradientOptions,
  numericGradient,
  numericGradientTensor,
} from './numeric.js';
export { type ExpressionGraph, type GraphEdge, type GraphNode, Value, value } from './value.js';
