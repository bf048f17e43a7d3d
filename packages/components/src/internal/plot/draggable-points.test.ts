import axe from 'axe-core';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  type DraggablePoint,
  draggablePointStyles,
  type MovePhase,
  renderDraggablePoints,
} from './draggable-points.js';
import { linearScale } from './scales.js';

/** A 200 × 200 chart over [0, 10]², y up, that applies every move it is told about. */
class PlotHandlesProbe extends LitElement {
  static override styles = draggablePointStyles;
  @property({ attribute: false }) points: DraggablePoint[] = [{ x: 1, y: 2, label: 'Weight' }];
  @property() axis: 'x' | 'y' | 'xy' = 'y';
  @property() viewBox = '';
  @property() locale = 'en';
  @property({ type: Boolean }) roving = false;
  moves: [number, number, number, MovePhase][] = [];
  x = linearScale([0, 10], [0, 200]);
  y = linearScale([0, 10], [200, 0]);

  override render() {
    const size = this.viewBox ? 400 : 200;
    return html`<svg width=${size} height=${size} viewBox=${this.viewBox || '0 0 200 200'}>
      ${renderDraggablePoints({
        points: this.points,
        x: this.x,
        y: this.y,
        axis: this.axis,
        step: 0.1,
        locale: this.locale,
        rovingFocus: this.roving,
        onMove: (index, x, y, phase) => {
          this.moves.push([index, x, y, phase]);
          this.points = this.points.map((point, i) => (i === index ? { ...point, x, y } : point));
        },
      })}
    </svg>`;
  }
}
customElements.define('plot-handles-probe', PlotHandlesProbe);

async function mount(
  props: Partial<Pick<PlotHandlesProbe, 'axis' | 'points' | 'viewBox' | 'locale' | 'roving'>> = {},
) {
  const probe = document.createElement('plot-handles-probe') as PlotHandlesProbe;
  Object.assign(probe, props);
  probe.style.cssText = 'display: block; margin: 30px 0 0 40px';
  document.body.append(probe);
  await probe.updateComplete;
  const handle = () => probe.shadowRoot!.querySelector<SVGCircleElement>('circle.gd-handle')!;
  return { probe, handle };
}

function pointer(target: Element, type: string, clientX: number, clientY: number) {
  const init = { bubbles: true, composed: true, cancelable: true, pointerId: 7, button: 0, clientX, clientY };
  target.dispatchEvent(new PointerEvent(type, init));
}

describe('renderDraggablePoints', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders a focusable slider handle at the point, named by its label', async () => {
    const { handle } = await mount();
    const circle = handle();
    expect([circle.getAttribute('cx'), circle.getAttribute('cy')]).toEqual(['20', '160']);
    expect(circle.getAttribute('tabindex')).toBe('0');
    expect(circle.getAttribute('role')).toBe('slider');
    expect(circle.getAttribute('aria-label')).toBe('Weight');
    expect(circle.getAttribute('aria-orientation')).toBe('vertical');
    expect(circle.getAttribute('aria-valuenow')).toBe('2');
    expect(circle.getAttribute('aria-valuetext')).toBe('2');
    expect([circle.getAttribute('aria-valuemin'), circle.getAttribute('aria-valuemax')]).toEqual(['0', '10']);
    expect(getComputedStyle(circle).touchAction).toBe('none');
  });

  it('moves by one step on ArrowUp, reporting input then change', async () => {
    const { probe, handle } = await mount();
    handle().focus();
    await userEvent.keyboard('{ArrowUp}');
    await probe.updateComplete;
    expect(probe.moves).toEqual([
      [0, 1, 2.1, 'input'],
      [0, 1, 2.1, 'change'],
    ]);
    expect(handle().getAttribute('aria-valuenow')).toBe('2.1');
    expect(Number(handle().getAttribute('cy'))).toBeCloseTo(158, 9);
  });

  it('moves ten steps with Shift+ArrowUp and back down with ArrowDown', async () => {
    const { probe, handle } = await mount();
    handle().focus();
    await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
    await probe.updateComplete;
    expect(probe.points[0]?.y).toBe(3);
    await userEvent.keyboard('{ArrowDown}');
    await probe.updateComplete;
    expect(probe.points[0]?.y).toBe(2.9);
    expect(probe.moves.map((move) => move[3])).toEqual(['input', 'change', 'input', 'change']);
  });

  it('stays inside the domain', async () => {
    const { probe, handle } = await mount({ points: [{ x: 1, y: 9.95, label: 'b' }] });
    handle().focus();
    await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(probe.points[0]?.y).toBe(10);
    await userEvent.keyboard('{ArrowUp}');
    expect(probe.moves).toHaveLength(2);
  });

  it('speaks values in the given locale', async () => {
    const { handle } = await mount({ locale: 'tr', points: [{ x: 1.5, y: 2.25, label: 'Ağırlık' }] });
    expect(handle().getAttribute('aria-valuetext')).toBe('2,25');
    const { handle: handle2d } = await mount({
      axis: 'xy',
      locale: 'tr',
      points: [{ x: 1.5, y: 2, label: 'Nokta' }],
    });
    expect(handle2d().getAttribute('aria-label')).toBe('Nokta (1,5; 2)');
  });

  it('moves x with Left/Right and y with Up/Down on a 2-D handle', async () => {
    const { probe, handle } = await mount({ axis: 'xy' });
    expect(handle().getAttribute('role')).toBe('application');
    expect(handle().getAttribute('aria-label')).toBe('Weight (1, 2)');
    expect(handle().hasAttribute('aria-valuenow')).toBe(false);
    handle().focus();
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{ArrowUp}');
    expect(probe.points[0]).toMatchObject({ x: 0.9, y: 2.1 });
  });

  it('follows a pointer drag to the inverted coordinate, input while moving and change on release', async () => {
    const { probe, handle } = await mount({ axis: 'xy' });
    const box = probe.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect([box.left, box.top]).toEqual([40, 30]);
    pointer(handle(), 'pointerdown', 40 + 20, 30 + 160);
    expect(probe.moves).toEqual([]);
    pointer(handle(), 'pointermove', 40 + 100, 30 + 50);
    pointer(handle(), 'pointerup', 40 + 150, 30 + 100);
    pointer(handle(), 'pointermove', 40 + 10, 30 + 10);
    expect(probe.moves).toEqual([
      [0, 5, 7.5, 'input'],
      [0, 7.5, 5, 'change'],
    ]);
    expect(probe.shadowRoot!.activeElement).toBe(handle());
    await probe.updateComplete;
    expect([handle().getAttribute('cx'), handle().getAttribute('cy')]).toEqual(['150', '100']);
  });

  it('keeps the grab offset, so a handle grabbed off-centre does not jump', async () => {
    const { probe, handle } = await mount({ axis: 'xy' });
    pointer(handle(), 'pointerdown', 40 + 20 + 4, 30 + 160 - 3);
    pointer(handle(), 'pointermove', 40 + 20 + 4, 30 + 160 - 3);
    pointer(handle(), 'pointerup', 40 + 60 + 4, 30 + 160 - 3);
    expect(probe.moves).toEqual([
      [0, 1, 2, 'input'],
      [0, 3, 2, 'change'],
    ]);
  });

  it('ignores moves from another pointer and moves without a press', async () => {
    const { probe, handle } = await mount({ axis: 'xy' });
    pointer(handle(), 'pointermove', 40 + 100, 30 + 100);
    pointer(handle(), 'pointerdown', 40 + 20, 30 + 160);
    handle().dispatchEvent(
      new PointerEvent('pointermove', { pointerId: 8, clientX: 40 + 100, clientY: 30 + 100, bubbles: true }),
    );
    expect(probe.moves).toEqual([]);
  });

  it('drags only along its axis, clamped to the domain', async () => {
    const { probe, handle } = await mount({ axis: 'x' });
    pointer(handle(), 'pointerdown', 40 + 20, 30 + 160);
    pointer(handle(), 'pointerup', 40 + 260, 30 + 10);
    expect(probe.moves.at(-1)).toEqual([0, 10, 2, 'change']);
  });

  it('accounts for viewBox scaling', async () => {
    // Drawn at 400 × 400 CSS px with a 200-unit viewBox: 2 CSS px per unit.
    const { probe, handle } = await mount({ axis: 'xy', viewBox: '0 0 200 200' });
    pointer(handle(), 'pointerdown', 40 + 40, 30 + 320);
    pointer(handle(), 'pointerup', 40 + 200, 30 + 100);
    expect(probe.moves.at(-1)).toEqual([0, 5, 7.5, 'change']);
  });

  it('shows a focus ring when reached with Tab', async () => {
    const { handle } = await mount();
    const before = getComputedStyle(handle()).strokeWidth;
    await userEvent.tab();
    expect(handle().matches(':focus-visible')).toBe(true);
    expect(before).toBe('2px');
    expect(getComputedStyle(handle()).strokeWidth).toBe('3px');
  });

  it('with rovingFocus a set of handles is one Tab stop; N, P, Home and End move between them', async () => {
    const points = Array.from({ length: 5 }, (_, i) => ({ x: i + 1, y: i + 1, label: `Point ${i + 1}` }));
    const { probe } = await mount({ axis: 'xy', points, roving: true });
    const after = document.createElement('button');
    after.textContent = 'after';
    document.body.append(after);
    const handles = () => [...probe.shadowRoot!.querySelectorAll<SVGCircleElement>('circle.gd-handle')];
    const focused = () => handles().indexOf(probe.shadowRoot!.activeElement as SVGCircleElement);
    expect(handles().map((h) => h.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1']);
    await userEvent.tab();
    expect(focused()).toBe(0);
    await userEvent.keyboard('n');
    await userEvent.keyboard('n');
    expect(focused()).toBe(2);
    await userEvent.keyboard('p');
    expect(focused()).toBe(1);
    await userEvent.keyboard('{End}');
    expect(focused()).toBe(4);
    await userEvent.keyboard('n'); // wraps round
    expect(focused()).toBe(0);
    await userEvent.keyboard('{End}');
    // The arrows still move the focused point, and only that one.
    await userEvent.keyboard('{ArrowUp}');
    expect(probe.moves.at(-1)).toEqual([4, 5, 5.1, 'change']);
    // The last focused handle is the set's one Tab stop: Tab leaves, Shift+Tab comes back to it.
    expect(handles().filter((h) => h.getAttribute('tabindex') === '0')).toHaveLength(1);
    await userEvent.tab();
    expect(document.activeElement).toBe(after);
    await userEvent.tab({ shift: true });
    expect(focused()).toBe(4);
    after.remove();
  });

  it('passes axe for slider and 2-D handles', async () => {
    for (const axis of ['y', 'xy'] as const) {
      const { probe } = await mount({ axis });
      const results = await axe.run(probe);
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      probe.remove();
    }
  });
});
