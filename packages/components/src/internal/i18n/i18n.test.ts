import { afterEach, describe, expect, it } from 'vitest';
import {
  addLanguage,
  closestLang,
  defineMessages,
  fill,
  formatNumber,
  loadMessages,
  resolveLanguage,
  translate,
} from './index.js';

defineMessages('i18n-test', {
  en: { greeting: 'Step {step} of {total}' },
  tr: { greeting: 'Adım {step} / {total}' },
  pt: { greeting: 'Passo {step} de {total}' },
  ko: { greeting: '{total}단계 중 {step}단계' },
});

describe('message catalogues', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('translates into each built-in language, filling placeholders', () => {
    expect(translate('en', 'i18n-test', 'greeting', { step: 3, total: 10 })).toBe('Step 3 of 10');
    expect(translate('tr', 'i18n-test', 'greeting', { step: 3, total: 10 })).toBe('Adım 3 / 10');
    expect(translate('pt', 'i18n-test', 'greeting', { step: 3, total: 10 })).toBe('Passo 3 de 10');
    expect(translate('ko', 'i18n-test', 'greeting', { step: 3, total: 10 })).toBe('10단계 중 3단계');
  });

  it('falls back to the common namespace, then English, then the key itself', async () => {
    await loadMessages('tr');
    expect(translate('tr', 'i18n-test', 'pause')).toBe('Duraklat');
    expect(translate('de', 'i18n-test', 'pause')).toBe('Pause');
    expect(translate('en', 'i18n-test', 'no-such-key')).toBe('no-such-key');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('resolves regional tags to their language and unknown ones to English', () => {
    expect(resolveLanguage('pt-BR')).toBe('pt');
    expect(resolveLanguage('ko-KR')).toBe('ko');
    expect(resolveLanguage('TR')).toBe('tr');
    expect(resolveLanguage('fr')).toBe('en');
    expect(resolveLanguage(undefined)).toBe('en');
  });

  it('adds a language or overrides a built-in message at run time', () => {
    addLanguage('de', {
      common: { play: 'Abspielen' },
      'i18n-test': { greeting: 'Schritt {step} von {total}' },
    });
    expect(resolveLanguage('de-AT')).toBe('de');
    expect(translate('de', 'i18n-test', 'greeting', { step: 1, total: 2 })).toBe('Schritt 1 von 2');
    expect(translate('de', 'i18n-test', 'reset')).toBe('Reset');
    addLanguage('en', { common: { reset: 'Start over' } });
    expect(translate('en', 'i18n-test', 'reset')).toBe('Start over');
    addLanguage('en', { common: { reset: 'Reset' } });
  });

  it('formats numbers for the locale: decimal commas in Turkish and Portuguese', () => {
    expect(formatNumber('en', 8 / 3)).toBe('2.6667');
    expect(formatNumber('tr', 8 / 3)).toBe('2,6667');
    expect(formatNumber('pt-BR', 1234.5)).toBe('1.234,5');
    expect(formatNumber('ko', 1234.5)).toBe('1,234.5');
    expect(formatNumber('en', -0)).toBe('0');
    expect(formatNumber('en', Number.NaN)).toBe('—');
  });

  it('finds the nearest lang across shadow-root boundaries', () => {
    const outer = document.createElement('section');
    outer.lang = 'ko';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(closestLang(inner)).toBe('ko');
    host.lang = 'tr';
    expect(closestLang(inner)).toBe('tr');
  });
});

// English ships with each element; Turkish, Portuguese and Korean are fetched on first need.
describe('catalogues fetched on first need', () => {
  it('falls back to English until a language is fetched, then translates; a second load is a no-op', async () => {
    let fetched = 0;
    const later = (messages: Record<string, string>) => () => {
      fetched++;
      return Promise.resolve({ default: messages });
    };
    defineMessages(
      'i18n-lazy',
      { en: { title: 'Loss', note: 'kept' } },
      {
        tr: later({ title: 'Kayıp', note: 'korundu' }),
        pt: later({ title: 'Perda', note: 'mantido' }),
        ko: later({ title: '손실', note: '유지됨' }),
      },
    );
    // Nothing fetched yet: Portuguese reads English, and a page override made before the fetch survives it.
    expect(translate('pt', 'i18n-lazy', 'title')).toBe('Loss');
    addLanguage('pt', { 'i18n-lazy': { note: 'guardado' } });
    await loadMessages('pt', 'i18n-lazy');
    expect(fetched).toBe(1);
    expect(translate('pt', 'i18n-lazy', 'title')).toBe('Perda');
    expect(translate('pt', 'i18n-lazy', 'note')).toBe('guardado');
    expect(loadMessages('pt', 'i18n-lazy')).toBeUndefined();
    // Korean is still English until asked for; asking twice at once fetches once.
    expect(translate('ko', 'i18n-lazy', 'title')).toBe('Loss');
    await Promise.all([loadMessages('ko', 'i18n-lazy'), loadMessages('ko', 'i18n-lazy')]);
    expect(fetched).toBe(2);
    expect(translate('ko', 'i18n-lazy', 'title')).toBe('손실');
    expect(resolveLanguage('tr-TR')).toBe('tr');
  });

  it('keeps English when a catalogue cannot be downloaded, with one warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const fail = () => Promise.reject(new Error('offline'));
      defineMessages('i18n-offline', { en: { title: 'Loss' } }, { tr: fail, pt: fail, ko: fail });
      await loadMessages('tr', 'i18n-offline');
      expect(translate('tr', 'i18n-offline', 'title')).toBe('Loss');
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0]?.[0])).toContain('offline');
      expect(loadMessages('tr', 'i18n-offline')).toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });
});
