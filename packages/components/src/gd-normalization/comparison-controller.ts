/**
 * Owns the "effect on training" run of `<gd-normalization>`: a core `NormalizationComparison`
 * created on connect (after the tfjs backend is ready), disposed on disconnect, played frame by
 * frame through a {@link FrameBudget}: each step of both networks is a unit of work in its own tasks
 * (a task boundary between the two networks' updates), a frame takes as many steps as fit its budget
 * at the measured pace, and the curves are redrawn at the start of the next frame, apart from the
 * stepping. It pauses off screen and in a hidden tab.
 */
import {
  type ComparisonOptions,
  type ComparisonStep,
  NormalizationComparison,
  ready,
  yieldToMain,
} from '@gd-playground/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FrameBudget } from '../internal/frame-budget.js';
import { ShownWatch } from '../internal/shown-watch.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Steps after which a run stops by itself (the curves have told their story by then). */
export const MAX_STEPS = 300;

export class ComparisonController implements ReactiveController {
  comparison?: NormalizationComparison;
  playing = false;
  private options?: ComparisonOptions;
  private generation = 0;
  private busy?: Promise<unknown>;
  /** Bumped by pause: a play loop from before it stops. */
  private loop = 0;
  /** Steps played but not yet shown (shown at the next frame). */
  private pending: ComparisonStep[] = [];
  /** Whether a play loop is running (at most one at a time). */
  private looping = false;
  private readonly watch: ShownWatch;

  constructor(
    private readonly host: Host,
    private readonly onSteps: (steps: readonly ComparisonStep[]) => void,
  ) {
    this.watch = new ShownWatch(host, () => this.schedule());
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
    this.loop++;
    this.flush();
    this.host.requestUpdate();
  }

  /** One step of both networks (the Step button). */
  step(): Promise<unknown> {
    if (!this.comparison || this.finished || this.busy) return Promise.resolve();
    return this.track(this.run(1));
  }

  /** Both networks back to their start. */
  reset(): void {
    this.pending = [];
    this.pause();
    this.generation++;
    this.comparison?.reset();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.watch.start();
    if (this.options && !this.comparison) void this.track(this.rebuild());
  }

  hostDisconnected(): void {
    this.watch.stop();
    this.pending = [];
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
    this.pending = [];
    this.pause();
    this.comparison?.dispose();
    this.comparison = undefined;
    if (!this.options || !this.host.isConnected) return;
    await ready();
    if (generation !== this.generation || !this.host.isConnected) return;
    this.comparison = new NormalizationComparison(this.options);
    this.host.requestUpdate();
  }

  /** Starts the play loop unless it runs already, or the widget is off screen or hidden. */
  private schedule(): void {
    if (!this.playing || !this.watch.shown || !this.comparison || this.looping) return;
    void this.playLoop(this.loop);
  }

  private async playLoop(loop: number): Promise<void> {
    const comparison = this.comparison;
    if (!comparison) return;
    this.looping = true;
    const generation = this.generation;
    const current = () =>
      this.playing && loop === this.loop && generation === this.generation && comparison === this.comparison;
    const visible = () => this.watch.shown;
    const budget = new FrameBudget(() => {
      if (current()) this.flush();
    });
    try {
      await budget.frame();
      while (current() && visible() && !this.finished) {
        await budget.next();
        if (!current() || !visible()) break;
        // A task boundary between the two networks' updates halves the longest main-thread task.
        const steps = (await this.track(comparison.step(1, yieldToMain))) as ComparisonStep[];
        if (!current()) break;
        this.pending.push(...steps);
      }
      if (current() && this.finished) this.pause();
    } finally {
      this.looping = false;
      if (current()) this.flush();
      // Paused and played again while this loop was finishing its step: the new play starts now.
      else if (this.playing && loop !== this.loop) this.schedule();
    }
  }

  /** Shows the steps played since the last frame (one update of the host for all of them). */
  private flush(): void {
    if (this.pending.length === 0) return;
    const steps = this.pending;
    this.pending = [];
    this.onSteps(steps);
    this.host.requestUpdate();
  }

  private async run(count: number): Promise<void> {
    const comparison = this.comparison;
    if (!comparison) return;
    const generation = this.generation;
    const remaining = MAX_STEPS - comparison.steps;
    const steps = await comparison.step(Math.max(1, Math.min(count, remaining)), yieldToMain);
    if (generation !== this.generation || comparison !== this.comparison) return;
    if (steps.length > 0) this.onSteps(steps);
    this.host.requestUpdate();
  }
}
