// The rule, table, matrix and code panels come from a chunk of their own (lazy-panels.ts): a
// playground far below the fold shows localised placeholders that hold the panels' room, and the
// panels arrive when the reader scrolls near them. This file's module graph is fresh (one iframe per
// test file), so the chunk is not loaded before its first test; the focus path is
// gd-playground.lazy-focus.test.ts.
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-playground.js';
import type { GdPlayground } from './gd-playground.js';
import {
  cell,
  clean,
  eachTestLeavesNoTensors,
  noAxeViolations,
  part,
  shadow,
} from './harness.test-fixtures.js';

eachTestLeavesNoTensors();

const pending = (element: GdPlayground) =>
  Array.from(shadow(element).querySelectorAll<HTMLElement>('[data-pending-panel]'));

describe('<gd-playground> panels loaded when a reader can get to them', () => {
  it('far below the fold: Turkish placeholders with the panels’ room, then the panels on scrolling near', async () => {
    const spacer = document.createElement('div');
    spacer.className = 'spacer';
    spacer.append(document.createTextNode('Uzun bir metin'));
    const box = document.createElement('div');
    box.lang = 'tr';
    document.body.append(spacer, box);
    // A tall spacer without a style attribute (the page's strict CSP): the CSSOM.
    spacer.style.setProperty('height', `${window.innerHeight * 4}px`);
    const element = document.createElement('gd-playground');
    // 40 points: the matrix writes 12 rows and summarises; the full batch (40 ≤ 64) is written as code.
    element.setAttribute('preset', 'linear');
    element.setAttribute('size', '40');
    box.append(element);
    await vi.waitFor(() => expect(pending(element)).toHaveLength(4), { timeout: 20_000 });
    expect(pending(element).map((p) => p.dataset['pendingPanel'])).toEqual([
      'rule',
      'matrix',
      'code',
      'table',
    ]);
    for (const placeholder of pending(element)) {
      expect(clean(placeholder.textContent)).toBe('Bu bölüm yükleniyor…');
      expect(placeholder.getAttribute('aria-busy')).toBe('true');
    }
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    const heights = Object.fromEntries(
      pending(element).map((p) => [p.dataset['pendingPanel'], p.getBoundingClientRect().height / rem]),
    );
    expect(heights['rule']).toBeGreaterThanOrEqual(1);
    expect(heights['matrix']).toBeGreaterThanOrEqual(29);
    expect(heights['code']).toBeGreaterThanOrEqual(33);
    expect(heights['table']).toBeGreaterThanOrEqual(7);
    expect(part(element, 'rule')).toBeNull();
    expect(part(element, 'code')).toBeNull();
    await noAxeViolations(element);

    pending(element)[0]!.scrollIntoView();
    await vi.waitFor(() => expect(part(element, 'rule')).not.toBeNull(), { timeout: 20_000 });
    await element.whenReady();
    expect(pending(element)).toHaveLength(0);
    expect(part(element, 'matrix')).not.toBeNull();
    expect(clean(shadow(element).querySelector('#code-heading')?.textContent)).toBe('1. adım kod olarak');
    // The table that arrived shows the run's numbers (Turkish: 1.234,5 is 1234.5).
    const shownLoss = Number(cell(element, 0, 'loss').replace(/\./g, '').replace(',', '.'));
    const loss = element.session!.history[0]!.loss;
    expect(Math.abs(shownLoss - loss) / loss).toBeLessThan(1e-3);
    spacer.remove();
    box.remove();
  });
});
