/**
 * A data set as plain numbers: what a widget shows in a table and what a session turns into
 * tensors. Immutable by convention; build one with the functions in this folder, which validate.
 */
export interface Dataset {
  /** n rows (examples) × m columns (features). */
  readonly features: readonly (readonly number[])[];
  /** n targets: a value for regression, a class index (0 … k−1) for classification. */
  readonly targets: readonly number[];
  /** m names, e.g. `['size (m²)']`. */
  readonly featureNames: readonly string[];
  readonly targetName: string;
  /** Class labels for classification (targets index into them); absent for regression. */
  readonly classes?: readonly string[];
  /**
   * Language-free keys of the columns a built-in data set names in words (the names above are the
   * English ones), so a widget can show them in its reader's language. Absent for data a user
   * supplied, whose names are shown as written.
   */
  readonly columnKeys?: DatasetColumnKeys;
}

/** The columns of the built-in data sets that have a name in words (core stays language-free). */
export const PRESET_COLUMN_KEYS = Object.freeze(['house-size', 'house-price', 'class'] as const);

/** One of {@link PRESET_COLUMN_KEYS}. */
export type PresetColumnKey = (typeof PRESET_COLUMN_KEYS)[number];

/** Which columns have a {@link PresetColumnKey}: all m features, the target, or both. */
export interface DatasetColumnKeys {
  /** One key per feature column, in order (absent when the features are symbols like `x1`). */
  readonly features?: readonly PresetColumnKey[];
  /** The target's key (absent when the target is the symbol `y`). */
  readonly target?: PresetColumnKey;
}

/** Whether a value is one of {@link PRESET_COLUMN_KEYS} (for keys read back from a URL or JSON). */
export function isPresetColumnKey(value: unknown): value is PresetColumnKey {
  return (PRESET_COLUMN_KEYS as readonly unknown[]).includes(value);
}

/** What {@link columnKeysIssue} found: a feature-key count that is not m, or a key that is not known. */
export type ColumnKeysIssue =
  | { readonly kind: 'count'; readonly actual: number }
  | { readonly kind: 'unknown'; readonly value: unknown };

/**
 * The first thing wrong with column keys for a data set of `m` feature columns, or undefined:
 * the one check behind `datasetFromArrays` and the playground's state validation (keys read back
 * from a shared link).
 */
export function columnKeysIssue(keys: DatasetColumnKeys, m: number): ColumnKeysIssue | undefined {
  const { features, target } = keys;
  if (features !== undefined) {
    if (!Array.isArray(features) || features.length !== m)
      return { kind: 'count', actual: Array.isArray(features) ? features.length : 0 };
    const unknown = features.find((key) => !isPresetColumnKey(key));
    if (unknown !== undefined) return { kind: 'unknown', value: unknown };
  }
  if (target !== undefined && !isPresetColumnKey(target)) return { kind: 'unknown', value: target };
  return undefined;
}
