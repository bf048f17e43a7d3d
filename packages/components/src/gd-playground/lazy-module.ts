/**
 * A module imported once, on first need, for every element on the page: its code is a chunk of its
 * own (a dynamic `import()`), so a page that never needs it never downloads it. A failed download is
 * reported once and may be retried by the next call.
 */
export interface LazyModule<T> {
  /** The module, once loaded. */
  readonly loaded: () => T | undefined;
  /** Starts (or joins) the import; resolves to the module, or undefined when the download failed. */
  readonly load: () => Promise<T | undefined>;
}

export function lazyModule<T>(importIt: () => Promise<T>, what: string): LazyModule<T> {
  let module: T | undefined;
  let loading: Promise<T | undefined> | undefined;
  return {
    loaded: () => module,
    load: () => {
      loading ??= importIt().then(
        (value) => {
          module = value;
          return value;
        },
        (error: unknown) => {
          loading = undefined;
          console.warn(`<gd-playground>: could not load ${what}: ${(error as Error).message}`);
          return undefined;
        },
      );
      return loading;
    },
  };
}
