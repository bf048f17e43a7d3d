// Korean messages of `gd-softmax` (gd-softmax.messages.ts), fetched only when a widget shows Korean.
import type { GdSoftmaxMessages } from './gd-softmax.messages.js';

export default {
  logitsChart: '로짓 z: 막대를 끌거나, 막대에 초점을 두고 화살표 키를 누르세요(N과 P로 막대를 옮겨 다닙니다)',
  probabilitiesChart: '확률 p = softmax(z / T)',
  logitHandle: '클래스 {i}의 로짓',
  classLabel: '클래스 {i}',
  targetMark: '정답',
  temperature: '온도 T',
  temperatureValue: 'T = {value}',
  tableCaption: '소프트맥스, 로그 소프트맥스, 교차 엔트로피의 기울기',
  colClass: '클래스',
  colLogit: '로짓 z',
  colProbability: 'p',
  colLogProbability: 'log p',
  colTruth: 'y',
  colGradient: '∂L/∂z',
  crossEntropy: '클래스 {target}에 대한 교차 엔트로피: L = −log p{target} = {value}',
  gradientNote: '로짓에 대한 기울기는 (p − y) / T이며, T = 1이면 그냥 p − y입니다.',
  noTarget: '교차 엔트로피와 그 기울기를 보려면 정답 클래스(target 속성, 0부터 셈)를 지정하세요.',
  stabilityTitle: '계산하는 두 가지 방법',
  naiveTitle: '단순한 방법, float32: 먼저 지수를 구하고 나눔',
  stableTitle: '안정적인 방법: 최댓값을 먼저 뺌(log-sum-exp)',
  colExp: 'e^(z/T)',
  colShiftedExp: 'e^(z/T − m)',
  sum: '합',
  maxLabel: 'm = z/T의 최댓값 = {value}',
  logSumExp: 'log-sum-exp = {value}',
  overflow: 'float32에서는 x가 약 88.7을 넘으면 e^x가 ∞가 되고, ∞ / ∞는 NaN입니다. 단순한 방법은 무너집니다.',
  noOverflow: '이 로짓에서는 넘침이 없어서 두 방법의 결과가 같습니다.',
  stableNote: '최댓값을 빼면 모든 지수가 0 이하라서 넘칠 수 없고, 결과는 그대로입니다.',
  jacobianCaption: '야코비 행렬 ∂p/∂z = (diag(p) − p pᵀ) / T, {n} × {n}',
  summary: '확률 {values}.',
  'error.logit-count':
    '“{attribute}” 속성에는 로짓이 {min}개에서 {max}개 필요하지만 “{value}”을(를) 받았습니다.',
  'error.not-class-index':
    '“{attribute}” 속성에는 0부터 세는 클래스 번호(0, 1, 2, …)가 필요하지만 “{value}”을(를) 받았습니다.',
  'error.target-too-large':
    '“{attribute}” 속성이 {value}이지만 클래스는 {count}개이고 번호는 0부터 {max}까지입니다.',
} satisfies GdSoftmaxMessages;
