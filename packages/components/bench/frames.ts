// Frame and long-task measurement the component benches share (imported, never run on its own).

/** Resolves at the next animation frame with its timestamp. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The `frames` gaps between successive animation frames from now on, in ms. */
export async function frameGaps(frames: number): Promise<number[]> {
  const gaps: number[] = [];
  let last = await nextFrame();
  for (let f = 0; f < frames; f++) {
    const now = await nextFrame();
    gaps.push(now - last);
    last = now;
  }
  return gaps;
}

/** Starts recording the durations of the long tasks (≥ 50 ms) the browser reports from now on. */
export function watchLongTasks(): { readonly durations: number[]; stop(): void } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return { durations, stop: () => observer.disconnect() };
}
