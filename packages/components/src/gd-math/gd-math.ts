import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import temml from 'temml';

/**
 * Typesets a LaTeX formula as MathML, which browsers draw natively and screen readers read as
 * mathematics. Widgets use it to show update rules with live numbers.
 *
 * @summary A formula, written in LaTeX, shown as real mathematics.
 *
 * @csspart math - The rendered `<math>` element.
 * @csspart error - The message shown when the formula cannot be typeset.
 * @cssproperty [--gd-math-size=1.1em] - Font size of the formula.
 * @cssproperty [--gd-color-danger=#b3261e] - Colour of the error message.
 */
export class GdMath extends LitElement {
  static override styles = css`
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
    [part='error'] {
      color: var(--gd-color-danger, #b3261e);
      font-family: ui-monospace, monospace;
    }
  `;

  /** The formula in LaTeX, e.g. `w \leftarrow w - \alpha \frac{\partial L}{\partial w}`. */
  @property() tex = '';

  /** Render as a centred block (display style) rather than inline with the text. */
  @property({ type: Boolean, reflect: true }) display = false;

  /** Last formula that typeset, kept so a typo never blanks what the reader already sees. */
  private lastGood = '';
  private failed = false;

  private typeset(): string {
    try {
      const markup = temml.renderToString(this.tex, {
        displayMode: this.display,
        throwOnError: true,
        annotate: true,
      });
      this.lastGood = markup;
      this.failed = false;
    } catch (error) {
      this.failed = true;
      console.warn(`<gd-math>: the "tex" attribute could not be typeset: ${(error as Error).message}`);
    }
    return this.lastGood;
  }

  override render() {
    const markup = this.typeset();
    return html`<span part="math">${unsafeHTML(markup)}</span>${
      this.failed ? html`<span part="error" role="alert">${this.tex}</span>` : nothing
    }`;
  }
}
