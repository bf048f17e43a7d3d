import { NETWORK_GRID, networkGridHost } from '../network/grid-kernel.js';
import { NETWORK_TRAIN, networkTrainHost } from '../network/train-kernel.js';
import { tf } from '../tf.js';
import { DENSE, denseCpu, denseGradConfig, denseWebgl } from './dense.js';
import { DENSE_LOSS_STEP, denseLossStepCpu } from './dense-loss-step.js';
import { denseLossStepWebgl } from './dense-loss-step.webgl.js';
import { LOSS_GRID, lossGridCpu } from './loss-grid.js';
import { lossGridWebgl } from './loss-grid.webgl.js';

/**
 * Registers core's fused kernels for the `cpu` and `webgl` backends, and the dense layer's
 * gradient. Imported (for its effect) by the code that calls the kernels: models, the training
 * session and the landscape. Registering is idempotent, so two copies of core on one page (or a
 * hot reload) do not throw. A backend that is not loaded yet still finds its kernels when it is.
 */
function registerOnce(kernelName: string, backendName: string, kernelFunc: tf.KernelConfig['kernelFunc']) {
  if (tf.getKernel(kernelName, backendName)) return;
  tf.registerKernel({ kernelName, backendName, kernelFunc });
}

registerOnce(DENSE_LOSS_STEP, 'cpu', denseLossStepCpu as tf.KernelConfig['kernelFunc']);
registerOnce(DENSE_LOSS_STEP, 'webgl', denseLossStepWebgl as tf.KernelConfig['kernelFunc']);
registerOnce(DENSE, 'cpu', denseCpu as tf.KernelConfig['kernelFunc']);
registerOnce(DENSE, 'webgl', denseWebgl as tf.KernelConfig['kernelFunc']);
registerOnce(LOSS_GRID, 'cpu', lossGridCpu as tf.KernelConfig['kernelFunc']);
registerOnce(LOSS_GRID, 'webgl', lossGridWebgl as tf.KernelConfig['kernelFunc']);
// The playground network's fused training and grid kernels: host loops on both backends (see
// network/train-kernel.ts for why not a shader).
for (const backendName of ['cpu', 'webgl']) {
  registerOnce(NETWORK_TRAIN, backendName, networkTrainHost as tf.KernelConfig['kernelFunc']);
  registerOnce(NETWORK_GRID, backendName, networkGridHost as tf.KernelConfig['kernelFunc']);
}
if (!tf.getGradient(DENSE)) tf.registerGradient(denseGradConfig);
