/**
 * The harness the elements' browser tests share: mount an element into the page the way a blogger
 * does (a sized host with a `lang`), read its shadow DOM as a learner reads it, record the events
 * it fires, and check after every test that the page is empty again and every tensor the test made
 * was disposed.
 */
import { ready, tf } from '@gd-playground/core';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Text as it reads: runs of white space folded to one space, trimmed ('' for none). */
export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The cleaned text of the first node in the element's shadow root that matches ('' when none does). */
export const shadowText = (element: Element, selector: string) =>
  clean(element.shadowRoot?.querySelector(selector)?.textContent);

/** The cleaned texts of every node in the element's shadow root that matches, in document order. */
export const shadowTexts = (element: Element, selector: string) =>
  [...(element.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => clean(node.textContent));

export interface MountOptions<T extends HTMLElement> {
  /** CSS width of the host in pixels (the widgets size to their container); unset, the page's. */
  readonly width?: number;
  /** `lang` of the host when a test names none; unset, the page's. */
  readonly lang?: string;
  /** What to await once the element is in the page before a test may read it. */
  readonly settle: (element: T) => Promise<unknown>;
}

/**
 * A `mount(attributes, lang)` for one tag: creates the element with those attributes inside a host
 * `div` (width and `lang` set on the host, as an article would wrap it), appends the host to the
 * body and awaits `settle`.
 */
export function mounter<T extends HTMLElement>(tag: string, options: MountOptions<T>) {
  return async (attributes: Readonly<Record<string, string>> = {}, lang = options.lang): Promise<T> => {
    const element = document.createElement(tag) as T;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const host = document.createElement('div');
    if (options.width !== undefined) host.style.width = `${options.width}px`;
    if (lang) host.setAttribute('lang', lang);
    host.append(element);
    document.body.append(host);
    await options.settle(element);
    return element;
  };
}

/** Records every event of the given types on a target, from now on. */
export function listen(target: EventTarget, types: readonly string[]) {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event));
  return {
    seen,
    count: (type: string) => seen.filter((event) => event.type === type).length,
    /** The detail of the last event of that type (throws when there was none). */
    last: <T>(type: string) => (seen.filter((event) => event.type === type).at(-1) as CustomEvent<T>).detail,
  };
}

/** Clicks the middle of `target` as a mouse would: a bubbling `click` at its centre's coordinates. */
export function clickCentre(target: Element): void {
  const box = target.getBoundingClientRect();
  target.dispatchEvent(
    new MouseEvent('click', {
      clientX: box.left + box.width / 2,
      clientY: box.top + box.height / 2,
      bubbles: true,
    }),
  );
}

export interface PageCheckOptions {
  /** Runs first after each test, before the page is emptied (e.g. let mounted elements settle). */
  readonly beforeEmptying?: () => Promise<void>;
  /**
   * Milliseconds to wait after emptying the page before counting tensors, so disposals that
   * disconnecting queued (a run finishing its step, a frame callback) have happened.
   */
  readonly settleMs?: number;
}

/**
 * Registers, in the calling test file: the backend ready before the first test; after every test
 * the page emptied, spies restored, and `tf.memory().numTensors` back where it was when the test
 * began. A failing count fails the test that leaked.
 */
export function checkPageAfterEach(options: PageCheckOptions = {}): void {
  const settleMs = options.settleMs ?? 20;
  let tensorsBefore = 0;
  beforeAll(async () => {
    await ready();
  });
  beforeEach(() => {
    tensorsBefore = tf.memory().numTensors;
  });
  afterEach(async () => {
    await options.beforeEmptying?.();
    document.body.replaceChildren();
    vi.restoreAllMocks();
    await sleep(settleMs);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
}
