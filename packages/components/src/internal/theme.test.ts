import { css, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { emulateMedia } from './emulate-media.test-fixtures.js';
import { GdElement } from './gd-element.js';
import { CLASS_COLORS, prefersReducedMotion, SERIES_COLOR } from './theme.js';

/** A widget with a transition and an animation, to see what reduced motion turns off. */
class ThemeProbe extends GdElement {
  static override styles = [
    ...GdElement.styles,
    css`
      button {
        transition: background-color 400ms ease;
      }
      .spinner {
        animation: spin 2s linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(1turn);
        }
      }
    `,
  ];
  override render() {
    return html`<button>ok</button><span class="spinner"></span>`;
  }
}
customElements.define('gd-theme-probe', ThemeProbe);

async function mount(): Promise<ThemeProbe> {
  const element = document.createElement('gd-theme-probe') as ThemeProbe;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const BACKGROUND = { light: '#ffffff', dark: '#0d1117' } as const;

// --- colour science, written out so the test can fail for a real reason ---------------------

type Rgb = [number, number, number];
const channels = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const linear = (hex: string): Rgb => channels(hex).map(toLinear) as Rgb;

/**
 * Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, applied to linear
 * RGB: how a colour looks to a reader with protanopia, deuteranopia or tritanopia.
 */
const DEFICIENCIES: Record<string, readonly Rgb[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const simulate = (rgb: Rgb, matrix: readonly Rgb[]): Rgb =>
  matrix.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;

/** CIE L*a*b* (D65) of a linear RGB colour. */
function lab([r, g, b]: Rgb): Rgb {
  const X = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const Y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const Z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}

/** CIE76 colour difference ΔE*ab: about 2.3 is just noticeable; 15 and more, clearly different. */
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The smallest ΔE between any two colours of `palette` as seen with `matrix` (identity: normal vision). */
function closestPair(palette: readonly string[], matrix?: readonly Rgb[]): number {
  const seen = palette.map((hex) => lab(matrix ? simulate(linear(hex), matrix) : linear(hex)));
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < seen.length; i++)
    for (let j = i + 1; j < seen.length; j++) smallest = Math.min(smallest, deltaE(seen[i]!, seen[j]!));
  return smallest;
}

/** WCAG contrast ratio of two sRGB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = linear(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Distinct at a glance, side by side, for every reader. */
const MIN_DELTA_E = 15;

describe('class and series colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: the five class colours stay ΔE ≥ ${MIN_DELTA_E} apart under each colour-vision deficiency`, () => {
      const palette = CLASS_COLORS[scheme];
      expect(closestPair(palette)).toBeGreaterThan(30);
      for (const matrix of Object.values(DEFICIENCIES))
        expect(closestPair(palette, matrix)).toBeGreaterThanOrEqual(MIN_DELTA_E);
      // Classes 0 and 1 (every two-class lesson) far apart for everyone.
      for (const matrix of Object.values(DEFICIENCIES))
        expect(closestPair(palette.slice(0, 2), matrix)).toBeGreaterThan(35);
    });

    it(`${scheme}: lines stand apart from classes 0 and 1, and every class colour has 3:1 contrast with the background`, () => {
      const [class0, class1] = CLASS_COLORS[scheme];
      for (const matrix of Object.values(DEFICIENCIES))
        expect(closestPair([class0, class1, SERIES_COLOR[scheme]], matrix)).toBeGreaterThanOrEqual(
          MIN_DELTA_E,
        );
      for (const color of [...CLASS_COLORS[scheme], SERIES_COLOR[scheme]])
        expect(contrast(color, BACKGROUND[scheme])).toBeGreaterThanOrEqual(3);
    });
  }

  it('the check has teeth: a red/green pair that reads well in normal vision collapses under deuteranopia', () => {
    const redGreen = ['#d62728', '#2ca02c'];
    expect(closestPair(redGreen)).toBeGreaterThan(60);
    expect(closestPair(redGreen, DEFICIENCIES.deuteranopia)).toBeLessThan(MIN_DELTA_E);
    // The previous default pair, red #d1495b and orange #e07a00, was too close under tritanopia.
    expect(closestPair(['#d1495b', '#1f77b4', '#e07a00'], DEFICIENCIES.tritanopia)).toBeLessThan(
      MIN_DELTA_E + 1,
    );
  });
});

describe('theme under emulated media features', () => {
  afterEach(async () => {
    document.body.innerHTML = '';
    await emulateMedia();
  });

  const token = (element: HTMLElement, name: string) =>
    getComputedStyle(element).getPropertyValue(name).trim();

  for (const scheme of ['light', 'dark'] as const) {
    it(`prefers-color-scheme: ${scheme} gives the ${scheme} class colours to --_class0 … --_class4`, async () => {
      await emulateMedia({ 'prefers-color-scheme': scheme });
      const element = await mount();
      expect([0, 1, 2, 3, 4].map((i) => token(element, `--_class${i}`))).toEqual([...CLASS_COLORS[scheme]]);
      expect(token(element, '--_series')).toBe(SERIES_COLOR[scheme]);
      // A page's own --gd-color-class-2 wins over the default.
      element.style.setProperty('--gd-color-class-2', 'rebeccapurple');
      expect(token(element, '--_class2')).toBe('rebeccapurple');
    });
  }

  it('prefers-reduced-motion: reduce turns transitions and animations off', async () => {
    await emulateMedia({ 'prefers-reduced-motion': 'no-preference' });
    let element = await mount();
    const motion = (probe: ThemeProbe) => {
      const root = probe.shadowRoot!;
      return {
        transition: getComputedStyle(root.querySelector('button')!).transitionDuration,
        animation: getComputedStyle(root.querySelector('.spinner')!).animationName,
      };
    };
    expect(prefersReducedMotion()).toBe(false);
    expect(motion(element)).toEqual({ transition: '0.4s', animation: 'spin' });
    element.remove();
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    element = await mount();
    expect(prefersReducedMotion()).toBe(true);
    expect(motion(element)).toEqual({ transition: '0s', animation: 'none' });
  });
});
