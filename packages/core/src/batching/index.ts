export { type Batch, Batcher, type BatcherOptions, type BatchMode } from './batcher.js';
export { BatchError, type BatchErrorCode } from './errors.js';
