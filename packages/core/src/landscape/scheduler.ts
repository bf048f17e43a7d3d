/**
 * Yielding to the page between slices of long work, so input and painting get their turn.
 *
 * `scheduler.yield()` where the browser has it (it keeps this task's priority); else a
 * MessageChannel message, which, unlike `setTimeout(0)`, is not clamped to 4 ms after a few nested
 * calls; else `setTimeout(0)` (Node).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel !== 'undefined' && typeof document !== 'undefined') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The error a cancelled computation rejects with: a `DOMException` named `AbortError`, as `fetch` does. */
export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The landscape computation was cancelled.', 'AbortError');
}

/** Whether an error is the cancellation of {@link abortError} (or any `AbortError`). */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}
