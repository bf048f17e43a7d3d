import { COMMON_MESSAGES } from './common.messages.js';

/**
 * Message catalogues: every string a widget shows, per language and namespace.
 *
 * Templates use `{name}` placeholders. English, Turkish, Portuguese and Korean ship built in;
 * `addLanguage` adds another language or overrides any message of a built-in one, and every widget on
 * the page re-renders.
 */

/** Message key → template, e.g. `{ play: 'Play', stepOf: 'Step {step} of {total}' }`. */
export type Messages = Readonly<Record<string, string>>;

/** The languages every widget ships with. */
export const BUILT_IN_LANGUAGES = ['en', 'tr', 'pt', 'ko'] as const;
export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];

/** One namespace's messages in each built-in language: the type makes a missing translation a compile error. */
export type Translations<K extends string> = Readonly<Record<BuiltInLanguage, Readonly<Record<K, string>>>>;

// Seeded in the declaration itself (not by a side-effect import), so bundlers keep the shared messages.
const catalogue = new Map<string, Map<string, Messages>>(
  Object.entries(COMMON_MESSAGES).map(([language, messages]) => [language, new Map([['common', messages]])]),
);
const listeners = new Set<() => void>();

function namespaceOf(language: string, namespace: string): Messages | undefined {
  return catalogue.get(language)?.get(namespace);
}

function merge(language: string, namespace: string, messages: Messages): void {
  let namespaces = catalogue.get(language);
  if (!namespaces) {
    namespaces = new Map();
    catalogue.set(language, namespaces);
  }
  namespaces.set(namespace, { ...namespaces.get(namespace), ...messages });
}

/** Registers a widget's built-in messages (called once per namespace when its module loads). */
export function defineMessages<K extends string>(namespace: string, translations: Translations<K>): void {
  for (const language of BUILT_IN_LANGUAGES) merge(language, namespace, translations[language]);
}

/**
 * Adds a language, or overrides messages of an existing one. Missing keys fall back to English.
 *
 * @example
 * addLanguage('de', { common: { play: 'Abspielen' }, 'gd-lr-slider': { learningRate: 'Lernrate' } });
 */
export function addLanguage(language: string, namespaces: Readonly<Record<string, Messages>>): void {
  const tag = language.toLowerCase();
  for (const [namespace, messages] of Object.entries(namespaces)) merge(tag, namespace, messages);
  for (const listener of listeners) listener();
}

/** Calls `listener` when `addLanguage` changes any catalogue; returns an unsubscribe function. */
export function onCatalogueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The languages with at least one catalogue, built-in ones first. */
export function availableLanguages(): string[] {
  return [...catalogue.keys()];
}

/**
 * The catalogue language to use for a `lang` value: the exact tag if registered (`pt-br`), else its
 * primary subtag (`pt`), else English.
 */
export function resolveLanguage(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim().toLowerCase();
  if (tag && catalogue.has(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return catalogue.has(primary) ? primary : 'en';
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are, so a typo shows. */
export function fill(template: string, params: Readonly<Record<string, unknown>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The message `key` of `namespace` in `language`, falling back to the `common` namespace, then to
 * English, then to the key itself (visible, so a missing message is noticed, never a blank).
 */
export function translate(
  language: string,
  namespace: string,
  key: string,
  params?: Readonly<Record<string, unknown>>,
): string {
  for (const lang of [language, 'en']) {
    const template = namespaceOf(lang, namespace)?.[key] ?? namespaceOf(lang, 'common')?.[key];
    if (template !== undefined) return fill(template, params);
  }
  return key;
}
