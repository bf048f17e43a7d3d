/**
 * The network graph: one small heat map per neuron (painted on one canvas under the graph by
 * `paint.ts`), weights as edges whose thickness is |w| and whose colour is its sign, and + / −
 * buttons for layers and neurons. Every neuron and every weight is reachable by keyboard (one Tab
 * stop per collection, arrow keys move: roving tabindex) and by hover; the focused or hovered
 * one's value is written out under the graph.
 */
import { html, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { styleProps } from '../internal/style-props.js';
import { boxOf, edgeSpots, type GraphLayout, graphLayout, NEURON_BOX } from './graph-layout.js';
import { biasAt, type ForwardTraceView, type NetworkView, weightAt } from './model-view.js';
import { activationOf, MAX_LAYERS, MAX_NEURONS } from './settings.js';
import type { ViewText } from './view-text.js';

export interface GraphContext {
  readonly view: NetworkView | undefined;
  readonly width: number;
  readonly layers: readonly number[];
  readonly locked: boolean;
  readonly trace: ForwardTraceView | undefined;
  readonly focusNeuron: number;
  readonly focusWeight: number;
  /**
   * Changes when the neurons' and weights' labels should be rewritten: every change of the
   * parameters when paused, at most a few times a second while playing (rewriting ~200 labels each
   * frame was a large share of a playing frame; the canvas shows every frame).
   */
  readonly labelVersion: number;
  /** The neuron or weight whose value is written under the graph (hover or focus). */
  readonly readout: string;
  readonly onFocusNeuron: (index: number, readout: string) => void;
  readonly onFocusWeight: (index: number, readout: string) => void;
  readonly onReadout: (readout: string) => void;
  readonly onLayers: (next: number[]) => void;
}

/** The name of a neuron as spoken and shown. */
function neuronName(text: ViewText, view: NetworkView, layer: number, unit: number): string {
  if (layer === 0) return text.t('inputNeuron', { name: view.inputNames[unit] ?? `x${unit + 1}` });
  if (layer === view.sizes.length - 1)
    return text.t('outputNeuron', { index: unit + 1, bias: '', value: '' }).replace(/:.*$/, '');
  return `h${layer},${unit + 1}`;
}

/** The full description of a neuron: its bias, activation and its value at the probe. */
export function neuronLabel(text: ViewText, c: GraphContext, layer: number, unit: number): string {
  const view = c.view;
  if (!view) return '';
  const traced = c.trace
    ? layer === 0
      ? c.trace.inputs[unit]
      : c.trace.layers[layer - 1]?.a[unit]
    : undefined;
  const value = traced === undefined ? '' : text.t('neuronValue', { value: text.computed(traced) });
  if (layer === 0) return `${neuronName(text, view, 0, unit)}${value}`;
  const bias = text.computed(biasAt(view, layer, unit));
  if (layer === view.sizes.length - 1) return text.t('outputNeuron', { index: unit + 1, bias, value });
  return text.t('neuron', {
    layer,
    index: unit + 1,
    bias,
    activation: activationOf(view.activations as never, layer - 1),
    value,
  });
}

export function weightLabel(
  text: ViewText,
  view: NetworkView,
  layer: number,
  from: number,
  to: number,
): string {
  const short = (l: number, u: number) =>
    l === 0
      ? (view.inputNames[u] ?? `x${u + 1}`)
      : l === view.sizes.length - 1
        ? `out${u + 1}`
        : `h${l},${u + 1}`;
  return text.t('weight', {
    from: short(layer, from),
    to: short(layer + 1, to),
    value: text.computed(weightAt(view, layer, from, to)),
  });
}

/** Moves within the neurons: Up/Down in a layer, Left/Right to the neighbouring layer. */
function nextNeuron(sizes: readonly number[], index: number, key: string): number | undefined {
  let layer = 0;
  let unit = index;
  while (layer < sizes.length && unit >= (sizes[layer] ?? 0)) unit -= sizes[layer++] ?? 0;
  const total = sizes.reduce((a, b) => a + b, 0);
  const at = (l: number, u: number) => sizes.slice(0, l).reduce((a, b) => a + b, 0) + u;
  switch (key) {
    case 'ArrowDown':
      return unit + 1 < (sizes[layer] ?? 0) ? index + 1 : index;
    case 'ArrowUp':
      return unit > 0 ? index - 1 : index;
    case 'ArrowRight':
      return layer + 1 < sizes.length ? at(layer + 1, Math.min(unit, (sizes[layer + 1] ?? 1) - 1)) : index;
    case 'ArrowLeft':
      return layer > 0 ? at(layer - 1, Math.min(unit, (sizes[layer - 1] ?? 1) - 1)) : index;
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return undefined;
  }
}

function nextLinear(count: number, index: number, key: string): number | undefined {
  if (key === 'ArrowDown' || key === 'ArrowRight') return Math.min(count - 1, index + 1);
  if (key === 'ArrowUp' || key === 'ArrowLeft') return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** Moves focus to the element with `data-index` = `index` inside the same collection. */
function focusSibling(event: KeyboardEvent, selector: string, index: number): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  requestAnimationFrame(() =>
    root.querySelector<HTMLElement | SVGElement>(`${selector}[data-index="${index}"]`)?.focus(),
  );
}

export function renderGraph(text: ViewText, c: GraphContext): TemplateResult {
  const view = c.view;
  if (!view)
    return html`<figure part="network" class="graph"><p class="hint">${text.t('noEngine')}</p></figure>`;
  const { sizes } = view;
  const layout = graphLayout(sizes, Math.max(220, c.width));
  const edges = edgeSpots(sizes);
  const focusWeight = Math.min(c.focusWeight, edges.length - 1);
  const focusNeuron = Math.min(c.focusNeuron, layout.boxes.length - 1);
  const onEdgeKey = (event: KeyboardEvent) => {
    const next = nextLinear(edges.length, focusWeight, event.key);
    if (next === undefined) return;
    event.preventDefault();
    const e = edges[next];
    if (e) c.onFocusWeight(next, weightLabel(text, view, e.layer, e.from, e.to));
    focusSibling(event, '.edge', next);
  };
  const onNeuronKey = (event: KeyboardEvent) => {
    const next = nextNeuron(sizes, focusNeuron, event.key);
    if (next === undefined) return;
    event.preventDefault();
    const box = layout.boxes[next];
    if (box) c.onFocusNeuron(next, neuronLabel(text, c, box.layer, box.unit));
    focusSibling(event, '.neuron', next);
  };
  // The edges' colour and thickness are painted on the canvas with the heat maps (re-rasterising
  // 100+ SVG strokes each frame cost most of a frame); these lines are the static, invisible hit
  // and focus targets that carry each weight's name and value.
  const edgeLines = () =>
    edges.map((e) => {
      const a = boxOf(layout, sizes, e.layer, e.from);
      const b = boxOf(layout, sizes, e.layer + 1, e.to);
      const label = weightLabel(text, view, e.layer, e.from, e.to);
      return svg`<line class="edge" data-index=${e.index}
      x1=${a.x + NEURON_BOX} y1=${a.y + NEURON_BOX / 2} x2=${b.x} y2=${b.y + NEURON_BOX / 2}
      tabindex=${e.index === focusWeight ? '0' : '-1'} role="img" aria-label=${label}
      @focus=${() => c.onFocusWeight(e.index, label)}
      @pointerenter=${() => c.onReadout(label)}></line>`;
    });
  const neurons = () =>
    layout.boxes.map((box) => {
      const label = neuronLabel(text, c, box.layer, box.unit);
      return html`<div class="neuron" data-index=${box.index} data-layer=${box.layer} data-unit=${box.unit}
      ${styleProps({ left: `${box.x}px`, top: `${box.y}px` })}
      tabindex=${box.index === focusNeuron ? '0' : '-1'} role="img" aria-label=${label} title=${label}
      @focus=${() => c.onFocusNeuron(box.index, label)}
      @pointerenter=${() => c.onReadout(label)}></div>`;
    });
  return html`<figure part="network" class="graph">
    <figcaption>${text.t('networkTitle')}</figcaption>
    ${renderLayerButtons(text, c, layout)}
    <div class="graph-box" ${styleProps({ width: `${layout.width}px`, height: `${layout.height}px` })}>
      <canvas class="neurons" aria-hidden="true"></canvas>
      <svg class="edges" width=${layout.width} height=${layout.height} role="group" aria-label=${text.t('weightsLabel')}
        @keydown=${onEdgeKey}>${guard([c.labelVersion, layout.width, sizes.join(), focusWeight, text.locale], edgeLines)}</svg>
      <div class="neuron-layer" role="group" aria-label=${text.t('neuronsLabel')} @keydown=${onNeuronKey}>${guard(
        [c.labelVersion, layout.width, sizes.join(), focusNeuron, text.locale, c.trace],
        neurons,
      )}</div>
    </div>
    <p class="readout" data-value="readout">${c.readout}</p>
  </figure>`;
}

function renderLayerButtons(text: ViewText, c: GraphContext, layout: GraphLayout): TemplateResult {
  const layers = c.layers;
  const disabled = c.locked;
  return html`<div class="layer-buttons" ${styleProps({ width: `${layout.width}px` })}>
    <button type="button" class="small" data-action="add-layer" aria-label=${text.t('addLayer')}
      ?disabled=${disabled || layers.length >= MAX_LAYERS} @click=${() => c.onLayers([...layers, layers.at(-1) ?? 4])}>+</button>
    <button type="button" class="small" data-action="remove-layer" aria-label=${text.t('removeLayer')}
      ?disabled=${disabled || layers.length === 0} @click=${() => c.onLayers(layers.slice(0, -1))}>−</button>
    ${layers.map((count, l) => {
      const set = (next: number) => c.onLayers(layers.map((v, i) => (i === l ? next : v)));
      return html`<span class="neuron-buttons" ${styleProps({ left: `${layout.columns[l + 1] ?? 0}px` })}>
        <button type="button" class="small" data-action="add-neuron" data-layer=${l + 1}
          aria-label=${text.t('addNeuron', { layer: l + 1 })} ?disabled=${disabled || count >= MAX_NEURONS}
          @click=${() => set(count + 1)}>+</button>
        <button type="button" class="small" data-action="remove-neuron" data-layer=${l + 1}
          aria-label=${text.t('removeNeuron', { layer: l + 1 })} ?disabled=${disabled || count <= 1}
          @click=${() => set(count - 1)}>−</button>
      </span>`;
    })}
  </div>`;
}
