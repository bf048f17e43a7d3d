/**
 * Objective and RMSE per iteration, each on a small SVG line chart; the RMSE chart carries the
 * zero-filled error as a dashed level so the crossing is visible.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';

const WIDTH = 200;
const HEIGHT = 60;

/** One labelled chart of `values` (log₁₀ scale when `log`), with an optional dashed `reference` level. */
export function renderCurve(
  label: string,
  values: readonly number[],
  log: boolean,
  reference?: number,
): TemplateResult {
  const map = (v: number) => (log ? Math.log10(Math.max(v, 1e-12)) : v);
  const all = reference === undefined ? values.map(map) : [...values, reference].map(map);
  const low = all.length ? Math.min(...all) : 0;
  const span = (all.length ? Math.max(...all) : 1) - low || 1;
  const y = (v: number) => (HEIGHT - ((map(v) - low) / span) * HEIGHT).toFixed(1);
  const last = Math.max(1, values.length - 1);
  const points = values.map((v, i) => `${((i / last) * WIDTH).toFixed(1)},${y(v)}`).join(' ');
  return html`<figure class="curve">
    <figcaption>${label}</figcaption>
    <svg role="img" aria-label=${label} viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none">
      ${reference === undefined ? nothing : svg`<line class="reference" x1="0" x2=${WIDTH} y1=${y(reference)} y2=${y(reference)}></line>`}
      <polyline points=${points}></polyline>
    </svg>
  </figure>`;
}
