/**
 * The 2-D view: each padded input channel as a grid with the kernel's window marked at the cursor,
 * the kernel slices of the current output channel, and each output channel as a grid. Hover or
 * focus lights receptive fields and fed outputs as in 1-D.
 */
import { html, type TemplateResult } from 'lit';
import { renderCellGrid } from './cell-grid.js';
import { type ConvViewContext, inputClasses, outputClasses } from './context.js';

/** Shading for picture-like inputs: the value's place between the input's minimum and maximum. */
function shader(values: readonly number[]): (v: number) => number | undefined {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return (v) => (max > min ? (v - min) / (max - min) : undefined);
}

export function renderGrid2d(c: ConvViewContext): TemplateResult {
  const { trace, settings } = c.model;
  const [pr, pc] = trace.padding;
  const H = settings.input[0]?.length ?? 0;
  const W = settings.input[0]?.[0]?.length ?? 0;
  const shade = shader(settings.input.flat(2));
  const inputs = trace.padded.map((plane, ch) =>
    renderCellGrid({
      id: `input-grid-${ch}`,
      label: trace.inChannels > 1 ? c.t('inputGridChannel', { c: ch }) : c.t('inputGrid'),
      rows: plane.length,
      cols: plane[0]?.length ?? 0,
      active: c.activeInput[0] === ch ? [c.activeInput[1], c.activeInput[2]] : [0, 0],
      cell: (r, col) => {
        const value = plane[r]?.[col] as number;
        const isPad = r < pr || r >= pr + H || col < pc || col >= pc + W;
        return {
          text: c.fmt(value),
          key: `x-${ch}-${r}-${col}`,
          label: c.t(isPad ? 'inputCellPad2d' : 'inputCell2d', { c: ch, r, i: col, value: c.fmt(value) }),
          classes: inputClasses(c, [ch, r, col], isPad),
          shade: isPad ? undefined : shade(value),
        };
      },
      onEnter: (r, col, by) => c.onInputEnter([ch, r, col], by),
      onLeave: c.onLeave,
      onPick: (r, col) => c.onPickInput([ch, r, col]),
      onEdit: (r, col, action) => c.onEditInput([ch, r, col], action),
      updated: c.updated,
    }),
  );
  const kernels = (trace.kernel[c.outChannel] ?? []).map(
    (slice, ch) => html`<table class="kernel-table" data-channel=${ch}>
      <caption>
        ${trace.inChannels > 1 ? c.t('kernelSliceChannel', { o: c.outChannel, c: ch }) : c.t('kernelSlice')}
      </caption>
      <tbody>
        ${slice.map(
          (row, a) =>
            html`<tr>
              ${row.map((w, b) => html`<td data-key=${`w-${ch}-${a}-${b}`}>${c.fmt(w)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
  const outputs = trace.output.map((plane, o) =>
    renderCellGrid({
      id: `output-grid-${o}`,
      label: trace.outChannels > 1 ? c.t('outputGridChannel', { o }) : c.t('outputGrid'),
      rows: trace.outRows,
      cols: trace.outCols,
      active:
        o === c.outChannel
          ? [Math.floor(c.activePatch / trace.outCols), c.activePatch % trace.outCols]
          : [0, 0],
      cell: (r, col) => {
        const value = plane[r]?.[col] as number;
        return {
          text: c.fmt(value),
          key: `y-${o}-${r}-${col}`,
          label: c.t('outputCell2d', { o, r, i: col, value: c.fmt(value) }),
          classes: outputClasses(c, o, r * trace.outCols + col),
        };
      },
      onEnter: (r, col, by) => c.onOutputEnter(o, r * trace.outCols + col, by),
      onLeave: c.onLeave,
      onPick: (r, col) => c.onPickOutput(o, r * trace.outCols + col),
      updated: c.updated,
    }),
  );
  return html`<div class="sliding two-d">
    <div class="grid-group">
      <p class="view-label">${c.t('inputLabel')}</p>
      ${inputs}
    </div>
    <div class="grid-group">
      <p class="view-label">${c.t('kernelLabel')}</p>
      ${kernels}
    </div>
    <div class="grid-group">
      <p class="view-label">${c.t('outputLabel')}</p>
      ${outputs}
    </div>
  </div>`;
}
