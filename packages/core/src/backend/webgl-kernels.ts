/**
 * The WebGL backend and its kernels: the same list as `../tf-kernels.ts` (read its comment before
 * adding a kernel here). This module is only ever loaded by `loadWebGLBackend()`, through a dynamic
 * `import()`, when the backend policy picks WebGL: pages whose work stays on the CPU never download it.
 */
import { type KernelConfig, registerKernel } from '@tensorflow/tfjs-core/dist/base';
// Registers the 'webgl' backend factory and the WEBGL_* flags; no kernels.
import '@tensorflow/tfjs-backend-webgl/dist/base';
import { absConfig as webglAbsConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Abs';
import { addConfig as webglAddConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Add';
import { argMaxConfig as webglArgMaxConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMax';
import { batchMatMulConfig as webglBatchMatMulConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul';
import { batchNormConfig as webglBatchNormConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/BatchNorm';
import { castConfig as webglCastConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Cast';
import { clipByValueConfig as webglClipByValueConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ClipByValue';
import { complexConfig as webglComplexConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Complex';
import { complexAbsConfig as webglComplexAbsConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ComplexAbs';
import { concatConfig as webglConcatConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Concat';
import { conv2DConfig as webglConv2DConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D';
import { conv2DBackpropFilterConfig as webglConv2DBackpropFilterConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropFilter';
import { conv2DBackpropInputConfig as webglConv2DBackpropInputConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropInput';
import { cosConfig as webglCosConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Cos';
import { equalConfig as webglEqualConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Equal';
import { expConfig as webglExpConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Exp';
import { fftConfig as webglFftConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/FFT';
import { fillConfig as webglFillConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Fill';
import { gatherV2Config as webglGatherV2Config } from '@tensorflow/tfjs-backend-webgl/dist/kernels/GatherV2';
import { greaterConfig as webglGreaterConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Greater';
import { greaterEqualConfig as webglGreaterEqualConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/GreaterEqual';
import { identityConfig as webglIdentityConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Identity';
import { ifftConfig as webglIfftConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/IFFT';
import { imagConfig as webglImagConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Imag';
import { lessConfig as webglLessConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Less';
import { lessEqualConfig as webglLessEqualConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/LessEqual';
import { logConfig as webglLogConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Log';
import { log1pConfig as webglLog1pConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Log1p';
import { maxConfig as webglMaxConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Max';
import { maximumConfig as webglMaximumConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Maximum';
import { meanConfig as webglMeanConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Mean';
import { minConfig as webglMinConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Min';
import { minimumConfig as webglMinimumConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Minimum';
import { multiplyConfig as webglMultiplyConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Multiply';
import { negConfig as webglNegConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Neg';
import { oneHotConfig as webglOneHotConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/OneHot';
import { packConfig as webglPackConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Pack';
import { padV2Config as webglPadV2Config } from '@tensorflow/tfjs-backend-webgl/dist/kernels/PadV2';
import { powConfig as webglPowConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Pow';
import { realConfig as webglRealConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Real';
import { realDivConfig as webglRealDivConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/RealDiv';
import { reluConfig as webglReluConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Relu';
import { reshapeConfig as webglReshapeConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Reshape';
import { reverseConfig as webglReverseConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Reverse';
import { roundConfig as webglRoundConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Round';
import { rsqrtConfig as webglRsqrtConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Rsqrt';
import { selectConfig as webglSelectConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Select';
import { sigmoidConfig as webglSigmoidConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sigmoid';
import { sinConfig as webglSinConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sin';
import { sliceConfig as webglSliceConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Slice';
import { softmaxConfig as webglSoftmaxConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Softmax';
import { softplusConfig as webglSoftplusConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Softplus';
import { sqrtConfig as webglSqrtConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sqrt';
import { squareConfig as webglSquareConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Square';
import { squaredDifferenceConfig as webglSquaredDifferenceConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/SquaredDifference';
import { stepConfig as webglStepConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Step';
import { subConfig as webglSubConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sub';
import { sumConfig as webglSumConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sum';
import { tanhConfig as webglTanhConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Tanh';
import { tileConfig as webglTileConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Tile';
import { transposeConfig as webglTransposeConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose';
import { unpackConfig as webglUnpackConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Unpack';
import { zerosLikeConfig as webglZerosLikeConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ZerosLike';

/** The webgl kernels: one for every cpu kernel in `../tf-kernels.ts`. */
export const WEBGL_KERNEL_CONFIGS: readonly KernelConfig[] = [
  webglAbsConfig,
  webglAddConfig,
  webglArgMaxConfig,
  webglBatchMatMulConfig,
  webglCastConfig,
  webglClipByValueConfig,
  webglComplexConfig,
  webglComplexAbsConfig,
  webglConcatConfig,
  webglConv2DConfig,
  webglConv2DBackpropFilterConfig,
  webglConv2DBackpropInputConfig,
  webglCosConfig,
  webglEqualConfig,
  webglExpConfig,
  webglFftConfig,
  webglFillConfig,
  webglBatchNormConfig,
  webglGatherV2Config,
  webglGreaterConfig,
  webglGreaterEqualConfig,
  webglIdentityConfig,
  webglIfftConfig,
  webglImagConfig,
  webglLessConfig,
  webglLessEqualConfig,
  webglLogConfig,
  webglLog1pConfig,
  webglMaxConfig,
  webglMaximumConfig,
  webglMeanConfig,
  webglMinConfig,
  webglMinimumConfig,
  webglMultiplyConfig,
  webglNegConfig,
  webglOneHotConfig,
  webglPackConfig,
  webglPadV2Config,
  webglPowConfig,
  webglRealConfig,
  webglRealDivConfig,
  webglReluConfig,
  webglReshapeConfig,
  webglReverseConfig,
  webglTileConfig,
  webglRoundConfig,
  webglRsqrtConfig,
  webglSelectConfig,
  webglSigmoidConfig,
  webglSinConfig,
  webglSliceConfig,
  webglSoftmaxConfig,
  webglSoftplusConfig,
  webglSqrtConfig,
  webglSquareConfig,
  webglSquaredDifferenceConfig,
  webglStepConfig,
  webglSubConfig,
  webglSumConfig,
  webglTanhConfig,
  webglTransposeConfig,
  webglUnpackConfig,
  webglZerosLikeConfig,
];

for (const config of WEBGL_KERNEL_CONFIGS) registerKernel(config);
