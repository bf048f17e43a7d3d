/**
 * The two figures under the table, side by side when there is room: the rows chart (truths and
 * draggable predictions) and the plot of each chosen loss over the residual, each with its legend.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MovePhase } from '../internal/plot/index.js';
import type { ViewText } from '../internal/view-text.js';
import { renderResidualPlot, renderRowsChart } from './charts.js';
import { CURVE_LOSSES, type ExplorerEvaluation } from './evaluation.js';
import type { ExplorerLossId, LossExplorerRow } from './inputs.js';

export interface FiguresOptions {
  readonly rows: readonly LossExplorerRow[];
  readonly losses: readonly ExplorerLossId[];
  readonly delta: number;
  readonly beta: number;
  readonly evaluation?: ExplorerEvaluation;
  /** The widget's content width (0 before the first layout). */
  readonly hostWidth: number;
  readonly chart: boolean;
  readonly plot: boolean;
  /** The rows chart's y range. */
  readonly domain: readonly [number, number];
  readonly onDrag: (index: number, value: number, phase: MovePhase) => void;
}

export function renderFigures(text: ViewText, options: FiguresOptions): TemplateResult | typeof nothing {
  if (!options.chart && !options.plot) return nothing;
  const available = Math.max(240, options.hostWidth || 320);
  const side = options.chart && options.plot && available >= 640;
  const width = Math.floor(side ? (available - 16) / 2 : available);
  return html`<div part="charts" class="charts ${side ? 'side' : ''}">
    ${options.chart ? renderRowsFigure(text, options, width) : nothing}
    ${options.plot ? renderPlotFigure(text, options, width) : nothing}
  </div>`;
}

function renderRowsFigure(text: ViewText, options: FiguresOptions, width: number): TemplateResult {
  return html`<figure class="figure">
    ${renderRowsChart({
      rows: options.rows,
      width,
      domain: options.domain,
      locale: text.locale,
      name: text.t('chartName'),
      xLabel: text.t('axisRow'),
      yLabel: text.t('axisValue'),
      handleLabel: (i) => text.t('handleLabel', { row: text.num(i + 1) }),
      valueText: (value) => text.num(value),
      onMove: options.onDrag,
    })}
    <figcaption class="legend">
      <span><span class="key truth-key" aria-hidden="true"></span>${text.t('chartLegendTruth')}</span>
      <span><span class="key prediction-key" aria-hidden="true"></span>${text.t('chartLegendPrediction')}</span>
    </figcaption>
  </figure>`;
}

function renderPlotFigure(text: ViewText, options: FiguresOptions, width: number): TemplateResult {
  const { evaluation, losses } = options;
  const curves = evaluation?.curves ?? [];
  const chosenCurves = CURVE_LOSSES.filter((id) => losses.includes(id));
  const thresholds = [
    ...(losses.includes('huber') ? [{ id: 'huber', value: options.delta, label: 'δ' }] : []),
    ...(losses.includes('smooth-l1') ? [{ id: 'smooth-l1', value: options.beta, label: 'β' }] : []),
  ];
  const unplotted = losses.some((id) => id === 'rmse' || id === 'bce');
  return html`<figure class="figure">
    ${
      chosenCurves.length === 0
        ? html`<p class="plot-empty">${text.t('plotEmpty')}</p>`
        : renderResidualPlot({
            curves,
            marks: Object.fromEntries(curves.map((c) => [c.id, evaluation?.results[c.id]?.perExample ?? []])),
            residuals: evaluation?.results['mean-error']?.perExample ?? [],
            extent: evaluation?.extent ?? 1,
            thresholds,
            width,
            locale: text.locale,
            name: text.t('plotName'),
            xLabel: text.t('axisResidual'),
            yLabel: text.t('axisLoss'),
          })
    }
    <figcaption part="legend" class="legend">
      ${chosenCurves.map(
        (id) =>
          html`<span><span class="key line-key loss-${id}" aria-hidden="true"></span>${text.t(`short.${id}`)}</span>`,
      )}
      ${thresholds.map(
        (t) =>
          html`<span><span class="key dash-key loss-${t.id}" aria-hidden="true"></span>±${t.label} = ${text.num(t.value)}</span>`,
      )}
      ${unplotted && chosenCurves.length > 0 ? html`<span class="unplotted">${text.t('plotNotPlotted')}</span>` : nothing}
    </figcaption>
  </figure>`;
}
