/**
 * "Stacking and shifting": the same computation as one matrix product. In 1-D the banded
 * (Toeplitz) matrix, each row the kernel shifted by the stride, times the padded input; in 2-D the
 * im2col matrix, each row a flattened window, times the flattened kernel. The row of the output at
 * the cursor lights up, as does the row of an output under the pointer or focus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConvViewContext } from './context.js';

/**
 * Lights the rows of the current output, the output under the pointer or focus, and the outputs
 * an input cell feeds. Done on the rendered table rather than in the template, so a step of the
 * cursor touches a few rows instead of re-rendering a table of hundreds of cells.
 */
export function highlightMatrixRows(
  root: ParentNode,
  current: number,
  pointed: number | undefined,
  fed: ReadonlySet<number>,
): void {
  for (const row of root.querySelectorAll<HTMLTableRowElement>('.matrix tbody tr')) {
    const index = Number(row.dataset['row']);
    row.classList.toggle('current', index === current);
    row.classList.toggle('source', index === pointed);
    row.classList.toggle('fed', fed.has(index));
  }
}

export function renderMatrix(c: ConvViewContext): TemplateResult {
  const { model } = c;
  const o = c.outChannel;
  const output = model.trace.output[o] ?? [];
  const flatOutput = output.flat();
  const oneD = model.dims === 1;
  const rows = oneD ? (model.banded?.[o] ?? []) : (model.im2col?.patches ?? []);
  const vector = oneD
    ? model.trace.padded.flatMap((plane) => plane[0] ?? [])
    : (model.im2col?.kernelColumns[o] ?? []);
  const columns = vector.length;
  const caption = oneD ? c.t('bandedCaption') : c.t('im2colCaption');
  const vectorName = oneD ? 'x̃' : 'w';
  const matrixName = oneD ? 'T' : c.t('patches');
  return html`<p class="matrix-title" aria-hidden="true">
      ${caption} <span class="matrix-sum">${matrixName} · ${vectorName} = y</span>
    </p>
    <div class="matrix-scroll" tabindex="0" role="region" aria-label=${c.regionName(caption)}>
    <table class="matrix" part="matrix-table" data-form=${oneD ? 'banded' : 'im2col'}>
      <caption class="visually-hidden">${caption}: ${matrixName} · ${vectorName} = y</caption>
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden">${c.t('matrixRow')}</span></th>
          ${Array.from({ length: columns }, (_, j) => html`<th scope="col" class="col-index">${j}</th>`)}
          <th scope="col">y</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row, i) =>
            html`<tr data-row=${i}>
              <th scope="row">${oneD ? `y[${i}]` : `y[${Math.floor(i / model.trace.outCols)}][${i % model.trace.outCols}]`}</th>
              ${row.map((v, j) => html`<td class=${oneD && v === 0 ? 'zero' : nothing} data-col=${j}>${c.fmt(v)}</td>`)}
              <td class="result" data-value="matrix-y">${c.fmt(flatOutput[i] as number)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${vectorName}</th>
          ${vector.map((v) => html`<td class="vector">${c.fmt(v)}</td>`)}
          <td></td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
