// The secondary panels' chunk also loads when focus enters the playground: a keyboard reader tabs
// through the views and controls before reaching the rule, the matrix, the code and the table, so
// they are there, in the same Tab order, by then. A fresh module graph (one iframe per test file):
// the chunk is not loaded before this test.

import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gd-playground.js';
import type { GdPlayground } from './gd-playground.js';
import { eachTestLeavesNoTensors, part, shadow } from './harness.test-fixtures.js';

eachTestLeavesNoTensors();

const pending = (element: GdPlayground) => shadow(element).querySelectorAll('[data-pending-panel]');

describe('<gd-playground> panels loaded for a keyboard reader', () => {
  it('focus entering the element below the fold loads the rule, matrix, code and table', async () => {
    const spacer = document.createElement('div');
    spacer.append(document.createTextNode('A long lesson'));
    document.body.append(spacer);
    spacer.style.setProperty('height', `${window.innerHeight * 4}px`);
    const element = document.createElement('gd-playground');
    element.setAttribute('preset', 'house-prices');
    document.body.append(element);
    await vi.waitFor(() => expect(pending(element)).toHaveLength(4), { timeout: 20_000 });
    const stepButton = shadow(element).querySelector<HTMLButtonElement>('#run-step')!;
    await vi.waitFor(() => expect(stepButton.disabled).toBe(false), { timeout: 20_000 });
    expect(pending(element)).toHaveLength(4);
    stepButton.focus({ preventScroll: true });
    expect(shadow(element).activeElement).toBe(stepButton);
    await vi.waitFor(() => expect(part(element, 'code')).not.toBeNull(), { timeout: 20_000 });
    expect(pending(element)).toHaveLength(0);
    // Still below the fold: nothing scrolled them into view, focus alone brought them.
    expect(part(element, 'rule')!.getBoundingClientRect().top).toBeGreaterThan(window.innerHeight);
    // The keyboard path through them is as before: the rule and the table are Tab stops.
    expect((part(element, 'rule') as HTMLElement).tabIndex).toBe(0);
    expect((part(element, 'table') as HTMLElement).tabIndex).toBe(0);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(element.session!.current.step).toBe(1), { timeout: 20_000 });
    element.remove();
    spacer.remove();
  });
});
