export {
  addLanguage,
  availableLanguages,
  BUILT_IN_LANGUAGES,
  type BuiltInLanguage,
  defineMessages,
  fill,
  type LazyTranslations,
  loadMessages,
  type Messages,
  type MessagesLoader,
  onCatalogueChange,
  resolveLanguage,
  type Translations,
  translate,
} from './catalogue.js';
export { formatNumber } from './format.js';
export { closestLang, LangController } from './lang-controller.js';
