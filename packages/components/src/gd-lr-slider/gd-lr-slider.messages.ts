// Long by design: a catalogue of every string in four languages side by side, not code to split.
import { defineMessages } from '../internal/i18n/index.js';

/**
 * Messages of `<gd-lr-slider>`. Placeholders: `{rate}`, `{min}`, `{max}` learning rates; `{h}` the
 * curvature and `{formula}` its formula (x² or 2x²); `{alphaH}` α·h; `{factor}` 1 − αh; `{steps}` a
 * step count; `{tol}` the tolerance; `{budget}` the step budget; `{optimum}` w*; `{w}`, `{loss}`,
 * `{distance}`, `{step}`, `{start}`, `{count}`, `{first}`, `{last}` numbers already formatted.
 */
defineMessages('gd-lr-slider', {
  en: {
    'error.not-an-id': 'The “{attribute}” attribute takes one element id, without spaces, but got “{value}”.',
    learningRate: 'Learning rate α',
    typedRate: 'Learning rate, typed',
    typedHint: 'Type a number between {min} and {max}.',
    'regime.too-slow': 'Too slow',
    'regime.converges': 'Converges',
    'regime.oscillates': 'Oscillates',
    'regime.diverges': 'Diverges',
    curvature: 'Curvature h = L″(w) = {formula} = {h}, so α·h = {alphaH}.',
    'explain.converges':
      'The distance to w* = {optimum} is multiplied by {factor} at every step: about {steps} steps to get within {tol}.',
    'explain.oscillates':
      'The distance to w* = {optimum} is multiplied by {factor} at every step: w overshoots and alternates sides of the minimum, but settles within {tol} in about {steps} steps.',
    'explain.too-slow':
      'The distance to w* = {optimum} shrinks only ×{factor} a step: about {steps} steps would be needed to get within {tol}, more than the {budget} shown.',
    'explain.diverges':
      'Since |{factor}| ≥ 1, the distance to w* = {optimum} never shrinks: every step overshoots the minimum by at least as much as w was away from it.',
    'status.ready': 'Press Play or Step to run gradient descent from w = {start}.',
    'status.running': 'Step {step} of {budget}: w = {w}, loss {loss}.',
    'status.converged': 'Within {tol} of w* = {optimum} after {step} steps: w = {w}.',
    'status.budget':
      'Stopped after {step} steps, the step budget: w = {w} is still {distance} away from w* = {optimum}.',
    'status.not-finite':
      'The run stopped at step {step}: w grew too large to compute (it is no longer a finite number).',
    'status.loss-exploded':
      'The run stopped at step {step}: the loss grew more than a million-fold, to {loss}.',
    announceRegime: 'α = {rate}: {regime}.',
    ruleTitle: 'Update rule',
    nextStep: 'Next step',
    conventionLegend: 'Squared-error convention',
    'convention.half': 'Half: ½ (y − ŷ)²',
    'convention.mean': 'Full: (y − ŷ)², gradient doubled',
    curveTitle: 'Loss curve and the weights visited',
    curveSummary:
      'Loss curve L(w), a parabola with its minimum at w* = {optimum}. {count} weights visited; now w = {w}, loss {loss}.',
    lossTitle: 'Loss per step',
    lossSummary: 'Loss per step: {first} at step 0, {last} at step {step}.',
    lossAxis: 'loss L(w)',
    tableTitle: 'Every step of gradient descent',
    error: 'Error y − ŷ',
    update: 'Update Δw',
    pending: '(next step)',
  },
  tr: {
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
  },
  pt: {
    'error.not-an-id':
      'O atributo “{attribute}” espera o id de um único elemento, sem espaços, mas recebeu “{value}”.',
    learningRate: 'Taxa de aprendizado α',
    typedRate: 'Taxa de aprendizado, digitada',
    typedHint: 'Digite um número entre {min} e {max}.',
    'regime.too-slow': 'Lenta demais',
    'regime.converges': 'Converge',
    'regime.oscillates': 'Oscila',
    'regime.diverges': 'Diverge',
    curvature: 'Curvatura h = L″(w) = {formula} = {h}, logo α·h = {alphaH}.',
    'explain.converges':
      'A distância até w* = {optimum} é multiplicada por {factor} a cada passo: em cerca de {steps} passos fica a menos de {tol}.',
    'explain.oscillates':
      'A distância até w* = {optimum} é multiplicada por {factor} a cada passo: w passa do mínimo e troca de lado a cada vez, mas fica a menos de {tol} em cerca de {steps} passos.',
    'explain.too-slow':
      'A distância até w* = {optimum} encolhe só ×{factor} por passo: seriam precisos cerca de {steps} passos para ficar a menos de {tol}, mais que os {budget} mostrados.',
    'explain.diverges':
      'Como |{factor}| ≥ 1, a distância até w* = {optimum} nunca diminui: cada passo ultrapassa o mínimo pelo menos tanto quanto w estava longe dele.',
    'status.ready':
      'Pressione Reproduzir ou Passo para rodar o gradiente descendente a partir de w = {start}.',
    'status.running': 'Passo {step} de {budget}: w = {w}, perda {loss}.',
    'status.converged': 'A menos de {tol} de w* = {optimum} depois de {step} passos: w = {w}.',
    'status.budget':
      'Parou depois de {step} passos, o limite de passos: w = {w} ainda está a {distance} de w* = {optimum}.',
    'status.not-finite':
      'A execução parou no passo {step}: w ficou grande demais para calcular (deixou de ser um número finito).',
    'status.loss-exploded':
      'A execução parou no passo {step}: a perda cresceu mais de um milhão de vezes, até {loss}.',
    announceRegime: 'α = {rate}: {regime}.',
    ruleTitle: 'Regra de atualização',
    nextStep: 'Próximo passo',
    conventionLegend: 'Convenção do erro quadrático',
    'convention.half': 'Metade: ½ (y − ŷ)²',
    'convention.mean': 'Inteiro: (y − ŷ)², gradiente dobrado',
    curveTitle: 'Curva da perda e os pesos visitados',
    curveSummary:
      'Curva da perda L(w), uma parábola com mínimo em w* = {optimum}. {count} pesos visitados; agora w = {w}, perda {loss}.',
    lossTitle: 'Perda a cada passo',
    lossSummary: 'Perda a cada passo: {first} no passo 0, {last} no passo {step}.',
    lossAxis: 'perda L(w)',
    tableTitle: 'Todos os passos do gradiente descendente',
    error: 'Erro y − ŷ',
    update: 'Atualização Δw',
    pending: '(próximo passo)',
  },
  ko: {
    'error.not-an-id':
      '“{attribute}” 속성에는 공백 없는 요소 id 하나를 써야 하지만 “{value}” 값이 주어졌습니다.',
    learningRate: '학습률 α',
    typedRate: '학습률 직접 입력',
    typedHint: '{min}에서 {max} 사이의 숫자를 입력하세요.',
    'regime.too-slow': '너무 느림',
    'regime.converges': '수렴',
    'regime.oscillates': '진동',
    'regime.diverges': '발산',
    curvature: '곡률 h = L″(w) = {formula} = {h}이므로 α·h = {alphaH}입니다.',
    'explain.converges':
      'w* = {optimum}까지의 거리가 단계마다 {factor}배가 됩니다. 약 {steps}단계면 {tol} 이내로 들어옵니다.',
    'explain.oscillates':
      'w* = {optimum}까지의 거리가 단계마다 {factor}배가 됩니다. w가 최솟값을 지나쳐 좌우를 번갈아 오가지만, 약 {steps}단계면 {tol} 이내로 자리를 잡습니다.',
    'explain.too-slow':
      'w* = {optimum}까지의 거리가 단계마다 ×{factor}만큼만 줄어듭니다. {tol} 이내로 들어오려면 약 {steps}단계가 필요해서, 보여 주는 {budget}단계보다 많습니다.',
    'explain.diverges':
      '|{factor}| ≥ 1이므로 w* = {optimum}까지의 거리가 줄지 않습니다. 매 단계가 w가 떨어져 있던 거리 이상으로 최솟값을 지나칩니다.',
    'status.ready': '재생 또는 한 단계를 눌러 w = {start}에서 경사 하강법을 시작하세요.',
    'status.running': '{budget}단계 중 {step}단계: w = {w}, 손실 {loss}.',
    'status.converged': '{step}단계 만에 w* = {optimum}에서 {tol} 이내로 들어왔습니다: w = {w}.',
    'status.budget':
      '단계 한도인 {step}단계에서 멈췄습니다. w = {w}는 아직 w* = {optimum}에서 {distance}만큼 떨어져 있습니다.',
    'status.not-finite':
      '{step}단계에서 실행이 멈췄습니다. w가 계산할 수 없을 만큼 커졌습니다(더 이상 유한한 수가 아님).',
    'status.loss-exploded':
      '{step}단계에서 실행이 멈췄습니다. 손실이 백만 배 넘게 커져 {loss}에 이르렀습니다.',
    announceRegime: 'α = {rate}: {regime}.',
    ruleTitle: '갱신 규칙',
    nextStep: '다음 단계',
    conventionLegend: '제곱 오차 규약',
    'convention.half': '절반: ½ (y − ŷ)²',
    'convention.mean': '전체: (y − ŷ)², 기울기 두 배',
    curveTitle: '손실 곡선과 거쳐 간 가중치',
    curveSummary:
      '손실 곡선 L(w): 최솟값이 w* = {optimum}인 포물선입니다. 가중치 {count}개를 거쳤고, 지금은 w = {w}, 손실 {loss}입니다.',
    lossTitle: '단계별 손실',
    lossSummary: '단계별 손실: 0단계에서 {first}, {step}단계에서 {last}.',
    lossAxis: '손실 L(w)',
    tableTitle: '경사 하강법의 모든 단계',
    error: '오차 y − ŷ',
    update: '갱신량 Δw',
    pending: '(다음 단계)',
  },
});
