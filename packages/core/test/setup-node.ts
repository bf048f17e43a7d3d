// Core's own tfjs (only the kernels in src/tf-kernels.ts), never the full packages, so a kernel
// missing from that list fails these suites.
import { tf } from '../src/tf.js';

// Silences the cpu backend's "install tfjs-node" banner.
tf.env().set('IS_TEST', true);
await tf.setBackend('cpu');
