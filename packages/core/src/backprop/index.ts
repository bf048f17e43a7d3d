export {
  applyFunction,
  ExpressionError,
  type ExpressionErrorCode,
  type ExpressionNode,
  evaluateExpression,
  FUNCTIONS,
  type FunctionName,
  parseExpression,
  variablesOf,
} from './expression.js';
export {
  type BackwardOverride,
  type BackwardOverrides,
  type BackwardRule,
  type BackwardStep,
  backwardSteps,
  buildScalarGraph,
  type Contribution,
  type GradientCheckRow,
  gradientCheck,
  gradientsOf,
  overriddenContribution,
  type ScalarGraph,
  ScalarGraphError,
  type ScalarGraphErrorCode,
  type ScalarNode,
} from './scalar-graph.js';
export { type ExpressionOverrides, evaluateOnTensors, tensorValueAndGradients } from './tensor-graph.js';
