/**
 * THE LIST OF TFJS KERNELS AND GRADIENTS CORE SHIPS. Edit here when an op fails.
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
 *   3. its gradient below, if autodiff must pass through it (`@tensorflow/tfjs-core/dist/gradients/X_grad`).
 * The file name in `dist/kernels/` is the kernel name, except FusedBatchNorm, which lives in `BatchNorm`.
 * `tf-kernels.test.ts` fails when the cpu and webgl lists differ, and every test suite runs against
 * exactly this registration, so a missing kernel fails loudly there rather than on a reader's page.
 *
 * Also listed, unused by core today, for elements being written (convolution, FFT, normalisation,
 * softmax classifiers): Conv2D and its two backprops, FFT/IFFT/Complex/Real/Imag/ComplexAbs,
 * FusedBatchNorm, SquaredDifference, ArgMax, Equal, Greater, Min, Sin, Cos, Rsqrt, Unpack.
 *
 * Chained methods (`t.add(u)`) are NOT registered: always call the op (`tf.add(t, u)`).
 */
import {
  type GradConfig,
  type KernelConfig,
  registerGradient,
  registerKernel,
} from '@tensorflow/tfjs-core/dist/base';
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
import { absGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Abs_grad';
import { addGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Add_grad';
import { argMaxGradConfig } from '@tensorflow/tfjs-core/dist/gradients/ArgMax_grad';
import { batchMatMulGradConfig } from '@tensorflow/tfjs-core/dist/gradients/BatchMatMul_grad';
import { castGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Cast_grad';
import { clipByValueGradConfig } from '@tensorflow/tfjs-core/dist/gradients/ClipByValue_grad';
import { complexAbsGradConfig } from '@tensorflow/tfjs-core/dist/gradients/ComplexAbs_grad';
import { concatGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Concat_grad';
import { conv2DGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Conv2D_grad';
import { conv2DBackpropInputGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Conv2DBackpropInput_grad';
import { cosGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Cos_grad';
import { expGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Exp_grad';
import { fusedBatchNormGradConfig } from '@tensorflow/tfjs-core/dist/gradients/FusedBatchNorm_grad';
import { gatherGradConfig } from '@tensorflow/tfjs-core/dist/gradients/GatherV2_grad';
import { greaterEqualGradConfig } from '@tensorflow/tfjs-core/dist/gradients/GreaterEqual_grad';
import { identityGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Identity_grad';
import { logGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Log_grad';
import { log1pGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Log1p_grad';
import { maxGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Max_grad';
import { maximumGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Maximum_grad';
import { meanGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Mean_grad';
import { minGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Min_grad';
import { minimumGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Minimum_grad';
import { multiplyGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Multiply_grad';
import { negGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Neg_grad';
import { oneHotGradConfig } from '@tensorflow/tfjs-core/dist/gradients/OneHot_grad';
import { packGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Pack_grad';
import { padV2GradConfig } from '@tensorflow/tfjs-core/dist/gradients/PadV2_grad';
import { powGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Pow_grad';
import { divGradConfig } from '@tensorflow/tfjs-core/dist/gradients/RealDiv_grad';
import { reluGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Relu_grad';
import { reshapeGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Reshape_grad';
import { reverseGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Reverse_grad';
import { roundGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Round_grad';
import { rsqrtGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Rsqrt_grad';
import { selectGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Select_grad';
import { sigmoidGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sigmoid_grad';
import { sinGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sin_grad';
import { sliceGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Slice_grad';
import { softmaxGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Softmax_grad';
import { softplusGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Softplus_grad';
import { sqrtGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sqrt_grad';
import { squareGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Square_grad';
import { squaredDifferenceGradConfig } from '@tensorflow/tfjs-core/dist/gradients/SquaredDifference_grad';
import { stepGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Step_grad';
import { subGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sub_grad';
import { sumGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sum_grad';
import { tanhGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Tanh_grad';
import { tileGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Tile_grad';
import { transposeGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Transpose_grad';
import { unpackGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Unpack_grad';
import { zerosLikeGradConfig } from '@tensorflow/tfjs-core/dist/gradients/ZerosLike_grad';

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

/** Gradients for the kernels autodiff passes through (tfjs-core registers none by itself). */
export const GRADIENT_CONFIGS: readonly GradConfig[] = [
  absGradConfig,
  addGradConfig,
  argMaxGradConfig,
  batchMatMulGradConfig,
  castGradConfig,
  clipByValueGradConfig,
  complexAbsGradConfig,
  concatGradConfig,
  conv2DGradConfig,
  conv2DBackpropInputGradConfig,
  cosGradConfig,
  expGradConfig,
  fusedBatchNormGradConfig,
  gatherGradConfig,
  greaterEqualGradConfig,
  identityGradConfig,
  logGradConfig,
  log1pGradConfig,
  maxGradConfig,
  maximumGradConfig,
  meanGradConfig,
  minGradConfig,
  minimumGradConfig,
  multiplyGradConfig,
  negGradConfig,
  oneHotGradConfig,
  packGradConfig,
  padV2GradConfig,
  powGradConfig,
  divGradConfig,
  reluGradConfig,
  reverseGradConfig,
  tileGradConfig,
  reshapeGradConfig,
  roundGradConfig,
  rsqrtGradConfig,
  selectGradConfig,
  sigmoidGradConfig,
  sinGradConfig,
  sliceGradConfig,
  softmaxGradConfig,
  softplusGradConfig,
  sqrtGradConfig,
  squareGradConfig,
  squaredDifferenceGradConfig,
  stepGradConfig,
  subGradConfig,
  sumGradConfig,
  tanhGradConfig,
  transposeGradConfig,
  unpackGradConfig,
  zerosLikeGradConfig,
];

for (const config of CPU_KERNEL_CONFIGS) registerKernel(config);
for (const config of GRADIENT_CONFIGS) registerGradient(config);
