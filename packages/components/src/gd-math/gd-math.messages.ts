import { defineMessages } from '../internal/i18n/index.js';

/** What `<gd-math>` says when a formula cannot be typeset, in the four built-in languages. */
defineMessages('gd-math', {
  en: {
    problemTitle: 'This formula could not be typeset',
    'error.not-tex': 'The LaTeX in the "{attribute}" attribute could not be read: {message}',
    keptLastGood: 'The last formula that worked is still shown.',
  },
  tr: {
    problemTitle: 'Bu formül dizilemedi',
    'error.not-tex': '"{attribute}" özniteliğindeki LaTeX okunamadı: {message}',
    keptLastGood: 'Çalışan son formül gösterilmeye devam ediyor.',
  },
  pt: {
    problemTitle: 'Não foi possível compor esta fórmula',
    'error.not-tex': 'Não foi possível ler o LaTeX do atributo "{attribute}": {message}',
    keptLastGood: 'A última fórmula que funcionou continua à vista.',
  },
  ko: {
    problemTitle: '이 수식을 조판하지 못했습니다',
    'error.not-tex': '"{attribute}" 속성의 LaTeX를 읽을 수 없습니다: {message}',
    keptLastGood: '마지막으로 제대로 표시된 수식을 계속 보여 줍니다.',
  },
});
