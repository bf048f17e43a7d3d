import { describe, expect, it } from 'vitest';
import { ConvError } from './errors.js';
import { outputSize } from './output-size.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConvError);
    return (error as ConvError).code;
  }
  return undefined;
}

describe('outputSize', () => {
  it('defaults to padding 0, stride 1, and floors', () => {
    expect(outputSize({ input: 5, kernel: 3 })).toBe(3);
    expect(outputSize({ input: 8, kernel: 3, stride: 2 })).toBe(3); // ⌊5/2⌋ + 1
    expect(outputSize({ input: 4, kernel: 4 })).toBe(1);
    expect(outputSize({ input: 1, kernel: 3, padding: 1 })).toBe(1);
  });

  it('rejects bad sizes with codes and details', () => {
    expect(codeOf(() => outputSize({ input: 0, kernel: 1 }))).toBe('invalid-input-size');
    expect(codeOf(() => outputSize({ input: 5.5, kernel: 1 }))).toBe('invalid-input-size');
    expect(codeOf(() => outputSize({ input: 5, kernel: 0 }))).toBe('invalid-kernel-size');
    expect(codeOf(() => outputSize({ input: 5, kernel: 3, padding: -1 }))).toBe('invalid-padding');
    expect(codeOf(() => outputSize({ input: 5, kernel: 3, stride: 0 }))).toBe('invalid-stride');
    expect(codeOf(() => outputSize({ input: 3, kernel: 6, padding: 1 }))).toBe('kernel-too-large');
    try {
      outputSize({ input: 3, kernel: 6, padding: 1 });
    } catch (error) {
      expect((error as ConvError).details).toEqual({ input: 3, kernel: 6, padding: 1 });
    }
  });

  it('gives the curriculum output widths (C.7), with and without dilation', () => {
    expect(outputSize({ input: 5, kernel: 3 })).toBe(3);
    expect(outputSize({ input: 5, kernel: 3, padding: 1 })).toBe(5);
    expect(outputSize({ input: 5, kernel: 3, padding: 1, stride: 2 })).toBe(3);
    expect(outputSize({ input: 7, kernel: 3, stride: 2 })).toBe(3);
    expect(outputSize({ input: 32, kernel: 5, padding: 2 })).toBe(32);
    expect(outputSize({ input: 28, kernel: 3 })).toBe(26);
    // d = 2 spreads a 3-tap kernel over 5 cells: ⌊(7 − 2·2 − 1)/1⌋ + 1 = 3.
    expect(outputSize({ input: 7, kernel: 3, dilation: 2 })).toBe(3);
    expect(outputSize({ input: 9, kernel: 3, dilation: 2, stride: 2, padding: 1 })).toBe(4);
    expect(codeOf(() => outputSize({ input: 4, kernel: 3, dilation: 2 }))).toBe('kernel-too-large');
    expect(codeOf(() => outputSize({ input: 4, kernel: 3, dilation: 0 }))).toBe('invalid-dilation');
  });
});
