/**
 * The one door to TensorFlow.js inside core.
 *
 * Importing it registers, once for every caller:
 * - all gradients (tfjs-core registers none, and `tf.grad` fails with "gradient function not found");
 * - the CPU and WebGL backends (`ready()` in backend/ chooses between them).
 * Everything in core imports `tf` from here rather than from the package directly.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';

export * as tf from '@tensorflow/tfjs-core';
