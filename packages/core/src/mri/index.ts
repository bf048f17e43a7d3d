export { type ComplexImage, fft2, fftshift2, ifft2, unshiftIndex } from './fft.js';
export { FFT2D_KERNEL, fft2Arrays, registerFft2dKernel } from './fft-kernel.js';
export { MASK_KINDS, type MaskKind, type MaskOptions, measuredLineCount, samplingLines } from './mask.js';
export { psnr, rmse } from './metrics.js';
export {
  MODIFIED_SHEPP_LOGAN,
  PHANTOM_MAX_SIZE,
  PHANTOM_MIN_SIZE,
  type PhantomEllipse,
  sheppLogan,
} from './phantom.js';
export { MriReconstruction, maskImage, type ReconstructionSettings } from './reconstruction.js';
export { REGULARIZER_KERNEL, regularizerArrays } from './regularizer-kernel.js';
export {
  differencesAdjoint,
  forwardDifferences,
  objectiveLipschitz,
  REGULARIZER_KINDS,
  type RegularizerKind,
  regularizerLipschitz,
  regularizerValueAndGradient,
  regularizerWithTensorOps,
} from './regularizers.js';
