// Curriculum A.2, A.4 and A.7 through the normal equation. Plain float64 JavaScript: runs the
// same in Node and in Chromium.
import { describe, expect, it } from 'vitest';
import { SingularMatrixError } from './errors.js';
import { normalEquationMatrices, solveNormalEquation } from './normal-equation.js';

const sizes = [50, 60, 70, 80, 100];
const prices = [400, 450, 500, 550, 650];

describe('curriculum A.2: house prices', () => {
  it('fits y = 5x + 150 exactly and predicts 750 for 120 m²', () => {
    const fit = solveNormalEquation(sizes, prices);
    expect(fit.weights).toHaveLength(1);
    expect(Math.abs(fit.weights[0]! - 5)).toBeLessThan(1e-9);
    expect(Math.abs(fit.bias! - 150)).toBeLessThan(1e-9);
    expect(Math.abs(fit.predict(120) - 750)).toBeLessThan(1e-9);
    expect(Math.abs(fit.predict([120]) - 750)).toBeLessThan(1e-9);
    expect(fit.residualSumOfSquares).toBeLessThan(1e-18);
    expect(fit.conditionNumber).toBeGreaterThan(1);
    expect(fit.conditionNumber).toBeLessThan(1e3);
  });

  it('accepts the sizes as one-column rows with the same result', () => {
    const fit = solveNormalEquation(
      sizes.map((x) => [x]),
      prices,
    );
    expect(Math.abs(fit.weights[0]! - 5)).toBeLessThan(1e-9);
    expect(Math.abs(fit.bias! - 150)).toBeLessThan(1e-9);
  });

  it('shows XᵀX and Xᵀy of the formula w = (XᵀX)⁻¹Xᵀy', () => {
    expect(normalEquationMatrices(sizes, prices)).toEqual({
      xtx: [
        [27400, 360],
        [360, 5],
      ],
      xty: [191000, 2550],
    });
  });
});

describe('curriculum A.4: two features', () => {
  it('recovers b = 133, w = (5.1, 6.5) and predicts 528.5 at x = (75, 2)', () => {
    const rows = [
      [50, 1],
      [75, 2],
      [90, 3],
      [120, 3],
      [60, 4],
    ];
    const y = rows.map(([x1, x2]) => 5.1 * x1! + 6.5 * x2! + 133);
    const fit = solveNormalEquation(rows, y);
    expect(fit.weights[0]).toBeCloseTo(5.1, 9);
    expect(fit.weights[1]).toBeCloseTo(6.5, 9);
    expect(fit.bias).toBeCloseTo(133, 8);
    expect(fit.predict([75, 2])).toBeCloseTo(528.5, 8);
  });
});

describe('curriculum A.7: XᵀX can be singular', () => {
  it('says so for the matrix example with two rows and three weights, rather than printing NaN', () => {
    const attempt = () =>
      solveNormalEquation(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [14, 32],
        { bias: false },
      );
    expect(attempt).toThrow(SingularMatrixError);
    expect(attempt).toThrowError(
      expect.objectContaining({ code: 'singular', reason: 'more-features-than-examples' }),
    );
  });

  it('says so for a duplicated feature, naming both columns', () => {
    const attempt = () =>
      solveNormalEquation(
        sizes.map((x) => [x, x]),
        prices,
      );
    expect(attempt).toThrowError(
      expect.objectContaining({ code: 'singular', reason: 'duplicate-columns', columns: [0, 1] }),
    );
  });
});
