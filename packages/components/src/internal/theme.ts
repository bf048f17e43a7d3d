import { css, unsafeCSS } from 'lit';
import { axesStyles } from './plot/axes.js';
import { classColorStyles } from './plot/classes.js';

/**
 * Class and series colours (Okabe & Ito's palette, with a dark grey for the fifth class on light
 * pages and Tol's wine for lines): every pair stays apart under simulated protanopia, deuteranopia
 * and tritanopia (see theme.test.ts), and each class also has its own marker shape
 * (`classStyle` in plot/classes.ts), so colour is never the only cue.
 */
export const CLASS_COLORS = {
  light: ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#4d4d4d'],
  dark: ['#e69f00', '#56b4e9', '#009e73', '#cc79a7', '#f0e442'],
} as const;
/** The colour of lines (fits, loss curves) against the class colours. */
export const SERIES_COLOR = { light: '#882255', dark: '#f0e442' } as const;

/**
 * Theme tokens: every colour, radius and font a widget uses is a `--gd-*` custom property with a
 * fallback, so a page restyles all widgets from its own CSS. Dark values apply under
 * `prefers-color-scheme: dark`, or when the widget (or an ancestor's `color-scheme`) asks with
 * `theme="dark"`.
 */
/** The dark palette, defined once and applied by the media query and by `theme="dark"`. */
const darkTokens = css`
  --_bg: var(--gd-color-background, #0d1117);
  --_fg: var(--gd-color-text, #e6edf3);
  --_muted: var(--gd-color-muted, #9da7b3);
  --_border: var(--gd-color-border, #3d444d);
  --_surface: var(--gd-color-surface, #161b22);
  --_accent: var(--gd-color-accent, #4493f8);
  --_accent-fg: var(--gd-color-accent-text, #0d1117);
  --_danger: var(--gd-color-danger, #ff7b72);
  --_danger-bg: var(--gd-color-danger-background, #3d1d1c);
  --_class0: var(--gd-color-class-0, ${unsafeCSS(CLASS_COLORS.dark[0])});
  --_class1: var(--gd-color-class-1, ${unsafeCSS(CLASS_COLORS.dark[1])});
  --_class2: var(--gd-color-class-2, ${unsafeCSS(CLASS_COLORS.dark[2])});
  --_class3: var(--gd-color-class-3, ${unsafeCSS(CLASS_COLORS.dark[3])});
  --_class4: var(--gd-color-class-4, ${unsafeCSS(CLASS_COLORS.dark[4])});
  --_series: var(--gd-color-series, ${unsafeCSS(SERIES_COLOR.dark)});
  color-scheme: dark;
`;

export const themeTokens = css`
  :host {
    --_bg: var(--gd-color-background, #ffffff);
    --_fg: var(--gd-color-text, #1b1f24);
    --_muted: var(--gd-color-muted, #57606a);
    --_border: var(--gd-color-border, #d0d7de);
    --_surface: var(--gd-color-surface, #f6f8fa);
    --_accent: var(--gd-color-accent, #0a66c2);
    --_accent-fg: var(--gd-color-accent-text, #ffffff);
    --_danger: var(--gd-color-danger, #b3261e);
    --_danger-bg: var(--gd-color-danger-background, #fdecea);
    --_class0: var(--gd-color-class-0, ${unsafeCSS(CLASS_COLORS.light[0])});
    --_class1: var(--gd-color-class-1, ${unsafeCSS(CLASS_COLORS.light[1])});
    --_class2: var(--gd-color-class-2, ${unsafeCSS(CLASS_COLORS.light[2])});
    --_class3: var(--gd-color-class-3, ${unsafeCSS(CLASS_COLORS.light[3])});
    --_class4: var(--gd-color-class-4, ${unsafeCSS(CLASS_COLORS.light[4])});
    --_series: var(--gd-color-series, ${unsafeCSS(SERIES_COLOR.light)});
    --_focus: var(--gd-focus-ring, 0 0 0 3px rgba(10, 102, 194, 0.55));
    --_radius: var(--gd-radius, 6px);
    --_font: var(--gd-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    --_mono: var(--gd-font-mono, ui-monospace, 'SF Mono', Menlo, Consolas, monospace);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
`;

/** Whether the reader asked for reduced motion: nothing may start playing by itself then. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Layout and control styles shared by every widget: sizing to the container, focus, buttons, tables. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    container-type: inline-size;
    font-family: var(--_font);
    font-size: var(--gd-font-size, 1rem);
    line-height: 1.45;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--gd-padding, 0.75rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  button {
    font: inherit;
    color: var(--_accent-fg);
    background: var(--_accent);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    padding: 0.3rem 0.75rem;
    cursor: pointer;
    min-height: 2rem;
  }
  button.secondary {
    color: var(--_fg);
    background: var(--_surface);
    border-color: var(--_border);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input,
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.2rem 0.4rem;
  }
  input[type='range'] {
    padding: 0;
    accent-color: var(--_accent);
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    width: 100%;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  th {
    color: var(--_muted);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  [part='problems'] {
    color: var(--_danger);
    background: var(--_danger-bg);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.75rem;
  }
  [part='problems'] p {
    margin: 0.15rem 0;
  }
  .scroll {
    /* Positioned, so visually hidden labels inside stay in the scroll box instead of widening the page. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
  }
  /* Readers who ask for less motion get no transitions or animations (and TrainingController's
     autoplay() starts nothing by itself for them); stepping by hand still works. */
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  ${axesStyles}
  ${classColorStyles}
`;
