import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameBudget } from './frame-budget.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Plays units of the given costs (ms) with a clock the test moves by hand: each unit "takes" its
 * cost by advancing it, so the budget's decisions are checked exactly, with no timing in the test.
 * Returns the costs each frame ran.
 */
async function run(costs: readonly number[], budgetMs = 8): Promise<{ frames: number[][]; log: string[] }> {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const log: string[] = [];
  const frames: number[][] = [];
  const budget = new FrameBudget(
    () => {
      log.push('draw');
      frames.push([]);
    },
    budgetMs,
    async () => {
      now += 16;
    },
  );
  await budget.frame();
  for (const [index, cost] of costs.entries()) {
    await budget.next();
    log.push(`unit ${index}`);
    frames.at(-1)?.push(cost);
    now += cost;
  }
  return { frames, log };
}

describe('FrameBudget', () => {
  it('gives the first (warm-up) unit a frame of its own, then as many a frame as fit 8 ms', async () => {
    const { frames, log } = await run([40, 3, 3, 3, 3, 3, 3, 3]);
    // 40 ms of warm-up says nothing of the pace; once a 3 ms unit is measured they go two a frame
    // (3 + 3 = 6 ≤ 8, a third would make 9).
    expect(frames).toEqual([[40], [3, 3], [3, 3], [3, 3], [3]]);
    // Drawing opens every frame, before its units.
    expect(log.slice(0, 4)).toEqual(['draw', 'unit 0', 'draw', 'unit 1']);
  });

  it('never puts two units over the budget in one frame: one a frame when a unit alone exceeds it', async () => {
    const { frames } = await run([5, 12, 12, 12, 12]);
    expect(frames).toEqual([[5], [12], [12], [12], [12]]);
  });

  it('follows the pace as it changes (a moving average of measured units)', async () => {
    const { frames } = await run([9, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 4, 4]);
    // Eight 1 ms units fill a frame; when units grow to 4 ms the pace follows and two fit.
    expect(frames).toEqual([[9], [1, 1, 1, 1, 1, 1, 1, 1], [4, 4], [4, 4], [4, 4]]);
    // No frame's work goes over the budget once the pace is known.
    for (const frame of frames.slice(1)) expect(frame.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8);
  });
});
