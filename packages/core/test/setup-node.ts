// Core's own tfjs (only the kernels in src/tf-kernels.ts), never the full packages, so a kernel
// missing from that list fails these suites.
import { tf } from '../src/tf.js';
// Tests use tfjs autodiff as an oracle, so every suite has the gradients (pages get them only
// through a module that runs autodiff; tf-gradients.test.ts checks those import them).
import '../src/tf-gradients.js';

// Silences the cpu backend's "install tfjs-node" banner.
tf.env().set('IS_TEST', true);
await tf.setBackend('cpu');
