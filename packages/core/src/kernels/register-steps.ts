// The training session's fused step kernels (one dense-model loss step; k steps with the update
// rule), cpu and webgl: imported for its effect by the training session.
import type { tf } from '../tf.js';
import { DENSE_LOSS_STEP, denseLossStepCpu } from './dense-loss-step.js';
import { denseLossStepWebgl } from './dense-loss-step.webgl.js';
import { registerOnce } from './register-once.js';
import { TRAIN_STEPS, trainStepsCpu, trainStepsWebgl } from './train-steps.js';

registerOnce(DENSE_LOSS_STEP, 'cpu', denseLossStepCpu as tf.KernelConfig['kernelFunc']);
registerOnce(DENSE_LOSS_STEP, 'webgl', denseLossStepWebgl as tf.KernelConfig['kernelFunc']);
registerOnce(TRAIN_STEPS, 'cpu', trainStepsCpu as tf.KernelConfig['kernelFunc']);
registerOnce(TRAIN_STEPS, 'webgl', trainStepsWebgl as tf.KernelConfig['kernelFunc']);
