import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { GdElement } from '../internal/gd-element.js';
import { attr } from '../internal/schema.js';
import './gd-math.messages.js';
import { prerenderedMathml, withoutStyleAttributes } from './mathml.js';

type Temml = typeof import('temml').default;
let temmlLoading: Promise<Temml> | undefined;

/** The TeX converter, fetched the first time a formula has no pre-rendered MathML. */
function loadTemml(): Promise<Temml> {
  temmlLoading ??= import('temml').then(
    (module) => module.default,
    (error: unknown) => {
      temmlLoading = undefined;
      throw error;
    },
  );
  return temmlLoading;
}

/**
 * Shows a LaTeX formula as MathML, which browsers draw natively and screen readers read as
 * mathematics. Widgets use it to show update rules with live numbers.
 *
 * No TeX parser on the first load: the widgets' formulas come pre-rendered (templates filled with
 * the live numbers), and a page generated at build time can put the MathML inside the tag
 * (`<gd-math tex="…"><math>…</math></gd-math>`), which is shown as it is. Only a formula typed by
 * an author (the `tex` attribute, or the element's text) loads the TeX converter, on first need.
 * The MathML carries no `style` attribute, so it works under a strict Content-Security-Policy.
 *
 * A formula that cannot be typeset keeps the last good one on screen, shows the refused TeX and a
 * message in the reader's language, and warns once in the console.
 *
 * @summary A formula, written in LaTeX, shown as real mathematics.
 *
 * @attr {string} tex - The formula in LaTeX; without it, the element's text is the formula.
 * @attr {boolean} display - Render as a centred block (display style) rather than inline.
 *
 * @csspart math - The rendered `<math>` element.
 * @csspart error - The TeX that could not be typeset.
 * @csspart problems - The message saying why, in the reader's language.
 * @cssproperty [--gd-math-size=1.1em] - Font size of the formula.
 * @cssproperty [--gd-color-danger=#b3261e] - Colour of the error message.
 */
export class GdMath extends GdElement {
  static override messagesNamespace = 'gd-math';
  static override measuresWidth = false;
  /**
   * Any text is accepted when it is set: whether it is valid TeX is known only once the converter
   * (loaded on first need) has tried it, and a refusal then is reported like any other problem.
   */
  static override schema = [
    attr({ attribute: 'tex', property: 'tex', parse: (text) => ({ ok: true, value: text }), default: '' }),
  ];

  // No theme tokens: a formula inherits its colours from the widget or page around it (tokens of its
  // own would put light-theme colours inside a dark widget).
  static override styles = [
    css`
    :host {
      display: inline-block;
      font-size: var(--gd-math-size, 1.1em);
    }
    :host([display]) {
      display: block;
      text-align: center;
    }
    /* From temml's "local fonts" stylesheet: an OpenType MATH font is what lets Chromium stretch
       braces, radicals and fraction bars; these ship with Windows (Cambria Math), macOS (STIX Two
       Math) and most TeX installs (Latin Modern Math). The generic 'math' family is the fallback. */
    math {
      font-family: 'Cambria Math', 'STIX Two Math', 'STIXTwoMath-Regular', 'Latin Modern Math', 'Noto Sans Math', math;
      font-style: normal;
      font-weight: normal;
      line-height: normal;
      font-feature-settings: 'dtls' off;
    }
    mfrac > :nth-child(2),
    msqrt,
    mover > :first-child {
      math-shift: compact;
    }
    /* temml's style attributes, as classes (see mathml.ts: a strict CSP refuses style attributes). */
    .gd-block-math {
      display: block math;
    }
    .gd-no-pad {
      padding-left: 0pt;
      padding-right: 0pt;
    }
    .gd-math-depth-0 {
      math-depth: 0;
    }
    [part='error'] {
      color: var(--gd-color-danger, #b3261e);
      font-family: ui-monospace, monospace;
    }
    [part='problems'] {
      display: block;
      color: var(--gd-color-danger, #b3261e);
      font-size: 0.85em;
    }
    [part='problems'] p {
      margin: 0.25em 0;
    }
  `,
  ];

  /** The formula in LaTeX, e.g. `w \leftarrow w - \alpha \frac{\partial L}{\partial w}`. Without it, the element's text is the formula. */
  @property({ attribute: false }) tex = '';

  /** Render as a centred block (display style) rather than inline with the text. */
  @property({ type: Boolean, reflect: true }) display = false;

  /** Last formula that typeset, kept so a typo never blanks what the reader already sees. */
  private lastGood = '';
  private failed = false;
  /** MathML put inside the tag at build time, shown instead of typesetting (until `tex` changes). */
  private prerendered: Element | null = null;
  /** The display mode and TeX last converted (or being converted). */
  private convertedKey = '';
  /** A typeset waiting for the TeX converter; `updateComplete` waits for it. */
  private pending: Promise<void> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.prerendered = this.querySelector(':scope > math');
  }

  private get source(): string {
    return this.tex || (this.prerendered ? '' : (this.textContent ?? '').trim());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('tex') || changed.has('display'))) this.prerendered = null;
    if (this.prerendered) return;
    const tex = this.source;
    // Each formula is converted once: re-renders of the same one (e.g. after a typeset) reuse it.
    const key = `${this.display ? 'D' : 'I'}${tex}`;
    if (key === this.convertedKey) return;
    this.convertedKey = key;
    const markup = prerenderedMathml(tex, this.display);
    if (markup !== undefined) {
      this.lastGood = withoutStyleAttributes(markup);
      this.failed = false;
      this.clearProblem('tex');
      return;
    }
    if (tex === '') {
      // No formula (the attribute was removed): nothing to show, nothing wrong.
      this.lastGood = '';
      this.failed = false;
      this.clearProblem('tex');
      return;
    }
    const display = this.display;
    const typeset = loadTemml().then(
      (temml) => {
        if (tex !== this.source || display !== this.display) return;
        try {
          const rendered = temml.renderToString(tex, {
            displayMode: display,
            throwOnError: true,
            annotate: true,
          });
          this.lastGood = withoutStyleAttributes(rendered);
          this.failed = false;
          this.clearProblem('tex');
        } catch (error) {
          this.failed = true;
          const message = (error as Error).message.replace(/^\S*ParseError:\s*/, '');
          this.reportProblem('tex', tex, { code: 'not-tex', params: { message } });
        }
        this.requestUpdate();
      },
      (error: unknown) => {
        console.warn(`<gd-math>: the TeX converter could not be loaded: ${(error as Error).message}`);
      },
    );
    const pending = typeset.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override render() {
    if (this.prerendered) return html`<span part="math">${this.prerendered.cloneNode(true)}</span>`;
    return html`<span part="math">${unsafeHTML(this.lastGood)}</span>${
      this.failed ? html`<span part="error">${this.source}</span>` : nothing
    }${this.renderProblems()}`;
  }

  protected override updated(): void {
    // Styles temml wrote that have no class of their own: applied through the CSSOM, which a
    // strict Content-Security-Policy allows (it refuses style attributes in markup).
    for (const element of this.renderRoot.querySelectorAll<HTMLElement | MathMLElement>('[data-gd-style]')) {
      element.style.cssText = element.dataset.gdStyle ?? '';
    }
  }
}
