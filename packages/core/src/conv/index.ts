export { type AxisPair, axisPair } from './conv-geometry.js';
export {
  type ConvGradients,
  type ConvLoss,
  convGradients,
  dilateKernel,
  lossOf,
  upsample,
  upstreamGradient,
} from './conv-gradients.js';
export { type ConvTfResult, convGradientsTf } from './conv-tf.js';
export {
  type ConvolveOptions,
  type ConvTap,
  type ConvTrace,
  type ConvTraceStep,
  checkShapes,
  convolve,
  type FilterBank,
  flipKernel,
  padVolume,
  type Volume,
} from './conv-trace.js';
export { type Conv1dOptions, type Conv1dResult, type Conv1dStep, conv1d } from './conv1d.js';
export { type Conv2dOptions, type Conv2dResult, type Conv2dStep, conv2d, type PerAxis } from './conv2d.js';
export { ConvError, type ConvErrorCode } from './errors.js';
export { type BandedOptions, bandedMatrix, type Im2col, im2col, matVec } from './matrix-form.js';
export { type OutputSizeOptions, outputSize } from './output-size.js';
