import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';

// Silences the cpu backend's "install tfjs-node" banner.
tf.env().set('IS_TEST', true);
await tf.setBackend('cpu');
