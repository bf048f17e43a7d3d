export {
  type ComparisonOptions,
  type ComparisonStep,
  NormalizationComparison,
} from './comparison.js';
export { NormalizationError, type NormalizationErrorCode } from './errors.js';
export {
  type LayerNormalizationKind,
  NormalizationLayer,
  type NormalizationLayerOptions,
  type NormalizationMode,
} from './layer.js';
export { batchNorm, layerNorm, type NormOptions, type NormResult } from './matrix.js';
export { groupMoments, normalizeTensorOp } from './ops.js';
export { checkMomentum, DEFAULT_MOMENTUM, RunningStatistics, type RunningUpdate } from './running.js';
export {
  checkGroups,
  checkShape,
  NORMALIZATION_KINDS,
  type NormalizationKind,
  normalizeTensor,
  normalizeWithStatistics,
  REDUCED_AXES,
  type StatisticsGroup,
  sizeOf,
  statisticsGroups,
  type TensorAxis,
  type TensorNormalization,
  type TensorNormalizationOptions,
  type TensorShape,
} from './tensor.js';
