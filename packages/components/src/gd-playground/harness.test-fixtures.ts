// The playground's test harness: intent-level helpers shared by its element tests.
import { ready, tf } from '@gd-playground/core';
import axe from 'axe-core';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import type { GdPlayground } from './gd-playground.js';

/** Mounts a playground with attributes (optionally inside a container) and waits for its session. */
export async function mount(
  attributes: Record<string, string> = {},
  container: HTMLElement = document.body,
): Promise<GdPlayground> {
  const element = document.createElement('gd-playground');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  await element.whenReady();
  await element.updateComplete;
  return element;
}

export const shadow = (element: GdPlayground) => element.shadowRoot!;
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
export const part = (element: GdPlayground, name: string) =>
  shadow(element).querySelector(`[part="${name}"]`);
export const button = (element: GdPlayground, id: string) =>
  shadow(element).querySelector<HTMLButtonElement>(`#${id}`)!;

/** One cell of the rendered per-step table. */
export function cell(element: GdPlayground, step: number, column: string): string {
  return clean(
    shadow(element).querySelector(`tr[data-step="${step}"] [data-column="${column}"]`)?.textContent,
  );
}

/** The learner clicks a run-control button and the widget settles. */
export async function press(element: GdPlayground, id: string): Promise<void> {
  button(element, id).click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.whenReady();
  await element.updateComplete;
}

/** Waits for the next `type` event of the element, resolving with its detail. */
export function next<T>(element: GdPlayground, type: string): Promise<T> {
  return new Promise<T>((resolve) =>
    element.addEventListener(type, (event) => resolve((event as CustomEvent<T>).detail), { once: true }),
  );
}

export async function noAxeViolations(element: HTMLElement): Promise<void> {
  const result = await axe.run(element);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** CURRICULUM A.5 (matrix form) and A.9 (logistic) set-ups. */
export const MATRIX = JSON.stringify({
  features: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  targets: [14, 32],
});
export const LOGISTIC = JSON.stringify({
  features: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  targets: [0, 1],
});
export const A5 = {
  data: MATRIX,
  'no-bias': '',
  start: '2,2,2',
  'learning-rate': '0.01',
  standardize: 'false',
};
export const A9 = { ...A5, data: LOGISTIC, model: 'logistic', 'learning-rate': '0.1' };

/**
 * Registers the hooks every playground test file needs: a ready backend, a clean address before
 * and after each test, and after each test no element left and the tensor count it began with.
 */
export function eachTestLeavesNoTensors(): void {
  let tensorsAtStart = 0;
  const clearAddress = () => history.replaceState(null, '', location.pathname + location.search);
  beforeAll(async () => {
    await ready();
  });
  beforeEach(() => {
    tensorsAtStart = tf.memory().numTensors;
    clearAddress();
  });
  afterEach(async () => {
    document.body.innerHTML = '';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tf.memory().numTensors).toBe(tensorsAtStart);
    vi.restoreAllMocks();
    clearAddress();
  });
}
