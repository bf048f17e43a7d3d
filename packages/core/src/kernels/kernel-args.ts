import type { tf } from '../tf.js';

/**
 * What tfjs hands every kernel function: its input tensors by name, the backend it runs on (cast by
 * each kernel to the backend class it was registered for) and its attributes.
 */
export type KernelArgs = { inputs: tf.NamedTensorInfoMap; backend: unknown; attrs?: tf.NamedAttrMap };
