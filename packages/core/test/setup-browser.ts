import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import * as tf from '@tensorflow/tfjs-core';

tf.env().set('IS_TEST', true);
if (!(await tf.setBackend('webgl'))) throw new Error('The WebGL backend did not start in this Chromium.');
