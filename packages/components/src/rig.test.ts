// Proves the browser rig: real headless Chromium, tfjs on WebGL 2, and Lit rendering into shadow roots.
import { loadWebGLBackend, tf } from '@gd-playground/core';
import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';

class RigProbe extends LitElement {
  static override properties = { value: { type: Number } };
  value = 0;
  override render() {
    return html`<output part="value">${this.value * 2}</output>`;
  }
}
customElements.define('rig-probe', RigProbe);

describe('browser rig', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('starts the WebGL backend and multiplies matrices with the right numbers', async () => {
    // Core fetches the WebGL backend on first need (ready() does this when its policy picks WebGL).
    await loadWebGLBackend();
    expect(await tf.setBackend('webgl')).toBe(true);
    expect(tf.getBackend()).toBe('webgl');
    // Keep small tensors on the GPU path instead of the CPU forward the backend uses under 128 elements.
    tf.env().set('WEBGL_CPU_FORWARD', false);
    const before = tf.memory().numTensors;
    const X = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
      [-1, -2, -3],
      [-4, -5, -6],
    ]);
    const w = tf.tensor2d([[1], [2], [3]]);
    const product = tf.matMul(X, w);
    // CURRICULUM A.4: (14, 32, −14, −32).
    expect(Array.from(await product.data())).toEqual([14, 32, -14, -32]);
    tf.dispose([X, w, product]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('renders a Lit element that can be queried through its shadow root', async () => {
    const probe = document.createElement('rig-probe') as RigProbe;
    probe.value = 21;
    document.body.append(probe);
    await probe.updateComplete;
    expect(probe.shadowRoot?.querySelector('output')?.textContent).toBe('42');
  });
});
