import { css, nothing, type SVGTemplateResult, svg } from 'lit';
import { formatNumber } from '../i18n/format.js';
import { type MarkerShape, markerPath } from './classes.js';
import { fractionDigits, type Scale } from './scales.js';

/** A point the reader can move, with its accessible name (already localised). */
export interface DraggablePoint {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

/** `input` while the point moves (each pointer move, each key press); `change` when a move ends. */
export type MovePhase = 'input' | 'change';

/** What `renderDraggablePoints` needs. Scales map data to the SVG's user units. */
export interface DraggablePointsOptions {
  readonly points: readonly DraggablePoint[];
  readonly x: Scale;
  readonly y: Scale;
  /** Which coordinates may change: one (a slider) or both. */
  readonly axis: 'x' | 'y' | 'xy';
  /** Data units per Arrow key press; Shift+Arrow and PageUp/PageDown move 10 steps. */
  readonly step: number;
  /** Called with the new coordinates, clamped to the scales' domains. The caller re-renders. */
  readonly onMove: (index: number, x: number, y: number, phase: MovePhase) => void;
  /** Handle radius in CSS pixels (default 8). */
  readonly radius?: number;
  /**
   * The shape drawn for every handle (default `circle`); give each class its own with
   * `classStyle(i).marker`. Other shapes are drawn as a `.gd-marker` path under the handle, which
   * stays a focusable `<circle>` around the shape (hit area and focus ring).
   */
  readonly marker?: MarkerShape;
  /** Locale of the default `aria-valuetext`. */
  readonly locale?: string;
  /** Spoken value of a handle; default: the moving coordinate, or "x, y", in `locale`. */
  readonly valueText?: (point: DraggablePoint, index: number) => string;
  /**
   * One Tab stop for the whole set instead of one per handle (a scatter of a thousand points would
   * otherwise take a thousand Tab presses to cross): N and P (by physical key, so any keyboard layout
   * or IME works) go to the next and previous handle, Home and End to the first and last.
   */
  readonly rovingFocus?: boolean;
  /**
   * For a caller that renders only the active point of a larger set as a handle: N, P, Home and
   * End call this with where to go instead of moving focus, and the caller re-renders the handle
   * at the new point (focus stays on it).
   */
  readonly onNavigate?: (to: 'next' | 'previous' | 'first' | 'last') => void;
}

/**
 * Styles for the handles; add to the host's `static styles`. Theme with `--gd-handle-color`
 * (default `currentColor`), `--gd-handle-outline` (default the page background, `Canvas`) and
 * `--gd-focus-color` (default `CanvasText`), which draws the keyboard focus ring.
 */
export const draggablePointStyles = css`
  .gd-handle {
    fill: var(--gd-handle-color, currentColor);
    stroke: var(--gd-handle-outline, Canvas);
    stroke-width: 2px;
    cursor: grab;
    touch-action: none;
    outline: none;
  }
  .gd-handle:active {
    cursor: grabbing;
  }
  .gd-handle:focus-visible {
    stroke: var(--gd-focus-color, CanvasText);
    stroke-width: 3px;
  }
  .gd-marker {
    fill: var(--gd-handle-color, currentColor);
    stroke: var(--gd-handle-outline, Canvas);
    stroke-width: 2px;
    pointer-events: none;
  }
  .gd-handle.gd-shaped {
    fill: transparent;
    stroke: none;
  }
  .gd-handle.gd-shaped:focus-visible {
    stroke: var(--gd-focus-color, CanvasText);
  }
`;

/** A shaped handle's circle reaches round its marker's corners. */
const SHAPED_HANDLE_SCALE = 1.35;

/** A drag in progress: its pointer, and where on the handle it was grabbed (user units). */
interface Drag {
  readonly pointerId: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** Drags by handle; a WeakMap so removed handles leave nothing behind. */
const drags = new WeakMap<Element, Drag>();

/**
 * Focusable, draggable `<circle>` handles, to place inside an `<svg>`. Mouse, pen and touch drag
 * them (Pointer Events with pointer capture); the keyboard moves them with the Arrow keys. A
 * 1-D handle is an ARIA slider over its scale's domain; an `xy` handle uses `role="application"`
 * so screen readers pass the Arrow keys through (Left/Right move x, Up/Down move y), and its
 * position is appended to its label since ARIA has no two-valued slider.
 */
export function renderDraggablePoints(options: DraggablePointsOptions): SVGTemplateResult {
  const { points, x, y, axis } = options;
  const radius = options.radius ?? 8;
  const roving = options.rovingFocus ?? false;
  // One set of listeners on the group, not five per handle: a scatter of a thousand points built a
  // thousand closures of each and as many event bindings before its first frame.
  const on =
    <E extends Event>(handler: (event: E, handle: SVGCircleElement, index: number) => void) =>
    (event: E) => {
      const handle = event.target;
      if (!(handle instanceof SVGCircleElement) || !handle.classList.contains('gd-handle')) return;
      const index = Number(handle.dataset['index']);
      if (Number.isInteger(index) && index >= 0 && index < options.points.length)
        handler(event, handle, index);
    };
  const marker = options.marker ?? 'circle';
  const shaped = marker !== 'circle';
  const handleClass = shaped ? 'gd-handle gd-shaped' : 'gd-handle';
  const handleRadius = shaped ? radius * SHAPED_HANDLE_SCALE : radius;
  const glyph = shaped ? markerPath(marker, radius) : '';
  const markerOf = (point: DraggablePoint) =>
    shaped
      ? svg`<path class="gd-marker" aria-hidden="true" d=${glyph}
          transform="translate(${x(point.x)} ${y(point.y)})"></path>`
      : nothing;
  const handles =
    axis === 'xy'
      ? points.map(
          (point, index) => svg`${markerOf(point)}<circle class=${handleClass} data-index=${index}
            cx=${x(point.x)} cy=${y(point.y)}
            r=${handleRadius} tabindex=${roving && index > 0 ? '-1' : '0'} role="application"
            aria-label=${`${point.label} ${valueText(options, point, index)}`}
            aria-keyshortcuts=${roving || options.onNavigate ? 'N P Home End' : nothing}></circle>`,
        )
      : points.map((point, index) => {
          const [min, max] = extent((axis === 'y' ? y : x).domain());
          return svg`${markerOf(point)}<circle class=${handleClass} data-index=${index}
            cx=${x(point.x)} cy=${y(point.y)}
            r=${handleRadius} tabindex=${roving && index > 0 ? '-1' : '0'} role="slider"
            aria-label=${point.label} aria-orientation=${axis === 'y' ? 'vertical' : 'horizontal'}
            aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${axis === 'y' ? point.y : point.x}
            aria-valuetext=${valueText(options, point, index)}
            aria-keyshortcuts=${roving ? 'N P Home End' : nothing}></circle>`;
        });
  return svg`<g
    class="gd-handles"
    @keydown=${on<KeyboardEvent>((event, handle, index) => onKey(event, options, handle, index))}
    @pointerdown=${on<PointerEvent>((event, handle, index) => onPointerDown(event, options, handle, index))}
    @pointermove=${on<PointerEvent>((event, handle, index) => onPointerMove(event, options, handle, index, 'input'))}
    @pointerup=${on<PointerEvent>((event, handle, index) => onPointerMove(event, options, handle, index, 'change'))}
    @pointercancel=${on<PointerEvent>((event, handle, index) => onPointerMove(event, options, handle, index, 'change'))}
  >${handles}</g>`;
}

const VALUE_FORMAT: Intl.NumberFormatOptions = { maximumFractionDigits: 3 };
/** "," between coordinates, or ";" where the comma is the decimal separator ("(1,5; 2)"), per locale. */
const coordinateSeparators = new Map<string, string>();

function valueText(options: DraggablePointsOptions, point: DraggablePoint, index: number): string {
  if (options.valueText) return options.valueText(point, index);
  const locale = options.locale ?? 'en';
  // Cached formatters and separators: a chart of a thousand points builds a thousand of these texts.
  const format = (value: number) => formatNumber(locale, value, VALUE_FORMAT);
  if (options.axis === 'x') return format(point.x);
  if (options.axis === 'y') return format(point.y);
  let separator = coordinateSeparators.get(locale);
  if (separator === undefined) {
    separator = format(1.5).includes(',') ? ';' : ',';
    coordinateSeparators.set(locale, separator);
  }
  return `(${format(point.x)}${separator} ${format(point.y)})`;
}

const KEY_DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
  PageUp: [0, 10],
  PageDown: [0, -10],
};

const NAVIGATION_KEYS: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  KeyN: 'next',
  KeyP: 'previous',
  Home: 'first',
  End: 'last',
};

const ROVING_KEYS: Record<string, (index: number, count: number) => number> = {
  KeyN: (index, count) => (index + 1) % count,
  KeyP: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The handle about to be focused becomes its set's one Tab stop (roving tabindex). Called where we
 * move focus, not from a focus listener: in Chromium a focus listener makes an SVG group focusable.
 */
function takeTabStop(handle: SVGElement): void {
  for (const other of handle.parentElement?.querySelectorAll('.gd-handle') ?? []) {
    other.setAttribute('tabindex', other === handle ? '0' : '-1');
  }
}

function onKey(
  event: KeyboardEvent,
  options: DraggablePointsOptions,
  handle: SVGCircleElement,
  index: number,
): void {
  const modified = event.altKey || event.ctrlKey || event.metaKey;
  const to = options.onNavigate ? (NAVIGATION_KEYS[event.code] ?? NAVIGATION_KEYS[event.key]) : undefined;
  if (to && !modified) {
    event.preventDefault();
    options.onNavigate?.(to);
    return;
  }
  const rove = options.rovingFocus ? (ROVING_KEYS[event.code] ?? ROVING_KEYS[event.key]) : undefined;
  if (rove && !event.altKey && !event.ctrlKey && !event.metaKey) {
    const handles = handle.parentElement?.querySelectorAll<SVGElement>('.gd-handle');
    const target = handles?.[rove(index, handles.length)];
    if (target) {
      event.preventDefault();
      takeTabStop(target);
      target.focus();
    }
    return;
  }
  const direction = KEY_DIRECTIONS[event.key];
  const point = options.points[index];
  if (!direction || !point) return;
  event.preventDefault(); // keep the page from scrolling
  const factor = event.shiftKey ? 10 : 1;
  let [dx, dy] = direction;
  // A 1-D slider moves with every arrow, as a native range input does (Up/Right increase).
  if (options.axis === 'x') [dx, dy] = [dx + dy, 0];
  if (options.axis === 'y') [dx, dy] = [0, dx + dy];
  const x = nudge(point.x, dx * factor, options.step, options.x);
  const y = nudge(point.y, dy * factor, options.step, options.y);
  // At the end of the domain nothing moves, and, like a native range input, nothing is reported.
  if (x === point.x && y === point.y) return;
  options.onMove(index, x, y, 'input');
  options.onMove(index, x, y, 'change');
}

/**
 * Moves `steps` steps, rounded to the decimals of the step and the start value, so 1 + 0.1 gives
 * 1.1, not 1.1000000000000001, while 0.37 + 0.1 still gives 0.47 (no snapping to a grid).
 */
function nudge(value: number, steps: number, step: number, scale: Scale): number {
  if (steps === 0) return value;
  const decimals = Math.max(fractionDigits(step), fractionDigits(value));
  return clamp(Number((value + steps * step).toFixed(decimals)), scale);
}

function onPointerDown(
  event: PointerEvent,
  options: DraggablePointsOptions,
  handle: SVGCircleElement,
  index: number,
): void {
  const point = options.points[index];
  if (event.button !== 0 || !point) return;
  event.preventDefault(); // no text selection or native drag
  if (options.rovingFocus) takeTabStop(handle);
  handle.focus();
  // Keep the grab offset so the point does not jump under the finger when grabbed off-centre.
  const [ux, uy] = toUserUnits(handle, event.clientX, event.clientY);
  drags.set(handle, {
    pointerId: event.pointerId,
    offsetX: ux - options.x(point.x),
    offsetY: uy - options.y(point.y),
  });
  try {
    handle.setPointerCapture(event.pointerId);
  } catch {
    // Synthetic events have no live pointer to capture; the drag still works while over the handle.
  }
}

function onPointerMove(
  event: PointerEvent,
  options: DraggablePointsOptions,
  handle: SVGCircleElement,
  index: number,
  phase: MovePhase,
) {
  const drag = drags.get(handle);
  const point = options.points[index];
  if (!drag || drag.pointerId !== event.pointerId || !point) return;
  if (phase === 'change') drags.delete(handle);
  const [ux, uy] = toUserUnits(handle, event.clientX, event.clientY);
  const x = options.axis === 'y' ? point.x : fromPixel(ux - drag.offsetX, options.x);
  const y = options.axis === 'x' ? point.y : fromPixel(uy - drag.offsetY, options.y);
  options.onMove(index, x, y, phase);
}

/**
 * The data value at a pixel, clamped to the domain and rounded to the decimals a tenth of a pixel
 * can tell apart, so a drag reports 2, not 1.9999999999999996.
 */
function fromPixel(pixel: number, scale: Scale): number {
  const value = scale.invert(pixel);
  const resolution = Math.abs(scale.invert(pixel + 0.1) - value);
  const decimals = resolution > 0 ? Math.min(12, Math.max(0, Math.ceil(-Math.log10(resolution)))) : 12;
  return clamp(Number(value.toFixed(decimals)), scale);
}

/**
 * Converts a pointer's client coordinates to the handle's SVG user units. The screen matrix
 * accounts for the SVG's position, its viewBox scaling and any transformed parent group; without
 * one (not rendered), fall back to the SVG's box and viewBox.
 */
function toUserUnits(handle: SVGGraphicsElement, clientX: number, clientY: number): [number, number] {
  const matrix = handle.getScreenCTM();
  if (matrix) {
    const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return [p.x, p.y];
  }
  const owner = handle.ownerSVGElement;
  const box = owner?.getBoundingClientRect();
  if (!owner || !box || box.width === 0 || box.height === 0) return [clientX, clientY];
  const view = owner.viewBox.baseVal;
  const sx = view && view.width > 0 ? view.width / box.width : 1;
  const sy = view && view.height > 0 ? view.height / box.height : 1;
  return [(view?.x ?? 0) + (clientX - box.left) * sx, (view?.y ?? 0) + (clientY - box.top) * sy];
}

function extent(domain: number[]): [number, number] {
  const first = domain[0] ?? 0;
  const last = domain[domain.length - 1] ?? first;
  return [Math.min(first, last), Math.max(first, last)];
}

function clamp(value: number, scale: Scale): number {
  const [min, max] = extent(scale.domain());
  return Math.min(max, Math.max(min, value));
}
