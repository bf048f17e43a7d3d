/**
 * Where the network graph puts things: one column per layer (inputs, hidden layers, outputs), a
 * square box per neuron (its heat map), edges from each box's right side to the next layer's left
 * side. Pure geometry, shared by the SVG/HTML view and the canvas painter.
 */

/** Side of a neuron's box in CSS pixels (its heat map is drawn at lower resolution and scaled). */
export const NEURON_BOX = 30;
const ROW_GAP = 10;
/** Room above the boxes for the + / − buttons. */
export const GRAPH_TOP = 4;

export interface NeuronBox {
  readonly layer: number;
  readonly unit: number;
  /** Index over all neurons (inputs first): the grid row of its values. */
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly NeuronBox[];
  /** x of each layer's column (left edge of its boxes). */
  readonly columns: readonly number[];
}

export function graphLayout(sizes: readonly number[], width: number): GraphLayout {
  const layers = sizes.length;
  const widest = Math.max(1, ...sizes);
  const height = GRAPH_TOP + widest * (NEURON_BOX + ROW_GAP);
  const usable = Math.max(width, layers * (NEURON_BOX + 16)) - NEURON_BOX;
  const columns = sizes.map((_, l) => (layers === 1 ? 0 : (usable * l) / (layers - 1)));
  const boxes: NeuronBox[] = [];
  let index = 0;
  sizes.forEach((count, layer) => {
    // Centre each column vertically, as TensorFlow Playground does.
    const top = GRAPH_TOP + ((widest - count) * (NEURON_BOX + ROW_GAP)) / 2;
    for (let unit = 0; unit < count; unit++)
      boxes.push({
        layer,
        unit,
        index: index++,
        x: columns[layer] ?? 0,
        y: top + unit * (NEURON_BOX + ROW_GAP),
      });
  });
  return { width: Math.max(width, usable + NEURON_BOX), height, boxes, columns };
}

/** One weight as drawn: from a box to a box, with its place in the flat parameter vector. */
export interface EdgeSpot {
  readonly layer: number;
  readonly from: number;
  readonly to: number;
  /** Index over all weights, layer by layer, row-major. */
  readonly index: number;
}

export function edgeSpots(sizes: readonly number[]): EdgeSpot[] {
  const edges: EdgeSpot[] = [];
  let index = 0;
  for (let layer = 0; layer + 1 < sizes.length; layer++)
    for (let from = 0; from < (sizes[layer] ?? 0); from++)
      for (let to = 0; to < (sizes[layer + 1] ?? 0); to++) edges.push({ layer, from, to, index: index++ });
  return edges;
}

/** The box of neuron `unit` of `layer`. */
export function boxOf(layout: GraphLayout, sizes: readonly number[], layer: number, unit: number): NeuronBox {
  let index = unit;
  for (let l = 0; l < layer; l++) index += sizes[l] ?? 0;
  return layout.boxes[index] ?? { layer, unit, index, x: 0, y: 0 };
}
