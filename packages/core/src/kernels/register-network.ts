// The playground network's fused training and grid kernels: host loops on both backends (see
// network/train-kernel.ts for why not a shader). Imported for its effect by the network trainer.
import { NETWORK_GRID, networkGridHost } from '../network/grid-kernel.js';
import { NETWORK_TRAIN, networkTrainHost } from '../network/train-kernel.js';
import type { tf } from '../tf.js';
import { registerOnce } from './register-once.js';

for (const backendName of ['cpu', 'webgl']) {
  registerOnce(NETWORK_TRAIN, backendName, networkTrainHost as tf.KernelConfig['kernelFunc']);
  registerOnce(NETWORK_GRID, backendName, networkGridHost as tf.KernelConfig['kernelFunc']);
}
