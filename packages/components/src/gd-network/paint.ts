/**
 * Canvas painting from one grid evaluation: the decision regions under the data (class colour,
 * confidence as strength of colour) and one small heat map per neuron under the graph (negative
 * values toward class 0's colour, positive toward class 1's, as TensorFlow Playground's orange and
 * blue). Each grid cell becomes one pixel of an ImageData that is scaled up with smoothing off, so
 * painting costs O(cells), not O(canvas pixels), and nothing is allocated per frame but the image.
 */
import { sizeCanvas } from '../internal/plot/index.js';
import { boxOf, edgeSpots, type GraphLayout, NEURON_BOX } from './graph-layout.js';
import { type GridView, gridUnit, type NetworkView, weightAt } from './model-view.js';

type Rgb = readonly [number, number, number];

/** Resolved theme colours: background and the five class colours. */
export interface Palette {
  readonly background: Rgb;
  readonly classes: readonly Rgb[];
}

let probe: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as RGB (through a 1 × 1 canvas's colour parser). */
function toRgb(color: string): Rgb {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return [128, 128, 128];
  probe.fillStyle = '#000';
  probe.fillStyle = color.trim();
  const hex = probe.fillStyle;
  if (hex.startsWith('#'))
    return [
      Number.parseInt(hex.slice(1, 3), 16),
      Number.parseInt(hex.slice(3, 5), 16),
      Number.parseInt(hex.slice(5, 7), 16),
    ];
  const parts = hex.match(/[\d.]+/g)?.map(Number) ?? [128, 128, 128];
  return [parts[0] ?? 128, parts[1] ?? 128, parts[2] ?? 128];
}

/** Reads the theme's colours from the element (one style read per draw). */
export function readPalette(host: Element): Palette {
  const style = getComputedStyle(host);
  return {
    background: toRgb(style.getPropertyValue('--_bg') || '#fff'),
    classes: [0, 1, 2, 3, 4].map((k) => toRgb(style.getPropertyValue(`--_class${k}`) || '#888')),
  };
}

const mix = (a: Rgb, b: Rgb, t: number): [number, number, number] => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

let scratch: HTMLCanvasElement | undefined;

/** Puts `image` onto `context` scaled to the box (nearest neighbour would look blocky: smooth it). */
function blit(
  context: CanvasRenderingContext2D,
  image: ImageData,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  scratch ??= document.createElement('canvas');
  if (scratch.width !== image.width || scratch.height !== image.height) {
    scratch.width = image.width;
    scratch.height = image.height;
  }
  scratch.getContext('2d')?.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(scratch, x, y, w, h);
}

/**
 * The decision regions: for each cell the most probable class's colour, mixed into the background
 * by how sure the network is (chance → background, certain → 55 % colour). Regression: the
 * prediction as a diverging wash is not drawn (the curve tells it); the canvas is cleared.
 */
export function drawRegions(
  canvas: HTMLCanvasElement | undefined,
  grid: GridView | undefined,
  firstOutput: number,
  classes: number,
  side: number,
  palette: Palette,
): void {
  if (!canvas) return;
  const context = sizeCanvas(canvas, side, side);
  if (!grid || classes === 0 || grid.cells !== grid.size * grid.size) return;
  const G = grid.size;
  const image = new ImageData(G, G);
  // A sigmoid output has one row, P(class 1); softmax has one row per class.
  const rows = classes === 2 && grid.values.length / grid.cells - firstOutput === 1 ? 1 : classes;
  const probabilities = Array.from({ length: rows }, (_, k) => gridUnit(grid, firstOutput + k));
  for (let cell = 0; cell < grid.cells; cell++) {
    let best = 0;
    let p = 0;
    if (rows === 1) {
      const p1 = probabilities[0]?.[cell] ?? 0.5;
      best = p1 >= 0.5 ? 1 : 0;
      p = Math.max(p1, 1 - p1);
    } else {
      for (let k = 0; k < rows; k++) {
        const value = probabilities[k]?.[cell] ?? 0;
        if (value > p) {
          p = value;
          best = k;
        }
      }
    }
    const chance = 1 / classes;
    const sure = Math.max(0, Math.min(1, (p - chance) / (1 - chance)));
    const [r, g, b] = mix(
      palette.background,
      palette.classes[best % 5] ?? palette.background,
      0.12 + 0.55 * sure,
    );
    const o = cell * 4;
    image.data[o] = r;
    image.data[o + 1] = g;
    image.data[o + 2] = b;
    image.data[o + 3] = 255;
  }
  blit(context, image, 0, 0, side, side);
}

/**
 * One heat map per neuron of the graph. Hidden and input units: tanh-like values clipped to
 * [−1, 1]; output units: probabilities in [0, 1] (class k's colour), or the prediction for regression.
 */
export function drawNeurons(
  canvas: HTMLCanvasElement | undefined,
  grid: GridView | undefined,
  layout: GraphLayout,
  view: NetworkView,
  palette: Palette,
): void {
  if (!canvas) return;
  const { sizes, output: outputKind } = view;
  const context = sizeCanvas(canvas, layout.width, layout.height);
  drawEdges(context, layout, view, palette);
  if (!grid) return;
  const twoD = grid.cells === grid.size * grid.size;
  const G = grid.size;
  const H = twoD ? G : 1;
  const image = new ImageData(G, H);
  const negative = palette.classes[0] ?? palette.background;
  const positive = palette.classes[1] ?? palette.background;
  const last = sizes.length - 1;
  for (const box of layout.boxes) {
    const values = gridUnit(grid, box.index);
    const isOutput = box.layer === last;
    for (let cell = 0; cell < grid.cells; cell++) {
      const v = values[cell] ?? 0;
      let rgb: [number, number, number];
      if (isOutput && outputKind !== 'linear') {
        const target = outputKind === 'sigmoid' ? positive : (palette.classes[box.unit % 5] ?? positive);
        rgb = mix(palette.background, target, Math.max(0, Math.min(1, v)) * 0.85);
      } else {
        const t = Math.max(-1, Math.min(1, v));
        rgb = mix(palette.background, t < 0 ? negative : positive, Math.abs(t) * 0.85);
      }
      const o = cell * 4;
      image.data[o] = rgb[0];
      image.data[o + 1] = rgb[1];
      image.data[o + 2] = rgb[2];
      image.data[o + 3] = 255;
    }
    blit(context, image, box.x, box.y, NEURON_BOX, NEURON_BOX);
  }
}

const css = (rgb: Rgb) => `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`;

/** Weights as lines: thickness by |w| relative to the largest, colour by sign (class 1 +, class 0 −). */
function drawEdges(
  context: CanvasRenderingContext2D,
  layout: GraphLayout,
  view: NetworkView,
  palette: Palette,
): void {
  const edges = edgeSpots(view.sizes);
  let maxAbs = 1e-9;
  for (const e of edges) maxAbs = Math.max(maxAbs, Math.abs(weightAt(view, e.layer, e.from, e.to)));
  context.lineCap = 'round';
  const positive = css(palette.classes[1] ?? palette.background);
  const negative = css(palette.classes[0] ?? palette.background);
  for (const e of edges) {
    const w = weightAt(view, e.layer, e.from, e.to);
    const a = boxOf(layout, view.sizes, e.layer, e.from);
    const b = boxOf(layout, view.sizes, e.layer + 1, e.to);
    context.strokeStyle = w >= 0 ? positive : negative;
    context.lineWidth = 0.5 + 5 * Math.min(1, Math.abs(w) / maxAbs);
    context.beginPath();
    context.moveTo(a.x + NEURON_BOX, a.y + NEURON_BOX / 2);
    context.lineTo(b.x, b.y + NEURON_BOX / 2);
    context.stroke();
  }
}
