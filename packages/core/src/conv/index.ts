export { type Conv1dOptions, type Conv1dResult, type Conv1dStep, conv1d } from './conv1d.js';
export { type Conv2dOptions, type Conv2dResult, type Conv2dStep, conv2d, type PerAxis } from './conv2d.js';
export { ConvError, type ConvErrorCode } from './errors.js';
export { type OutputSizeOptions, outputSize } from './output-size.js';
