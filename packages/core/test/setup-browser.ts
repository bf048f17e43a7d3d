import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import * as tf from '@tensorflow/tfjs-core';

tf.env().set('IS_TEST', true);
if (!(await tf.setBackend('webgl'))) throw new Error('The WebGL backend did not start in this Chromium.');
// Tensors under 128 elements would otherwise run on the CPU inside the webgl backend, and the
// golden suites would never touch a shader.
tf.env().set('WEBGL_CPU_FORWARD', false);
tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
