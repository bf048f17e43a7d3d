import { COMMON_MESSAGES_EN } from './common.messages.js';

/**
 * Message catalogues: every string a widget shows, per language and namespace.
 *
 * Templates use `{name}` placeholders. English, Turkish, Portuguese and Korean ship built in;
 * `addLanguage` adds another language or overrides any message of a built-in one, and every widget on
 * the page re-renders.
 *
 * English ships with each element's code (it is also the fallback). The other built-in languages are
 * separate modules, fetched the first time a widget on the page shows that language
 * ({@link loadMessages}; a widget waits for its language before its first render, so a reader never
 * sees English flash first): a Turkish page downloads English and Turkish, not four catalogues.
 */

/** Message key → template, e.g. `{ play: 'Play', stepOf: 'Step {step} of {total}' }`. */
export type Messages = Readonly<Record<string, string>>;

/** The languages every widget ships with. */
export const BUILT_IN_LANGUAGES = ['en', 'tr', 'pt', 'ko'] as const;
export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];

/** One namespace's messages in each built-in language: the type makes a missing translation a compile error. */
export type Translations<K extends string> = Readonly<Record<BuiltInLanguage, Readonly<Record<K, string>>>>;

/** A built-in language's messages of one file, fetched on first need (a dynamic `import()`). */
export type MessagesLoader = () => Promise<{ readonly default: Messages }>;

/** The loaders of the built-in languages other than English, one per language. */
export type LazyTranslations = Readonly<Record<Exclude<BuiltInLanguage, 'en'>, MessagesLoader>>;

// Seeded in the declaration itself (not by a side-effect import), so bundlers keep the shared messages.
const catalogue = new Map<string, Map<string, Messages>>([['en', new Map([['common', COMMON_MESSAGES_EN]])]]);
const listeners = new Set<() => void>();

/** A catalogue not fetched yet; `loading` once asked for. */
interface LazyEntry {
  readonly namespace: string;
  readonly load: MessagesLoader;
  loading?: Promise<void>;
}

/** Built-in catalogues not fetched yet: language → entries (removed once merged). */
const lazy = new Map<string, LazyEntry[]>(
  (
    [
      ['tr', () => import('./common.messages.tr.js')],
      ['pt', () => import('./common.messages.pt.js')],
      ['ko', () => import('./common.messages.ko.js')],
    ] as const
  ).map(([language, load]) => [language, [{ namespace: 'common', load }]]),
);

function namespaceOf(language: string, namespace: string): Messages | undefined {
  return catalogue.get(language)?.get(namespace);
}

/** Adds messages; `under` keeps what is already there (a fetched built-in catalogue never undoes `addLanguage`). */
function merge(language: string, namespace: string, messages: Messages, under = false): void {
  let namespaces = catalogue.get(language);
  if (!namespaces) {
    namespaces = new Map();
    catalogue.set(language, namespaces);
  }
  const current = namespaces.get(namespace);
  namespaces.set(namespace, under ? { ...messages, ...current } : { ...current, ...messages });
}

/**
 * Registers a widget's built-in messages (called once per file when its module loads): either every
 * built-in language at once, or English with a loader for each other language (fetched on first need).
 */
export function defineMessages<K extends string>(namespace: string, translations: Translations<K>): void;
export function defineMessages(
  namespace: string,
  english: { readonly en: Messages },
  others: LazyTranslations,
): void;
export function defineMessages(
  namespace: string,
  translations: Partial<Record<BuiltInLanguage, Messages>>,
  others?: LazyTranslations,
): void {
  for (const language of BUILT_IN_LANGUAGES) {
    const messages = translations[language];
    if (messages) merge(language, namespace, messages);
  }
  for (const [language, load] of Object.entries(others ?? {})) {
    const entries = lazy.get(language) ?? [];
    if (!entries.some((entry) => entry.load === load)) entries.push({ namespace, load });
    lazy.set(language, entries);
  }
}

/**
 * Fetches the built-in catalogues of `language` not loaded yet (of `namespace` and `common`, or of
 * every namespace when none is given). Undefined when there is nothing to fetch, so callers can stay
 * synchronous; otherwise resolves once they are merged. A catalogue that fails to download is reported
 * once and left out: the widget falls back to English for it.
 */
export function loadMessages(language: string, namespace?: string): Promise<void> | undefined {
  const entries = lazy
    .get(language)
    ?.filter((entry) => !namespace || entry.namespace === namespace || entry.namespace === 'common');
  if (!entries?.length) return undefined;
  return Promise.all(
    entries.map((entry) => {
      entry.loading ??= entry.load().then(
        (module) => {
          merge(language, entry.namespace, module.default, true);
          done(language, entry);
        },
        (error: unknown) => {
          done(language, entry);
          console.warn(
            `gd-playground: could not load the ${language} messages of ${entry.namespace}: ${(error as Error).message}`,
          );
        },
      );
      return entry.loading;
    }),
  ).then(() => undefined);
}

function done(language: string, entry: LazyEntry): void {
  const left = lazy.get(language)?.filter((other) => other !== entry) ?? [];
  if (left.length) lazy.set(language, left);
  else lazy.delete(language);
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
  return [...new Set([...BUILT_IN_LANGUAGES, ...catalogue.keys()])];
}

/** Whether a language has messages, fetched or not. */
function known(language: string): boolean {
  return catalogue.has(language) || (BUILT_IN_LANGUAGES as readonly string[]).includes(language);
}

/**
 * The catalogue language to use for a `lang` value: the exact tag if registered (`pt-br`), else its
 * primary subtag (`pt`), else English.
 */
export function resolveLanguage(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim().toLowerCase();
  if (tag && known(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return known(primary) ? primary : 'en';
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
