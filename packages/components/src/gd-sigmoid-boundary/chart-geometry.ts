/** Where the chart's data sit on screen: its size for the widget's width, its data range and scales. */
import { linearScale, type Margin, paddedDomain, plotArea, type Scale } from '../internal/plot/index.js';
import type { SigmoidData } from './data.js';
import type { Domain2 } from './logistic-math.js';

export const MARGIN: Margin = { top: 12, right: 14, bottom: 38, left: 44 };

/** The chart's size in CSS pixels: beside the panels from 700 px on, otherwise the full width. */
export function chartSize(hostWidth: number, features: 1 | 2): { width: number; height: number } {
  const total = hostWidth > 0 ? hostWidth : 560;
  const width = total >= 700 ? total - 19 * 16 - 16 : total;
  const height =
    features === 2
      ? Math.round(Math.min(Math.max(width * 0.78, 240), 440))
      : Math.round(Math.min(Math.max(width * 0.6, 220), 360));
  return { width: Math.max(200, Math.floor(width)), height };
}

/** The data range shown: every point and the probe, with a margin; P(class 1) in [0, 1] with one feature. */
export function chartDomain(rows: SigmoidData, features: 1 | 2, probe: readonly number[] = []): Domain2 {
  const xs = rows.features.map((row) => row[0] ?? 0);
  if (features === 1) {
    return { x: paddedDomain([...xs, ...probe.slice(0, 1)], 0.08), y: [-0.08, 1.08] };
  }
  const ys = rows.features.map((row) => row[1] ?? 0);
  return {
    x: paddedDomain([...xs, ...probe.slice(0, 1)], 0.08),
    y: paddedDomain([...ys, ...probe.slice(1, 2)], 0.08),
  };
}

export function chartScales(width: number, height: number, domain: Domain2): { x: Scale; y: Scale } {
  const area = plotArea(width, height, MARGIN);
  return {
    x: linearScale(domain.x, [area.left, area.right]),
    y: linearScale(domain.y, [area.bottom, area.top]),
  };
}
