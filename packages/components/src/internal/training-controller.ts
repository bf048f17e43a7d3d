import { type SessionOptions, type StepRecord, TrainingSession } from '@gd-playground/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ShownWatch } from './shown-watch.js';
import { prefersReducedMotion } from './theme.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface TrainingControllerOptions {
  /** Steps per animation frame while playing (read every frame, so a speed control takes effect at once). */
  readonly stepsPerFrame?: () => number;
  /** Called after each frame's records are read back (for narration, events, redraws). */
  readonly onRecords?: (records: readonly StepRecord[], session: TrainingSession) => void;
  /** Called when a session's run converges or diverges (the controller has already paused). */
  readonly onSettled?: (kind: 'converged' | 'diverged', detail: unknown) => void;
}

/**
 * Owns a widget's core `TrainingSession`: creates it on connect, disposes it on disconnect, recreates
 * it on reconnect, and drops async results that arrive for a session that has since been replaced.
 * Playing runs `stepsPerFrame()` steps on each `requestAnimationFrame` with one read-back a frame,
 * and pauses while the widget is off screen or the tab is hidden.
 */
export class TrainingController implements ReactiveController {
  /** The live session, or undefined before the first one is ready. `render()` reads its plain-number history only. */
  session?: TrainingSession;
  /** True while the learner has pressed play (even if paused by visibility). */
  playing = false;
  private options?: SessionOptions;
  private generation = 0;
  private frame = 0;
  private busy = false;
  private readonly watch: ShownWatch;

  constructor(
    private readonly host: Host,
    private readonly config: TrainingControllerOptions = {},
  ) {
    this.watch = new ShownWatch(host, () => this.schedule());
    host.addController(this);
  }

  /** Replaces the session with a new one built from `options` (or removes it with undefined). */
  async configure(options: SessionOptions | undefined): Promise<TrainingSession | undefined> {
    this.options = options;
    return this.rebuild();
  }

  /** True when the page shows the widget: on screen and the tab visible. */
  get visible(): boolean {
    return this.watch.shown;
  }

  play(): void {
    this.playing = true;
    this.schedule();
    this.host.requestUpdate();
  }

  /**
   * Starts playing by itself (an element that runs as soon as it is shown), unless the reader asked
   * for reduced motion: then it waits for play or step like any paused run. Returns whether it started.
   * Elements must start runs nobody asked for through here, never through `play()`.
   */
  autoplay(): boolean {
    if (prefersReducedMotion()) return false;
    this.play();
    return true;
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host.requestUpdate();
  }

  /** Runs `count` steps now (the "step" button), whether or not playing. */
  async step(count = 1): Promise<readonly StepRecord[]> {
    const session = this.session;
    if (!session || this.busy) return [];
    return this.run(session, count);
  }

  hostConnected(): void {
    this.watch.start();
    if (this.options && !this.session) void this.rebuild();
  }

  hostDisconnected(): void {
    this.watch.stop();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.generation++;
    this.session?.dispose();
    this.session = undefined;
  }

  private async rebuild(): Promise<TrainingSession | undefined> {
    const generation = ++this.generation;
    this.session?.dispose();
    this.session = undefined;
    if (!this.options || !this.host.isConnected) return undefined;
    const created = await TrainingSession.create(this.options);
    if (generation !== this.generation) {
      // Replaced or disconnected while it was being created: this one is stale.
      created.dispose();
      return undefined;
    }
    this.session = created;
    created.addEventListener('converged', (event) => this.settle('converged', (event as CustomEvent).detail));
    created.addEventListener('diverged', (event) => this.settle('diverged', (event as CustomEvent).detail));
    this.host.requestUpdate();
    this.schedule();
    return created;
  }

  private settle(kind: 'converged' | 'diverged', detail: unknown): void {
    if (kind === 'diverged') this.pause();
    this.config.onSettled?.(kind, detail);
  }

  private schedule(): void {
    if (!this.playing || !this.visible || this.frame || !this.session) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const session = this.session;
      if (!session || !this.playing || !this.visible) return;
      void this.run(session, Math.max(1, Math.round(this.config.stepsPerFrame?.() ?? 1))).then(() =>
        this.schedule(),
      );
    });
  }

  private async run(session: TrainingSession, count: number): Promise<readonly StepRecord[]> {
    const generation = this.generation;
    this.busy = true;
    try {
      const records = await session.step(count);
      if (generation !== this.generation || session !== this.session) return [];
      if (records.length > 0) this.config.onRecords?.(records, session);
      this.host.requestUpdate();
      return records;
    } finally {
      this.busy = false;
    }
  }
}
