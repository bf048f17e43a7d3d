/**
 * A fixed-capacity ring buffer: pushing beyond capacity forgets the oldest entry. Step back through
 * training keeps its snapshots here (typed-array copies, so memory stays bounded).
 */
export class RingBuffer<T> {
  readonly capacity: number;
  readonly #items: (T | undefined)[];
  #start = 0;
  #length = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new RangeError(`capacity must be an integer ≥ 0, got ${capacity}`);
    this.capacity = capacity;
    this.#items = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.#length;
  }

  /** Adds an entry at the end; the oldest falls out when full (nothing is kept at capacity 0). */
  push(item: T): void {
    if (this.capacity === 0) return;
    if (this.#length < this.capacity) {
      this.#items[(this.#start + this.#length) % this.capacity] = item;
      this.#length++;
    } else {
      this.#items[this.#start] = item;
      this.#start = (this.#start + 1) % this.capacity;
    }
  }

  /** Removes and returns the newest entry, or undefined when empty. */
  pop(): T | undefined {
    if (this.#length === 0) return undefined;
    const index = (this.#start + this.#length - 1) % this.capacity;
    const item = this.#items[index];
    this.#items[index] = undefined;
    this.#length--;
    return item;
  }

  /** The newest entry without removing it. */
  peek(): T | undefined {
    return this.#length === 0 ? undefined : this.#items[(this.#start + this.#length - 1) % this.capacity];
  }

  clear(): void {
    this.#items.fill(undefined);
    this.#start = 0;
    this.#length = 0;
  }
}
