/**
 * Seeded pseudo-random numbers in plain JavaScript, identical on every machine.
 *
 * Why not `Math.random`? A lesson must be reproducible: the same seed gives the same data set,
 * the same initial weights and the same batch order for every student, in every browser.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's "small fast counting" generator, 128 bits of
 * state, 32-bit integer arithmetic only, so results do not depend on the platform). Seeds are
 * turned into the four state words by the cyrb128 string hash; numbers are hashed through their
 * decimal text, so `createRandom(42)` and `createRandom('42')` give the same stream.
 */

/** A seeded random stream. Every method advances the stream. */
export interface Random {
  /** Uniform number in [0, 1) with 32 bits of resolution. */
  next(): number;
  /**
   * Normally distributed number (Box–Muller transform):
   * z = √(−2 ln u₁) · cos(2π u₂), result = mean + sd · z.
   */
  normal(mean?: number, sd?: number): number;
  /** Uniform integer in 0 … maxExclusive − 1. Throws RangeError unless maxExclusive is a positive integer. */
  int(maxExclusive: number): number;
  /** Fisher–Yates shuffle. Returns a new array; the input is not changed. */
  shuffle<T>(array: readonly T[]): T[];
  /**
   * An independent stream derived from this stream's seed and `label` (for example 'data',
   * 'weights', 'batches'). Forking does not advance this stream, and the forked stream depends
   * only on (seed, label), so drawing more data never changes the initial weights.
   */
  fork(label: string): Random;
  /** The seed text this stream was created from (forks append `/label`). */
  readonly seed: string;
}

/** cyrb128: hashes a string into four 32-bit words (public domain, bryc). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 generator: returns a function giving uniform 32-bit unsigned integers. */
function sfc32(seedWords: [number, number, number, number]): () => number {
  let [a, b, c, d] = seedWords;
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

/**
 * Creates a seeded random stream.
 *
 * @param seed Any finite number or any string. Same seed → same sequence everywhere.
 * @throws RangeError when `seed` is a number that is not finite (NaN, ±Infinity).
 * @example
 * const rng = createRandom(42);
 * rng.next();          // 0 ≤ u < 1
 * rng.normal(0, 0.1);  // noise
 * const weights = rng.fork('weights');
 */
export function createRandom(seed: number | string): Random {
  if (typeof seed === 'number' && !Number.isFinite(seed)) {
    throw new RangeError(`Random seed must be a finite number or a string, got ${seed}.`);
  }
  const seedText = String(seed);
  const words = cyrb128(seedText);
  const nextUint32 = sfc32(words);
  // Warm up: the first outputs of sfc32 correlate weakly with the seed words.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / 4294967296;

  const random: Random = {
    seed: seedText,
    next,
    normal(mean = 0, sd = 1): number {
      // 1 − u lies in (0, 1], so the logarithm is finite.
      const u1 = 1 - next();
      const u2 = next();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      return mean + sd * z;
    },
    int(maxExclusive: number): number {
      if (!Number.isInteger(maxExclusive) || maxExclusive < 1) {
        throw new RangeError(`int(maxExclusive) needs a positive integer, got ${maxExclusive}.`);
      }
      return Math.floor(next() * maxExclusive);
    },
    shuffle<T>(array: readonly T[]): T[] {
      const out = array.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
    fork(label: string): Random {
      return createRandom(`${seedText}/${label}`);
    },
  };
  return random;
}
