import { describe, expect, it } from 'vitest';
import { colorRamp } from './color-ramp.js';

/** Relative luminance (WCAG), to check that a sequential ramp only ever gets lighter. */
function luminance([r, g, b]: number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

describe('colorRamp', () => {
  it('runs viridis from dark purple to yellow as a CSS colour', () => {
    const ramp = colorRamp('sequential');
    expect(ramp(0)).toBe('rgb(68 1 84)');
    expect(ramp(1)).toBe('rgb(253 231 37)');
    expect(ramp.rgb(0.5)).toEqual([33, 145, 140]);
    expect(ramp.rgb(0.05)).toEqual([70, 19, 101]);
  });

  it('gets lighter at every step of the sequential ramp', () => {
    const ramp = colorRamp('sequential');
    const steps = Array.from({ length: 101 }, (_, i) => luminance(ramp.rgb(i / 100)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThanOrEqual(steps[i - 1]!);
  });

  it('diverges from blue through grey to red, symmetric in lightness', () => {
    const ramp = colorRamp('diverging');
    expect(ramp.rgb(0)).toEqual([59, 76, 192]);
    expect(ramp.rgb(0.5)).toEqual([221, 221, 221]);
    expect(ramp.rgb(1)).toEqual([180, 4, 38]);
    expect(luminance(ramp.rgb(0.3))).toBeLessThan(luminance(ramp.rgb(0.5)));
    expect(luminance(ramp.rgb(0.7))).toBeLessThan(luminance(ramp.rgb(0.5)));
  });

  it('clamps out-of-range input and maps NaN to the start', () => {
    const ramp = colorRamp('sequential');
    expect(ramp(-3)).toBe(ramp(0));
    expect(ramp(7)).toBe(ramp(1));
    expect(ramp(Number.NaN)).toBe(ramp(0));
  });
});
