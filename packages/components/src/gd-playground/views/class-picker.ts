/**
 * The radio group that picks the class of points added by a click (classification charts), each
 * class shown with its colour and marker so that colour is never the only cue.
 */
import { html, type TemplateResult } from 'lit';
import { markerPath } from '../../internal/plot/index.js';
import { classMarker, colorClass } from './class-marks.js';

/** Radio buttons for classes 0…classes−1, labelled by `names` (or the class number). */
export function renderClassPicker(options: {
  classes: number;
  names: readonly string[];
  selected: number;
  legend: string;
  onPick: (c: number) => void;
}): TemplateResult {
  const { names } = options;
  return html`<fieldset class="classes" part="classes">
      <legend>${options.legend}</legend>
      ${Array.from(
        { length: options.classes },
        (_, c) => html`<label
          ><input
            type="radio"
            name="new-class"
            .value=${String(c)}
            .checked=${options.selected === c}
            @change=${() => {
              options.onPick(c);
            }}
          /><svg class="swatch" viewBox="-7 -7 14 14" aria-hidden="true"
            ><path class=${colorClass(c)} d=${markerPath(classMarker(c), 5)}></path></svg
          >${names[c] ?? String(c)}</label
        >`,
      )}
    </fieldset>`;
}
