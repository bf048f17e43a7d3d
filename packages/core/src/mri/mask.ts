/**
 * Which k-space lines an accelerated scan measures.
 *
 * A scanner fills k-space one line at a time (one phase-encoding step per line), so the scan time
 * is proportional to the number of lines. Here a line is a row of k-space (fixed vertical
 * frequency). Every undersampled mask measures exactly round(n / R) lines, and always the
 * ⌈center · n⌉ lines nearest the zero frequency, where most of the image's energy lies.
 */
import { createRandom } from '../data/random.js';

/** The four sampling patterns. */
export type MaskKind = 'full' | 'equispaced' | 'random' | 'variable-density';
export const MASK_KINDS: readonly MaskKind[] = ['full', 'equispaced', 'random', 'variable-density'];

export interface MaskOptions {
  /** Lines in k-space (the image height). */
  size: number;
  kind: MaskKind;
  /** Acceleration R: the scan measures 1/R of the lines. Ignored by `full`. */
  acceleration: number;
  /** Fraction of lines around the centre always measured (0 … 1/R). */
  center: number;
  /** Seed of the random patterns. */
  seed: number | string;
}

/**
 * A mask as one flag per line in CENTRED order (index ⌊n/2⌋ is the zero frequency), 1 = measured.
 * @throws RangeError for a size below 2, an acceleration below 1 or a center outside [0, 1].
 */
export function samplingLines(options: MaskOptions): Uint8Array {
  const { size: n, kind, acceleration, center } = options;
  if (!Number.isInteger(n) || n < 2)
    throw new RangeError(`samplingLines: size must be an integer ≥ 2, got ${n}`);
  if (!(acceleration >= 1))
    throw new RangeError(`samplingLines: acceleration must be ≥ 1, got ${acceleration}`);
  if (!(center >= 0 && center <= 1))
    throw new RangeError(`samplingLines: center must be in [0, 1], got ${center}`);
  const lines = new Uint8Array(n);
  if (kind === 'full') return lines.fill(1);
  const target = measuredLineCount(n, acceleration);
  const h = Math.floor(n / 2);
  const centreCount = Math.min(target, Math.ceil(center * n));
  const centreStart = h - Math.floor(centreCount / 2);
  for (let i = 0; i < centreCount; i++) lines[centreStart + i] = 1;
  const outside: number[] = [];
  for (let i = 0; i < n; i++) if (!lines[i]) outside.push(i);
  const remaining = target - centreCount;
  if (remaining <= 0) return lines;
  const random = createRandom(options.seed).fork(`mask/${kind}`);
  let chosen: number[];
  if (kind === 'equispaced') {
    // Evenly spread over the unmeasured lines: every R-th line once the centre is set aside.
    chosen = Array.from(
      { length: remaining },
      (_, j) => outside[Math.floor(((j + 0.5) * outside.length) / remaining)] as number,
    );
  } else if (kind === 'random') {
    chosen = random.shuffle(outside).slice(0, remaining);
  } else {
    // Weighted sampling without replacement (Efraimidis–Spirakis keys u^(1/w)): lines near the
    // centre, which carry more energy, are likelier than lines at the edge.
    const keyed = outside.map((line) => {
      const distance = Math.abs(line - h) / (n / 2);
      const weight = (1 - distance) ** 3 + 1e-3;
      return { line, key: random.next() ** (1 / weight) };
    });
    keyed.sort((p, q) => q.key - p.key);
    chosen = keyed.slice(0, remaining).map((k) => k.line);
  }
  for (const line of chosen) lines[line] = 1;
  return lines;
}

/** Lines an accelerated scan of n lines measures: round(n / R), at least 1. */
export function measuredLineCount(n: number, acceleration: number): number {
  return Math.max(1, Math.min(n, Math.round(n / acceleration)));
}
