import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gd-loss-explorer.js';
import { checkPageAfterEach } from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { GdLossExplorer, LossChangeDetail } from './gd-loss-explorer.js';

// ── Harness: what a learner (or a teacher's page) does, and what the widget shows ─────────────

type Attributes = Record<string, string>;

/** Intent-level access to one mounted explorer. */
class Explorer {
  constructor(readonly element: GdLossExplorer) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  settled(): Promise<boolean> {
    return this.element.updateComplete;
  }

  /** The shown per-row values of a column (`mse`, `huber`, `mean-error`…), as text. */
  column(id: string): string[] {
    return Array.from(this.root.querySelectorAll(`tbody td[data-loss="${id}"]`), (td) =>
      td.textContent!.trim(),
    );
  }

  /** The shown total of a column, as text. */
  total(id: string): string | undefined {
    return this.root.querySelector(`tfoot td[data-total="${id}"]`)?.textContent?.trim();
  }

  /** The loss columns shown, in order. */
  columns(): string[] {
    return Array.from(
      this.root.querySelectorAll('thead th[data-column]'),
      (th) => th.getAttribute('data-column')!,
    );
  }

  headers(): string[] {
    return Array.from(this.root.querySelectorAll('thead th'), (th) =>
      th.textContent!.replace(/\s+/g, ' ').trim(),
    );
  }

  cell(row: number, column: 'truth' | 'predicted'): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>(`tr[data-row="${row}"] input[data-column="${column}"]`)!;
  }

  /** Types into a row's input, as a learner does, then leaves it (change). */
  async edit(row: number, column: 'truth' | 'predicted', text: string): Promise<void> {
    const input = this.cell(row, column);
    await userEvent.fill(input, text);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settled();
  }

  parameter(name: 'delta' | 'beta'): { range: HTMLInputElement; typed: HTMLInputElement } | undefined {
    const box = this.root.querySelector(`[data-parameter="${name}"]`);
    if (!box) return undefined;
    return { range: box.querySelector('input.range')!, typed: box.querySelector('input.typed')! };
  }

  /** Types δ or β into its number box. */
  async typeParameter(name: 'delta' | 'beta', text: string): Promise<void> {
    const typed = this.parameter(name)!.typed;
    await userEvent.fill(typed, text);
    await this.settled();
  }

  checkbox(id: string): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>(`input[name="loss"][value="${id}"]`)!;
  }

  async toggleLoss(id: string): Promise<void> {
    await userEvent.click(this.checkbox(id));
    await this.settled();
  }

  async addRow(): Promise<void> {
    await userEvent.click(this.root.querySelector<HTMLButtonElement>('[part="add-row"]')!);
    await this.settled();
  }

  async removeRow(row: number): Promise<void> {
    await userEvent.click(this.root.querySelectorAll<HTMLButtonElement>('button.remove')[row]!);
    await this.settled();
  }

  handles(): SVGCircleElement[] {
    return Array.from(this.root.querySelectorAll<SVGCircleElement>('[part="chart"] .gd-handle'));
  }

  async pressOnHandle(row: number, key: string): Promise<void> {
    this.handles()[row]!.focus();
    await userEvent.keyboard(key);
    await this.settled();
  }

  problems(): { attribute: string; code: string; text: string }[] {
    return Array.from(this.root.querySelectorAll('[part="problems"] p[data-attribute]'), (p) => ({
      attribute: p.getAttribute('data-attribute')!,
      code: p.getAttribute('data-code')!,
      text: p.textContent!.trim(),
    }));
  }

  note(kind: 'bce' | 'cancel' | 'invalid'): string | undefined {
    return this.root.querySelector(`[data-note="${kind}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  }

  live(): string {
    return this.root.querySelector('[part="live"]')!.textContent!.trim();
  }

  formulas(): string[] {
    return Array.from(this.root.querySelectorAll('[data-formula]'), (f) => f.getAttribute('data-formula')!);
  }

  /** Every event the element dispatches of these types, from now on. */
  record(...types: string[]): Event[] {
    const seen: Event[] = [];
    for (const type of types) this.element.addEventListener(type, (event) => seen.push(event));
    return seen;
  }
}

const mounted: HTMLElement[] = [];

/** Mounts an explorer with these attributes, optionally inside an element with a `lang`. */
async function mount(attributes: Attributes = {}, lang?: string): Promise<Explorer> {
  const element = document.createElement('gd-loss-explorer');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.width = '760px';
  let root: HTMLElement = element;
  if (lang) {
    root = document.createElement('div');
    root.lang = lang;
    root.append(element);
  }
  document.body.append(root);
  mounted.push(root);
  const explorer = new Explorer(element);
  await explorer.settled();
  return explorer;
}

const TABLE_1 = { truth: '10,20,30', predicted: '12,18,30', losses: 'mse,rmse,mae' };
const TABLE_2 = {
  truth: '10,20,30',
  predicted: '15,18,40',
  losses: 'huber,smooth-l1',
  delta: '4',
  beta: '5',
};
const TABLE_3 = { truth: '1,1,0', predicted: '0.9,0.7,0.3', losses: 'bce' };

// Mount → edit → remove leaves no tensor behind; each explorer first finishes what it computes.
checkPageAfterEach({
  beforeEmptying: async () => {
    for (const root of mounted.splice(0)) {
      const element = root.localName === 'gd-loss-explorer' ? root : root.querySelector('gd-loss-explorer');
      await (element as GdLossExplorer | null)?.updateComplete;
      root.remove();
    }
  },
});

// ── The curriculum's tables (lesson A.3) ────────────────────────────────────────────────────────

describe('<gd-loss-explorer> shows the curriculum’s numbers', () => {
  it('MSE, RMSE, MAE and the cancelling mean error for 10, 20, 30 vs 12, 18, 30', async () => {
    const x = await mount(TABLE_1);
    expect(x.columns()).toEqual(['mean-error', 'mse', 'rmse', 'mae']);
    expect(x.column('mse')).toEqual(['4', '4', '0']);
    expect(x.total('mse')).toBe('2.6667');
    expect(x.total('rmse')).toBe('1.633');
    expect(x.column('mae')).toEqual(['2', '2', '0']);
    expect(x.total('mae')).toBe('1.3333');
    expect(x.column('mean-error')).toEqual(['2', '-2', '0']);
    expect(x.total('mean-error')).toBe('0');
    expect(x.note('cancel')).toContain('the mean error is 0 although 2 of 3 rows are off');
  });

  it('Huber (δ = 4) and Smooth L1 (β = 5) for 10, 20, 30 vs 15, 18, 40', async () => {
    const x = await mount(TABLE_2);
    expect(x.column('huber')).toEqual(['12', '2', '32']);
    expect(x.total('huber')).toBe('15.3333');
    expect(x.column('smooth-l1')).toEqual(['2.5', '0.4', '7.5']);
    expect(x.total('smooth-l1')).toBe('3.4667');
    expect(x.note('cancel')).toBeUndefined();
  });

  it('BCE’s signed log-likelihood terms and total for truth 1, 1, 0 and p 0.9, 0.7, 0.3', async () => {
    const x = await mount(TABLE_3);
    expect(x.column('bce')).toEqual(['-0.105', '-0.357', '-0.357']);
    // −(ln 0.9 + 2 ln 0.7)/3 = 0.27290…: "≈ 0.27" in the curriculum.
    expect(x.total('bce')).toBe('0.2729');
    expect(x.note('bce')).toBeUndefined();
  });

  it('shows each chosen loss’s formula from core, with the current δ and β', async () => {
    const x = await mount(TABLE_2);
    expect(x.formulas()).toEqual(['huber', 'smooth-l1', 'mean-error']);
    const huber = x.root.querySelector('[data-formula="huber"] gd-math')!;
    expect(huber.getAttribute('tex') ?? (huber as unknown as { tex: string }).tex).toContain('\\le 4');
    x.element.delta = 2.5;
    await x.settled();
    expect(
      (x.root.querySelector('[data-formula="huber"] gd-math') as unknown as { tex: string }).tex,
    ).toContain('\\le 2.5');
    const math = x.root
      .querySelector('[data-formula="smooth-l1"] gd-math')!
      .shadowRoot!.querySelector('math');
    expect(math?.textContent).toContain('5');
  });
});

// ── Attributes and properties ───────────────────────────────────────────────────────────────────

describe('attributes', () => {
  it('on a 300 px phone column the table scrolls inside its box: nothing pokes out to widen the page', async () => {
    const explorer = await mount({
      truth: '10,20,30',
      predicted: '15,18,40',
      losses: 'mse,mae,huber,smooth-l1',
    });
    explorer.element.style.width = '300px';
    await explorer.element.updateComplete;
    const root = explorer.element.shadowRoot!;
    const box = root.querySelector('.scroll')!.getBoundingClientRect();
    const table = root.querySelector('table')!.getBoundingClientRect();
    expect(table.width).toBeGreaterThan(box.width); // it really does need to scroll
    // Scrolled content is clipped by the box; anything escaping it would widen the page instead.
    const page = document.documentElement;
    expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  });

  it('defaults to the first curriculum table with MSE, RMSE and MAE', async () => {
    const x = await mount();
    expect(x.element.truth).toEqual([10, 20, 30]);
    expect(x.element.predicted).toEqual([12, 18, 30]);
    expect(x.element.losses).toEqual(['mse', 'rmse', 'mae']);
    expect(x.element.delta).toBe(1);
    expect(x.element.beta).toBe(1);
    expect(x.element.convention).toBe('mean');
    expect(x.total('mse')).toBe('2.6667');
  });

  it('takes JSON in attributes and arrays in properties, and reads back the current rows', async () => {
    const x = await mount({ truth: '[1, 2]', predicted: '[2, 4]', losses: 'mae' });
    expect(x.column('mae')).toEqual(['1', '2']);
    x.element.truth = [10, 20, 30];
    x.element.predicted = [12, 18, 30];
    x.element.losses = ['mse', 'huber'];
    await x.settled();
    expect(x.columns()).toEqual(['mean-error', 'mse', 'huber']);
    expect(x.total('mse')).toBe('2.6667');
    await x.edit(0, 'predicted', '14');
    expect(x.element.predicted).toEqual([14, 18, 30]);
  });

  it('convention="half" halves MSE and writes ½ in its formula', async () => {
    const x = await mount({ ...TABLE_1, convention: 'half' });
    expect(x.column('mse')).toEqual(['2', '2', '0']);
    expect(x.total('mse')).toBe('1.3333');
    expect(x.root.querySelector('.convention')?.textContent).toContain('½');
  });

  it('delta and beta change the Huber and Smooth L1 numbers', async () => {
    const x = await mount({ ...TABLE_2, delta: '1', beta: '1' });
    // |r| = 5, 2, 10 with δ = 1: 4.5, 1.5, 9.5; β = 1 gives the same.
    expect(x.column('huber')).toEqual(['4.5', '1.5', '9.5']);
    x.element.setAttribute('delta', '4');
    await x.settled();
    expect(x.total('huber')).toBe('15.3333');
    expect(x.column('smooth-l1')).toEqual(['4.5', '1.5', '9.5']);
  });

  it('shows δ and β controls only for Huber and Smooth L1', async () => {
    const x = await mount(TABLE_1);
    expect(x.parameter('delta')).toBeUndefined();
    expect(x.parameter('beta')).toBeUndefined();
    x.element.losses = ['huber'];
    await x.settled();
    expect(x.parameter('delta')).toBeDefined();
    expect(x.parameter('beta')).toBeUndefined();
  });

  it('hide-chart, hide-plot, hide-formulas, hide-mean-error and hide-loss-picker remove their parts', async () => {
    const x = await mount(TABLE_1);
    for (const part of ['chart', 'plot', 'formulas', 'losses']) {
      expect(x.root.querySelector(`[part="${part}"]`), part).not.toBeNull();
    }
    for (const attribute of [
      'hide-chart',
      'hide-plot',
      'hide-formulas',
      'hide-mean-error',
      'hide-loss-picker',
    ]) {
      x.element.setAttribute(attribute, '');
    }
    await x.settled();
    for (const part of ['chart', 'plot', 'formulas', 'losses', 'charts']) {
      expect(x.root.querySelector(`[part="${part}"]`), part).toBeNull();
    }
    expect(x.columns()).toEqual(['mse', 'rmse', 'mae']);
    expect(x.note('cancel')).toBeUndefined();
    expect(x.element.hideChart).toBe(true);
  });

  it('replaces the BCE column with a note when an edit leaves probabilities', async () => {
    const x = await mount({ ...TABLE_3, losses: 'bce,mae' });
    await x.edit(1, 'predicted', '1.5');
    expect(x.columns()).toEqual(['mean-error', 'mae']);
    expect(x.note('bce')).toContain('row 2 has truth 1 and prediction 1.5');
    expect(x.problems()).toEqual([]);
    await x.edit(1, 'predicted', '0.7');
    expect(x.columns()).toEqual(['mean-error', 'mae', 'bce']);
  });

  it('draws each chosen loss over the residual axis, marking every row', async () => {
    const x = await mount(TABLE_2);
    const plot = x.root.querySelector('[part="plot"]')!;
    expect(plot.getAttribute('role')).toBe('img');
    expect(plot.getAttribute('aria-label')).toContain('residual');
    expect(plot.querySelectorAll('path.curve')).toHaveLength(2);
    expect(plot.querySelectorAll('circle.mark')).toHaveLength(6);
    // ±δ = ±4 and ±β = ±5 lie inside [−15, 15].
    expect(plot.querySelectorAll('line.threshold')).toHaveLength(4);
    expect(x.root.querySelector('[part="chart"]')!.getAttribute('aria-label')).toContain('drag');
  });
});

// ── A learner's edits ────────────────────────────────────────────────────────────────────────────

describe('editing', () => {
  it('recomputes every column when a prediction is typed', async () => {
    const x = await mount(TABLE_1);
    await x.edit(2, 'predicted', '36');
    expect(x.column('mse')).toEqual(['4', '4', '36']);
    expect(x.total('mse')).toBe('14.6667');
    expect(x.column('mean-error')).toEqual(['2', '-2', '6']);
  });

  it('keeps the last good value and marks an input invalid when it is not a number', async () => {
    const x = await mount(TABLE_1);
    await x.edit(1, 'truth', '');
    expect(x.cell(1, 'truth').getAttribute('aria-invalid')).toBe('true');
    expect(x.element.truth).toEqual([10, 20, 30]);
    expect(x.total('mse')).toBe('2.6667');
    expect(x.note('invalid')).toBe('Truth, row 2: enter a number; 20 is still used.');
    await x.edit(1, 'truth', '22');
    expect(x.cell(1, 'truth').getAttribute('aria-invalid')).toBe('false');
    expect(x.note('invalid')).toBeUndefined();
    expect(x.column('mse')).toEqual(['4', '16', '0']);
  });

  it('adds and removes rows', async () => {
    const x = await mount(TABLE_1);
    await x.addRow();
    expect(x.element.truth).toEqual([10, 20, 30, 40]);
    expect(x.column('mse')).toEqual(['4', '4', '0', '0']);
    await x.removeRow(0);
    expect(x.element.truth).toEqual([20, 30, 40]);
    expect(x.total('mae')).toBe('0.6667');
    await x.removeRow(0);
    await x.removeRow(0);
    const last = x.root.querySelectorAll<HTMLButtonElement>('button.remove');
    expect(last).toHaveLength(1);
    expect(last[0]!.disabled).toBe(true);
  });

  it('adds a probability row when BCE is shown', async () => {
    const x = await mount(TABLE_3);
    await x.addRow();
    expect(x.element.truth).toEqual([1, 1, 0, 1]);
    expect(x.element.predicted).toEqual([0.9, 0.7, 0.3, 0.5]);
    expect(x.column('bce')[3]).toBe('-0.693');
  });

  it('types δ, and keeps it when the typed text is not a positive number', async () => {
    const x = await mount(TABLE_2);
    await x.typeParameter('delta', '1');
    expect(x.column('huber')).toEqual(['4.5', '1.5', '9.5']);
    expect(x.parameter('delta')!.range.value).toBe('1');
    await x.typeParameter('delta', '0');
    expect(x.parameter('delta')!.typed.getAttribute('aria-invalid')).toBe('true');
    expect(x.element.delta).toBe(1);
    expect(x.note('invalid')).toContain('Huber threshold δ');
    await x.typeParameter('beta', '2');
    expect(x.column('smooth-l1')).toEqual(['4', '1', '9']);
  });

  it('chooses losses with the checkboxes', async () => {
    const x = await mount(TABLE_1);
    await x.toggleLoss('rmse');
    await x.toggleLoss('huber');
    expect(x.element.losses).toEqual(['mse', 'mae', 'huber']);
    expect(x.columns()).toEqual(['mean-error', 'mse', 'mae', 'huber']);
    expect(x.checkbox('huber').checked).toBe(true);
  });

  it('drops stale results when the rows change faster than core answers', async () => {
    const x = await mount(TABLE_1);
    for (const p of [11, 13, 15, 17]) x.element.predicted = [p, 18, 30];
    await x.settled();
    expect(x.column('mse')[0]).toBe('49');
  });
});

// ── Keyboard and pointer ─────────────────────────────────────────────────────────────────────────

describe('keyboard and pointer', () => {
  it('moves a prediction with the arrow keys on its chart handle', async () => {
    const x = await mount(TABLE_1);
    const handle = x.handles()[0]!;
    expect(handle.getAttribute('role')).toBe('slider');
    expect(handle.getAttribute('aria-label')).toBe('Prediction, row 1');
    expect(handle.getAttribute('tabindex')).toBe('0');
    await x.pressOnHandle(0, '{ArrowUp}');
    expect(x.element.predicted[0]).toBe(13);
    expect(x.column('mse')[0]).toBe('9');
    await x.pressOnHandle(0, '{ArrowDown}{ArrowDown}');
    expect(x.element.predicted[0]).toBe(11);
    expect(x.cell(0, 'predicted').value).toBe('11');
  });

  it('drags a prediction with the pointer', async () => {
    const x = await mount(TABLE_1);
    const events = x.record('input', 'change');
    const handle = x.handles()[2]!;
    const box = handle.getBoundingClientRect();
    const at = (dy: number) => ({
      bubbles: true,
      pointerId: 7,
      button: 0,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2 + dy,
    });
    handle.dispatchEvent(new PointerEvent('pointerdown', at(0)));
    handle.dispatchEvent(new PointerEvent('pointermove', at(-40)));
    handle.dispatchEvent(new PointerEvent('pointerup', at(-40)));
    await x.settled();
    expect(x.element.predicted[2]).toBeGreaterThan(30);
    expect(events.map((e) => e.type)).toContain('change');
  });

  it('reaches every control with Tab, in order', async () => {
    const x = await mount(TABLE_2);
    x.checkbox('mse').focus();
    const reached: string[] = [];
    for (let i = 0; i < 30; i++) {
      const active = x.root.activeElement as HTMLElement | null;
      if (active) reached.push(active.getAttribute('aria-label') ?? active.id ?? active.localName);
      await userEvent.tab();
    }
    expect(reached).toContain('delta-range');
    expect(reached).toContain('Huber threshold δ, typed value');
    expect(reached).toContain('Prediction, row 3');
    expect(reached).toContain('Remove row 1');
  });
});

// ── Events ──────────────────────────────────────────────────────────────────────────────────────

describe('events', () => {
  it('fires input, change and gd-loss-change with the rows and results after a learner’s edit', async () => {
    const x = await mount(TABLE_1);
    const events = x.record('input', 'change', 'gd-loss-change');
    await x.edit(0, 'predicted', '14');
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'input')).toHaveLength(1);
    expect(types.filter((t) => t === 'change')).toHaveLength(1);
    const change = events.find((e) => e.type === 'gd-loss-change') as CustomEvent<LossChangeDetail>;
    expect(change.bubbles && change.composed).toBe(true);
    expect(change.detail.rows).toEqual([
      { truth: 10, predicted: 14 },
      { truth: 20, predicted: 18 },
      { truth: 30, predicted: 30 },
    ]);
    expect(change.detail.results.mse?.perExample).toEqual([16, 4, 0]);
    expect(change.detail.results.mse?.total).toBeCloseTo(20 / 3, 5);
    expect(change.detail.results['mean-error']?.total).toBeCloseTo(2 / 3, 5);
  });

  it('announces the new totals in the live region after an edit', async () => {
    const x = await mount(TABLE_1);
    expect(x.live()).toBe('');
    await x.edit(2, 'predicted', '31');
    expect(x.live()).toBe('MSE is now 3; RMSE is now 1.73; MAE is now 1.67');
  });

  it('fires nothing when properties or attributes are set by a script', async () => {
    const x = await mount(TABLE_1);
    const events = x.record('input', 'change', 'gd-loss-change');
    x.element.predicted = [1, 2, 3];
    x.element.losses = ['huber', 'mae'];
    x.element.delta = 3;
    x.element.setAttribute('beta', '2');
    x.element.setAttribute('truth', '1,2,4');
    await x.settled();
    expect(x.element.predicted).toEqual([1, 2, 3]);
    expect(x.column('huber')).toEqual(['0', '0', '0.5']);
    expect(events).toEqual([]);
    expect(x.live()).toBe('');
  });
});

// ── Languages ───────────────────────────────────────────────────────────────────────────────────

describe('languages', () => {
  it.each([
    ['tr', 'Gerçek y', '2,6667', 'MSE şimdi'],
    ['pt', 'Previsão ŷ', '2,6667', 'MSE agora é'],
    ['ko', '실제값 y', '2.6667', 'MSE: 이제'],
  ])('%s: translated labels and locale numbers', async (lang, label, total, announced) => {
    const x = await mount(TABLE_1, lang);
    expect(x.headers()).toContain(label);
    expect(x.total('mse')).toBe(total);
    await x.edit(0, 'predicted', '12.5');
    expect(x.live()).toContain(announced);
  });

  it('re-renders in place when an ancestor’s lang changes', async () => {
    const x = await mount(TABLE_2, 'en');
    expect(x.headers()).toContain('Truth y');
    expect(x.total('huber')).toBe('15.3333');
    x.element.parentElement!.lang = 'pt';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await x.settled();
    expect(x.headers()).toContain('Real y');
    expect(x.total('huber')).toBe('15,3333');
    expect(x.root.querySelector('[data-parameter="delta"] label')!.textContent).toBe('Limiar δ da Huber');
  });
});

// ── Bad input ───────────────────────────────────────────────────────────────────────────────────

describe('bad attribute values', () => {
  it.each([
    ['truth', '10, abc, 30', 'not-a-list', 'The “truth” attribute needs numbers separated by commas'],
    ['truth', '', 'empty', 'The “truth” attribute is empty'],
    ['predicted', '1,2', 'length-mismatch', 'The “predicted” attribute has 2 values, but “truth” has 3'],
    ['delta', '0', 'not-positive', 'The “delta” attribute must be greater than 0'],
    ['beta', '-2', 'not-positive', 'The “beta” attribute must be greater than 0'],
    ['beta', 'wide', 'not-a-number', 'The “beta” attribute needs a number'],
    ['losses', 'mse, hubber', 'unknown-option', 'The “losses” attribute does not know “hubber”'],
    ['convention', 'double', 'unknown-option', 'The “convention” attribute does not know “double”'],
  ])('%s="%s": message, one warning, last good state kept', async (attribute, value, code, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const x = await mount({ ...TABLE_2 });
    x.element.setAttribute(attribute, value);
    await x.settled();
    expect(x.problems()).toEqual([expect.objectContaining({ attribute, code })]);
    expect(x.problems()[0]!.text).toContain(message);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(`“${attribute}”`);
    // Last good state: the second curriculum table, untouched.
    expect(x.column('huber')).toEqual(['12', '2', '32']);
    expect(x.total('smooth-l1')).toBe('3.4667');
    expect(x.element.truth).toEqual([10, 20, 30]);
  });

  it('refuses truths that are not 0/1 and probabilities outside [0, 1] when BCE is chosen', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const x = await mount(TABLE_3);
    x.element.setAttribute('truth', '1,2,0');
    await x.settled();
    expect(x.problems()).toEqual([expect.objectContaining({ attribute: 'truth', code: 'not-binary' })]);
    expect(x.problems()[0]!.text).toContain('Value 2 of “truth” is 2');
    x.element.setAttribute('truth', '1,1,0');
    x.element.predicted = [0.9, 1.7, 0.3];
    await x.settled();
    expect(x.problems()).toEqual([
      expect.objectContaining({ attribute: 'predicted', code: 'not-probability' }),
    ]);
    expect(x.column('bce')).toEqual(['-0.105', '-0.357', '-0.357']);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('refuses bad property values too, and clears the message once a good value comes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const x = await mount(TABLE_2);
    x.element.delta = -1;
    x.element.truth = [10, Number.NaN, 30];
    await x.settled();
    expect(
      x
        .problems()
        .map((p) => p.attribute)
        .sort(),
    ).toEqual(['delta', 'truth']);
    expect(x.element.delta).toBe(4);
    expect(warn).toHaveBeenCalledTimes(2);
    x.element.delta = 2;
    x.element.truth = [10, 20, 31];
    await x.settled();
    expect(x.problems()).toEqual([]);
    expect(x.element.delta).toBe(2);
  });

  it('shows the message in the page’s language', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const x = await mount({ ...TABLE_1, delta: '0', losses: 'huber' }, 'tr');
    expect(x.problems()[0]!.text).toContain('“delta” özniteliği 0’dan büyük olmalı');
  });
});

// ── Accessibility ───────────────────────────────────────────────────────────────────────────────

describe('accessibility', () => {
  it.each(['light', 'dark'])('has no axe violations in the %s theme', async (theme) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const x = await mount({ ...TABLE_2, losses: 'mse,rmse,mae,huber,smooth-l1,bce', theme });
    await x.edit(0, 'truth', '');
    x.element.setAttribute('beta', 'oops');
    await x.settled();
    const result = await axe.run(x.element);
    expect(result.violations).toEqual([]);
  });

  it('two explorers on one page name their formula regions apart (axe landmark-unique)', async () => {
    const first = await mount(TABLE_1);
    const second = await mount(TABLE_2);
    await first.settled();
    const names = [first, second].map((x) =>
      x.root.querySelector('section[part="formulas"]')!.getAttribute('aria-label'),
    );
    expect(names).toEqual(['Formulas used 1', 'Formulas used 2']);
    const result = await axe.run(document.body, { runOnly: { type: 'rule', values: ['landmark-unique'] } });
    expect(result.violations).toEqual([]);
    // The page's own label for a widget names it instead of its place.
    second.element.setAttribute('aria-label', 'Huber and Smooth L1');
    second.element.requestUpdate();
    await second.settled();
    expect(second.root.querySelector('section[part="formulas"]')!.getAttribute('aria-label')).toBe(
      'Formulas used — Huber and Smooth L1',
    );
    // Alone on the page, the region keeps its plain name.
    second.element.remove();
    await first.settled();
    expect(first.root.querySelector('section[part="formulas"]')!.getAttribute('aria-label')).toBe(
      'Formulas used',
    );
  });

  it('is a real table with column and row headers and a caption', async () => {
    const x = await mount(TABLE_1);
    const table = x.root.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toContain('truth and prediction');
    expect(table.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThanOrEqual(7);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(3);
    expect(x.cell(0, 'truth').getAttribute('aria-label')).toBe('Truth, row 1');
  });
});

// ── The attribute schema: every attribute parses, reports, keeps the last good value, restores ──

describeSchema('gd-loss-explorer', {
  truth: { good: '[1, 2, 3]', bad: '10, abc, 30' },
  predicted: { good: '11,19,31', bad: '' },
  losses: { good: 'HUBER, mae', bad: 'mse, hubber', value: ['mae', 'huber'] },
  delta: { good: '4', bad: '0' },
  beta: { good: '5', bad: 'wide' },
  convention: { good: 'half', bad: 'double' },
});
