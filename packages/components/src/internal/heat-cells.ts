/**
 * Heat-mapped table cells for small matrices (Jacobians, gradients): a class per cell picks one of
 * five shades of a diverging palette by the value's sign and size relative to the matrix's
 * largest magnitude, so no `style` attribute is needed (strict CSP). The number stays in the cell,
 * so colour is never the only carrier of the value.
 */
import { css } from 'lit';

/** `heat-pos-3`, `heat-neg-1`, `heat-zero`… for a value, given the largest |value| of its matrix. */
export function heatClass(value: number, maxAbs: number): string {
  if (!Number.isFinite(value)) return 'heat-bad';
  if (value === 0 || maxAbs === 0) return 'heat-zero';
  const level = Math.min(4, Math.max(1, Math.ceil((Math.abs(value) / maxAbs) * 4)));
  return `heat-${value > 0 ? 'pos' : 'neg'}-${level}`;
}

/** The largest finite |value| in a matrix (0 for an empty one). */
export function maxAbsOf(matrix: readonly (readonly number[])[]): number {
  let max = 0;
  for (const row of matrix) for (const v of row) if (Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  return max;
}

/** Cell shades; text keeps the foreground colour, which stays readable on every shade. */
export const heatCellStyles = css`
  .matrix td {
    text-align: center;
    min-width: 3.5rem;
    border: 1px solid var(--_border);
    font-variant-numeric: tabular-nums;
  }
  .heat-pos-1 { background: color-mix(in srgb, var(--_class1) 14%, transparent); }
  .heat-pos-2 { background: color-mix(in srgb, var(--_class1) 26%, transparent); }
  .heat-pos-3 { background: color-mix(in srgb, var(--_class1) 38%, transparent); }
  .heat-pos-4 { background: color-mix(in srgb, var(--_class1) 50%, transparent); }
  .heat-neg-1 { background: color-mix(in srgb, var(--_class0) 14%, transparent); }
  .heat-neg-2 { background: color-mix(in srgb, var(--_class0) 26%, transparent); }
  .heat-neg-3 { background: color-mix(in srgb, var(--_class0) 38%, transparent); }
  .heat-neg-4 { background: color-mix(in srgb, var(--_class0) 50%, transparent); }
  .heat-bad { color: var(--_danger); }
`;
