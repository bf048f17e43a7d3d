import { tf } from '../tf.js';

/**
 * Registers a kernel unless one of that name is already there for the backend: registering is then
 * idempotent, so two copies of core on one page (or a hot reload) do not throw. A backend that is
 * not loaded yet still finds its kernels when it is.
 */
export function registerOnce(
  kernelName: string,
  backendName: string,
  kernelFunc: tf.KernelConfig['kernelFunc'],
): void {
  if (tf.getKernel(kernelName, backendName)) return;
  tf.registerKernel({ kernelName, backendName, kernelFunc });
}
