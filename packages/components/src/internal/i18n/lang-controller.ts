import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, onCatalogueChange, resolveLanguage, translate } from './catalogue.js';
import { formatNumber } from './format.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change anywhere re-resolves every widget's language. */
function observeLangAttributes(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the element or its closest ancestor, crossing shadow-root boundaries. */
export function closestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/**
 * Follows the nearest `lang` (the widget's own or an ancestor's), live: when it changes, or when a
 * language is added, the host re-renders in the new language.
 */
export class LangController implements ReactiveController {
  /** The BCP 47 tag as written in the page, e.g. `pt-BR`; used for number formats. */
  locale = 'en';
  /** The catalogue language the tag resolves to, e.g. `pt`. */
  language = 'en';
  /**
   * Set while the messages of the language the page asks for are being fetched; `locale` and
   * `language` switch (and the host re-renders) when they arrive, so text never shows half in the
   * old language. `GdElement` holds its first render until then.
   */
  pending: Promise<void> | undefined;
  /** The `lang` tag last asked for (may still be loading). */
  private wanted = 'en';
  private stopCatalogue?: () => void;

  constructor(
    private readonly host: Host,
    private readonly namespace: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observeLangAttributes();
    this.stopCatalogue = onCatalogueChange(() => this.host.requestUpdate());
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.stopCatalogue?.();
  }

  /** Re-reads the nearest `lang`; re-renders the host when it changed (once its messages are here). */
  refresh(): void {
    const locale = closestLang(this.host) || 'en';
    const language = resolveLanguage(locale);
    if (locale === this.wanted && (this.pending || (locale === this.locale && language === this.language)))
      return;
    this.wanted = locale;
    const loading = loadMessages(language, this.namespace);
    if (!loading) {
      this.pending = undefined;
      this.apply(locale, language);
      return;
    }
    const pending = loading.then(() => {
      // A newer `lang` asked while this one loaded wins.
      if (this.pending !== pending) return;
      this.pending = undefined;
      this.apply(locale, language);
    });
    this.pending = pending;
  }

  private apply(locale: string, language: string): void {
    if (locale === this.locale && language === this.language) return;
    this.locale = locale;
    this.language = language;
    this.host.requestUpdate();
  }

  /** A message of the host's namespace (or `common`), in the current language. */
  t(key: string, params?: Readonly<Record<string, unknown>>): string {
    return translate(this.language, this.namespace, key, params);
  }

  /** A number formatted for the current locale. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, value, options);
  }
}
