import { describe, expect, it } from 'vitest';
import { tf } from './tf.js';

describe('the browser rig', () => {
  it('runs tfjs on the WebGL backend in headless Chromium', async () => {
    expect(tf.getBackend()).toBe('webgl');
    expect(tf.env().getNumber('WEBGL_VERSION')).toBe(2);
  });

  it('multiplies the curriculum matrix on the GPU path', async () => {
    // CURRICULUM A.4: X (4×3) times w = (1, 2, 3) gives (14, 32, −14, −32).
    // Above 128 elements the webgl backend stops forwarding to the CPU, so tile X to make sure
    // the shader path is what gets checked.
    tf.env().set('WEBGL_CPU_FORWARD', false);
    const X = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
      [-1, -2, -3],
      [-4, -5, -6],
    ]);
    const w = tf.tensor2d([[1], [2], [3]]);
    const product = tf.matMul(X, w);
    expect(Array.from(await product.data())).toEqual([14, 32, -14, -32]);
    tf.dispose([X, w, product]);
  });
});
