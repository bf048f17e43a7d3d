/**
 * The per-step table of the standalone run: step, w, the error y − ŷ and the update to w. The last
 * row's update is the one the next step will make (computed from the rule, marked pending).
 */
import type { StepRecord } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Visit } from './charts.js';
import { gradientFactor } from './regime.js';
import type { Settings } from './settings.js';

/** What the table needs from the element. */
export interface TableContext {
  readonly settings: Settings;
  readonly visits: readonly Visit[];
  /** The session's history (its predictions and next weights). */
  readonly history: readonly StepRecord[];
  readonly diverged: boolean;
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly num: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** The region's accessible name, unique among the sliders on the page. */
  readonly label: string;
}

export function renderTable(c: TableContext): TemplateResult {
  const { settings, history, t, num } = c;
  const factor = gradientFactor(settings.convention);
  const rows = c.visits.map((visit, i) => {
    const following = history[i + 1];
    const predicted = following?.predictions[0] ?? visit.w * settings.x;
    const error = settings.target - predicted;
    const nextW = following?.parameters.w?.[0];
    const pending = nextW === undefined;
    const update = pending ? factor * settings.learningRate * error * settings.x : nextW - visit.w;
    const showPending = pending && !c.diverged && Number.isFinite(update);
    return html`<tr>
      <th scope="row">${num(visit.step)}</th>
      <td>${num(visit.w)}</td>
      <td>${num(error)}</td>
      <td class=${pending ? 'pending' : ''}>
        ${pending && !showPending ? '—' : num(update)}
        ${showPending ? html`<span class="visually-hidden">${t('pending')}</span>` : nothing}
      </td>
    </tr>`;
  });
  return html`<div part="table" class="table scroll" tabindex="0" role="region" aria-label=${c.label}>
    <table>
      <caption>${t('tableTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('stepNumber')}</th>
          <th scope="col">w</th>
          <th scope="col">${t('error')}</th>
          <th scope="col">${t('update')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
