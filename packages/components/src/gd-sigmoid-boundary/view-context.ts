/**
 * What the widget's views and panels need from the element to write text: its messages and its
 * locale's numbers. Views and panels are plain functions of this and of plain numbers.
 */
export interface ViewText {
  /** A message in the widget's language. */
  t(key: string, params?: Readonly<Record<string, unknown>>): string;
  /** A number in the widget's locale. */
  num(value: number, options?: Intl.NumberFormatOptions): string;
  /** A number in the widget's locale with a true minus sign (−3,55), up to `digits` decimals. */
  fmt(value: number, digits?: number): string;
  /** The BCP 47 locale of axis labels. */
  readonly locale: string;
}

/** Subscript index of a feature (0 → ₁, 1 → ₂) for labels such as w₁ and x₂. */
export const subscript = (index: number): string => (index === 0 ? '₁' : '₂');
