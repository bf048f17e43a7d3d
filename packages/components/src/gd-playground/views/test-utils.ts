// Helpers shared by the views' tests: register the view classes under test-only tags, mount them
// in a sized container, and wait for the width to settle.
import type { LitElement } from 'lit';

/** Registers `elementClass` under `tag` once (tests may import this file from several suites). */
export function defineOnce(tag: string, elementClass: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, elementClass);
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Creates `tag`, lets `setup` set its properties, mounts it in a `width`-pixel container
 * (optionally with a `lang`), and waits until it has rendered at its measured width.
 */
export async function mountView<T extends LitElement>(
  tag: string,
  setup: (element: T) => void,
  options: { width?: number; lang?: string } = {},
): Promise<T> {
  const element = document.createElement(tag) as T;
  setup(element);
  const host = document.createElement('div');
  host.style.width = `${options.width ?? 400}px`;
  if (options.lang) host.setAttribute('lang', options.lang);
  host.append(element);
  document.body.append(host);
  await element.updateComplete;
  // The ResizeObserver reports the width a frame or two later, which re-renders once.
  const start = performance.now();
  while ((element as unknown as { width: number }).width === 0 && performance.now() - start < 2000)
    await frame();
  await element.updateComplete;
  return element;
}

/** Removes every mounted test container. */
export function unmountAll(): void {
  document.body.replaceChildren();
}

/** Whitespace-collapsed text content. */
export const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
