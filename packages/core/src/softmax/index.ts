export {
  logSoftmax,
  type NaiveSoftmaxSteps,
  naiveSoftmaxFloat32,
  type StableSoftmaxSteps,
  softmax,
  softmaxCrossEntropy,
  softmaxCrossEntropyGradient,
  softmaxJacobian,
  stableSoftmaxSteps,
} from './softmax.js';
export { naiveSoftmaxTensor, softmaxCrossEntropyTensor, softmaxTensor } from './softmax-tensor.js';
