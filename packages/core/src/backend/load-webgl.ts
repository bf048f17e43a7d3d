let loading: Promise<void> | undefined;

/**
 * Downloads and registers the WebGL backend and its kernels, once per page; afterwards
 * `tf.setBackend('webgl')` can start it. `ready()` calls this when its policy picks WebGL, so a page
 * whose work stays on the CPU never fetches the code. A failed download may be retried.
 */
export function loadWebGLBackend(): Promise<void> {
  loading ??= import('./webgl-kernels.js').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
