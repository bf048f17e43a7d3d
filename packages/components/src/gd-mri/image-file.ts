/**
 * Turning a file the learner picks into a square grayscale image, entirely on the device
 * (createImageBitmap, a canvas, getImageData): nothing is uploaded.
 */

/** Reads `file`, crops it to its centred square, resizes to `size`², returns luminance in [0, 1]. */
export async function imageFromFile(file: Blob, size: number): Promise<Float32Array> {
  const bitmap = await createImageBitmap(file);
  try {
    const side = Math.min(bitmap.width, bitmap.height);
    if (side === 0) throw new Error('empty image');
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2-D canvas');
    context.drawImage(
      bitmap,
      (bitmap.width - side) / 2,
      (bitmap.height - side) / 2,
      side,
      side,
      0,
      0,
      size,
      size,
    );
    const rgba = context.getImageData(0, 0, size, size).data;
    const gray = new Float32Array(size * size);
    // Rec. 709 luma weights.
    for (let i = 0; i < gray.length; i++) {
      gray[i] =
        (0.2126 * (rgba[4 * i] as number) +
          0.7152 * (rgba[4 * i + 1] as number) +
          0.0722 * (rgba[4 * i + 2] as number)) /
        255;
    }
    return gray;
  } finally {
    bitmap.close();
  }
}
