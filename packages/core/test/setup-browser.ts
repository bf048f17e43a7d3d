// Core's own tfjs (only the kernels in src/tf-kernels.ts and backend/webgl-kernels.ts), never the
// full packages, so a kernel missing from those lists fails these suites.
import { loadWebGLBackend } from '../src/backend/load-webgl.js';
import { tf } from '../src/tf.js';
// Tests use tfjs autodiff as an oracle, so every suite has the gradients (pages get them only
// through a module that runs autodiff; tf-gradients.test.ts checks those import them).
import '../src/tf-gradients.js';

tf.env().set('IS_TEST', true);
await loadWebGLBackend();
if (!(await tf.setBackend('webgl'))) throw new Error('The WebGL backend did not start in this Chromium.');
// Tensors under 128 elements would otherwise run on the CPU inside the webgl backend, and the
// golden suites would never touch a shader.
tf.env().set('WEBGL_CPU_FORWARD', false);
tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
