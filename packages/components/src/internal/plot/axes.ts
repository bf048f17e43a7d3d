import { css, nothing, type SVGTemplateResult, svg } from 'lit';
import { type Scale, ticks } from './scales.js';

/** Space, in CSS pixels, between the chart's edge and its plot area (for ticks and titles). */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The rectangle inside the margins where data is drawn, in CSS pixels. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The plot area of a `width × height` chart. Width and height never go negative, so a chart
 * squeezed below its margins draws nothing instead of drawing mirrored.
 * Use `[area.left, area.right]` as the x range and `[area.bottom, area.top]` as the y range.
 */
export function plotArea(width: number, height: number, margin: Margin): PlotArea {
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = Math.max(0, height - margin.top - margin.bottom);
  return {
    left: margin.left,
    top: margin.top,
    right: margin.left + innerWidth,
    bottom: margin.top + innerHeight,
    width: innerWidth,
    height: innerHeight,
  };
}

/** What `renderAxes` draws. Scales map data to this SVG's user units (CSS pixels). */
export interface AxesOptions {
  readonly x: Scale;
  readonly y: Scale;
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** Axis titles, already localised by the caller. */
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** BCP 47 locale for tick labels, e.g. the widget's resolved `lang`. */
  readonly locale?: string;
  /** Approximate tick counts (default 5). */
  readonly xTicks?: number;
  readonly yTicks?: number;
  /** Draw faint grid lines at each tick across the plot area. */
  readonly grid?: boolean;
}

const TICK_SIZE = 5;

/**
 * The look of `renderAxes`, as a style sheet rather than `style` attributes, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks. Part of every element's base styles.
 */
export const axesStyles = css`
  .gd-axes {
    font-size: var(--gd-axis-font-size, 11px);
  }
  .gd-axis {
    stroke: var(--gd-axis-color, currentColor);
    shape-rendering: crispEdges;
  }
  .gd-grid {
    stroke: var(--gd-grid-color, color-mix(in srgb, currentColor 15%, transparent));
    shape-rendering: crispEdges;
  }
  .gd-axes text {
    fill: var(--gd-axis-text-color, currentColor);
    stroke: none;
  }
`;

/**
 * Axis lines along the bottom and left of the plot area, with ticks, locale-formatted tick labels,
 * optional titles and grid lines, as a fragment to place inside an `<svg>`.
 *
 * Decorative: the whole group is `aria-hidden`, because widgets name the chart and offer the
 * numbers as a data table. Theme with `--gd-axis-color`, `--gd-axis-text-color`,
 * `--gd-grid-color` and `--gd-axis-font-size` (default `11px`). Its look comes from `axesStyles`,
 * which every element's base styles include.
 */
export function renderAxes(options: AxesOptions): SVGTemplateResult {
  const { x, y, width, height, margin, locale } = options;
  const area = plotArea(width, height, margin);
  const xTicks = ticks(x, options.xTicks ?? 5, locale);
  const yTicks = ticks(y, options.yTicks ?? 5, locale);
  const grid = options.grid
    ? svg`<g class="gd-grid">
        ${xTicks.map((t) => svg`<line x1=${x(t.value)} x2=${x(t.value)} y1=${area.top} y2=${area.bottom}></line>`)}
        ${yTicks.map((t) => svg`<line x1=${area.left} x2=${area.right} y1=${y(t.value)} y2=${y(t.value)}></line>`)}
      </g>`
    : nothing;
  return svg`<g class="gd-axes" aria-hidden="true">
    ${grid}
    <g class="gd-axis gd-axis-x">
      <line x1=${area.left} x2=${area.right} y1=${area.bottom} y2=${area.bottom}></line>
      ${xTicks.map(
        (
          t,
        ) => svg`<line x1=${x(t.value)} x2=${x(t.value)} y1=${area.bottom} y2=${area.bottom + TICK_SIZE}></line>
          <text x=${x(t.value)} y=${area.bottom + TICK_SIZE + 2} dy="0.71em" text-anchor="middle">${t.label}</text>`,
      )}
    </g>
    <g class="gd-axis gd-axis-y">
      <line x1=${area.left} x2=${area.left} y1=${area.top} y2=${area.bottom}></line>
      ${yTicks.map(
        (t) => svg`<line x1=${area.left - TICK_SIZE} x2=${area.left} y1=${y(t.value)} y2=${y(t.value)}></line>
          <text x=${area.left - TICK_SIZE - 2} y=${y(t.value)} dy="0.32em" text-anchor="end">${t.label}</text>`,
      )}
    </g>
    ${
      options.xLabel
        ? svg`<text class="gd-axis-title gd-axis-title-x" x=${area.left + area.width / 2} y=${height - 4}
            text-anchor="middle">${options.xLabel}</text>`
        : nothing
    }
    ${
      options.yLabel
        ? svg`<text class="gd-axis-title gd-axis-title-y" transform="translate(4 ${area.top + area.height / 2}) rotate(-90)"
            dy="0.71em" text-anchor="middle">${options.yLabel}</text>`
        : nothing
    }
  </g>`;
}
