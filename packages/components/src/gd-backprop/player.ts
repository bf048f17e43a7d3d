/**
 * Play and pause for the step-by-step view: while playing, one step every 1/speed seconds until
 * the last step; stops when the element leaves the page. Nothing plays by itself, so readers who
 * prefer reduced motion only see steps they asked for.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PlayerOptions {
  /** Takes one step; returns false when there is no next step. */
  readonly step: () => boolean;
  /** Steps per second, read at every tick (the speed slider changes it mid-run). */
  readonly speed: () => number;
}

export class StepPlayer implements ReactiveController {
  playing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlayerOptions,
  ) {
    host.addController(this);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  play(): void {
    this.playing = true;
    this.host.requestUpdate();
    this.schedule();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    clearTimeout(this.timer);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.pause();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      if (!this.playing) return;
      if (this.options.step()) this.schedule();
      else this.pause();
    }, 1000 / this.options.speed());
  }
}
