// Turkish messages of `gd-math` (gd-math.messages.ts), fetched only when a widget shows Turkish.
import type { GdMathMessages } from './gd-math.messages.js';

export default {
  problemTitle: 'Bu formül dizilemedi',
  'error.not-tex': '"{attribute}" özniteliğindeki LaTeX okunamadı: {message}',
  keptLastGood: 'Çalışan son formül gösterilmeye devam ediyor.',
} satisfies GdMathMessages;
