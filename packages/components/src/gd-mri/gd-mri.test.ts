import { tf } from '@gd-playground/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gd-mri.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { GdMri, MriStepDetail } from './gd-mri.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mount(attributes: Record<string, string> = {}, lang?: string): Promise<GdMri> {
  const element = document.createElement('gd-mri');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const host = document.createElement('div');
  host.style.width = '900px';
  if (lang) host.setAttribute('lang', lang);
  host.append(element);
  document.body.append(host);
  await element.ready();
  await element.updateComplete;
  return element;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const read = (element: GdMri, selector: string) =>
  clean(element.shadowRoot?.querySelector(selector)?.textContent);

afterEach(() => {
  for (const host of Array.from(document.body.children)) if (host.querySelector('gd-mri')) host.remove();
});

describe('<gd-mri>', () => {
  it('states the scan-time saving for R = 4 in four languages', async () => {
    const expected: Record<string, string> = {
      en: 'R = 4: 16 of 64 lines, a quarter of the time.',
      tr: 'R = 4: 64 satırın 16 tanesi, sürenin dörtte biri.',
      pt: 'R = 4: 16 de 64 linhas, um quarto do tempo.',
      ko: 'R = 4: 64줄 중 16줄, 시간은 4분의 1.',
    };
    for (const [lang, text] of Object.entries(expected)) {
      const element = await mount({ size: '64' }, lang);
      expect(read(element, '.saving')).toBe(text);
      element.parentElement?.remove();
    }
  });

  it('acceleration 4, random, seed 1: within 100 steps the shown RMSE falls below the zero-filled RMSE', async () => {
    const element = await mount({ acceleration: '4', mask: 'random', seed: '1' });
    const zero = element.zeroFilledError;
    expect(zero).toBeGreaterThan(0.01);
    // The status line shows both numbers; at iteration 0 it shows the zero-filled one.
    expect(read(element, '.errors')).toContain(element.reconstructionError.toPrecision(4).replace(/0+$/, ''));
    const events: MriStepDetail[] = [];
    element.addEventListener('gd-step', (e) => events.push((e as CustomEvent<MriStepDetail>).detail));
    let crossed = 0;
    for (let k = 1; k <= 100 && !crossed; k++) {
      await element.step();
      if (element.reconstructionError < zero) crossed = k;
    }
    await element.updateComplete;
    expect(crossed).toBeGreaterThan(0);
    expect(read(element, '.iteration')).toBe(`Iteration ${crossed}`);
    const last = events.at(-1) as MriStepDetail;
    expect(last.iteration).toBe(crossed);
    expect(last.error).toBe(element.reconstructionError);
    // The objective never rose (η = 0.35 < 1/L = 1/2.6).
    for (let i = 1; i < events.length; i++)
      expect((events[i] as MriStepDetail).objective).toBeLessThanOrEqual(
        (events[i - 1] as MriStepDetail).objective * (1 + 1e-6),
      );
    expect(read(element, '.objective')).toContain(
      new Intl.NumberFormat('en', { maximumSignificantDigits: 5 }).format(last.objective),
    );
  });

  it('a full mask gives a zero-filled image equal to the original', async () => {
    const element = await mount({ size: '64', mask: 'full' });
    expect(element.zeroFilledError).toBeLessThan(1e-5);
    expect(read(element, '.saving')).toBe('Every line measured: the full scan time.');
  });

  it('step back returns to the previous iteration and reset to iteration 0', async () => {
    const element = await mount({ size: '64' });
    const start = element.reconstructionError;
    await element.step();
    await element.step();
    const second = element.reconstructionError;
    await element.step();
    await element.stepBack();
    expect(element.reconstructionError).toBeCloseTo(second, 6);
    await element.reset();
    await element.updateComplete;
    expect(element.reconstructionError).toBeCloseTo(start, 6);
    expect(read(element, '.iteration')).toBe('Iteration 0');
  });

  it('is operated by keyboard: Tab to the step button, Enter steps', async () => {
    const element = await mount({ size: '64' });
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('button.step');
    button?.focus();
    await userEvent.keyboard('{Enter}');
    for (let k = 0; k < 100 && read(element, '.iteration') !== 'Iteration 1'; k++) await sleep(10);
    expect(read(element, '.iteration')).toBe('Iteration 1');
  });

  it('an unreadable file: a message, the last image kept, one warning', async () => {
    const element = await mount({ size: '64' });
    const before = element.zeroFilledError;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const input = element.shadowRoot?.querySelector<HTMLInputElement>(
      'input[type="file"]',
    ) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not an image'], 'scan.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    for (let k = 0; k < 100 && !element.shadowRoot?.querySelector('.file-problem'); k++) await sleep(10);
    expect(read(element, '.file-problem')).toBe(
      'That file could not be read as an image; the last image is kept.',
    );
    expect(element.zeroFilledError).toBe(before);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('a local image file is used, in grayscale', async () => {
    const element = await mount({ size: '64', mask: 'full' });
    const canvas = document.createElement('canvas');
    canvas.width = 32;
    canvas.height = 32;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#808080';
    context.fillRect(0, 0, 32, 32);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b as Blob), 'image/png'));
    const input = element.shadowRoot?.querySelector<HTMLInputElement>(
      'input[type="file"]',
    ) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'grey.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await sleep(200);
    await element.ready();
    // A uniform grey image, fully sampled: zero-filled equals it (error ~0) and the phantom is gone.
    expect(element.zeroFilledError).toBeLessThan(1e-5);
    expect(element.shadowRoot?.querySelector('.file-problem')).toBeNull();
  });

  it('has no axe violations', async () => {
    const element = await mount({ size: '64' });
    const result = await axe.run(element);
    expect(result.violations).toEqual([]);
  });

  it('plays iteration after iteration (a gd-step for each, none skipped) to the numbers stepping gives', async () => {
    const played = await mount({ size: '64' });
    const events: MriStepDetail[] = [];
    played.addEventListener('gd-step', (event) => events.push((event as CustomEvent<MriStepDetail>).detail));
    played.play();
    await vi.waitFor(() => expect(events.length).toBeGreaterThanOrEqual(6), { timeout: 30_000 });
    played.pause();
    await sleep(100);
    expect(events.map((e) => e.iteration)).toEqual(events.map((_, i) => i + 1));
    // What is shown after pausing is the last iteration computed (drawn at the frame after it).
    await vi.waitFor(() => expect(read(played, '.iteration')).toBe(`Iteration ${events.length}`));
    const stepped = await mount({ size: '64' });
    const steps: MriStepDetail[] = [];
    stepped.addEventListener('gd-step', (event) => steps.push((event as CustomEvent<MriStepDetail>).detail));
    for (let i = 0; i < 6; i++) await stepped.step();
    expect(steps[5]).toEqual(events[5]);
  });

  it('play → pause → remove leaves the tensor count where it began', async () => {
    await sleep(50);
    const before = tf.memory().numTensors;
    const element = await mount({ size: '64', 'data-consistency': 'true' });
    element.play();
    for (
      let k = 0;
      k < 200 && element.shadowRoot?.querySelector('.iteration')?.textContent !== 'Iteration 5';
      k++
    )
      await sleep(20);
    element.pause();
    expect(Number(read(element, '.iteration').replace(/\D/g, ''))).toBeGreaterThanOrEqual(5);
    element.parentElement?.remove();
    await sleep(100);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describeSchema('gd-mri', {
  size: { good: '64', bad: '300' },
  mask: { good: 'equispaced', bad: 'spiral' },
  acceleration: { good: '8', bad: '9' },
  center: { good: '0.1', bad: '0.9' },
  seed: { good: '3', bad: 'x' },
  'step-size': { good: '0.5', bad: '0' },
  lambda: { good: '0.01', bad: '-1' },
  epsilon: { good: '0.05', bad: '0' },
  regularizer: { good: 'tikhonov', bad: 'l1' },
  'data-consistency': { good: 'true', bad: 'maybe', value: true },
});
