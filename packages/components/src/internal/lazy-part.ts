/**
 * A part of a widget that nobody sees until the reader acts (a share menu, a panel that opens, a
 * preset's view), kept in a chunk of its own and imported the first time it is needed, so a page
 * does not download it at load. `load()` imports it once (later calls share the promise);
 * `loaded` is the module once there. An element whose next render needs the part returns
 * `pending(needed)` from its `partsPending()` (see GdElement): the update waits for the chunk
 * instead of rendering a placeholder and then jumping. A chunk that fails to load is tried again
 * on the next need; the widget renders without the part meanwhile.
 */
export class LazyPart<T> {
  #value?: T;
  #loading?: Promise<T | undefined>;

  /**
   * @param importer the dynamic `import()` of the part's chunk
   * @param what names the part in the one warning a failed download gives (e.g.
   *   "<gd-playground>'s panels"); without it the warning says "a part of the widget"
   */
  constructor(
    private readonly importer: () => Promise<T>,
    private readonly what = 'a part of the widget',
  ) {}

  /** The part's module, once loaded. */
  get loaded(): T | undefined {
    return this.#value;
  }

  /** Imports the part (once); resolves to its module, or undefined when the chunk failed to load. */
  load(): Promise<T | undefined> {
    if (this.#value) return Promise.resolve(this.#value);
    this.#loading ??= this.importer().then(
      (module) => {
        this.#value = module;
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        console.warn(`Could not load ${this.what}:`, error);
        return undefined;
      },
    );
    return this.#loading;
  }

  /** While the part is needed and not there yet: the promise an update waits for. */
  pending(needed: boolean): Promise<unknown> | undefined {
    return needed && !this.#value ? this.load() : undefined;
  }
}
