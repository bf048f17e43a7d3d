/**
 * The modified Shepp–Logan phantom (Toft's contrast-enhanced variant of Shepp and Logan's 1974 head
 * phantom): ten ellipses whose intensities add up, the standard test image of tomography and MRI.
 * Generated here so nothing is downloaded.
 */

/** One ellipse: added intensity, semi-axes (a along x, b along y), centre, rotation in degrees. */
export interface PhantomEllipse {
  readonly intensity: number;
  readonly a: number;
  readonly b: number;
  readonly x0: number;
  readonly y0: number;
  readonly phiDegrees: number;
}

/** The modified Shepp–Logan table on the square [−1, 1]², y pointing up. */
export const MODIFIED_SHEPP_LOGAN: readonly PhantomEllipse[] = [
  { intensity: 1, a: 0.69, b: 0.92, x0: 0, y0: 0, phiDegrees: 0 },
  { intensity: -0.8, a: 0.6624, b: 0.874, x0: 0, y0: -0.0184, phiDegrees: 0 },
  { intensity: -0.2, a: 0.11, b: 0.31, x0: 0.22, y0: 0, phiDegrees: -18 },
  { intensity: -0.2, a: 0.16, b: 0.41, x0: -0.22, y0: 0, phiDegrees: 18 },
  { intensity: 0.1, a: 0.21, b: 0.25, x0: 0, y0: 0.35, phiDegrees: 0 },
  { intensity: 0.1, a: 0.046, b: 0.046, x0: 0, y0: 0.1, phiDegrees: 0 },
  { intensity: 0.1, a: 0.046, b: 0.046, x0: 0, y0: -0.1, phiDegrees: 0 },
  { intensity: 0.1, a: 0.046, b: 0.023, x0: -0.08, y0: -0.605, phiDegrees: 0 },
  { intensity: 0.1, a: 0.023, b: 0.023, x0: 0, y0: -0.606, phiDegrees: 0 },
  { intensity: 0.1, a: 0.023, b: 0.046, x0: 0.06, y0: -0.605, phiDegrees: 0 },
];

/** Smallest and largest phantom sizes the widgets accept. */
export const PHANTOM_MIN_SIZE = 8;
export const PHANTOM_MAX_SIZE = 1024;

/**
 * The phantom sampled at pixel centres on a `size` × `size` grid, row-major, row 0 at the top.
 * Values lie in [0, 1] (background 0, skull 1, brain 0.2, small features 0.1 to 0.4).
 * @throws RangeError unless size is an integer in 8 … 1024.
 */
export function sheppLogan(size: number): Float32Array {
  if (!Number.isInteger(size) || size < PHANTOM_MIN_SIZE || size > PHANTOM_MAX_SIZE) {
    throw new RangeError(
      `sheppLogan: size must be an integer in ${PHANTOM_MIN_SIZE}…${PHANTOM_MAX_SIZE}, got ${size}`,
    );
  }
  const image = new Float32Array(size * size);
  const prepared = MODIFIED_SHEPP_LOGAN.map((e) => {
    const phi = (e.phiDegrees * Math.PI) / 180;
    return { ...e, cos: Math.cos(phi), sin: Math.sin(phi) };
  });
  for (let row = 0; row < size; row++) {
    const y = 1 - (2 * row + 1) / size;
    for (let col = 0; col < size; col++) {
      const x = (2 * col + 1) / size - 1;
      let value = 0;
      for (const e of prepared) {
        const dx = x - e.x0;
        const dy = y - e.y0;
        const u = dx * e.cos + dy * e.sin;
        const v = -dx * e.sin + dy * e.cos;
        if ((u * u) / (e.a * e.a) + (v * v) / (e.b * e.b) <= 1) value += e.intensity;
      }
      // Sums such as 1 − 0.8 + 0.1 leave float residue; round to the table's own precision.
      image[row * size + col] = Math.round(value * 1e6) / 1e6 || 0; // || 0 turns −0 into 0
    }
  }
  return image;
}
