import { describe, expect, it } from 'vitest';
import { ExpressionError, evaluateExpression, parseExpression, variablesOf } from './expression.js';

const errorOf = (source: string): ExpressionError => {
  try {
    parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`“${source}” parsed`);
};

describe('parseExpression', () => {
  it('parses the curriculum example with the usual precedence', () => {
    const tree = parseExpression('(a*b + c)*f');
    expect(variablesOf(tree)).toEqual(['a', 'b', 'c', 'f']);
    expect(evaluateExpression(tree, { a: 2, b: -3, c: 10, f: -2 })).toBe(-8);
  });

  it('powers bind tightest and to the right; unary minus below powers', () => {
    expect(evaluateExpression(parseExpression('-x^2'), { x: 3 })).toBe(-9);
    expect(evaluateExpression(parseExpression('2^3^2 + x'), { x: 0 })).toBe(512);
    expect(evaluateExpression(parseExpression('x^-1 + x**2'), { x: 2 })).toBe(4.5);
    expect(evaluateExpression(parseExpression('a - b - c'), { a: 10, b: 3, c: 2 })).toBe(5);
    expect(evaluateExpression(parseExpression('a / b / c'), { a: 12, b: 3, c: 2 })).toBe(2);
  });

  it('knows exp, log, tanh, sigmoid, relu and the typographic operators', () => {
    const tree = parseExpression('sigmoid(w·x + b) − relu(−x) × exp(log(2)) + tanh(0)');
    expect(evaluateExpression(tree, { w: 0, x: 1, b: 0 })).toBeCloseTo(0.5, 15);
  });

  it.each([
    ['', 'empty', 1],
    ['a +', 'unexpected-end', 4],
    ['a + * b', 'unexpected-token', 5],
    ['a b', 'unexpected-token', 3],
    ['(a*b + c', 'unclosed-parenthesis', 1],
    ['a $ b', 'unexpected-character', 3],
    ['foo(a)', 'unknown-function', 1],
    ['a ^ b', 'variable-exponent', 5],
    ['(a*b + c))*f', 'unexpected-token', 10],
  ])('“%s” fails with %s at column %i', (source, code, column) => {
    const error = errorOf(source);
    expect(error.code).toBe(code);
    expect(error.column).toBe(column);
  });
});
