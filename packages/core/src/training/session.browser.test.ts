import { afterAll, describe, expect, it } from 'vitest';
import { onBackendChange, ready } from '../backend/ready.js';
import { datasetFromArrays } from '../data/create.js';
import { tf } from '../tf.js';
import { type SessionOptions, TrainingSession } from './session.js';

describe('a session when the WebGL context is lost', () => {
  afterAll(async () => {
    await tf.setBackend('webgl');
  });

  it('carries on from its last step on the CPU backend, parameters and momentum intact', async () => {
    await ready({ prefer: 'webgl' });
    const options: SessionOptions = {
      dataset: datasetFromArrays({ features: [[1], [2], [3]], targets: [2, 4, 6] }),
      model: { kind: 'linear', features: 1, init: { w: [0], b: [0] } },
      loss: 'mse',
      optimizer: 'momentum',
      hyperparameters: { learningRate: 0.02, momentum: 0.9 },
    };
    const session = await TrainingSession.create(options);
    await session.step(5);
    const beforeLoss = session.current;

    const switched = new Promise<void>((resolve) => {
      const stop = onBackendChange(() => {
        stop();
        resolve();
      });
    });
    const gl = (tf.backend() as unknown as { gpgpu: { gl: WebGL2RenderingContext } }).gpgpu.gl;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
    await switched;
    expect(tf.getBackend()).toBe('cpu');

    // The same five steps and five more, computed from scratch on the CPU, are the reference.
    const reference = await TrainingSession.create(options);
    const expected = await reference.step(10);
    const continued = await session.step(5);
    expect(session.history[5]).toEqual(beforeLoss);
    for (let i = 0; i < 5; i++) {
      const got = continued[i]!;
      const want = expected[i + 5]!;
      expect(got.step).toBe(want.step);
      expect(got.parameters.w![0]).toBeCloseTo(want.parameters.w![0]!, 4);
      expect(got.parameters.b![0]).toBeCloseTo(want.parameters.b![0]!, 4);
      expect(got.optimizerState.w!.velocity![0]).toBeCloseTo(want.optimizerState.w!.velocity![0]!, 4);
    }
    session.dispose();
    reference.dispose();
  });
});
