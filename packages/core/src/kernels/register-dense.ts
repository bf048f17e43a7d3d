// The dense layer's kernel (cpu and webgl) and its gradient: imported for its effect by the models.
// One file per kernel family, so a page pulls only the kernels its widgets call (a page with only
// <gd-normalization> needs the dense layer, not the training-step or landscape kernels).
import { tf } from '../tf.js';
import { DENSE, denseCpu, denseGradConfig, denseWebgl } from './dense.js';
import { registerOnce } from './register-once.js';

registerOnce(DENSE, 'cpu', denseCpu as tf.KernelConfig['kernelFunc']);
registerOnce(DENSE, 'webgl', denseWebgl as tf.KernelConfig['kernelFunc']);
if (!tf.getGradient(DENSE)) tf.registerGradient(denseGradConfig);
