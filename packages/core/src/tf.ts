/**
 * The one door to TensorFlow.js inside core.
 *
 * Not the whole of tfjs: tfjs-core's `dist/base` (ops, autodiff, engine; no kernels, no gradients,
 * no chained methods) with only the kernels and gradients core uses, registered in `tf-kernels.ts`
 * together with the cpu backend. The WebGL backend is not here: `loadWebGLBackend()` (backend/)
 * fetches it on first need, when `ready()`'s policy picks it.
 * Everything in core imports `tf` from here rather than from the package directly.
 *
 * Order matters: `base_side_effects` creates the engine and registers the environment flags that
 * everything after it reads ("Cannot evaluate flag 'DEBUG'" otherwise).
 */
import '@tensorflow/tfjs-core/dist/base_side_effects';
import './tf-kernels.js';

export * as tf from '@tensorflow/tfjs-core/dist/base';
