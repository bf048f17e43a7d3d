/**
 * @gd-playground/core: gradient descent on TensorFlow.js, written to be read.
 *
 * One concept a folder: backend (which tfjs backend and why), data, batching, models, losses,
 * autograd, optimizers, closed-form (the normal equation), landscape (loss over a parameter grid),
 * training (sessions with history), conv (convolution), normalization (batch, layer, instance and
 * group normalisation, running statistics, the normalisation layer of the MLP), network (the
 * playground network of <gd-network>: spec, data, fused training and grid kernels).
 */
export * from './autograd/index.js';
export * from './backend/index.js';
export * from './backprop/index.js';
export * from './batching/index.js';
export * from './closed-form/index.js';
export { CodedError } from './coded-error.js';
export * from './conv/index.js';
export * from './data/index.js';
export * from './landscape/index.js';
export * from './losses/index.js';
export * from './models/index.js';
export * from './mri/index.js';
export * from './network/index.js';
export * from './normalization/index.js';
export * from './optimizers/index.js';
export * from './softmax/index.js';
export { tf } from './tf.js';
export * from './training/index.js';
