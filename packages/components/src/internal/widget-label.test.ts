import axe from 'axe-core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { GdElement } from './gd-element.js';
import { PeerRefreshController, uniqueRegionName } from './widget-label.js';

/** A widget with a scrollable table region, named the naive way or through uniqueRegionName. */
class RegionProbe extends GdElement {
  naive = false;
  override render() {
    const name = this.naive ? 'Per-step table' : uniqueRegionName(this, 'Per-step table');
    return html`<div role="region" tabindex="0" aria-label=${name}><table><tr><td>1</td></tr></table></div>`;
  }
}
customElements.define('gd-region-probe', RegionProbe);

/** The same widget wired as the elements are: a PeerRefreshController re-renders its peers. */
class PeerProbe extends GdElement {
  readonly peers = new PeerRefreshController(this);
  override render() {
    return html`<div role="region" tabindex="0" aria-label=${uniqueRegionName(this, 'Rule')}></div>`;
  }
}
customElements.define('gd-peer-probe', PeerProbe);

const regionName = (element: Element) =>
  element.shadowRoot!.querySelector('[role="region"]')!.getAttribute('aria-label');

async function page(markup: string, naive = false): Promise<RegionProbe[]> {
  const main = document.createElement('main');
  main.innerHTML = markup;
  document.body.append(main);
  const probes = [...main.querySelectorAll<RegionProbe>('gd-region-probe')];
  for (const probe of probes) {
    probe.naive = naive;
    probe.requestUpdate();
    await probe.updateComplete;
  }
  return probes;
}

async function landmarkUnique(): Promise<number> {
  const results = await axe.run(document.body, { runOnly: ['landmark-unique'] });
  return results.violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
}

describe('uniqueRegionName', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('two widgets of a kind under their own headings: each region is named after its heading, axe clean', async () => {
    const markup = `<h2>Momentum</h2><gd-region-probe></gd-region-probe>
      <h2>Adam</h2><p>text</p><gd-region-probe></gd-region-probe>`;
    // The way the widgets named their regions before: axe's landmark-unique fails.
    await page(markup, true);
    expect(await landmarkUnique()).toBeGreaterThan(0);
    document.body.innerHTML = '';
    const [first, second] = await page(markup);
    expect([regionName(first!), regionName(second!)]).toEqual([
      'Per-step table — Momentum',
      'Per-step table — Adam',
    ]);
    expect(await landmarkUnique()).toBe(0);
  });

  it('falls back to the position when headings do not tell them apart, and prefers the widget’s own label', async () => {
    const [a, b, c] =
      await page(`<h2>Try it</h2><gd-region-probe></gd-region-probe><gd-region-probe></gd-region-probe>
      <gd-region-probe aria-label="Adam run"></gd-region-probe>`);
    expect([regionName(a!), regionName(b!), regionName(c!)]).toEqual([
      'Per-step table — Try it 1',
      'Per-step table — Try it 2',
      'Per-step table — Adam run',
    ]);
    expect(await landmarkUnique()).toBe(0);
  });

  it('numbers widgets with no heading or label, in the page’s digits', async () => {
    const main = document.createElement('main');
    main.innerHTML = '<gd-region-probe></gd-region-probe><gd-region-probe></gd-region-probe>';
    document.body.append(main);
    const [a, b] = [...main.querySelectorAll<RegionProbe>('gd-region-probe')];
    const arabic = (n: number) => n.toLocaleString('ar-EG');
    expect([uniqueRegionName(a!, 'Formulas', arabic), uniqueRegionName(b!, 'Formulas', arabic)]).toEqual([
      'Formulas ١',
      'Formulas ٢',
    ]);
  });

  it('a widget alone of its kind keeps the plain name, also once its peer has left', async () => {
    const [only] = await page('<h2>One</h2><gd-region-probe></gd-region-probe>');
    expect(regionName(only!)).toBe('Per-step table');
    // A second one after the same heading: the heading no longer tells them apart, places do.
    const [second] = await page('<gd-region-probe></gd-region-probe>');
    expect([uniqueRegionName(only!, 'Rule'), uniqueRegionName(second!, 'Rule')]).toEqual([
      'Rule — One 1',
      'Rule — One 2',
    ]);
    second!.remove();
    expect(uniqueRegionName(only!, 'Rule')).toBe('Rule');
  });

  it('with a PeerRefreshController, a widget renders its new name by itself when a peer joins or leaves', async () => {
    const first = document.createElement('gd-peer-probe') as PeerProbe;
    document.body.append(first);
    await first.updateComplete;
    expect(regionName(first)).toBe('Rule');
    const second = document.createElement('gd-peer-probe') as PeerProbe;
    document.body.append(second);
    await second.updateComplete;
    await first.updateComplete;
    expect([regionName(first), regionName(second)]).toEqual(['Rule 1', 'Rule 2']);
    second.remove();
    await first.updateComplete;
    expect(regionName(first)).toBe('Rule');
  });
});
