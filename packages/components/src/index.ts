export {
  type BackpropChangeDetail,
  type BackpropStepDetail,
  GdBackprop,
} from './gd-backprop/gd-backprop.js';
export {
  type ConvolutionMode,
  type ConvolutionStepDetail,
  GdConvolution,
} from './gd-convolution/gd-convolution.js';

export {
  type ExplorerLossId,
  GdLossExplorer,
  type LossChangeDetail,
} from './gd-loss-explorer/gd-loss-explorer.js';
export {
  GdLrSlider,
  type GdLrSliderConvergedDetail,
  type GdLrSliderDivergedDetail,
  type GdLrSliderStepDetail,
} from './gd-lr-slider/gd-lr-slider.js';
export { GdMath } from './gd-math/gd-math.js';
export { GdMri, type MriStepDetail } from './gd-mri/gd-mri.js';
export {
  GdNetwork,
  type NetworkBackpropDetail,
  type NetworkProbeDetail,
  type NetworkSettledDetail,
  type NetworkStepDetail,
} from './gd-network/gd-network.js';
export { GdNormalization, type NormalizationStepDetail } from './gd-normalization/gd-normalization.js';
export {
  GdPlayground,
  type PlaygroundConvergedDetail,
  type PlaygroundDivergedDetail,
  type PlaygroundResetDetail,
  type PlaygroundStepDetail,
} from './gd-playground/gd-playground.js';
export {
  decodeState,
  encodeState,
  type PlaygroundPart,
  type PlaygroundState,
} from './gd-playground/state.js';
export {
  GdSigmoidBoundary,
  type SigmoidConvergedDetail,
  type SigmoidDivergedDetail,
  type SigmoidProbeDetail,
  type SigmoidStepDetail,
  type SigmoidThresholdDetail,
} from './gd-sigmoid-boundary/gd-sigmoid-boundary.js';
export { GdSoftmax, type SoftmaxChangeDetail } from './gd-softmax/gd-softmax.js';
