import { describe, expect, it } from 'vitest';
import { ClosedFormError, SingularMatrixError } from './errors.js';
import { solveNormalEquation } from './normal-equation.js';

const x = [1, 2, 3, 4, 5];
const y = [1.2, 1.9, 3.2, 3.8, 5.1];

function caught(attempt: () => unknown): SingularMatrixError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof SingularMatrixError) return error;
    throw error;
  }
  throw new Error('expected a SingularMatrixError');
}

describe('solveNormalEquation', () => {
  it('matches the textbook least-squares line for noisy data', () => {
    // Closed form for one feature: w = Sxy/Sxx, b = ȳ − w x̄.
    const mx = 3;
    const my = y.reduce((s, v) => s + v, 0) / 5;
    const sxy = x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0);
    const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
    const fit = solveNormalEquation(x, y);
    expect(fit.weights[0]).toBeCloseTo(sxy / sxx, 12);
    expect(fit.bias).toBeCloseTo(my - (sxy / sxx) * mx, 12);
    const rss = x.reduce((s, v, i) => s + (y[i]! - fit.predict(v)) ** 2, 0);
    expect(fit.residualSumOfSquares).toBeCloseTo(rss, 12);
    expect(fit.residualSumOfSquares).toBeGreaterThan(0);
  });

  it('fits through the origin without a bias, and then has no bias property', () => {
    const fit = solveNormalEquation(x, [2, 4, 6, 8, 10], { bias: false });
    expect(fit.weights[0]).toBeCloseTo(2, 12);
    expect('bias' in fit).toBe(false);
    expect(fit.predict(7)).toBeCloseTo(14, 12);
  });

  it('reports κ(XᵀX) = 1 for orthogonal columns, unchanged by a change of units', () => {
    const orthogonal = [
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
    ];
    expect(solveNormalEquation(orthogonal, [1, 2, 3, 4], { bias: false }).conditionNumber).toBeCloseTo(1, 12);
    const meters = solveNormalEquation(x, y);
    const centimeters = solveNormalEquation(
      x.map((v) => v * 100),
      y,
    );
    expect(centimeters.conditionNumber).toBeCloseTo(meters.conditionNumber, 6);
    expect(centimeters.weights[0]).toBeCloseTo(meters.weights[0]! / 100, 12);
  });

  it("raises 'singular' for a duplicated column", () => {
    const error = caught(() =>
      solveNormalEquation(
        x.map((v) => [v, v]),
        y,
      ),
    );
    expect(error.code).toBe('singular');
    expect(error.reason).toBe('duplicate-columns');
    expect(error.columns).toEqual([0, 1]);
    expect(error.involvesBias).toBe(false);
    expect(error.conditionNumber).toBeGreaterThan(1e25);
    expect(error.message).toContain('Features 1 and 2 are identical');
  });

  it("raises 'singular' for [x, 2x], a feature and its multiple", () => {
    const error = caught(() =>
      solveNormalEquation(
        x.map((v) => [3, v, 2 * v]),
        y,
        { bias: false },
      ),
    );
    expect(error.code).toBe('singular');
    expect(error.reason).toBe('proportional-columns');
    expect(error.columns).toEqual([1, 2]);
  });

  it("raises 'singular' for a constant feature beside the bias, but not without a bias", () => {
    const rows = x.map((v) => [v, 7]);
    const error = caught(() => solveNormalEquation(rows, y));
    expect(error.reason).toBe('constant-column-with-bias');
    expect(error.columns).toEqual([1]);
    expect(error.involvesBias).toBe(true);
    // Without a bias the constant feature plays its role: 7·w₂ is the intercept.
    const fit = solveNormalEquation(rows, y, { bias: false });
    const withBias = solveNormalEquation(x, y);
    expect(fit.weights[0]).toBeCloseTo(withBias.weights[0]!, 10);
    expect(7 * fit.weights[1]!).toBeCloseTo(withBias.bias!, 10);
  });

  it("raises 'singular' for a feature that is the sum of two others, naming all three", () => {
    const rows = x.map((v, i) => [v, i * i, v + i * i]);
    const error = caught(() => solveNormalEquation(rows, y));
    expect(error.reason).toBe('collinear-columns');
    expect(error.columns).toEqual([0, 1, 2]);
    expect(error.involvesBias).toBe(false);
  });

  it("raises 'singular' for more unknowns than examples and for an all-zero feature", () => {
    const under = caught(() =>
      solveNormalEquation(
        [
          [1, 2],
          [3, 5],
        ],
        [1, 2],
      ),
    );
    expect(under.reason).toBe('more-features-than-examples');
    expect(under.conditionNumber).toBe(Number.POSITIVE_INFINITY);
    expect(under.message).toContain('3 unknowns (2 weights and a bias) but only 2 examples');
    const zero = caught(() =>
      solveNormalEquation(
        x.map((v) => [v, 0]),
        y,
      ),
    );
    expect(zero.reason).toBe('zero-column');
    expect(zero.columns).toEqual([1]);
  });

  it("raises 'ill-conditioned' for a nearly collinear pair, with its condition number", () => {
    const wobble = [0, 1e-6, 0, -1e-6, 0];
    const rows = x.map((v, i) => [v, v + wobble[i]!]);
    const error = caught(() => solveNormalEquation(rows, y));
    expect(error.code).toBe('ill-conditioned');
    expect(error.reason).toBe('nearly-collinear-columns');
    expect(error.columns).toEqual([0, 1]);
    expect(error.conditionNumber).toBeGreaterThan(1e10);
    expect(error.conditionNumber).toBeLessThan(1e20);
    expect(error.message).toContain('Features 1 and 2 are nearly collinear');
    // A laxer limit accepts the same data.
    const fit = solveNormalEquation(rows, y, { maxConditionNumber: 1e16 });
    expect(fit.conditionNumber).toBeCloseTo(error.conditionNumber, -8);
  });

  it('rejects bad data and options with typed errors naming the row or option', () => {
    const fails = (attempt: () => unknown, expected: Record<string, unknown>) =>
      expect(attempt).toThrowError(expect.objectContaining(expected));
    fails(() => solveNormalEquation([], []), { code: 'empty' });
    fails(() => solveNormalEquation([[], []], [1, 2]), { code: 'no-features' });
    fails(() => solveNormalEquation([[1, 2], [3]], [1, 2]), {
      code: 'ragged-row',
      row: 1,
      expected: 2,
      actual: 1,
    });
    fails(() => solveNormalEquation([[1], [Number.NaN]], [1, 2]), { code: 'not-finite', row: 1, column: 0 });
    fails(() => solveNormalEquation([1, 2, 3], [1, Number.POSITIVE_INFINITY, 3]), {
      code: 'not-finite',
      row: 1,
    });
    fails(() => solveNormalEquation([1, 2, 3], [1, 2]), { code: 'length-mismatch', expected: 3, actual: 2 });
    fails(() => solveNormalEquation(x, y, { maxConditionNumber: 0.5 }), {
      code: 'invalid-option',
      option: 'maxConditionNumber',
    });
    const fit = solveNormalEquation(x, y);
    expect(() => fit.predict([1, 2])).toThrow(ClosedFormError);
    fails(() => fit.predict([1, 2]), { code: 'length-mismatch', expected: 1, actual: 2 });
  });
});
