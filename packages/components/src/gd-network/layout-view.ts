/**
 * The element's template below its problems: the data column (plot, data settings), the network
 * column (graph, network settings), the training column (run controls, training settings, curves,
 * confusion matrix, share) and the forward pass, each part hidden by its `hide-*` switch. The
 * element passes itself (public settings and methods) and its private view state with setters.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { firstOutputOf, graphWidth, plotSide } from './canvas-painter.js';
import type { GdNetwork } from './gd-network.js';
import { renderGraph } from './graph-view.js';
import { renderInference } from './inference-panel.js';
import { inferenceMath } from './lazy-parts.js';
import type { LearnerEdits } from './learner-edits.js';
import { renderMatrix } from './matrix-panel.js';
import type { NetworkRun } from './network-run.js';
import { renderCurves, renderPlot } from './plot-view.js';
import { renderRunControls } from './run-controls.js';
import type { NetworkSettings } from './settings.js';
import { renderDataPanel, renderNetworkPanel, renderTrainingPanel } from './settings-panel.js';
import type { ViewText } from './view-text.js';

/** The element's private view state and its setters. */
export interface LayoutUi {
  readonly addClass: number;
  readonly clickAdds: boolean;
  readonly focusNeuron: number;
  readonly focusWeight: number;
  readonly readout: string;
  setAddClass(k: number): void;
  setClickAdds(adds: boolean): void;
  setFocusNeuron(index: number): void;
  setFocusWeight(index: number): void;
  setReadout(readout: string): void;
}

export interface LayoutContext {
  readonly host: GdNetwork;
  readonly run: NetworkRun;
  readonly edits: LearnerEdits;
  readonly settings: NetworkSettings;
  readonly width: number;
  readonly labelVersion: number;
  readonly ui: LayoutUi;
  /** Sets a setting as the learner's change (fires `change`). */
  set(name: keyof NetworkSettings | 'standardize', value: unknown): void;
  /** Asks for a render (points dragged but not yet set). */
  redraw(): void;
}

export function renderLayout(text: ViewText, c: LayoutContext): TemplateResult {
  const h = c.host;
  const run = c.run;
  const last = run.history.at(-1);
  return html`<div class="layout">
        <div class="column data-column">
          ${renderPlot(text, {
            rows: run.rows,
            inputs: run.inputs,
            grid: run.grid,
            firstOutput: firstOutputOf(run),
            bounds: run.bounds,
            side: plotSide(c.width),
            probe: h.probe,
            editable: !h.lockData,
            onClick: (x, y) =>
              c.ui.clickAdds && !h.lockData
                ? c.edits.addPoint(x, y)
                : c.edits.moveProbe(run.inputs === 1 ? [x] : [x, y]),
            onMove: (index, x, y, phase) => {
              c.edits.movePoint(index, x, y, phase);
              c.redraw();
            },
            onDelete: (index) => c.edits.deletePoint(index),
          })}
          ${
            h.hideData
              ? nothing
              : renderDataPanel(text, {
                  settings: c.settings,
                  standardize: h.standardize,
                  locked: h.lockData,
                  inputs: run.inputs,
                  addClass: c.ui.addClass,
                  clickAdds: c.ui.clickAdds,
                  usingData: h.data !== undefined,
                  onSet: (name, value) => c.set(name, value),
                  onAddClass: (k) => c.ui.setAddClass(k),
                  onClickMode: (adds) => c.ui.setClickAdds(adds),
                  onCsv: (csv) => c.edits.pasteCsv(csv),
                })
          }
        </div>
        <div class="column network-column">
          ${
            h.hideNetwork
              ? nothing
              : renderGraph(text, {
                  view: run.view,
                  width: graphWidth(c.width),
                  layers: h.layers,
                  locked: h.lockNetwork,
                  trace: h.probe ? run.trace(h.probe) : undefined,
                  focusNeuron: c.ui.focusNeuron,
                  focusWeight: c.ui.focusWeight,
                  labelVersion: c.labelVersion,
                  readout: c.ui.readout,
                  onFocusNeuron: (index, readout) => {
                    c.ui.setFocusNeuron(index);
                    c.ui.setReadout(readout);
                  },
                  onFocusWeight: (index, readout) => {
                    c.ui.setFocusWeight(index);
                    c.ui.setReadout(readout);
                  },
                  onReadout: (readout) => c.ui.setReadout(readout),
                  onLayers: (next) => c.edits.changeLayers(next),
                })
          }
          ${h.hideNetwork ? nothing : renderNetworkPanel(text, { settings: c.settings, locked: h.lockNetwork, onSet: (name, value) => c.set(name, value) })}
        </div>
        <div class="column training-column">
          ${
            h.hideControls
              ? nothing
              : renderRunControls(text, {
                  ready: run.view !== undefined,
                  locked: false,
                  playing: run.playing,
                  step: last?.step ?? 0,
                  epoch: run.epochOf(last?.step ?? 0),
                  trainLoss: last?.trainLoss,
                  testLoss: last?.testLoss,
                  canStepBack: run.canStepBack,
                  speed: h.speed,
                  onPlay: () => (run.playing ? h.pause() : h.play()),
                  onStep: () => void h.step(1),
                  onEpoch: () => void h.epoch(),
                  onStepBack: () => void h.stepBack(),
                  onReset: () => void h.reset(),
                  onSpeed: (speed) => c.set('speed', speed),
                })
          }
          ${h.hideTraining ? nothing : renderTrainingPanel(text, { settings: c.settings, locked: h.lockTraining, onSet: (name, value) => c.set(name, value) })}
          ${h.hideCurves ? nothing : renderCurves(text, run.history, c.width)}
          ${h.hideMatrix || run.inputs === 1 ? nothing : renderMatrix(text, run.confusion, run.accuracy)}
          ${h.hideShare ? nothing : renderShare(text, c.edits)}
        </div>
        ${
          h.hideInference
            ? nothing
            : renderInference(text, {
                inputs: run.inputs,
                regression: run.inputs === 1,
                probe: h.probe,
                trace: h.probe ? run.trace(h.probe) : undefined,
                math: mathFor(h.probe, c),
                onProbe: (point) => c.edits.moveProbe(point),
                onBackprop: () => c.edits.requestBackprop(),
              })
        }
      </div>
`;
}

function renderShare(text: ViewText, edits: LearnerEdits): TemplateResult {
  return html`<div part="share" class="share" role="group" aria-label=${text.t('shareTitle')}>
      <button type="button" class="secondary" data-action="copy-link" @click=${() => void edits.share('link')}>${text.t('copyLink')}</button>
      <button type="button" class="secondary" data-action="copy-embed" @click=${() => void edits.share('embed')}>${text.t('copyEmbed')}</button>
      <button type="button" class="secondary" data-action="png" @click=${() => void edits.share('png')}>${text.t('png')}</button>
    </div>`;
}

/**
 * The MathML writer of the forward pass once a point is probed. The element holds its update until
 * the chunk is there (its `partsPending`); a probe set during an update finds it missing, so it is
 * fetched and the panel rendered again.
 */
function mathFor(probe: readonly number[] | undefined, c: LayoutContext) {
  if (!probe) return undefined;
  if (!inferenceMath.loaded) void inferenceMath.load().then((module) => module && c.redraw());
  return inferenceMath.loaded;
}
