import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShownWatch } from './shown-watch.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('ShownWatch', () => {
  it('reports a host scrolled out of view as not shown, and shown again once back, telling onChange each time', async () => {
    const host = document.createElement('div');
    host.style.height = '20px';
    host.style.position = 'absolute';
    host.style.top = '0px';
    document.body.append(host);
    let changes = 0;
    const watch = new ShownWatch(host, () => changes++);
    watch.start();
    // The observer's first report: on screen.
    await vi.waitFor(() => expect(changes).toBeGreaterThanOrEqual(1));
    expect(watch.shown).toBe(true);
    const before = changes;
    host.style.top = '100000px';
    await vi.waitFor(() => expect(watch.shown).toBe(false));
    expect(changes).toBeGreaterThan(before);
    host.style.top = '0px';
    await vi.waitFor(() => expect(watch.shown).toBe(true));
    // Stopped: moving it away no longer reaches the watch.
    watch.stop();
    const stopped = changes;
    host.style.top = '100000px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(changes).toBe(stopped);
    expect(watch.shown).toBe(true);
  });
});
