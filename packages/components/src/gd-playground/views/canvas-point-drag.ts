/**
 * Dragging a point painted on the data view's canvas (more than MANY_POINTS of them, where only
 * the active point is an SVG handle): a press near a point grabs it, the pointer moves it, the
 * release drops it. The element finds and moves the points; this keeps which pointer holds which.
 */
import type { MovePhase } from '../../internal/plot/index.js';

/** What the drag asks of the data view. */
export interface CanvasDragHost {
  /** Whether painted points may be grabbed now (many points, unlocked, data set). */
  canGrab(): boolean;
  /** The painted point under the pointer, if any. */
  pointAt(event: PointerEvent): number | undefined;
  /** Where row `index` goes for this pointer position, in data units. */
  dropAt(event: PointerEvent, index: number): { x: number; y: number };
  /** Row `index` was grabbed (it becomes the active point). */
  grab(index: number): void;
  /** Row `index` moves: `input` while dragging, `change` when released. */
  move(index: number, x: number, y: number, phase: MovePhase): void;
  /** The drag ended (the view focuses the active handle). */
  dropped(): void;
}

/** Which painted point a pointer holds, from press to release, and whether the next click was that press. */
export class CanvasPointDrag {
  private drag?: { index: number; pointerId: number };
  /** A click that ended a grab must not also add a point. */
  private grabbed = false;

  constructor(private readonly host: CanvasDragHost) {}

  /** Whether this click ends a grab (not a click on empty space); says so once. */
  takeClick(): boolean {
    const grabbed = this.grabbed;
    this.grabbed = false;
    return grabbed;
  }

  /** For pointerdown, pointermove, pointerup and pointercancel on the chart (the handle drags on its own). */
  readonly onPointer = (event: PointerEvent): void => {
    if (!this.host.canGrab()) return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.classList.contains('gd-handle')) return;
    if (event.type === 'pointerdown') {
      if (event.button !== 0) return;
      const index = this.host.pointAt(event);
      if (index === undefined) return;
      event.preventDefault();
      this.host.grab(index);
      this.drag = { index, pointerId: event.pointerId };
      this.grabbed = true;
      try {
        (event.currentTarget as Element).setPointerCapture(event.pointerId);
      } catch {
        // Synthetic events have no live pointer to capture.
      }
      return;
    }
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const { x, y } = this.host.dropAt(event, drag.index);
    if (event.type === 'pointermove') {
      this.host.move(drag.index, x, y, 'input');
      return;
    }
    this.drag = undefined;
    this.host.move(drag.index, x, y, 'change');
    this.host.dropped();
  };
}
