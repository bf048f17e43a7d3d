/**
 * Moving along a logarithmic learning-rate scale: the slider's position is log₁₀(α), and the
 * keyboard moves between "nice" rates (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ᵏ, roughly evenly
 * spaced in log space), a decade at a time with Page Up / Page Down.
 */

/** Mantissas of the nice rates in one decade, about evenly spaced on a log scale. */
export const NICE_MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8] as const;

/** Rounds away float noise (0.30000000000000004 → 0.3) at 12 significant digits. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** The nice rates within [min, max], with min and max themselves, ascending. */
export function niceLadder(min: number, max: number): number[] {
  const values = new Set<number>([clean(min), clean(max)]);
  const first = Math.floor(Math.log10(min));
  const last = Math.ceil(Math.log10(max));
  for (let exponent = first; exponent <= last; exponent++) {
    for (const mantissa of NICE_MANTISSAS) {
      const value = clean(mantissa * 10 ** exponent);
      if (value > min && value < max) values.add(value);
    }
  }
  return [...values].sort((a, b) => a - b);
}

/** The next nice rate above (direction 1) or below (−1) `value`, clamped to the ladder's ends. */
export function stepRate(value: number, direction: 1 | -1, min: number, max: number): number {
  const ladder = niceLadder(min, max);
  const slack = 1e-9 * value;
  if (direction > 0) return ladder.find((rate) => rate > value + slack) ?? clean(max);
  return [...ladder].reverse().find((rate) => rate < value - slack) ?? clean(min);
}

/** `value` × 10 (direction 1) or ÷ 10 (−1), clamped to [min, max]. */
export function stepDecade(value: number, direction: 1 | -1, min: number, max: number): number {
  return clean(Math.min(max, Math.max(min, value * 10 ** direction)));
}

/** The nice rate nearest (in log space) to `value`: what a dragged slider settles on. */
export function snapRate(value: number, min: number, max: number): number {
  const ladder = niceLadder(min, max);
  let best = ladder[0] ?? clean(min);
  for (const rate of ladder) {
    if (Math.abs(Math.log(rate / value)) < Math.abs(Math.log(best / value))) best = rate;
  }
  return best;
}

/** Where `value` sits between min and max on the log scale, from 0 to 1. */
export function logFraction(value: number, min: number, max: number): number {
  const fraction = Math.log(value / min) / Math.log(max / min);
  return Math.min(1, Math.max(0, fraction));
}

/** The powers of ten within [min, max], for the labels under the slider. */
export function decades(min: number, max: number): number[] {
  const out: number[] = [];
  for (
    let exponent = Math.ceil(Math.log10(min) - 1e-9);
    exponent <= Math.floor(Math.log10(max) + 1e-9);
    exponent++
  ) {
    out.push(clean(10 ** exponent));
  }
  return out;
}

/**
 * Reads a typed rate in the reader's locale: accepts `0.1`, `0,1`, `1e-3`, `1,5e-2`; refuses
 * anything else (NaN).
 */
export function parseTypedNumber(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '').replace('−', '-');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/**
 * The slider's keyboard map: ←/↓ and →/↑ the previous or next nice rate, Page Down/Page Up ÷ or × 10,
 * Home/End `min`/`max`. Undefined for any other key.
 */
export function rateAfterKey(key: string, rate: number, min: number, max: number): number | undefined {
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return stepRate(rate, 1, min, max);
    case 'ArrowDown':
    case 'ArrowLeft':
      return stepRate(rate, -1, min, max);
    case 'PageUp':
      return stepDecade(rate, 1, min, max);
    case 'PageDown':
      return stepDecade(rate, -1, min, max);
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return undefined;
  }
}
