// Korean messages of `gd-playground` (fidelity.messages.ts), fetched only when a widget shows Korean.
import type { FidelityMessages } from './fidelity.messages.js';

export default {
  'probe.heading': '예측하기',
  'probe.pick': '데이터 보기에서 고르기',
  'probe.unavailable': '모델에 매개변수가 생기면 예측이 나타납니다.',
  'probe.class': '클래스: {klass} (σ(z) ≥ {threshold}이면 클래스 1)',
  'matrix.heading': '행렬로 본 데이터',
  'matrix.shapes': 'X는 {n} × {m}(행은 예제, 열은 특성), w는 {m} × 1, X·w와 y는 {n} × 1입니다.',
  'matrix.caption': 'X의 각 행과 그 행에 대한 모델의 값, 목표값을 나란히 보여 줍니다.',
  'matrix.row': '행',
  'matrix.inBatch': '이번 단계의 배치에 포함',
  'matrix.batchNote': '표시된 행(▸)이 현재 단계의 배치입니다.',
  'matrix.more': '나머지 {count}개 행은 적지 않았습니다.',
  'code.heading': '{step}단계를 코드로',
  'code.languageLabel': '언어',
  'code.language.python': 'Python (NumPy)',
  'code.language.typescript': 'TypeScript (tfjs)',
  'code.loops': '원소별 계산(반복문)',
  'code.vectorised': '벡터화(행렬)',
  'code.copy': '복사',
  'code.copied': '복사됨',
  'code.prints': '각 프로그램은 단계 전의 배치 손실과 새 가중치를 출력합니다. 표의 다음 행과 같습니다.',
  'code.otherOptimizer':
    '각 프로그램은 이 단계의 기울기를 계산하고, 선택한 옵티마이저가 이를 갱신으로 바꿉니다(갱신 규칙 참고).',
  'code.softmax': '코드로 보는 단계는 선형 모델과 로지스틱 모델에 제공됩니다.',
  'code.too-many-rows': '이번 단계의 배치는 {max}개 행을 넘어 프로그램에 적기에는 너무 깁니다.',
} satisfies FidelityMessages;
