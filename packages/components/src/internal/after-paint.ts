/**
 * Resolves in a task after the next frame is painted (an animation frame, then a zero timer), so
 * work started there is not part of the task that built the page's first render. A hidden page
 * paints no frames: a timer stands in so the promise still settles.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    const fallback = setTimeout(finish, 200);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        finish();
      }, 0),
    );
  });
}
