import { scaleLinear, scaleLog } from 'd3-scale';
import { formatNumber } from '../i18n/format.js';

/**
 * What the plotting helpers need from a scale: map a data value to a pixel, map a pixel back
 * (`invert`), and read the domain, range and suggested ticks. d3's linear and log scales fit.
 */
export interface Scale {
  (value: number): number;
  invert(pixel: number): number;
  domain(): number[];
  range(): number[];
  ticks(count?: number): number[];
}

/** A tick: its data value and its label, formatted for the reader's locale. */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** A linear scale from `domain` (data) to `range` (pixels). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  return scaleLinear().domain(domain).range(range);
}

/**
 * A base-10 log scale from `domain` (data; both ends strictly positive, e.g. learning rates
 * from 1e-4 to 1) to `range` (pixels).
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number]) {
  return scaleLog().domain(domain).range(range);
}

/**
 * About `count` nicely rounded ticks inside the scale's domain, labelled with
 * `Intl.NumberFormat(locale)`: `0.5` in English, `0,5` in Turkish.
 *
 * Log scales propose every 1…9 × 10ᵏ; when that is more than `count`, only powers of ten are kept
 * so labels do not collide.
 */
export function ticks(scale: Scale, count = 5, locale?: string | readonly string[]): Tick[] {
  let values = scale.ticks(count);
  if (isLog(scale) && values.length > count) {
    const decades = values.filter((value) => Number.isInteger(Math.log10(value)));
    if (decades.length >= 2) values = decades;
  }
  return values.map((value) => ({ value, label: formatTick(value, locale) }));
}

/**
 * Formats one tick value with as few fraction digits as it needs, so float noise such as
 * 0.30000000000000004 reads `0.3`, and −0 reads `0`.
 */
export function formatTick(value: number, locale?: string | readonly string[]): string {
  const clean = value === 0 ? 0 : value;
  const options = { maximumFractionDigits: fractionDigits(clean) };
  // A cached formatter for the usual single locale: axes are relabelled on every animation frame.
  if (typeof locale === 'string') return formatNumber(locale, clean, options);
  return new Intl.NumberFormat(locale as string[] | undefined, options).format(clean);
}

/**
 * `[min, max]` of the finite `values`, widened by `fraction` of the span on each side so marks do
 * not sit on the axes. All-equal values widen by `fraction` of their magnitude (or ±0.5 around
 * zero); no finite value at all gives `[0, 1]`. NaN and ±Infinity (a diverged run) are ignored.
 */
export function paddedDomain(values: Iterable<number>, fraction = 0.05): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min > max) return [0, 1];
  const pad = min === max ? Math.abs(min) * fraction || 0.5 : (max - min) * fraction;
  return [min - pad, max + pad];
}

function isLog(scale: Scale): boolean {
  return typeof (scale as { base?: unknown }).base === 'function';
}

/** Smallest number of fraction digits (up to 12) that reproduces `value` to 1e-9 relative. */
export function fractionDigits(value: number): number {
  const tolerance = 1e-9 * Math.abs(value);
  for (let digits = 0; digits < 12; digits++) {
    if (Math.abs(Number(value.toFixed(digits)) - value) <= tolerance) return digits;
  }
  return 12;
}
