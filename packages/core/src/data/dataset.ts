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
}
