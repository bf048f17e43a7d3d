/**
 * The data plane: the decision regions (a canvas painted by `paint.ts`), the points on top (class
 * colour and marker shape; test points hollow), the probe, and the network's curve for
 * regression. Points are draggable handles with one Tab stop (N/P move between points, arrows
 * move the point, Delete removes it). A click on empty ground adds a point or probes the network.
 * Also the loss curves.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import {
  classStyle,
  linearScale,
  type MovePhase,
  markerPath,
  renderDraggablePoints,
  type Scale,
} from '../internal/plot/index.js';
import { type GridView, gridUnit } from './model-view.js';
import type { ViewText } from './view-text.js';

const POINT_RADIUS = 4.5;

/** A point with its split, as the plot draws it. */
export interface PlotRow {
  readonly x: readonly number[];
  readonly y: number;
  readonly test: boolean;
}

export interface PlotContext {
  readonly rows: readonly PlotRow[];
  readonly inputs: 1 | 2;
  readonly grid: GridView | undefined;
  /** Grid row of the first output unit. */
  readonly firstOutput: number;
  /** [x₁min, x₁max, x₂min, x₂max] (for regression: x and y ranges). */
  readonly bounds: readonly [number, number, number, number];
  readonly side: number;
  readonly probe: readonly number[] | undefined;
  readonly editable: boolean;
  readonly onClick: (x: number, y: number) => void;
  readonly onMove: (index: number, x: number, y: number, phase: MovePhase) => void;
  readonly onDelete: (index: number) => void;
}

export function plotScales(c: Pick<PlotContext, 'bounds' | 'side'>): { x: Scale; y: Scale } {
  const [x0, x1, y0, y1] = c.bounds;
  return { x: linearScale([x0, x1], [0, c.side]), y: linearScale([y0, y1], [c.side, 0]) };
}

function renderPoints(text: ViewText, c: PlotContext, x: Scale, y: Scale): TemplateResult {
  const marks = c.rows.map((row) => {
    const look = classStyle(c.inputs === 1 ? 0 : row.y);
    const py = c.inputs === 1 ? row.y : (row.x[1] ?? 0);
    return svg`<path class="point ${look.className} ${row.test ? 'test' : 'train'}" data-label=${c.inputs === 1 ? 0 : row.y}
      transform="translate(${x(row.x[0] ?? 0)} ${y(py)})" d=${markerPath(look.marker, POINT_RADIUS)}></path>`;
  });
  const handles = c.editable
    ? renderDraggablePoints({
        points: c.rows.map((row, index) => {
          const split = text.t(row.test ? 'splitTest' : 'splitTrain');
          const label =
            c.inputs === 1
              ? text.t('pointRegression', {
                  index: index + 1,
                  x1: text.fmt(row.x[0] ?? 0, 2),
                  y: text.fmt(row.y, 2),
                  split,
                })
              : text.t('point', {
                  index: index + 1,
                  x1: text.fmt(row.x[0] ?? 0, 2),
                  x2: text.fmt(row.x[1] ?? 0, 2),
                  label: row.y,
                  split,
                });
          return { x: row.x[0] ?? 0, y: c.inputs === 1 ? row.y : (row.x[1] ?? 0), label };
        }),
        x,
        y,
        axis: 'xy',
        step: (c.bounds[1] - c.bounds[0]) / 50,
        radius: POINT_RADIUS + 2,
        rovingFocus: true,
        locale: text.locale,
        onMove: c.onMove,
      })
    : nothing;
  return html`${marks}<g class="point-handles" role="group" aria-label=${text.t('pointsLabel')}
    @keydown=${(event: KeyboardEvent) => {
      const target = event.target as Element;
      if ((event.key === 'Delete' || event.key === 'Backspace') && target.classList.contains('gd-handle')) {
        event.preventDefault();
        c.onDelete(Number((target as SVGElement).dataset['index']));
      }
    }}>${handles}</g>`;
}

/** The regression curve: the network's prediction along x (one grid row). */
function renderCurve(c: PlotContext, x: Scale, y: Scale): TemplateResult | typeof nothing {
  const grid = c.grid;
  if (!grid || c.inputs !== 1) return nothing;
  const values = gridUnit(grid, c.firstOutput);
  const [x0, x1] = c.bounds;
  const points = Array.from(
    values,
    (v, i) => `${x(x0 + ((i + 0.5) * (x1 - x0)) / grid.size).toFixed(1)},${y(v).toFixed(1)}`,
  );
  return svg`<polyline class="curve" points=${points.join(' ')}></polyline>`;
}

export function renderPlot(text: ViewText, c: PlotContext): TemplateResult {
  const { x, y } = plotScales(c);
  const train = c.rows.filter((row) => !row.test).length;
  const onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    if (target.classList.contains('gd-handle')) return;
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    c.onClick(x.invert(event.clientX - box.left), y.invert(event.clientY - box.top));
  };
  const probe = c.probe;
  const probeY = probe ? (c.inputs === 1 ? undefined : probe[1]) : undefined;
  return html`<figure part="plot" class="plot">
    <div class="chart">
      <canvas class="regions" aria-hidden="true"></canvas>
      <svg width=${c.side} height=${c.side} role="group" aria-label=${text.t('plotLabel')}
        aria-describedby="plot-summary" @click=${onClick}>
        <rect class="frame" x="0" y="0" width=${c.side} height=${c.side}></rect>
        ${renderCurve(c, x, y)}
        ${guard([c.rows, c.side, c.editable, text.locale], () => renderPoints(text, c, x, y))}
        ${
          probe
            ? svg`<path class="probe-mark" transform="translate(${x(probe[0] ?? 0)} ${probeY === undefined ? c.side / 2 : y(probeY)})"
                d=${markerPath('diamond', 6)}></path>`
            : nothing
        }
      </svg>
    </div>
    <figcaption id="plot-summary">
      ${text.t(c.inputs === 1 ? 'regressionSummary' : 'plotSummary', { train, test: c.rows.length - train })}
      ${c.editable ? html`<br />${text.t('addHint')}` : nothing}
    </figcaption>
  </figure>`;
}

/**
 * Training (solid) and test (dashed) loss against the step, on a linear scale from 0, in a frame
 * labelled with the scale's top and the step range (so the empty chart before the first step reads
 * as a chart, not as a gap).
 */
export function renderCurves(
  text: ViewText,
  history: readonly { step: number; trainLoss: number; testLoss: number }[],
  width: number,
): TemplateResult {
  const w = Math.max(200, Math.min(360, width));
  const h = 90;
  const finite = history.flatMap((p) => [p.trainLoss, p.testLoss]).filter((v) => Number.isFinite(v));
  const top = finite.length ? Math.max(...finite) : 1;
  const last = history.at(-1)?.step ?? 1;
  const first = history[0]?.step ?? 0;
  const sx = linearScale([first, Math.max(first + 1, last)], [0, w]);
  const sy = linearScale([0, top > 0 ? top : 1], [h, 0]);
  const line = (key: 'trainLoss' | 'testLoss') =>
    history
      .filter((p) => Number.isFinite(p[key]))
      .map((p) => `${sx(p.step).toFixed(1)},${sy(p[key]).toFixed(1)}`)
      .join(' ');
  const now = history.at(-1);
  return html`<figure part="curves" class="curves">
    <svg width=${w} height=${h} role="img" aria-label=${text.t('curvesLabel')}>
      <rect class="frame" x="0.5" y="0.5" width=${w - 1} height=${h - 1}></rect>
      <text class="curve-label" x="4" y="12">${finite.length ? text.computed(top) : ''}</text>
      <text class="curve-label" x="4" y=${h - 4}>0</text>
      <text class="curve-label end" x=${w - 4} y=${h - 4}>${history.length ? String(last) : ''}</text>
      <polyline class="loss train" points=${line('trainLoss')}></polyline>
      <polyline class="loss test" points=${line('testLoss')}></polyline>
    </svg>
    <figcaption>
      <span class="key train">${text.t('trainLoss')}</span> <span data-value="train-loss">${now ? text.computed(now.trainLoss) : '–'}</span>
      · <span class="key test">${text.t('testLoss')}</span> <span data-value="test-loss">${now ? text.computed(now.testLoss) : '–'}</span>
    </figcaption>
  </figure>`;
}
