/**
 * Whether a widget can be seen: its host on screen (IntersectionObserver) and its tab visible. Play
 * loops check `shown` before each frame's work and are told through `onChange` when either may have
 * changed, so they pause off screen and in a hidden tab and resume when shown again.
 */
export class ShownWatch {
  private onScreen = true;
  private intersection?: IntersectionObserver;
  private readonly onVisibility = () => this.onChange();

  constructor(
    private readonly host: Element,
    private readonly onChange: () => void,
  ) {}

  /** True when the page shows the host: on screen (or not yet observed) and the tab visible. */
  get shown(): boolean {
    return this.onScreen && document.visibilityState !== 'hidden';
  }

  /** Starts watching (from the host's connect). */
  start(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    if (typeof IntersectionObserver !== 'undefined') {
      this.intersection = new IntersectionObserver((entries) => {
        this.onScreen = entries.some((entry) => entry.isIntersecting);
        this.onChange();
      });
      this.intersection.observe(this.host);
    }
  }

  /** Stops watching (from the host's disconnect). */
  stop(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.intersection?.disconnect();
  }
}
