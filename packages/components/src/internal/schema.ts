/**
 * One declarative attribute schema for every gd-* element.
 *
 * An element lists its parsed attributes once, as a table of {@link AttributeSpec}s in
 * `static schema`. The base element ({@link GdElement}) then does, for every entry:
 * - observe the attribute and parse its text with the entry's parser (from `attributes.ts`);
 * - on a good value: clear the attribute's problem and set the property;
 * - on a bad value: show a localised problem in the widget, warn once, keep the last good value;
 * - on removal: clear the problem and restore the default;
 * - on a property set from JavaScript: run the entry's `check`, if any, with the same rules.
 *
 * Boolean switches (`hide-*`, `lock-*`, `no-*`) that cannot be wrong stay plain Lit properties.
 * The custom-elements manifest is built from the class JSDoc (`@attr`); a test compares each
 * element's schema with its manifest entry so the two cannot drift.
 */
import type { AttributeProblem, Parsed } from './attributes.js';

/** One attribute of an element: how its text becomes a property value. */
export interface AttributeSpec<T = unknown> {
  /** The attribute's name, kebab-case (`learning-rate`). */
  readonly attribute: string;
  /** The property it sets, camelCase (`learningRate`). */
  readonly property: string;
  /** Turns the attribute's text into a value, or a problem the widget shows. */
  readonly parse: (text: string) => Parsed<T>;
  /** The value when the attribute is absent or removed (a function for fresh arrays and objects). */
  readonly default: T | (() => T);
  /** A change of this value restarts the run (new data, new model), rather than adjusting it. */
  readonly resets?: boolean;
  /** Checks a value set as a property from JavaScript; returns the problem, or undefined when fine. */
  readonly check?: (value: T) => AttributeProblem | undefined;
}

/** The table an element declares in `static schema`. */
export type AttributeSchema = readonly AttributeSpec<never>[];

/**
 * Declares one schema entry with its value type inferred from the parser, so that `default` and
 * `check` are type-checked against it.
 */
export function attr<T>(spec: AttributeSpec<T>): AttributeSpec<never> {
  return spec as unknown as AttributeSpec<never>;
}

/** The default value of an entry (a fresh copy when the default is a function). */
export function defaultOf<T>(spec: AttributeSpec<T>): T {
  return typeof spec.default === 'function' ? (spec.default as () => T)() : spec.default;
}

/** Turns a parser's problem into a `check` for property sets: parse the value's text form. */
export function checkByParsing<T>(
  parse: (text: string) => Parsed<T>,
): (value: T) => AttributeProblem | undefined {
  return (value) => {
    const parsed = parse(Array.isArray(value) ? value.join(',') : String(value));
    return parsed.ok ? undefined : parsed.problem;
  };
}
