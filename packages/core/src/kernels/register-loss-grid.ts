// The loss-landscape grid kernel, cpu and webgl: imported for its effect by the landscape.
import type { tf } from '../tf.js';
import { LOSS_GRID, lossGridCpu } from './loss-grid.js';
import { lossGridWebgl } from './loss-grid.webgl.js';
import { registerOnce } from './register-once.js';

registerOnce(LOSS_GRID, 'cpu', lossGridCpu as tf.KernelConfig['kernelFunc']);
registerOnce(LOSS_GRID, 'webgl', lossGridWebgl as tf.KernelConfig['kernelFunc']);
