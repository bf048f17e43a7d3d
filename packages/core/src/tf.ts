/**
 * The one door to TensorFlow.js inside core.
 *
 * Importing it registers, once for every caller:
 * - all gradients (tfjs-core registers none, and `tf.grad` fails with "gradient function not found");
 * - the CPU and WebGL backends (`ready()` in backend/ chooses between them).
 * Everything in core imports `tf` from here rather than from the package directly.
 *
 * Order matters: tfjs-core's entry point must be evaluated first, because it registers the
 * environment flags that gradient registration reads ("Cannot evaluate flag 'DEBUG'" otherwise,
 * whenever nothing else on the page imported tfjs before this module).
 */
export * as tf from '@tensorflow/tfjs-core';

import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
