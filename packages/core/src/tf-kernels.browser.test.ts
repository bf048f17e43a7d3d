import { describe, expect, it } from 'vitest';
import { WEBGL_KERNEL_CONFIGS } from './backend/webgl-kernels.js';
import { tf } from './tf.js';
import { CPU_KERNEL_CONFIGS } from './tf-kernels.js';

const names = (configs: readonly { kernelName: string }[]) => configs.map((c) => c.kernelName).sort();

describe('the custom tfjs module in Chromium', () => {
  it('runs on the lazily loaded webgl backend with exactly the listed kernels', () => {
    expect(tf.getBackend()).toBe('webgl');
    expect(names(tf.getKernelsForBackend('webgl'))).toEqual(names(WEBGL_KERNEL_CONFIGS));
    expect(names(tf.getKernelsForBackend('cpu'))).toEqual(names(CPU_KERNEL_CONFIGS));
  });
});
