// Korean messages of `gd-lr-slider` (gd-lr-slider.messages.ts), fetched only when a widget shows Korean.
import type { GdLrSliderMessages } from './gd-lr-slider.messages.js';

export default {
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
  'status.loss-exploded': '{step}단계에서 실행이 멈췄습니다. 손실이 백만 배 넘게 커져 {loss}에 이르렀습니다.',
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
} satisfies GdLrSliderMessages;
