/**
 * The playground's share panel: copy a link or an embed snippet (with a visible fallback when the
 * clipboard refuses), and download the views as a PNG. Holds what the panel shows between clicks.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { copyText } from './share.js';

/** What the share panel needs from the element. */
export interface ShareHooks {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly announce: (message: string) => void;
  readonly link: () => string;
  readonly embed: () => string;
  readonly png: () => Promise<Blob | undefined>;
  /** Where the panel is rendered (to click the download link once the PNG is ready). */
  readonly root: () => ParentNode;
}

export class SharePanel {
  private output?: { text: string; label: string };
  private status = '';
  private pngUrl?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: ShareHooks,
  ) {}

  /** Copies the link or the snippet; shows it in a text box when the clipboard refuses. */
  async copy(kind: 'link' | 'embed'): Promise<void> {
    const { t } = this.hooks;
    const text = kind === 'link' ? this.hooks.link() : this.hooks.embed();
    if (await copyText(text)) {
      this.output = undefined;
      this.status = t('share.copied');
    } else {
      this.output = { text, label: t(kind === 'link' ? 'share.linkFallback' : 'share.embedFallback') };
      this.status = t('share.notCopied');
    }
    this.hooks.announce(this.status);
    this.host.requestUpdate();
  }

  /** Makes the PNG and starts its download (the link stays for a second try). */
  async exportPng(): Promise<void> {
    const blob = await this.hooks.png();
    this.release();
    this.pngUrl = blob ? URL.createObjectURL(blob) : undefined;
    this.status = this.hooks.t(blob ? 'share.pngReady' : 'share.pngFailed');
    this.hooks.announce(this.status);
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (blob) this.hooks.root().querySelector<HTMLAnchorElement>('#share-download')?.click();
  }

  /** Frees the PNG's object URL (the element left the page). */
  release(): void {
    if (this.pngUrl) URL.revokeObjectURL(this.pngUrl);
    this.pngUrl = undefined;
  }

  render(locked: boolean): TemplateResult {
    const { t } = this.hooks;
    return html`<fieldset part="share" ?disabled=${locked}>
      <legend>${t('share.legend')}</legend>
      <div class="buttons">
        <button type="button" id="share-link" class="secondary" @click=${() => void this.copy('link')}>
          ${t('share.link')}
        </button>
        <button type="button" id="share-embed" class="secondary" @click=${() => void this.copy('embed')}>
          ${t('share.embed')}
        </button>
        <button type="button" id="share-png" class="secondary" @click=${() => void this.exportPng()}>
          ${t('share.png')}
        </button>
      </div>
      ${
        this.output
          ? html`<label for="share-output">${this.output.label}</label>
            <textarea id="share-output" readonly .value=${this.output.text}></textarea>`
          : nothing
      }
      ${
        this.pngUrl
          ? html`<a id="share-download" href=${this.pngUrl} download="gd-playground.png">${t('share.pngLink')}</a>`
          : nothing
      }
      <p class="hint" role="status">${this.status}</p>
    </fieldset>`;
  }
}
