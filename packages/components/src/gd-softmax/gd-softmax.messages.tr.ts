// Turkish messages of `gd-softmax` (gd-softmax.messages.ts), fetched only when a widget shows Turkish.
import type { GdSoftmaxMessages } from './gd-softmax.messages.js';

export default {
  logitsChart:
    'Logitler z: bir çubuğu sürükleyin ya da odaklayıp ok tuşlarını kullanın (N ve P çubuklar arasında gezdirir)',
  probabilitiesChart: 'Olasılıklar p = softmax(z / T)',
  logitHandle: '{i}. sınıfın logiti',
  classLabel: 'sınıf {i}',
  targetMark: 'hedef',
  temperature: 'Sıcaklık T',
  temperatureValue: 'T = {value}',
  tableCaption: 'Softmax, log-softmax ve çapraz entropinin gradyanı',
  colClass: 'Sınıf',
  colLogit: 'Logit z',
  colProbability: 'p',
  colLogProbability: 'log p',
  colTruth: 'y',
  colGradient: '∂L/∂z',
  crossEntropy: '{target}. sınıf için çapraz entropi: L = −log p{target} = {value}',
  gradientNote: 'Logitlere göre gradyanı (p − y) / T; T = 1 iken yalnızca p − y.',
  noTarget:
    'Çapraz entropiyi ve gradyanını görmek için bir hedef sınıf verin (target özniteliği, 0’dan sayılır).',
  stabilityTitle: 'Hesaplamanın iki yolu',
  naiveTitle: 'Saf yol, float32 ile: önce üs al, sonra böl',
  stableTitle: 'Kararlı yol: önce en büyüğü çıkar (log-sum-exp)',
  colExp: 'e^(z/T)',
  colShiftedExp: 'e^(z/T − m)',
  sum: 'Toplam',
  maxLabel: 'm = en büyük z/T = {value}',
  logSumExp: 'log-sum-exp = {value}',
  overflow: 'float32’de x yaklaşık 88,7’yi aşınca e^x sonsuz (∞) olur; ∞ / ∞ ise NaN verir: saf yol çöker.',
  noOverflow: 'Bu logitlerde taşma yok: iki yol aynı sonucu verir.',
  stableNote: 'Kaydırmadan sonra hiçbir üs 0’ı geçmez; taşma olamaz ve sonuç değişmez.',
  jacobianCaption: 'Jakobiyen ∂p/∂z = (diag(p) − p pᵀ) / T, {n} × {n}',
  summary: 'Olasılıklar {values}.',
  'error.logit-count':
    '“{attribute}” özniteliği {min} ile {max} arasında logit ister, ancak “{value}” verildi.',
  'error.not-class-index':
    '“{attribute}” özniteliği 0’dan sayılan bir sınıf numarası (0, 1, 2, …) ister, ancak “{value}” verildi.',
  'error.target-too-large':
    '“{attribute}” özniteliği {value}, ancak {count} sınıf var ve numaraları 0 ile {max} arasında.',
} satisfies GdSoftmaxMessages;
