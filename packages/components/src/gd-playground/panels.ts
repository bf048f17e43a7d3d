/**
 * The playground's views column and its panels, as templates: the data view and the parameter view
 * side by side, why there is no normal-equation solution, the loss curve with its scale toggle, the
 * update rule, and the per-step table. The rule, the table, the matrix and the code come from their
 * own chunk (secondary-panels.ts, loaded by lazy-panels.ts): until it arrives each is a placeholder.
 * While playing, the rule and the table are rebuilt at most every {@link PANEL_INTERVAL_MS}
 * ({@link PanelThrottle}).
 */
import type { Dataset, ParameterValues, SessionOptions, StepRecord } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CodePanelState } from './code-panel-state.js';
import {
  MATRIX_ROWS,
  MAX_CODE_ROWS,
  pendingPanel,
  type SecondaryPanels,
  type SecondaryPart,
} from './lazy-panels.js';
import { type ProbeState, predict, renderProbePanel } from './probe-panel.js';
import {
  isSolutionError,
  type PlaygroundPart,
  type PlaygroundState,
  type SolutionProblem,
  toOriginalUnits,
  toTrainingUnits,
} from './state.js';
import { landscapePoint, type PlaygroundLandscape } from './views/landscape-source.js';

/** Points of the optimizer's path drawn in parameter space (the latest ones). */
const PATH_POINTS = 2000;
/**
 * While playing, the update rule (a `<gd-math>` typeset) and the per-step table are rebuilt at most
 * this often: nobody reads numbers that change 60 times a second, and re-typesetting and rewriting
 * every table cell each frame cost more than the frame's training steps. Paused, they follow every step.
 */
export const PANEL_INTERVAL_MS = 250;

type Rendered = TemplateResult | typeof nothing;

/** What the views and panels need from the element. */
export interface PanelsContext {
  readonly state: PlaygroundState;
  /** The data set in original units, once built. */
  readonly dataset: Dataset | undefined;
  readonly landscape: PlaygroundLandscape | undefined;
  readonly theme: 'light' | 'dark' | undefined;
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly num: (value: number, options?: Intl.NumberFormatOptions) => string;
  readonly isHidden: (part: PlaygroundPart) => boolean;
  readonly isLocked: (part: PlaygroundPart) => boolean;
  /** A region's accessible name, told apart from the same region of another playground on the page. */
  readonly regionName: (name: string) => string;
  readonly solutionOrProblem: (state: PlaygroundState, dataset: Dataset) => ParameterValues | SolutionProblem;
  readonly onDataEdit: (event: CustomEvent<{ features: number[][]; targets: number[] }>) => void;
  readonly onStartPick: (event: CustomEvent<{ x: number; y: number }>) => void;
  readonly onLossScale: (scale: 'linear' | 'log') => void;
  /** The prediction probe's input and handlers (probe-panel.ts). */
  readonly probe: ProbeState;
  /** A number with up to `digits` decimals and a true minus sign. */
  readonly fmt: (value: number, digits?: number) => string;
  /** The live session's options (its training-unit data set and batching), once built. */
  readonly sessionOptions: SessionOptions | undefined;
  /** The step-as-code panel's language and copy state (code-panel-state.ts). */
  readonly codePanel: CodePanelState;
  /** The rule, table, matrix and code panels' module, once loaded (lazy-panels.ts). */
  readonly secondary: SecondaryPanels | undefined;
}

/** A secondary panel: rendered by its module once loaded, a placeholder until then. */
function secondaryPanel(
  c: PanelsContext,
  part: SecondaryPart,
  render: (panels: SecondaryPanels) => Rendered,
): Rendered {
  return c.secondary ? render(c.secondary) : pendingPanel(part, c.t('panel.loading'), tallPanel(c, part));
}

/** Whether a loading panel should hold a tall panel's room: a long matrix, programs written out. */
function tallPanel(c: PanelsContext, part: SecondaryPart): boolean {
  const n = c.dataset?.targets.length ?? 0;
  if (part === 'matrix') return n > MATRIX_ROWS;
  if (part !== 'code' || c.state.model === 'softmax') return false;
  const { mode, batchSize } = c.state.batching;
  const rows = mode === 'full' ? n : mode === 'mini-batch' ? Math.min(batchSize, n) : 1;
  return rows <= MAX_CODE_ROWS;
}

/** The views: data, parameter space, the solution note, the loss curve and the rule. */
export function renderViews(
  c: PanelsContext,
  history: readonly StepRecord[],
  record: StepRecord | undefined,
  rule: Rendered,
  kept: readonly StepRecord[],
  code: Rendered = nothing,
  holdMatrix = false,
): TemplateResult {
  const { state, dataset, landscape } = c;
  const parameters = record && dataset ? toOriginalUnits(state, dataset, record.parameters) : undefined;
  const found = dataset ? c.solutionOrProblem(state, dataset) : undefined;
  const solution = found && !isSolutionError(found) ? found : undefined;
  const path = landscape
    ? history.slice(-PATH_POINTS).map((r) => landscapePoint(landscape, r.parameters))
    : [];
  const solutionPoint =
    landscape && solution && dataset
      ? landscapePoint(landscape, toTrainingUnits(state, dataset, solution))
      : undefined;
  const axisLabel = (p: { name: string; index: number }) =>
    p.name === 'b' && (dataset?.classes?.length ?? 0) <= 2 ? 'b' : `${p.name}${p.index + 1}`;
  const showData = !c.isHidden('data-view') && dataset;
  const showProbe = !c.isHidden('probe') && dataset && state.model !== 'softmax';
  const prediction = showProbe && parameters ? predict(state.model, parameters, c.probe.values) : undefined;
  const probeMark = prediction
    ? { features: c.probe.values, value: prediction.probability ?? prediction.z }
    : undefined;
  const showParameters = !c.isHidden('parameter-view') && landscape;
  return html`<div part="views" class="views ${showData && showParameters ? 'two' : ''}">
    ${
      showData
        ? html`<gd-playground-data-view
          class="view"
          theme=${ifDefined(c.theme)}
          part="data-view"
          .data=${dataset}
          .model=${state.model}
          .parameters=${parameters ?? {}}
          .batch=${record?.batch ?? []}
          .solution=${state.model === 'linear' ? solution : undefined}
          ?locked=${c.isLocked('data-view')}
          .probe=${probeMark}
          .probePicking=${Boolean(showProbe) && c.probe.picking}
          @gd-data-edit=${c.onDataEdit}
          @gd-probe-pick=${c.probe.onPick}
        ></gd-playground-data-view>`
        : nothing
    }
    ${
      showParameters
        ? html`<gd-playground-parameter-view
          class="view"
          theme=${ifDefined(c.theme)}
          part="parameter-view"
          .landscape=${landscape}
          .path=${path}
          .solution=${solutionPoint}
          .xLabel=${axisLabel(landscape.xParameter)}
          .yLabel=${axisLabel(landscape.yParameter)}
          ?locked=${c.isLocked('parameter-view')}
          @gd-start-pick=${c.onStartPick}
        ></gd-playground-parameter-view>`
        : nothing
    }
    ${showData || showParameters ? renderSolutionNote(c, found) : nothing}
    ${
      showProbe
        ? renderProbePanel({
            model: state.model,
            dataset,
            parameters,
            values: c.probe.values,
            picking: c.probe.picking,
            locked: c.isLocked('probe'),
            t: c.t,
            fmt: c.fmt,
            onValue: c.probe.onValue,
            onTogglePick: c.probe.onTogglePick,
            regionName: c.regionName,
          })
        : nothing
    }
    ${c.isHidden('loss-curve') ? nothing : renderLossCurve(c, kept, record)}
    ${rule}
    ${
      dataset && !c.isHidden('matrix') && !holdMatrix
        ? secondaryPanel(c, 'matrix', (panels) =>
            panels.renderMatrixView({
              model: state.model,
              dataset,
              parameters,
              batch: record?.batch ?? [],
              t: c.t,
              fmt: c.fmt,
              regionName: c.regionName,
            }),
          )
        : nothing
    }
    ${code}
  </div>`;
}

const SOLUTION_REASONS = new Set([
  'more-features-than-examples',
  'duplicate-columns',
  'proportional-columns',
  'collinear-columns',
  'constant-column-with-bias',
  'zero-column',
  'nearly-collinear-columns',
]);

/** Why a linear model has no normal-equation solution to mark (A.7: say so, never print NaN). */
function renderSolutionNote(
  c: PanelsContext,
  found: ParameterValues | SolutionProblem | undefined,
): Rendered {
  if (!found || c.state.model !== 'linear' || !isSolutionError(found)) return nothing;
  const why = c.t(`solution.why.${SOLUTION_REASONS.has(found.reason ?? '') ? found.reason : 'other'}`);
  return html`<p class="full" part="normal-equation">${c.t('solution.none', { why })}</p>`;
}

/** The whole kept curve, with the shown step (the scrubbed one, or the latest) marked. */
function renderLossCurve(
  c: PanelsContext,
  history: readonly StepRecord[],
  record: StepRecord | undefined,
): TemplateResult {
  return html`<figure class="full" part="loss-curve">
    <figcaption>
      <span>${c.t('view.loss.label')}</span>
      <label class="toggle">
        <input
          type="checkbox"
          id="loss-scale"
          .checked=${c.state.lossScale === 'log'}
          ?disabled=${c.isLocked('loss-curve')}
          @input=${(event: Event) => event.stopPropagation()}
          @change=${(event: Event) => {
            event.stopPropagation();
            c.onLossScale((event.target as HTMLInputElement).checked ? 'log' : 'linear');
          }}
        />
        ${c.t('control.logScale')}
      </label>
    </figcaption>
    <gd-playground-loss-curve
      class="view"
      theme=${ifDefined(c.theme)}
      .losses=${history.map((r) => r.loss)}
      .scale=${c.state.lossScale}
      .current=${record?.step}
    ></gd-playground-loss-curve>
  </figure>`;
}

/**
 * The rule's and table's templates: rebuilt on every render when paused. While playing they are
 * rebuilt at most every PANEL_INTERVAL_MS, and not inside an animation frame: a stale panel asks
 * for an idle-time update, so typesetting and table rows never lengthen a training frame.
 */
export class PanelThrottle {
  private cache?: { at: number; rule: Rendered; table: Rendered; code: Rendered };
  private refreshScheduled = false;
  private refreshDue = false;

  constructor(private readonly requestUpdate: () => void) {}

  panels(
    c: PanelsContext,
    history: readonly StepRecord[],
    playing: boolean,
  ): { rule: Rendered; table: Rendered; code: Rendered } {
    const now = performance.now();
    const cache = this.cache;
    if (playing && cache && !this.refreshDue) {
      if (now - cache.at >= PANEL_INTERVAL_MS && !this.refreshScheduled) this.scheduleRefresh();
      return cache;
    }
    this.refreshDue = false;
    const fresh: { at: number; rule: Rendered; table: Rendered; code: Rendered } = {
      at: now,
      rule: c.isHidden('rule') ? nothing : secondaryPanel(c, 'rule', (p) => p.renderRule(c, history)),
      table: c.isHidden('table') ? nothing : secondaryPanel(c, 'table', (p) => p.renderTable(c, history)),
      code: c.isHidden('code') ? nothing : secondaryPanel(c, 'code', (p) => p.renderCode(c, history)),
    };
    // Placeholders are not kept: the panels replace them on the render after their chunk arrives.
    this.cache = playing && c.secondary ? fresh : undefined;
    return fresh;
  }

  private scheduleRefresh(): void {
    this.refreshScheduled = true;
    const refresh = () => {
      this.refreshScheduled = false;
      this.refreshDue = true;
      this.requestUpdate();
    };
    // Safari has no requestIdleCallback: a timer also runs outside the animation frame.
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(refresh, { timeout: PANEL_INTERVAL_MS });
    else setTimeout(refresh, 0);
  }
}
