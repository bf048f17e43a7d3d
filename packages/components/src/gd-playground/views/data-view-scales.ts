/**
 * Small helpers of the data view: keyboard steps and click rounding from a scale, and theme colours
 * resolved for the canvas (which cannot read CSS custom properties itself).
 */
import type { Rgb, Scale } from '../../internal/plot/index.js';

/** Arrow-key step: a "nice" number near a fiftieth of the x span. */
export function niceStep(scale: Scale): number {
  const [a, b] = scale.domain() as [number, number];
  const raw = Math.abs(b - a) / 50 || 0.1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = raw / power;
  return (mantissa < 2 ? 1 : mantissa < 5 ? 2 : 5) * power;
}

/** Rounds a clicked value to what a tenth of a pixel can tell apart (2, not 1.99999). */
export function roundTo(value: number, scale: Scale): number {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [number, number];
  const perPixel = Math.abs((d1 - d0) / (r1 - r0 || 1));
  const decimals = Math.min(12, Math.max(0, Math.ceil(-Math.log10(perPixel / 10))));
  return Number(value.toFixed(decimals));
}

/** A colour as written in a style (`var(--_class0)` or a literal), resolved against `style`. */
export function resolveVar(style: CSSStyleDeclaration, css: string): string {
  const token = css.match(/^var\((--[^)]+)\)$/)?.[1];
  return token ? style.getPropertyValue(token).trim() : css;
}

let probe: CanvasRenderingContext2D | null | undefined;
/** A CSS colour as RGB channels, resolved by the browser. */
export function resolveRgb(color: string): Rgb {
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return [128, 128, 128];
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#808080';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r = 128, g = 128, b = 128] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
