export type {
  ClosedFormErrorCode,
  ClosedFormErrorDetails,
  SingularityReason,
  SingularMatrixDetails,
} from './errors.js';
export { ClosedFormError, SingularMatrixError } from './errors.js';
export type { QrResult, SvdResult } from './linear-algebra.js';
export { backSubstitute, householderQr, jacobiSvd } from './linear-algebra.js';
export type { FeatureRows, NormalEquationOptions, NormalEquationSolution } from './normal-equation.js';
export {
  DEFAULT_MAX_CONDITION_NUMBER,
  normalEquationMatrices,
  solveNormalEquation,
} from './normal-equation.js';
