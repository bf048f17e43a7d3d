export { type DatasetInput, datasetFromArrays } from './create.js';
export {
  type CsvDelimiter,
  type CsvOptions,
  type CsvRecord,
  datasetFromCsv,
  detectDelimiter,
  parseCsv,
} from './csv.js';
export {
  type ColumnKeysIssue,
  columnKeysIssue,
  type Dataset,
  type DatasetColumnKeys,
  isPresetColumnKey,
  PRESET_COLUMN_KEYS,
  type PresetColumnKey,
} from './dataset.js';
export { DatasetError, type DatasetErrorCode, type DatasetErrorDetails } from './errors.js';
export {
  createPreset,
  PRESETS,
  type PresetInfo,
  type PresetName,
  type PresetOptions,
  type PresetTask,
} from './presets.js';
export { createRandom, type Random } from './random.js';
export {
  fitStandardizer,
  type LinearWeights,
  type Standardizer,
  standardize,
  standardizeFeatures,
  unstandardizeFeatures,
  weightsToOriginalUnits,
  weightsToStandardizedUnits,
} from './standardize.js';
export { type DatasetTensors, datasetToTensors, disposeDatasetTensors } from './tensors.js';
