/**
 * The drawn graph of `<gd-backprop>`: nodes as focusable HTML boxes (operation, value, gradient;
 * an input's value is a text field edited in place) placed by the layered layout, over an SVG of
 * the edges, each labelled with its local derivative once the forward pass has reached it.
 * Positions are set through `styleProps` (the CSSOM), never a style attribute.
 */
import type { BackwardOverrides, ScalarGraph, ScalarNode } from '@gd-playground/core';
import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleProps } from '../internal/style-props.js';
import type { GraphLayout } from './layout.js';
import { formulaOf, opSymbol, type ShownState } from './steps.js';

export const NODE_WIDTH = 112;
export const NODE_HEIGHT = 74;
const COLUMN = 156;
const ROW = 100;
const PAD = 12;

export interface GraphViewContext {
  readonly graph: ScalarGraph;
  readonly layout: GraphLayout;
  readonly state: ShownState;
  readonly overrides: BackwardOverrides;
  readonly focusId: number;
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly fmt: (value: number) => string;
  readonly onKey: (event: KeyboardEvent, id: number) => void;
  readonly onSelect: (id: number) => void;
  readonly onValue: (name: string, text: string) => void;
}

const left = (layout: GraphLayout, id: number) => PAD + (layout.positions[id]?.x ?? 0) * COLUMN;
const top = (layout: GraphLayout, id: number) => PAD + (layout.positions[id]?.y ?? 0) * ROW;

export function graphSize(layout: GraphLayout): { width: number; height: number } {
  return {
    width: 2 * PAD + (layout.layers - 1) * COLUMN + NODE_WIDTH,
    height: 2 * PAD + (layout.rows - 1) * ROW + NODE_HEIGHT,
  };
}

function renderEdges(c: GraphViewContext): SVGTemplateResult[] {
  const { graph, layout, state } = c;
  const current = state.current;
  return graph.nodes.flatMap((node) =>
    node.inputs.map((input, operand) => {
      const x1 = left(layout, input) + NODE_WIDTH;
      const y1 = top(layout, input) + NODE_HEIGHT / 2;
      const x2 = left(layout, node.id);
      const y2 = top(layout, node.id) + NODE_HEIGHT / 2 + (operand - (node.inputs.length - 1) / 2) * 16;
      const dx = Math.max(24, (x2 - x1) / 2);
      const active = current?.node === node.id;
      const known = state.known[node.id];
      const local = node.local[operand] ?? Number.NaN;
      return svg`<g class=${active ? `edge active ${current?.pass}` : 'edge'}>
        <path d="M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}"></path>
        ${known ? svg`<text x=${(x1 + x2) / 2} y=${(y1 + y2) / 2 - 4} text-anchor="middle" data-edge=${`${input}-${node.id}-${operand}`}>${c.fmt(local)}</text>` : nothing}
      </g>`;
    }),
  );
}

/** An input's value as editable text: plain digits, no grouping, no float noise. */
function inputText(value: number): string {
  return String(Number(value.toPrecision(10)));
}

/** Enter commits and returns to the node; Escape restores the value and returns; other keys stay in the field. */
function onInputKey(event: KeyboardEvent, c: GraphViewContext, node: ScalarNode): void {
  event.stopPropagation();
  const input = event.target as HTMLInputElement;
  if (event.key !== 'Enter' && event.key !== 'Escape') return;
  event.preventDefault();
  if (event.key === 'Enter') c.onValue(node.label, input.value);
  else input.value = inputText(node.value);
  input.closest<HTMLElement>('.node')?.focus();
}

/** A node's accessible name: what it is, its value and its gradient as shown now. */
function nodeName(c: GraphViewContext, node: ScalarNode): string {
  const value = c.state.known[node.id] ? c.fmt(node.value) : c.t('notYet');
  const grad = c.state.grads[node.id];
  const gradient = grad === undefined ? c.t('notYet') : c.fmt(grad);
  if (node.kind === 'constant') return c.t('nodeConstant', { value: c.fmt(node.value) });
  if (node.kind === 'variable') return c.t('nodeInput', { label: node.label, value, gradient });
  const formula = formulaOf(
    node,
    node.inputs.map((i) => c.graph.nodes[i]?.label ?? ''),
  );
  const custom = c.overrides.has(node.id) ? ` ${c.t('customMark')}` : '';
  return `${c.t('nodeOp', { label: node.label, formula, value, gradient })}${custom}`;
}

function renderNode(c: GraphViewContext, node: ScalarNode): TemplateResult {
  const { state } = c;
  const grad = state.grads[node.id];
  const classes = [
    'node',
    node.kind,
    state.current?.node === node.id ? `current ${state.current.pass}` : '',
    c.overrides.has(node.id) ? 'overridden' : '',
  ].join(' ');
  const position = styleProps({ left: `${left(c.layout, node.id)}px`, top: `${top(c.layout, node.id)}px` });
  const value =
    node.kind === 'variable'
      ? html`<input
          class="value-input"
          type="text"
          inputmode="decimal"
          tabindex="-1"
          data-variable=${node.label}
          aria-label=${c.t('valueOf', { label: node.label })}
          .value=${live(inputText(node.value))}
          @keydown=${(event: KeyboardEvent) => onInputKey(event, c, node)}
          @change=${(event: Event) => c.onValue(node.label, (event.target as HTMLInputElement).value)}
        />`
      : html`<span data-value="value">${state.known[node.id] ? c.fmt(node.value) : '—'}</span>`;
  return html`<div
    class=${classes}
    ${position}
    role="group"
    tabindex=${node.id === c.focusId ? '0' : '-1'}
    data-node=${node.id}
    data-label=${node.label}
    aria-label=${nodeName(c, node)}
    @keydown=${(event: KeyboardEvent) => c.onKey(event, node.id)}
    @click=${() => c.onSelect(node.id)}
  >
    <div class="head">
      <span class="name">${node.kind === 'constant' ? c.t('constant') : node.label}</span>
      ${node.kind === 'op' ? html`<span class="op">${opSymbol(node.op)}</span>` : nothing}
      ${c.overrides.has(node.id) ? html`<span class="custom">✎</span>` : nothing}
    </div>
    <div class="row"><span class="key" aria-hidden="true">${c.t('valueShort')}</span>${value}</div>
    ${
      node.kind === 'constant'
        ? nothing
        : html`<div class="row grad">
          <span class="key" aria-hidden="true">${c.t('gradShort')}</span>
          <span data-value="grad">${grad === undefined ? '—' : c.fmt(grad)}</span>
        </div>`
    }
  </div>`;
}

export function renderGraph(c: GraphViewContext): TemplateResult {
  const size = graphSize(c.layout);
  const box = styleProps({ width: `${size.width}px`, height: `${size.height}px` });
  return html`<div class="scroll graph-scroll">
    <div class="graph" part="graph" role="group" aria-label=${c.t('graphLabel')} ${box}>
      <svg class="edges" aria-hidden="true" width=${size.width} height=${size.height} viewBox="0 0 ${size.width} ${size.height}">
        ${renderEdges(c)}
      </svg>
      ${c.graph.nodes.map((node) => renderNode(c, node))}
    </div>
  </div>`;
}
