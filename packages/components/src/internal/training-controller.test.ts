import { datasetFromArrays, type SessionOptions, tf } from '@gd-playground/core';
import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emulateMedia } from './emulate-media.test-fixtures.js';
import { TrainingController } from './training-controller.js';

/** Frames can take seconds on a shared machine running other suites in parallel. */
const WAIT = { timeout: 15_000, interval: 20 };

const ONE_WEIGHT: SessionOptions = {
  dataset: datasetFromArrays({ features: [[1]], targets: [2] }),
  model: { kind: 'linear', features: 1, bias: false, init: { w: [5] } },
  loss: 'mse',
  lossOptions: { convention: 'half' },
  optimizer: 'sgd',
  hyperparameters: { learningRate: 0.1 },
};

class ControllerHost extends LitElement {
  stepsPerFrame = 2;
  frames = 0;
  readonly training = new TrainingController(this, {
    stepsPerFrame: () => this.stepsPerFrame,
    onRecords: () => {
      this.frames++;
    },
  });
  override render() {
    return html`<output>${this.training.session?.current.parameters.w?.[0] ?? ''}</output>`;
  }
}
customElements.define('controller-host', ControllerHost);

async function mount(): Promise<ControllerHost> {
  const host = document.createElement('controller-host') as ControllerHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

describe('TrainingController', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('plays k steps a frame, frees the session on removal and rebuilds it on reconnect', async () => {
    const before = tf.memory().numTensors;
    const host = await mount();
    await host.training.configure(ONE_WEIGHT);
    host.training.play();
    await vi.waitFor(() => expect(host.training.session!.current.step).toBeGreaterThanOrEqual(10), WAIT);
    host.training.pause();
    // Every frame ran exactly `stepsPerFrame` steps: one read-back per frame.
    expect(host.training.session!.current.step).toBe(host.frames * 2);
    expect(host.training.session!.history[1]!.parameters.w![0]).toBeCloseTo(4.7, 5);

    host.remove();
    expect(host.training.session).toBeUndefined();
    // A frame's read-back may still be in flight; its packed tensor is freed as soon as it resolves.
    await vi.waitFor(() => expect(tf.memory().numTensors).toBe(before), WAIT);

    document.body.append(host);
    await vi.waitFor(() => expect(host.training.session?.current.step).toBe(0), WAIT);
    host.remove();
    await vi.waitFor(() => expect(tf.memory().numTensors).toBe(before), WAIT);
  });

  it('drops a session that finished creating after it was replaced', async () => {
    const before = tf.memory().numTensors;
    const host = await mount();
    const first = host.training.configure(ONE_WEIGHT);
    const second = host.training.configure({
      ...ONE_WEIGHT,
      model: { ...ONE_WEIGHT.model, init: { w: [1] } },
    });
    expect(await first).toBeUndefined();
    const kept = await second;
    expect(kept?.current.parameters.w).toEqual([1]);
    expect(host.training.session).toBe(kept);
    host.remove();
    await vi.waitFor(() => expect(tf.memory().numTensors).toBe(before), WAIT);
  });

  it('does not step while the widget is off screen', async () => {
    const host = await mount();
    host.style.cssText = 'display:block;position:absolute;top:5000px;height:10px';
    await host.training.configure(ONE_WEIGHT);
    await vi.waitFor(() => expect(host.training.visible).toBe(false), WAIT);
    host.training.play();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(host.training.session!.current.step).toBe(0);
    host.style.top = '0px';
    await vi.waitFor(() => expect(host.training.session!.current.step).toBeGreaterThan(0), WAIT);
    host.remove();
  });

  it('autoplay() starts nothing under prefers-reduced-motion; step and play still work', async () => {
    const before = tf.memory().numTensors;
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    try {
      const host = await mount();
      await host.training.configure(ONE_WEIGHT);
      expect(host.training.autoplay()).toBe(false);
      expect(host.training.playing).toBe(false);
      // Two frames' worth of waiting: nothing ran by itself.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(host.training.session!.current.step).toBe(0);
      // Stepping by hand: w = 5 − 0.1·(5·1 − 2)·1 = 4.7, as CURRICULUM A.5's first step.
      await host.training.step(1);
      expect(host.training.session!.current.parameters.w![0]).toBeCloseTo(4.7, 6);
      host.training.play();
      await vi.waitFor(() => expect(host.training.session!.current.step).toBeGreaterThan(1), WAIT);
      host.training.pause();
      host.remove();
      await vi.waitFor(() => expect(tf.memory().numTensors).toBe(before), WAIT);
    } finally {
      await emulateMedia();
    }
  });

  it('autoplay() plays when the reader has no motion preference', async () => {
    await emulateMedia({ 'prefers-reduced-motion': 'no-preference' });
    try {
      const host = await mount();
      await host.training.configure(ONE_WEIGHT);
      expect(host.training.autoplay()).toBe(true);
      await vi.waitFor(() => expect(host.training.session!.current.step).toBeGreaterThanOrEqual(2), WAIT);
      host.training.pause();
      host.remove();
    } finally {
      await emulateMedia();
    }
  });
});
