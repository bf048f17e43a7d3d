// Main-thread cost of `<gd-backprop>` and `<gd-softmax>`: each step (click → rendered), playing
// through a whole pass, changing a backward rule, the network preset's tfjs work, dragging a logit,
// and every long task (≥ 50 ms) the browser reports meanwhile. Prints a markdown table and writes
// bench-results/backprop.md. No timing assertions: figures depend on the machine.
import { ready } from '@gd-playground/core';
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../src/define/gd-backprop.js';
import '../src/define/gd-softmax.js';
import type { GdBackprop } from '../src/gd-backprop/gd-backprop.js';

// Long tasks from the test's start on (not the page's module loading before it).
const longTasks: number[] = [];
const longTaskStarts: number[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longTasks.push(entry.duration);
    longTaskStarts.push(entry.startTime);
  }
});
const marks: string[] = [];
const mark = (name: string) => marks.push(`${name}@${performance.now().toFixed(0)}`);

const ms = (v: number) => v.toFixed(2);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function mount(
  tag: string,
  attributes: Record<string, string>,
): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.width = '900px';
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Time from a synchronous action to the element's rendered update. */
async function timed(element: { updateComplete: Promise<boolean> }, action: () => void): Promise<number> {
  // A fresh task per action (as a click is), so the long-task observer sees each on its own.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const start = performance.now();
  action();
  await element.updateComplete;
  return performance.now() - start;
}

it('measures stepping, rules, the network preset and dragging', async () => {
  const backend = (await ready()).backend;
  observer.observe({ type: 'longtask' });
  const rows: string[] = [];
  const before = longTasks.length;

  for (const [name, attributes] of [
    ['(a·b + c)·f, 11 steps', { expression: '(a*b + c)*f', values: 'a=2, b=-3, c=10, f=-2', phase: 'none' }],
    ['A.9 logistic step, 51 steps', { preset: 'logistic-step', phase: 'none' }],
  ] as const) {
    mark(`mount ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const element = (await mount('gd-backprop', attributes)) as unknown as GdBackprop;
    await element.whenSettled();
    mark('mounted');
    const step = element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="step"]')!;
    const times: number[] = [];
    while (!step.disabled) times.push(await timed(element, () => step.click()));
    rows.push(`| ${name}: one step | ${ms(median(times))} | ${ms(Math.max(...times))} |`);
    const select = () => element.shadowRoot!.querySelector<HTMLSelectElement>('#rule');
    element.shadowRoot!.querySelector<HTMLElement>('.node.op')!.click();
    await element.updateComplete;
    const ruleTimes: number[] = [];
    for (const rule of ['wrong-sign', 'straight-through', 'clipped', 'none']) {
      ruleTimes.push(
        await timed(element, () => {
          const s = select()!;
          s.value = rule;
          s.dispatchEvent(new Event('change'));
        }),
      );
      await element.whenSettled();
    }
    rows.push(
      `| ${name}: change a backward rule | ${ms(median(ruleTimes))} | ${ms(Math.max(...ruleTimes))} |`,
    );
    element.remove();
  }

  const network = (await mount('gd-backprop', { preset: 'network' })) as unknown as GdBackprop;
  const networkTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const start = performance.now();
    network.setAttribute('activation', ['relu', 'tanh', 'sigmoid', 'relu', 'tanh'][i]!);
    await network.whenSettled();
    networkTimes.push(performance.now() - start);
  }
  rows.push(
    `| network preset: analyse + 2 × 6 training steps (wall time, async) | ${ms(median(networkTimes))} | ${ms(Math.max(...networkTimes))} |`,
  );
  network.remove();

  const softmax = await mount('gd-softmax', { logits: '1000,1001,1002', target: '2' });
  const handle = softmax.shadowRoot!.querySelector<SVGElement>('.gd-handle')!;
  const dragTimes: number[] = [];
  for (let i = 0; i < 40; i++) {
    dragTimes.push(
      await timed(softmax, () =>
        handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true })),
      ),
    );
  }
  rows.push(
    `| gd-softmax: move a logit (keyboard) | ${ms(median(dragTimes))} | ${ms(Math.max(...dragTimes))} |`,
  );
  softmax.remove();

  await new Promise((resolve) => setTimeout(resolve, 100));
  const tasks = longTasks.slice(before);
  const table = [
    `Backend: ${backend}. Times in ms, from the action to the rendered update.`,
    '',
    '| action | median | max |',
    '|---|---|---|',
    ...rows,
    '',
    `Long tasks (≥ 50 ms) reported during the bench: ${tasks.length}${tasks.length ? ` (longest ${ms(Math.max(...tasks))} ms)` : ''}.`,
  ].join('\n');
  console.log(table);
  console.log(marks.join(' '), 'long tasks at', longTaskStarts.map((t) => t.toFixed(0)).join(' '));
  await commands.writeFile('bench-results/backprop.md', `${table}\n`);
  expect(rows.length).toBe(6);
});
