import { describe, expect, it } from 'vitest';
import {
  chooseBackend,
  isSoftwareRenderer,
  needsWebGLProbe,
  SOFTWARE_WEBGL_MIN_ELEMENTS_PER_OP,
  WEBGL_MIN_ELEMENTS_PER_OP,
} from './policy.js';

const GPU = {
  available: true,
  version: 2,
  renderer: 'ANGLE (NVIDIA GeForce RTX 3060)',
  softwareEmulated: false,
};
const SWIFTSHADER = {
  available: true,
  version: 2,
  renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  softwareEmulated: true,
};

describe('backend policy', () => {
  it('recognises software renderers by name', () => {
    expect(isSoftwareRenderer(SWIFTSHADER.renderer)).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer(GPU.renderer)).toBe(false);
    expect(isSoftwareRenderer('ANGLE (Apple, Apple M2, OpenGL 4.1)')).toBe(false);
  });

  it('keeps tiny per-step work on the CPU even with a GPU', () => {
    expect(chooseBackend(GPU, { elementsPerOp: 1000 * 2 })).toEqual({ backend: 'cpu', reason: 'small-work' });
  });

  it('needs no WebGL probe below the smallest threshold, where every renderer gets the CPU', () => {
    expect(needsWebGLProbe({ elementsPerOp: WEBGL_MIN_ELEMENTS_PER_OP - 1 })).toBe(false);
    expect(needsWebGLProbe({ elementsPerOp: WEBGL_MIN_ELEMENTS_PER_OP })).toBe(true);
    expect(needsWebGLProbe({ elementsPerOp: 0 }, 'webgl')).toBe(true);
    expect(needsWebGLProbe({ elementsPerOp: 1e9 }, 'cpu')).toBe(false);
    // And the probe would not have changed the answer: below the threshold both renderers say CPU.
    for (const webgl of [GPU, SWIFTSHADER]) {
      expect(chooseBackend(webgl, { elementsPerOp: WEBGL_MIN_ELEMENTS_PER_OP - 1 }).backend).toBe('cpu');
    }
  });

  it('sends large batched work to a hardware GPU', () => {
    expect(chooseBackend(GPU, { elementsPerOp: 256 * 256 * 100 })).toEqual({
      backend: 'webgl',
      reason: 'large-batched-work',
    });
    expect(chooseBackend(GPU, { elementsPerOp: WEBGL_MIN_ELEMENTS_PER_OP - 1 }).backend).toBe('cpu');
  });

  it('keeps training steps off software-emulated WebGL, but gives it very large landscape grids', () => {
    // Measured on SwiftShader: a 256² grid over 100 examples (6.5 M numbers per op) was as fast or
    // faster on the CPU backend; a 64² grid over 10,000 examples (41 M) was faster on WebGL.
    expect(chooseBackend(SWIFTSHADER, { elementsPerOp: 100_000 })).toEqual({
      backend: 'cpu',
      reason: 'software-webgl',
    });
    expect(chooseBackend(SWIFTSHADER, { elementsPerOp: 256 * 256 * 100 })).toEqual({
      backend: 'cpu',
      reason: 'software-webgl',
    });
    expect(chooseBackend(SWIFTSHADER, { elementsPerOp: 64 * 64 * 10_000 })).toEqual({
      backend: 'webgl',
      reason: 'large-batched-work',
    });
    expect(
      chooseBackend(SWIFTSHADER, { elementsPerOp: SOFTWARE_WEBGL_MIN_ELEMENTS_PER_OP - 1 }).backend,
    ).toBe('cpu');
  });

  it('falls back to the CPU without WebGL, and honours a forced choice', () => {
    expect(chooseBackend({ available: false }, { elementsPerOp: 1e9 })).toEqual({
      backend: 'cpu',
      reason: 'no-webgl',
    });
    expect(chooseBackend(SWIFTSHADER, { elementsPerOp: 10 }, 'webgl')).toEqual({
      backend: 'webgl',
      reason: 'forced',
    });
    expect(chooseBackend(GPU, { elementsPerOp: 1e9 }, 'cpu')).toEqual({ backend: 'cpu', reason: 'forced' });
    expect(chooseBackend({ available: false }, undefined, 'webgl')).toEqual({
      backend: 'cpu',
      reason: 'no-webgl',
    });
  });
});
