import type { ViewText as BaseViewText } from '../internal/view-text.js';

/** What the widget's views and panels need from the element to write text (see `internal/view-text.ts`). */
export interface ViewText extends BaseViewText {
  /** A number in the widget's locale with a true minus sign (−3,55), up to `digits` decimals. */
  fmt(value: number, digits?: number): string;
}

/** Subscript index of a feature (0 → ₁, 1 → ₂) for labels such as w₁ and x₂. */
export const subscript = (index: number): string => (index === 0 ? '₁' : '₂');
