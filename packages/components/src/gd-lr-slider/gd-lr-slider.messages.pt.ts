// Portuguese messages of `gd-lr-slider` (gd-lr-slider.messages.ts), fetched only when a widget shows Portuguese.
import type { GdLrSliderMessages } from './gd-lr-slider.messages.js';

export default {
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
  'status.ready': 'Pressione Reproduzir ou Passo para rodar o gradiente descendente a partir de w = {start}.',
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
} satisfies GdLrSliderMessages;
