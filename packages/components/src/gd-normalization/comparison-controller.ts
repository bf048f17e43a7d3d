/**
 * Owns the "effect on training" run of `<gd-normalization>`: a core `NormalizationComparison`
 * created on connect (after the tfjs backend is ready), disposed on disconnect, played frame by
 * frame. Each frame runs as many steps as fit in a time budget (at least one), with one read-back,
 * so no main-thread task grows with the speed; it pauses off screen and in a hidden tab.
 */
import {
  type ComparisonOptions,
  type ComparisonStep,
  NormalizationComparison,
  ready,
} from '@gd-playground/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Steps after which a run stops by itself (the curves have told their story by then). */
export const MAX_STEPS = 300;
/** Milliseconds of stepping per frame while playing. */
const FRAME_BUDGET = 12;

/** Lets the browser run other tasks (input, paint) before continuing. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ComparisonController implements ReactiveController {
  comparison?: NormalizationComparison;
  playing = false;
  private options?: ComparisonOptions;
  private generation = 0;
  private frame = 0;
  private busy?: Promise<unknown>;
  private perFrame = 1;
  private onScreen = true;
  private intersection?: IntersectionObserver;
  private readonly onVisibility = () => this.schedule();

  constructor(
    private readonly host: Host,
    private readonly onSteps: (steps: readonly ComparisonStep[]) => void,
  ) {
    host.addController(this);
  }

  /** Resolves when the run exists (after {@link configure}) and no step is in flight. */
  async settled(): Promise<void> {
    while (this.busy) await this.busy;
  }

  /** Builds a new run (a change of normalisation, learning rate or seed), or frees it (undefined). */
  configure(options: ComparisonOptions | undefined): Promise<unknown> {
    this.options = options;
    return this.track(this.rebuild());
  }

  get finished(): boolean {
    return (this.comparison?.steps ?? 0) >= MAX_STEPS;
  }

  play(): void {
    if (!this.comparison || this.finished) return;
    this.playing = true;
    this.schedule();
    this.host.requestUpdate();
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host.requestUpdate();
  }

  /** One step of both networks (the Step button). */
  step(): Promise<unknown> {
    if (!this.comparison || this.finished || this.busy) return Promise.resolve();
    return this.track(this.run(1));
  }

  /** Both networks back to their start. */
  reset(): void {
    this.pause();
    this.generation++;
    this.comparison?.reset();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    if (typeof IntersectionObserver !== 'undefined') {
      this.intersection = new IntersectionObserver((entries) => {
        this.onScreen = entries.some((entry) => entry.isIntersecting);
        this.schedule();
      });
      this.intersection.observe(this.host);
    }
    if (this.options && !this.comparison) void this.track(this.rebuild());
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.intersection?.disconnect();
    this.pause();
    this.generation++;
    this.comparison?.dispose();
    this.comparison = undefined;
  }

  private track(promise: Promise<unknown>): Promise<unknown> {
    const tracked = promise.finally(() => {
      if (this.busy === tracked) this.busy = undefined;
    });
    this.busy = tracked;
    return tracked;
  }

  private async rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.pause();
    this.comparison?.dispose();
    this.comparison = undefined;
    if (!this.options || !this.host.isConnected) return;
    await ready();
    if (generation !== this.generation || !this.host.isConnected) return;
    this.comparison = new NormalizationComparison(this.options);
    this.host.requestUpdate();
  }

  private schedule(): void {
    const visible = this.onScreen && document.visibilityState !== 'hidden';
    if (!this.playing || !visible || this.frame || !this.comparison) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.playing || this.busy) return;
      void this.track(this.run(this.perFrame)).then(() => {
        if (this.finished) this.pause();
        else this.schedule();
      });
    });
  }

  private async run(count: number): Promise<void> {
    const comparison = this.comparison;
    if (!comparison) return;
    const generation = this.generation;
    const remaining = MAX_STEPS - comparison.steps;
    const started = performance.now();
    // A task boundary between the two networks' updates halves the longest main-thread task.
    const steps = await comparison.step(Math.max(1, Math.min(count, remaining)), yieldToPage);
    const spent = performance.now() - started;
    // Next frame's count: as many steps as fit the budget at this frame's pace, at most twice as many.
    this.perFrame = Math.max(1, Math.min(2 * count, Math.floor((FRAME_BUDGET * count) / Math.max(spent, 1))));
    if (generation !== this.generation || comparison !== this.comparison) return;
    if (steps.length > 0) this.onSteps(steps);
    this.host.requestUpdate();
  }
}
