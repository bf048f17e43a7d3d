// Turkish messages every widget shares (common.messages.ts), fetched only when a widget shows Turkish.
import type { CommonMessages } from './common.messages.js';

export default {
  play: 'Oynat',
  pause: 'Duraklat',
  step: 'Adım',
  stepBack: 'Bir adım geri',
  reset: 'Sıfırla',
  train: 'Eğit',
  loss: 'Kayıp',
  stepNumber: 'Adım',
  problemTitle: 'Bu bileşen bir ayarı kullanamadı',
  keptLastGood: 'Son geçerli durum gösteriliyor.',
  'error.not-a-number': '“{attribute}” özniteliği bir sayı bekliyor, ancak “{value}” verildi.',
  'error.not-finite': '“{attribute}” özniteliği sonlu bir sayı olmalı, ancak “{value}” verildi.',
  'error.not-positive': '“{attribute}” özniteliği 0’dan büyük olmalı, ancak “{value}” verildi.',
  'error.out-of-range': '“{attribute}” özniteliği {min} ile {max} arasında olmalı, ancak “{value}” verildi.',
  'error.not-a-list': '“{attribute}” özniteliği virgülle ayrılmış sayılar bekliyor, ancak “{value}” verildi.',
  'error.empty': '“{attribute}” özniteliği boş: en az bir değer gerekli.',
  'error.length-mismatch':
    '“{attribute}” özniteliğinde {actual} değer var, “{other}” özniteliğinde ise {expected}: sayıları eşit olmalı.',
  'error.not-probability':
    '“{attribute}” özniteliğinin {row}. değeri {value}: ikili çapraz entropi 0 ile 1 arasında olasılıklar ister.',
  'error.not-binary':
    '“{attribute}” özniteliğinin {row}. değeri {value}: ikili çapraz entropi için gerçek değerler 0 ya da 1 olmalı.',
  'error.needs-two-classes':
    '“{attribute}” özniteliği “{value}”: lojistik regresyon 0 ya da 1 hedefleri (iki sınıf) ister, bu veri ise iki sınıftan oluşmuyor.',
  'error.unknown-option': '“{attribute}” özniteliği “{value}” değerini tanımıyor. Seçenekler: {options}.',
  'error.no-target': '“{attribute}” özniteliği için “{value}” kimliğine sahip bir öğe bulunamadı.',
  'error.not-json': '“{attribute}” özniteliği JSON bekliyor, ancak “{value}” JSON olarak okunamadı.',
} satisfies CommonMessages;
