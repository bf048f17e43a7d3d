import { tf } from '../tf.js';
import { checkHyperparameter, OptimizerError } from './errors.js';
import type { OptimizerMetadata } from './metadata.js';
import type { Optimizer, OptimizerKind, SlotValues, VariableGradient } from './optimizer.js';

/** An optimizer's whole state as plain numbers: what `snapshot()` returns and `restore()` takes. */
export interface OptimizerSnapshot {
  readonly iterations: number;
  readonly state: ReadonlyMap<tf.Variable, SlotValues>;
}

/**
 * What one update rule returns for one variable: the new weights and the new value of each slot.
 * Slots left out keep their old tensor.
 */
export interface UpdateResult<S extends string> {
  readonly value: tf.Tensor;
  readonly slots: Partial<Record<S, tf.Tensor>>;
}

/**
 * The machinery every optimizer shares, so that each optimizer file is just its update rule.
 *
 * - State ("slots": velocity, moments…) is kept per `tf.Variable` object in a `Map`, never by
 *   variable name and never through tfjs's global registry.
 * - Slots are created lazily, on a variable's first update, filled with `initialSlotValue`.
 * - Hyperparameters are a plain mutable object, validated at construction and again before every
 *   step, so a slider may change them between steps.
 * - Each update runs in `tf.tidy`; the variable is updated with `assign`, and a slot's old tensor
 *   is disposed when its new one arrives. Nothing leaks.
 *
 * @typeParam H the hyperparameters object.
 * @typeParam S the slot names.
 */
export abstract class OptimizerBase<H extends { learningRate: number }, S extends string = never>
  implements Optimizer<H>
{
  readonly metadata: OptimizerMetadata;
  readonly hyperparameters: H;
  #iterations = 0;
  readonly #state = new Map<tf.Variable, Record<string, tf.Tensor>>();

  /**
   * @param metadata name, hyperparameter ranges and slot names of the concrete optimizer.
   * @param defaults every hyperparameter's default.
   * @param hyperparameters overrides; `undefined` entries are ignored.
   * @throws OptimizerError `invalid-hyperparameter` when a value is out of range.
   */
  protected constructor(metadata: OptimizerMetadata, defaults: H, hyperparameters: Partial<H> = {}) {
    this.metadata = metadata;
    const given = Object.fromEntries(Object.entries(hyperparameters).filter(([, v]) => v !== undefined));
    this.hyperparameters = { ...defaults, ...given } as H;
    this.validate();
  }

  get kind(): OptimizerKind {
    return this.metadata.kind;
  }

  get slotNames(): readonly string[] {
    return this.metadata.slotNames;
  }

  get iterations(): number {
    return this.#iterations;
  }

  /**
   * The update rule for one variable, called inside `tf.tidy`.
   *
   * @param weights the variable's current value w (read only: return the new value instead).
   * @param gradient ∂L/∂w, same shape as `weights`.
   * @param slots this variable's current state tensors (read only).
   * @param step the 1-based number of this update (Adam's t).
   */
  protected abstract rule(
    weights: tf.Tensor,
    gradient: tf.Tensor,
    slots: Readonly<Record<S, tf.Tensor>>,
    step: number,
  ): UpdateResult<S>;

  /** The value a slot starts from before the first update (0 unless an optimizer says otherwise). */
  protected initialSlotValue(_slot: S): number {
    return 0;
  }

  /**
   * Checks every hyperparameter against its range in the metadata.
   *
   * @throws OptimizerError `invalid-hyperparameter` naming the first bad one.
   */
  validate(): void {
    const values = this.hyperparameters as unknown as Record<string, unknown>;
    for (const info of this.metadata.hyperparameters) {
      checkHyperparameter(this.metadata.name, info.name, values[info.name], info.constraint);
    }
  }

  /**
   * Applies one update to each variable. Gradients are borrowed: the caller disposes them.
   * Everything is checked before anything changes, so a call that throws leaves weights and state
   * untouched.
   *
   * @throws OptimizerError `invalid-hyperparameter`, `shape-mismatch`, `duplicate-variable`,
   *   `variable-disposed`.
   */
  applyGradients(gradients: readonly VariableGradient[]): void {
    this.validate();
    const seen = new Set<tf.Variable>();
    for (const { variable, gradient } of gradients) {
      if (variable.isDisposed) {
        throw new OptimizerError(
          'variable-disposed',
          `${this.metadata.name}: a variable to update was disposed.`,
        );
      }
      if (seen.has(variable)) {
        throw new OptimizerError(
          'duplicate-variable',
          `${this.metadata.name}: the same variable was given two gradients in one step.`,
        );
      }
      seen.add(variable);
      if (!tf.util.arraysEqual(variable.shape, gradient.shape)) {
        throw new OptimizerError(
          'shape-mismatch',
          `${this.metadata.name}: a gradient of shape [${gradient.shape}] cannot update a variable of shape [${variable.shape}].`,
          { expected: `[${variable.shape}]`, actual: `[${gradient.shape}]` },
        );
      }
    }

    const step = this.#iterations + 1;
    for (const { variable, gradient } of gradients) {
      const slots = this.#slotsFor(variable);
      const next: Record<string, tf.Tensor> = tf.tidy(() => {
        const result = this.rule(variable, gradient, slots as Record<S, tf.Tensor>, step);
        variable.assign(result.value);
        return result.slots as Record<string, tf.Tensor>;
      });
      for (const [name, tensor] of Object.entries(next)) {
        const old = slots[name];
        if (old !== tensor) old?.dispose();
        slots[name] = tensor;
      }
    }
    this.#iterations = step;
  }

  /**
   * The variable's state tensors, created from their starting values if it has none yet (owned by
   * the optimizer: do not dispose). What a fused training kernel reads its slots from.
   */
  stateFor(variable: tf.Variable): Readonly<Record<string, tf.Tensor>> {
    return this.#slotsFor(variable);
  }

  /**
   * Takes over the state a fused training kernel computed for `steps` updates it applied itself
   * (`GdTrainSteps` mirrors each rule op by op): the given tensors become the slots (the optimizer
   * owns them from now on; the old ones are disposed) and the update count advances by `steps`.
   *
   * @throws OptimizerError `invalid-state` when `steps` is not a positive integer or a slot name is unknown.
   */
  adoptState(state: ReadonlyMap<tf.Variable, Readonly<Record<string, tf.Tensor>>>, steps: number): void {
    if (!Number.isInteger(steps) || steps < 1) {
      throw new OptimizerError(
        'invalid-state',
        `${this.metadata.name}: a fused run must report a whole number of steps ≥ 1, got ${steps}.`,
        { value: String(steps) },
      );
    }
    for (const slots of state.values()) {
      for (const name of Object.keys(slots)) {
        if (!this.slotNames.includes(name)) {
          throw new OptimizerError(
            'invalid-state',
            `${this.metadata.name} has no slot "${name}" (its slots: ${this.slotNames.join(', ') || 'none'}).`,
            { slot: name },
          );
        }
      }
    }
    for (const [variable, given] of state) {
      const slots = this.#slotsFor(variable);
      for (const [name, tensor] of Object.entries(given)) {
        const old = slots[name];
        if (old !== tensor) old?.dispose();
        slots[name] = tensor;
      }
    }
    this.#iterations += steps;
  }

  /** The live state tensors of one variable (owned by the optimizer: do not dispose), or undefined before its first step. */
  slots(variable: tf.Variable): Readonly<Record<string, tf.Tensor>> | undefined {
    return this.#state.get(variable);
  }

  /** Plain-number copy of one variable's state, with one read-back (initial values before its first step). */
  async readSlots(variable: tf.Variable): Promise<SlotValues> {
    const snapshot = await this.#read([variable]);
    return snapshot.get(variable) ?? {};
  }

  /** Synchronous {@link readSlots}, for tests and Node scripts; never call it in a UI loop. */
  readSlotsSync(variable: tf.Variable): SlotValues {
    return this.#readSync([variable]).get(variable) ?? {};
  }

  /** Every tracked variable's state and the iteration count as plain numbers, with one read-back. */
  async snapshot(): Promise<OptimizerSnapshot> {
    const iterations = this.#iterations;
    return { iterations, state: await this.#read([...this.#state.keys()]) };
  }

  /** Synchronous {@link snapshot}, for tests and Node scripts; never call it in a UI loop. */
  snapshotSync(): OptimizerSnapshot {
    return { iterations: this.#iterations, state: this.#readSync([...this.#state.keys()]) };
  }

  /**
   * Overwrites the state (rewind to an earlier step). Variables missing from `state`, and slots
   * missing from a variable's entry, start again from their initial value.
   *
   * @throws OptimizerError `invalid-state` when `iterations` is not a non-negative integer, a slot
   *   name is unknown or a slot has the wrong number of values; `variable-disposed`.
   */
  restore(iterations: number, state: ReadonlyMap<tf.Variable, SlotValues>): void {
    if (!Number.isInteger(iterations) || iterations < 0) {
      throw new OptimizerError(
        'invalid-state',
        `${this.metadata.name}: iterations must be a non-negative integer, got ${iterations}.`,
        { value: String(iterations) },
      );
    }
    for (const [variable, values] of state) {
      if (variable.isDisposed) {
        throw new OptimizerError(
          'variable-disposed',
          `${this.metadata.name}: cannot restore state of a disposed variable.`,
        );
      }
      for (const [name, numbers] of Object.entries(values)) {
        if (!this.slotNames.includes(name)) {
          throw new OptimizerError(
            'invalid-state',
            `${this.metadata.name} has no slot "${name}" (its slots: ${this.slotNames.join(', ') || 'none'}).`,
            { slot: name },
          );
        }
        if (numbers.length !== variable.size) {
          throw new OptimizerError(
            'invalid-state',
            `${this.metadata.name}: slot "${name}" needs ${variable.size} values, got ${numbers.length}.`,
            { slot: name, expected: String(variable.size), actual: String(numbers.length) },
          );
        }
      }
    }
    this.reset();
    for (const [variable, values] of state) {
      const slots: Record<string, tf.Tensor> = {};
      for (const name of this.slotNames) {
        const numbers = values[name];
        slots[name] =
          numbers === undefined
            ? tf.fill(variable.shape, this.initialSlotValue(name as S))
            : tf.tensor(numbers, variable.shape, 'float32');
      }
      this.#state.set(variable, slots);
    }
    this.#iterations = iterations;
  }

  /** Drops one variable's state (e.g. when its model is disposed). */
  forget(variable: tf.Variable): void {
    const slots = this.#state.get(variable);
    if (slots) tf.dispose(Object.values(slots));
    this.#state.delete(variable);
  }

  /** Forgets all state, as if no step had run. */
  reset(): void {
    for (const slots of this.#state.values()) tf.dispose(Object.values(slots));
    this.#state.clear();
    this.#iterations = 0;
  }

  /** Frees all state tensors. The optimizer stays usable and would start again from scratch. */
  dispose(): void {
    this.reset();
  }

  /** The variable's slots, creating missing ones from their initial value. */
  #slotsFor(variable: tf.Variable): Record<string, tf.Tensor> {
    let slots = this.#state.get(variable);
    if (!slots) {
      slots = {};
      this.#state.set(variable, slots);
    }
    for (const name of this.slotNames) {
      if (!slots[name]) slots[name] = tf.fill(variable.shape, this.initialSlotValue(name as S));
    }
    return slots;
  }

  /** Slots of `variables` in one flat tensor (caller disposes), plus how to cut it apart; null when empty. */
  #gather(
    variables: readonly tf.Variable[],
  ): { flat: tf.Tensor1D; parts: [tf.Variable, string, number][] } | null {
    const parts: [tf.Variable, string, number][] = [];
    const tensors: tf.Tensor[] = [];
    for (const variable of variables) {
      const slots = this.#state.get(variable);
      if (!slots) continue;
      for (const name of this.slotNames) {
        const tensor = slots[name];
        if (!tensor) continue;
        parts.push([variable, name, tensor.size]);
        tensors.push(tensor);
      }
    }
    if (tensors.length === 0) return null;
    const flat = tf.tidy(() => tf.concat(tensors.map((t) => tf.reshape(t, [-1]))) as tf.Tensor1D);
    return { flat, parts };
  }

  async #read(variables: readonly tf.Variable[]): Promise<Map<tf.Variable, SlotValues>> {
    const gathered = this.#gather(variables);
    const data = gathered ? ((await gathered.flat.data()) as Float32Array) : new Float32Array(0);
    gathered?.flat.dispose();
    return this.#split(variables, gathered?.parts ?? [], data);
  }

  #readSync(variables: readonly tf.Variable[]): Map<tf.Variable, SlotValues> {
    const gathered = this.#gather(variables);
    const data = gathered ? (gathered.flat.dataSync() as Float32Array) : new Float32Array(0);
    gathered?.flat.dispose();
    return this.#split(variables, gathered?.parts ?? [], data);
  }

  #split(
    variables: readonly tf.Variable[],
    parts: readonly [tf.Variable, string, number][],
    data: Float32Array,
  ): Map<tf.Variable, SlotValues> {
    const result = new Map<tf.Variable, SlotValues>();
    for (const variable of variables) {
      // Before the first step: the values the slots would start from.
      const initial: SlotValues = {};
      for (const name of this.slotNames) {
        initial[name] = new Array<number>(variable.size).fill(this.initialSlotValue(name as S));
      }
      result.set(variable, initial);
    }
    let offset = 0;
    for (const [variable, name, size] of parts) {
      const values = result.get(variable);
      if (values) values[name] = Array.from(data.subarray(offset, offset + size));
      offset += size;
    }
    return result;
  }
}
