import { afterAll, describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { onBackendChange, probeWebGL, ready } from './ready.js';

describe('ready() in headless Chromium', () => {
  afterAll(async () => {
    await tf.setBackend('webgl');
  });

  // First in this file: no other test has probed WebGL yet.
  it('starts the CPU backend for small work without creating a WebGL context', async () => {
    const contexts: string[] = [];
    const spy = (original: (this: unknown, kind: string, ...rest: unknown[]) => unknown) =>
      function (this: unknown, kind: string, ...rest: unknown[]) {
        contexts.push(kind);
        return original.call(this, kind, ...rest);
      };
    const canvasGet = HTMLCanvasElement.prototype.getContext;
    const offscreenGet = OffscreenCanvas.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = spy(canvasGet as never) as never;
    OffscreenCanvas.prototype.getContext = spy(offscreenGet as never) as never;
    try {
      const report = await ready({ workload: { elementsPerOp: 5000 } });
      expect(report).toMatchObject({ backend: 'cpu', reason: 'small-work' });
      expect(tf.getBackend()).toBe('cpu');
      expect(contexts).toEqual([]);
      // Reading what WebGL can do probes it then, once.
      expect(report.webgl.softwareEmulated).toBe(true);
      expect(contexts).toEqual(['webgl2']);
    } finally {
      HTMLCanvasElement.prototype.getContext = canvasGet;
      OffscreenCanvas.prototype.getContext = offscreenGet;
    }
  });

  it('finds WebGL 2 and sees that SwiftShader is software', () => {
    const webgl = probeWebGL();
    expect(webgl.available).toBe(true);
    expect(webgl.version).toBe(2);
    expect(webgl.renderer).toMatch(/swiftshader/i);
    expect(webgl.softwareEmulated).toBe(true);
  });

  it('chooses the CPU backend for small work on software WebGL, and WebGL when forced', async () => {
    const auto = await ready({ workload: { elementsPerOp: 1000 } });
    expect(auto.backend).toBe('cpu');
    expect(auto.reason).toBe('software-webgl');
    expect(tf.getBackend()).toBe('cpu');

    const forced = await ready({ prefer: 'webgl' });
    expect(forced).toMatchObject({ backend: 'webgl', reason: 'forced' });
    expect(tf.getBackend()).toBe('webgl');
  });

  it('falls back to the CPU backend when the WebGL context is lost, and tells listeners', async () => {
    await ready({ prefer: 'webgl' });
    const reports: string[] = [];
    const stop = onBackendChange((report) => reports.push(`${report.backend}:${report.reason}`));
    const gl = (tf.backend() as unknown as { gpgpu: { gl: WebGL2RenderingContext } }).gpgpu.gl;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
    await expect.poll(() => reports, { timeout: 5000 }).toEqual(['cpu:context-lost']);
    expect(tf.getBackend()).toBe('cpu');
    const product = tf.matMul(tf.tensor2d([[1, 2, 3]]), tf.tensor2d([[1], [2], [3]]));
    expect(Array.from(await product.data())).toEqual([14]);
    stop();
  });
});
