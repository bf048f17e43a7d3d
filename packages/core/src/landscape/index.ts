export { planChunkPoints } from './batched.js';
export {
  batchedLossTotals,
  LANDSCAPE_PROBABILITY_EPSILON,
  type LandscapeLoss,
  type LandscapeLossId,
  type ResolvedLoss,
  resolveLoss,
} from './batched-loss.js';
export { LandscapeError, type LandscapeErrorCode } from './errors.js';
export {
  DEFAULT_MAX_CHUNK_ELEMENTS,
  DEFAULT_RESOLUTION,
  type Landscape,
  type LandscapeAxis,
  type LandscapeRequest,
  linspace,
} from './grid.js';
export { computeLandscape, computeLandscapeSync, landscapeTensor } from './landscape.js';
export {
  computeLandscapeProgressive,
  type LandscapeProgress,
  type ProgressiveLandscapeOptions,
} from './progressive.js';
export { quadraticFormLandscape, quadraticFormLandscapeSync } from './quadratic.js';
export { isAbortError, yieldToMain } from './scheduler.js';
