import { formatNumber } from '../i18n/format.js';

/**
 * What the plotting helpers need from a scale: map a data value to a pixel, map a pixel back
 * (`invert`), and read the domain, range and suggested ticks.
 *
 * Written here rather than taken from d3-scale: the widgets use only a linear and a log scale with
 * two-number domains, and d3-scale brought d3-interpolate, d3-color, d3-format and d3-array with it
 * (about 10 KB gzip on every page, for ~60 lines). The numbers are d3's: the same interpolation
 * formula and the same 1-2-5 tick rule, checked against d3-scale (a dev dependency) in scales.test.ts.
 */
export interface Scale {
  (value: number): number;
  invert(pixel: number): number;
  domain(): number[];
  range(): number[];
  ticks(count?: number): number[];
}

/** A log scale also says its base (how {@link ticks} tells the two apart). */
interface LogScale extends Scale {
  base(): number;
}

/** A tick: its data value and its label, formatted for the reader's locale. */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/**
 * `t ↦ from·(1 − t) + to·t` after `x ↦ t`, with t = (x − a) / (b − a); a zero-width input gives the
 * middle of the output (t = ½), as d3 does. A reversed input is flipped first, as d3's bimap does,
 * so both directions round the same way.
 */
function mapper(
  input: readonly [number, number],
  output: readonly [number, number],
  transform = (x: number) => x,
) {
  let [a, b] = [transform(input[0]), transform(input[1])];
  let [from, to] = output;
  if (b < a) [a, b, from, to] = [b, a, to, from];
  const span = b - a;
  return (x: number) => {
    const t = span ? (transform(x) - a) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return from * (1 - t) + to * t;
  };
}

/** A linear scale from `domain` (data) to `range` (pixels). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const scale = mapper(domain, range) as Scale;
  scale.invert = mapper(range, domain);
  scale.domain = () => [...domain];
  scale.range = () => [...range];
  scale.ticks = (count = 10) => niceTicks(domain[0], domain[1], count);
  return scale;
}

/**
 * A base-10 log scale from `domain` (data; both ends strictly positive, e.g. learning rates
 * from 1e-4 to 1) to `range` (pixels).
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const scale = mapper(domain, range, Math.log) as LogScale;
  const toLog = mapper(range, [Math.log(domain[0]), Math.log(domain[1])]);
  scale.invert = (pixel) => Math.exp(toLog(pixel));
  scale.domain = () => [...domain];
  scale.range = () => [...range];
  scale.base = () => 10;
  scale.ticks = (count = 10) => logTicks(domain[0], domain[1], count);
  return scale;
}

const SQRT_50 = Math.sqrt(50);
const SQRT_10 = Math.sqrt(10);
const SQRT_2 = Math.sqrt(2);

/**
 * The integer range [first, last] of multiples of a 1, 2 or 5 × 10ᵏ step inside [start, stop], giving
 * about `count` ticks. For k < 0 the step is returned negated as its inverse (ticks are i / inverse),
 * so 0.1 × 3 is computed as 3 / 10 and prints as 0.3, not 0.30000000000000004.
 */
function tickRange(start: number, stop: number, count: number): [number, number, number] {
  const rough = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(rough));
  const mantissa = rough / 10 ** power;
  const factor = mantissa >= SQRT_50 ? 10 : mantissa >= SQRT_10 ? 5 : mantissa >= SQRT_2 ? 2 : 1;
  let first: number;
  let last: number;
  let step: number;
  if (power < 0) {
    const inverse = 10 ** -power / factor;
    first = Math.round(start * inverse);
    last = Math.round(stop * inverse);
    if (first / inverse < start) first++;
    if (last / inverse > stop) last--;
    step = -inverse;
  } else {
    step = 10 ** power * factor;
    first = Math.round(start / step);
    last = Math.round(stop / step);
    if (first * step < start) first++;
    if (last * step > stop) last--;
  }
  if (last < first && count >= 0.5 && count < 2) return tickRange(start, stop, count * 2);
  return [first, last, step];
}

/** About `count` round values (1, 2 or 5 × 10ᵏ apart) between `start` and `stop`, in their order. */
export function niceTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reversed = stop < start;
  const [first, last, step] = reversed ? tickRange(stop, start, count) : tickRange(start, stop, count);
  if (!(last >= first)) return [];
  const values = Array.from({ length: last - first + 1 }, (_, i) =>
    step < 0 ? (first + i) / -step : (first + i) * step,
  );
  return reversed ? values.reverse() : values;
}

/** 10^k written as a literal, so 10^−3 is exactly 0.001. */
const power10 = (k: number) => (Number.isFinite(k) ? Number(`1e${k}`) : Math.max(k, 0));

/**
 * Log-scale ticks: every 1…9 × 10ᵏ inside a positive domain spanning fewer than `count` decades
 * (falling back to linear ticks when that gives too few), else round powers of ten.
 */
function logTicks(start: number, stop: number, count: number): number[] {
  const reversed = stop < start;
  const [low, high] = reversed ? [stop, start] : [start, stop];
  let from = Math.log10(low);
  let to = Math.log10(high);
  let values: number[] = [];
  if (to - from < count) {
    from = Math.floor(from);
    to = Math.ceil(to);
    if (low > 0) {
      for (let k = from; k <= to; k++) {
        for (let digit = 1; digit < 10; digit++) {
          const value = k < 0 ? digit / power10(-k) : digit * power10(k);
          if (value < low) continue;
          if (value > high) break;
          values.push(value);
        }
      }
    }
    if (values.length * 2 < count) values = niceTicks(low, high, count);
  } else {
    values = niceTicks(from, to, Math.min(to - from, count)).map(power10);
  }
  return reversed ? values.reverse() : values;
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
