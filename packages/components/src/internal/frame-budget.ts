/**
 * Playing heavy work without long main-thread tasks: work is done in units (one training step, one
 * reconstruction iteration), each in its own task, and a frame takes only as many units as fit its
 * time budget at the pace measured so far. The frame's rendering runs first, in the animation-frame
 * callback; the units start in a later task, so drawing and computing never share a task.
 *
 * The count per frame is never fixed: before each unit, {@link FrameBudget.next} compares the time
 * already spent in this frame plus the expected cost of one unit with the budget, and waits for the
 * next frame when it would not fit. The first unit (which pays for warm-up: kernel set-up, first
 * allocations) always gets a frame to itself, and its cost is not taken as the pace.
 */
import { yieldToMain } from '@gd-playground/core';

/** Milliseconds of work per frame while playing: half a 60 Hz frame, leaving room for input and paint. */
export const FRAME_BUDGET_MS = 8;

export class FrameBudget {
  private frameStart = 0;
  private unitStart = 0;
  private unitOpen = false;
  private unitsThisFrame = 0;
  private measured = 0;
  /** Expected milliseconds of one unit: a moving average of the units measured (warm-up excluded). */
  private pace = Number.POSITIVE_INFINITY;

  /**
   * @param onFrame Runs at the start of every frame, in the animation-frame callback (rendering what
   *   the previous frame's units produced).
   * @param budgetMs Work per frame.
   * @param waitFrame How to wait for a frame (default: the next animation frame).
   */
  constructor(
    private readonly onFrame: () => void,
    readonly budgetMs = FRAME_BUDGET_MS,
    private readonly waitFrame: () => Promise<unknown> = () =>
      new Promise((resolve) => requestAnimationFrame(resolve)),
  ) {}

  /** Waits for a new frame, renders through `onFrame`, then yields so the units start in a later task. */
  async frame(): Promise<void> {
    this.finishUnit();
    await this.waitFrame();
    this.onFrame();
    await yieldToMain();
    this.frameStart = performance.now();
    this.unitsThisFrame = 0;
  }

  /**
   * Call before each unit of work: resolves in a new task of this frame when one more unit fits the
   * budget at the measured pace, else in a task after the next frame's rendering.
   */
  async next(): Promise<void> {
    this.finishUnit();
    if (this.unitsThisFrame > 0) {
      const spent = performance.now() - this.frameStart;
      if (spent + this.pace > this.budgetMs) await this.frame();
      else await yieldToMain();
    }
    this.unitsThisFrame++;
    this.unitOpen = true;
    this.unitStart = performance.now();
  }

  /** The expected cost of one unit in milliseconds (infinite until a unit after the warm-up one was measured). */
  get expectedUnitMs(): number {
    return this.pace;
  }

  private finishUnit(): void {
    if (!this.unitOpen) return;
    this.unitOpen = false;
    const cost = performance.now() - this.unitStart;
    this.measured++;
    if (this.measured === 1) return; // the warm-up unit says nothing about the pace
    this.pace = this.measured === 2 ? cost : 0.7 * this.pace + 0.3 * cost;
  }
}
