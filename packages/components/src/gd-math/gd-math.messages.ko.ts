// Korean messages of `gd-math` (gd-math.messages.ts), fetched only when a widget shows Korean.
import type { GdMathMessages } from './gd-math.messages.js';

export default {
  problemTitle: '이 수식을 조판하지 못했습니다',
  'error.not-tex': '"{attribute}" 속성의 LaTeX를 읽을 수 없습니다: {message}',
  keptLastGood: '마지막으로 제대로 표시된 수식을 계속 보여 줍니다.',
} satisfies GdMathMessages;
