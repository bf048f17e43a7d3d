import { convGradientsTf, ready } from '@gd-playground/core';
import { type ConvModel, convolveOptions } from './model.js';
import type { AutodiffCheck } from './views/gradients.js';

/**
 * Runs the model's settings through tfjs (tf.grad through tf.conv1d / tf.conv2d) and reports the
 * largest difference from the hand-form gradients the widget shows. Tensors are created and
 * disposed inside core's `convGradientsTf`; nothing is kept.
 */
export async function checkWithAutodiff(model: ConvModel): Promise<AutodiffCheck> {
  const { settings, dims, gradients } = model;
  try {
    await ready();
    const theirs = await convGradientsTf(
      settings.input,
      settings.kernel,
      convolveOptions(settings, dims),
      settings.loss,
    );
    const ours = [...gradients.kernel.flat(3), ...gradients.input.flat(2)];
    const difference = [...theirs.kernel.flat(3), ...theirs.input.flat(2)].reduce(
      (largest, v, i) => Math.max(largest, Math.abs(v - (ours[i] as number))),
      0,
    );
    return { state: 'done', difference };
  } catch {
    return { state: 'failed' };
  }
}
