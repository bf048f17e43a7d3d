// Korean messages every widget shares (common.messages.ts), fetched only when a widget shows Korean.
import type { CommonMessages } from './common.messages.js';

export default {
  play: '재생',
  pause: '일시 정지',
  step: '한 단계',
  stepBack: '한 단계 뒤로',
  reset: '초기화',
  train: '학습',
  loss: '손실',
  stepNumber: '단계',
  problemTitle: '이 위젯이 설정 하나를 사용할 수 없습니다',
  keptLastGood: '마지막으로 유효했던 상태를 보여 줍니다.',
  'error.not-a-number': '“{attribute}” 속성에는 숫자가 필요하지만 “{value}” 값이 주어졌습니다.',
  'error.not-finite': '“{attribute}” 속성은 유한한 숫자여야 하지만 “{value}” 값이 주어졌습니다.',
  'error.not-positive': '“{attribute}” 속성은 0보다 커야 하지만 “{value}” 값이 주어졌습니다.',
  'error.out-of-range': '“{attribute}” 속성은 {min}에서 {max} 사이여야 하지만 “{value}” 값이 주어졌습니다.',
  'error.not-a-list': '“{attribute}” 속성에는 쉼표로 구분한 숫자가 필요하지만 “{value}” 값이 주어졌습니다.',
  'error.empty': '“{attribute}” 속성이 비어 있습니다. 값이 하나 이상 필요합니다.',
  'error.length-mismatch':
    '“{attribute}” 속성의 값은 {actual}개이고 “{other}” 속성의 값은 {expected}개입니다. 개수가 같아야 합니다.',
  'error.not-probability':
    '“{attribute}” 속성의 {row}번째 값이 {value}입니다. 이진 교차 엔트로피에는 0과 1 사이의 확률이 필요합니다.',
  'error.not-binary':
    '“{attribute}” 속성의 {row}번째 값이 {value}입니다. 이진 교차 엔트로피의 실제값은 0 또는 1이어야 합니다.',
  'error.needs-two-classes':
    '“{attribute}” 속성이 “{value}”입니다. 로지스틱 회귀에는 0 또는 1인 타깃(두 클래스)이 필요한데, 이 데이터는 두 클래스가 아닙니다.',
  'error.unknown-option': '“{attribute}” 속성은 “{value}” 값을 알지 못합니다. 선택지: {options}.',
  'error.no-target': '“{attribute}” 속성에 지정한 id “{value}”를 가진 요소를 찾을 수 없습니다.',
  'error.not-json': '“{attribute}” 속성에는 JSON이 필요하지만 “{value}” 값을 JSON으로 읽을 수 없습니다.',
} satisfies CommonMessages;
