import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onCatalogueChange, resolveLanguage, translate } from './catalogue.js';
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

  /** Re-reads the nearest `lang`; re-renders the host when it changed. */
  refresh(): void {
    const locale = closestLang(this.host) || 'en';
    if (locale === this.locale && this.language === resolveLanguage(locale)) return;
    this.locale = locale;
    this.language = resolveLanguage(locale);
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
