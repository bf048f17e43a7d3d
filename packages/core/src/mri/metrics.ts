/**
 * Image error measures, in float64 JavaScript (the values are shown to several digits).
 */

/** Root mean squared error √(mean((a − b)²)). */
export function rmse(image: ArrayLike<number>, reference: ArrayLike<number>): number {
  if (image.length !== reference.length || image.length === 0) {
    throw new RangeError(`rmse: lengths ${image.length} and ${reference.length} differ or are zero`);
  }
  let sum = 0;
  for (let i = 0; i < image.length; i++) {
    const d = (image[i] as number) - (reference[i] as number);
    sum += d * d;
  }
  return Math.sqrt(sum / image.length);
}

/** Peak signal-to-noise ratio in decibels, 20·log₁₀(peak / RMSE); peak defaults to the reference's maximum. */
export function psnr(image: ArrayLike<number>, reference: ArrayLike<number>, peak?: number): number {
  let top = peak ?? 0;
  if (peak === undefined)
    for (let i = 0; i < reference.length; i++) top = Math.max(top, reference[i] as number);
  return 20 * Math.log10(top / rmse(image, reference));
}
