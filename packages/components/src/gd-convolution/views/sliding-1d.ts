/**
 * The 1-D view: the padded input (one row per channel), the kernel placed under the cells it reads
 * at the cursor, and the outputs (one row per output channel). Hover or focus an output to light
 * its receptive field; hover or focus an input cell to light every output it feeds.
 */
import { html, type TemplateResult } from 'lit';
import { styleProps } from '../../internal/style-props.js';
import { renderCellGrid } from './cell-grid.js';
import { type ConvViewContext, inputClasses, outputClasses } from './context.js';

export function renderSliding1d(c: ConvViewContext): TemplateResult {
  const { trace } = c.model;
  const padding = trace.padding[1];
  const width = trace.padded[0]?.[0]?.length ?? 0;
  const n = width - 2 * padding;
  const channels = trace.inChannels;
  const channelLabel = (k: number) => (channels > 1 ? c.t('channelShort', { c: k }) : 'x̃');
  const input = renderCellGrid({
    id: 'input-grid',
    label: c.t('inputGrid'),
    rows: channels,
    cols: width,
    active: [c.activeInput[0], c.activeInput[2]],
    rowLabels: Array.from({ length: channels }, (_, k) => channelLabel(k)),
    cell: (ch, col) => {
      const value = trace.padded[ch]?.[0]?.[col] as number;
      const isPad = col < padding || col >= padding + n;
      return {
        text: c.fmt(value),
        key: `x-${ch}-${col}`,
        label: c.t(isPad ? 'inputCellPad1d' : 'inputCell1d', { c: ch, i: col, value: c.fmt(value) }),
        classes: inputClasses(c, [ch, 0, col], isPad),
      };
    },
    onEnter: (ch, col, by) => c.onInputEnter([ch, 0, col], by),
    onLeave: c.onLeave,
    onPick: (ch, col) => c.onPickInput([ch, 0, col]),
    onEdit: (ch, col, action) => c.onEditInput([ch, 0, col], action),
    updated: c.updated,
  });
  // The kernel drawn under the cells it reads at the cursor: "stacking and shifting" made visible.
  const kernelRows = Array.from({ length: channels }, (_, ch) => {
    const taps = c.current.taps.filter((tap) => tap.channel === ch);
    return html`<div class="kernel-line" ${styleProps({ '--cols': String(width) })}>
      <span class="row-label">${channels > 1 ? c.t('kernelChannelShort', { c: ch }) : 'w'}</span>
      ${taps.map(
        (tap) =>
          html`<span class="k-cell" data-key=${`w-${ch}-${tap.kernelCol}`} ${styleProps({ '--col': String(tap.paddedCol + 2) })}
            >${c.fmt(tap.weight)}</span
          >`,
      )}
    </div>`;
  });
  const outputs = renderCellGrid({
    id: 'output-grid',
    label: c.t('outputGrid'),
    rows: trace.outChannels,
    cols: trace.outCols,
    active: [c.outChannel, c.activePatch],
    rowLabels: Array.from({ length: trace.outChannels }, (_, o) =>
      trace.outChannels > 1 ? c.t('outChannelShort', { o }) : 'y',
    ),
    cell: (o, i) => {
      const value = trace.output[o]?.[0]?.[i] as number;
      return {
        text: c.fmt(value),
        key: `y-${o}-${i}`,
        label: c.t('outputCell1d', { o, i, value: c.fmt(value) }),
        classes: outputClasses(c, o, i),
      };
    },
    onEnter: (o, i, by) => c.onOutputEnter(o, i, by),
    onLeave: c.onLeave,
    onPick: (o, i) => c.onPickOutput(o, i),
    updated: c.updated,
  });
  return html`<div class="sliding one-d">
    <p class="view-label">${c.t('inputLabel')}</p>
    ${input}
    <div class="kernel-lines" aria-hidden="true">${kernelRows}</div>
    <p class="view-label">${c.t('outputLabel')}</p>
    ${outputs}
  </div>`;
}
