/**
 * THE LIST OF TFJS KERNELS CORE SHIPS (the gradients: tf-gradients.ts). Edit here when an op fails.
 *
 * Core does not load all of TensorFlow.js: it registers, one by one, the kernels (the backend code
 * behind each op) and gradients it uses, so a page pays for about 60 kernels instead of ~170 per
 * backend. The recipe is tfjs's own for custom bundles (`tools/custom_module`): tfjs-core's
 * `dist/base`, each backend's `dist/base`, and `registerKernel` / `registerGradient` per config.
 *
 * When an op throws "Kernel 'X' not registered for backend 'cpu'" (or "gradient function not found
 * for X"), add X in THREE places and nowhere else:
 *   1. the cpu import and `CPU_KERNEL_CONFIGS` entry below (`@tensorflow/tfjs-backend-cpu/dist/kernels/X`);
 *   2. the webgl import and entry in `backend/webgl-kernels.ts` (loaded lazily, same list);
 *   3. its gradient in `tf-gradients.ts`, if autodiff must pass through it (`@tensorflow/tfjs-core/dist/gradients/X_grad`).
 * The file name in `dist/kernels/` is the kernel name, except FusedBatchNorm, which lives in `BatchNorm`.
 * Gradients live apart, in `tf-gradients.ts`, registered by the modules that run autodiff: a page
 * whose widgets only evaluate (a loss table) does not download them nor the ops their backward
 * passes call (about 6 KB gzip).
 * `tf-kernels.test.ts` fails when the cpu and webgl lists differ, and every test suite runs against
 * exactly this registration, so a missing kernel fails loudly there rather than on a reader's page.
 *
 * Also listed, unused by core today, for elements being written (convolution, FFT, normalisation,
 * softmax classifiers): Conv2D and its two backprops, FFT/IFFT/Complex/Real/Imag/ComplexAbs,
 * FusedBatchNorm, SquaredDifference, ArgMax, Equal, Greater, Min, Sin, Cos, Rsqrt, Unpack.
 *
 * Chained methods (`t.add(u)`) are NOT registered: always call the op (`tf.add(t, u)`).
 */
import { type KernelConfig, registerKernel } from '@tensorflow/tfjs-core/dist/base';
// The cpu backend itself (no kernels): always present, the fallback everywhere.
import '@tensorflow/tfjs-backend-cpu/dist/base';
import { absConfig as cpuAbsConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Abs';
import { addConfig as cpuAddConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Add';
import { argMaxConfig as cpuArgMaxConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMax';
import { batchMatMulConfig as cpuBatchMatMulConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul';
import { batchNormConfig as cpuBatchNormConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/BatchNorm';
import { castConfig as cpuCastConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Cast';
import { clipByValueConfig as cpuClipByValueConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/ClipByValue';
import { complexConfig as cpuComplexConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Complex';
import { complexAbsConfig as cpuComplexAbsConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/ComplexAbs';
import { concatConfig as cpuConcatConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Concat';
import { conv2DConfig as cpuConv2DConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2D';
import { conv2DBackpropFilterConfig as cpuConv2DBackpropFilterConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropFilter';
import { conv2DBackpropInputConfig as cpuConv2DBackpropInputConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropInput';
import { cosConfig as cpuCosConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Cos';
import { equalConfig as cpuEqualConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Equal';
import { expConfig as cpuExpConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Exp';
import { fftConfig as cpuFftConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/FFT';
import { fillConfig as cpuFillConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Fill';
import { gatherV2Config as cpuGatherV2Config } from '@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2';
import { greaterConfig as cpuGreaterConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Greater';
import { greaterEqualConfig as cpuGreaterEqualConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/GreaterEqual';
import { identityConfig as cpuIdentityConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Identity';
import { ifftConfig as cpuIfftConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/IFFT';
import { imagConfig as cpuImagConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Imag';
import { lessConfig as cpuLessConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Less';
import { lessEqualConfig as cpuLessEqualConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/LessEqual';
import { logConfig as cpuLogConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Log';
import { log1pConfig as cpuLog1pConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Log1p';
import { maxConfig as cpuMaxConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Max';
import { maximumConfig as cpuMaximumConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Maximum';
import { meanConfig as cpuMeanConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Mean';
import { minConfig as cpuMinConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Min';
import { minimumConfig as cpuMinimumConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Minimum';
import { multiplyConfig as cpuMultiplyConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Multiply';
import { negConfig as cpuNegConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Neg';
import { oneHotConfig as cpuOneHotConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/OneHot';
import { packConfig as cpuPackConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Pack';
import { padV2Config as cpuPadV2Config } from '@tensorflow/tfjs-backend-cpu/dist/kernels/PadV2';
import { powConfig as cpuPowConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Pow';
import { realConfig as cpuRealConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Real';
import { realDivConfig as cpuRealDivConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv';
import { reluConfig as cpuReluConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Relu';
import { reshapeConfig as cpuReshapeConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape';
import { reverseConfig as cpuReverseConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Reverse';
import { roundConfig as cpuRoundConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Round';
import { rsqrtConfig as cpuRsqrtConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Rsqrt';
import { selectConfig as cpuSelectConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Select';
import { sigmoidConfig as cpuSigmoidConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sigmoid';
import { sinConfig as cpuSinConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sin';
import { sliceConfig as cpuSliceConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Slice';
import { softmaxConfig as cpuSoftmaxConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax';
import { softplusConfig as cpuSoftplusConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Softplus';
import { sqrtConfig as cpuSqrtConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sqrt';
import { squareConfig as cpuSquareConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Square';
import { squaredDifferenceConfig as cpuSquaredDifferenceConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/SquaredDifference';
import { stepConfig as cpuStepConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Step';
import { subConfig as cpuSubConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sub';
import { sumConfig as cpuSumConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sum';
import { tanhConfig as cpuTanhConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh';
import { tileConfig as cpuTileConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Tile';
import { transposeConfig as cpuTransposeConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose';
import { unpackConfig as cpuUnpackConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Unpack';
import { zerosLikeConfig as cpuZerosLikeConfig } from '@tensorflow/tfjs-backend-cpu/dist/kernels/ZerosLike';

/** The cpu kernels core uses (and the upcoming elements will), one per kernel name. */
export const CPU_KERNEL_CONFIGS: readonly KernelConfig[] = [
  cpuAbsConfig,
  cpuAddConfig,
  cpuArgMaxConfig,
  cpuBatchMatMulConfig,
  cpuCastConfig,
  cpuClipByValueConfig,
  cpuComplexConfig,
  cpuComplexAbsConfig,
  cpuConcatConfig,
  cpuConv2DConfig,
  cpuConv2DBackpropFilterConfig,
  cpuConv2DBackpropInputConfig,
  cpuCosConfig,
  cpuEqualConfig,
  cpuExpConfig,
  cpuFftConfig,
  cpuFillConfig,
  cpuBatchNormConfig,
  cpuGatherV2Config,
  cpuGreaterConfig,
  cpuGreaterEqualConfig,
  cpuIdentityConfig,
  cpuIfftConfig,
  cpuImagConfig,
  cpuLessConfig,
  cpuLessEqualConfig,
  cpuLogConfig,
  cpuLog1pConfig,
  cpuMaxConfig,
  cpuMaximumConfig,
  cpuMeanConfig,
  cpuMinConfig,
  cpuMinimumConfig,
  cpuMultiplyConfig,
  cpuNegConfig,
  cpuOneHotConfig,
  cpuPackConfig,
  cpuPadV2Config,
  cpuPowConfig,
  cpuRealConfig,
  cpuRealDivConfig,
  cpuReluConfig,
  cpuReshapeConfig,
  cpuReverseConfig,
  cpuTileConfig,
  cpuRoundConfig,
  cpuRsqrtConfig,
  cpuSelectConfig,
  cpuSigmoidConfig,
  cpuSinConfig,
  cpuSliceConfig,
  cpuSoftmaxConfig,
  cpuSoftplusConfig,
  cpuSqrtConfig,
  cpuSquareConfig,
  cpuSquaredDifferenceConfig,
  cpuStepConfig,
  cpuSubConfig,
  cpuSumConfig,
  cpuTanhConfig,
  cpuTransposeConfig,
  cpuUnpackConfig,
  cpuZerosLikeConfig,
];

for (const config of CPU_KERNEL_CONFIGS) registerKernel(config);
