import { defineMessages } from '../internal/i18n/index.js';

/**
 * Strings of the playground's prediction probe, data matrix and step-as-code panels, in the same
 * `gd-playground` namespace as the rest (merged into it), kept here beside the panels they belong to.
 */
defineMessages('gd-playground', {
  en: {
    'probe.heading': 'Predict',
    'probe.pick': 'Pick in the data view',
    'probe.unavailable': 'The prediction appears once the model has parameters.',
    'probe.class': 'Class: {klass} (σ(z) ≥ {threshold} gives class 1)',
  },
  tr: {
    'probe.heading': 'Tahmin et',
    'probe.pick': 'Veri görünümünde seç',
    'probe.unavailable': 'Modelin parametreleri oluşunca tahmin burada görünür.',
    'probe.class': 'Sınıf: {klass} (σ(z) ≥ {threshold} ise sınıf 1)',
  },
  pt: {
    'probe.heading': 'Prever',
    'probe.pick': 'Escolher na vista dos dados',
    'probe.unavailable': 'A previsão aparece quando o modelo tiver parâmetros.',
    'probe.class': 'Classe: {klass} (σ(z) ≥ {threshold} dá a classe 1)',
  },
  ko: {
    'probe.heading': '예측하기',
    'probe.pick': '데이터 보기에서 고르기',
    'probe.unavailable': '모델에 매개변수가 생기면 예측이 나타납니다.',
    'probe.class': '클래스: {klass} (σ(z) ≥ {threshold}이면 클래스 1)',
  },
});
