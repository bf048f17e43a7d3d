// Turkish messages of `gd-lr-slider` (gd-lr-slider.messages.ts), fetched only when a widget shows Turkish.
import type { GdLrSliderMessages } from './gd-lr-slider.messages.js';

export default {
  'error.not-an-id':
    '“{attribute}” özniteliği boşluk içermeyen tek bir öğe kimliği bekliyor, ancak “{value}” verildi.',
  learningRate: 'Öğrenme oranı α',
  typedRate: 'Öğrenme oranı, elle yazılan',
  typedHint: '{min} ile {max} arasında bir sayı yazın.',
  'regime.too-slow': 'Çok yavaş',
  'regime.converges': 'Yakınsıyor',
  'regime.oscillates': 'Salınıyor',
  'regime.diverges': 'Iraksıyor',
  curvature: 'Eğrilik h = L″(w) = {formula} = {h}, dolayısıyla α·h = {alphaH}.',
  'explain.converges':
    'w* = {optimum} noktasına uzaklık her adımda {factor} ile çarpılıyor: yaklaşık {steps} adımda {tol} yakınına iniliyor.',
  'explain.oscillates':
    'w* = {optimum} noktasına uzaklık her adımda {factor} ile çarpılıyor: w minimumu aşıp bir sağına bir soluna geçiyor, ama yaklaşık {steps} adımda {tol} yakınına yerleşiyor.',
  'explain.too-slow':
    'w* = {optimum} noktasına uzaklık her adımda yalnızca ×{factor} küçülüyor: {tol} yakınına inmek için yaklaşık {steps} adım gerekir, bu da gösterilen {budget} adımdan fazla.',
  'explain.diverges':
    '|{factor}| ≥ 1 olduğundan w* = {optimum} noktasına uzaklık hiç küçülmüyor: her adım minimumu, w’nin ondan uzaklığı kadar ya da daha fazla aşıyor.',
  'status.ready': 'w = {start} noktasından gradyan inişini çalıştırmak için Oynat’a ya da Adım’a basın.',
  'status.running': 'Adım {step} / {budget}: w = {w}, kayıp {loss}.',
  'status.converged': '{step} adımda w* = {optimum} noktasının {tol} yakınına gelindi: w = {w}.',
  'status.budget':
    'Adım sınırı olan {step} adımdan sonra duruldu: w = {w}, w* = {optimum} noktasına hâlâ {distance} uzakta.',
  'status.not-finite':
    'Çalışma {step}. adımda durdu: w hesaplanamayacak kadar büyüdü (artık sonlu bir sayı değil).',
  'status.loss-exploded': 'Çalışma {step}. adımda durdu: kayıp milyon kattan fazla büyüyerek {loss} oldu.',
  announceRegime: 'α = {rate}: {regime}.',
  ruleTitle: 'Güncelleme kuralı',
  nextStep: 'Sonraki adım',
  conventionLegend: 'Kare hata tanımı',
  'convention.half': 'Yarım: ½ (y − ŷ)²',
  'convention.mean': 'Tam: (y − ŷ)², gradyan iki katı',
  curveTitle: 'Kayıp eğrisi ve uğranan ağırlıklar',
  curveSummary:
    'Kayıp eğrisi L(w), minimumu w* = {optimum} noktasında olan bir parabol. {count} ağırlığa uğrandı; şu an w = {w}, kayıp {loss}.',
  lossTitle: 'Adım başına kayıp',
  lossSummary: 'Adım başına kayıp: 0. adımda {first}, {step}. adımda {last}.',
  lossAxis: 'kayıp L(w)',
  tableTitle: 'Gradyan inişinin bütün adımları',
  error: 'Hata y − ŷ',
  update: 'Güncelleme Δw',
  pending: '(sonraki adım)',
} satisfies GdLrSliderMessages;
