export {
  logSoftmax,
  type NaiveSoftmaxSteps,
  naiveSoftmaxFloat32,
  naiveSoftmaxTensor,
  type StableSoftmaxSteps,
  softmax,
  softmaxCrossEntropy,
  softmaxCrossEntropyGradient,
  softmaxCrossEntropyTensor,
  softmaxJacobian,
  softmaxTensor,
  stableSoftmaxSteps,
} from './softmax.js';
