// Turkish messages of `gd-playground` (fidelity.messages.ts), fetched only when a widget shows Turkish.
import type { FidelityMessages } from './fidelity.messages.js';

export default {
  'probe.heading': 'Tahmin et',
  'probe.pick': 'Veri görünümünde seç',
  'probe.unavailable': 'Modelin parametreleri oluşunca tahmin burada görünür.',
  'probe.class': 'Sınıf: {klass} (σ(z) ≥ {threshold} ise sınıf 1)',
  'matrix.heading': 'Matris olarak veri',
  'matrix.shapes':
    'X {n} × {m} boyutunda (satırlar örnekler, sütunlar öznitelikler), w {m} × 1, X·w ve y ise {n} × 1.',
  'matrix.caption': 'X’in her satırı, modelin o satır için verdiği değer ve hedefiyle yan yana.',
  'matrix.row': 'Satır',
  'matrix.inBatch': 'bu adımın yığınında',
  'matrix.batchNote': 'İşaretli satırlar (▸) geçerli adımın yığınıdır.',
  'matrix.more': '{count} satır daha yazılmadı.',
  'code.heading': '{step}. adım kod olarak',
  'code.languageLabel': 'Dil',
  'code.language.python': 'Python (NumPy)',
  'code.language.typescript': 'TypeScript (tfjs)',
  'code.loops': 'Öğe öğe (döngülerle)',
  'code.vectorised': 'Vektörleştirilmiş (matrislerle)',
  'code.copy': 'Kopyala',
  'code.copied': 'Kopyalandı',
  'code.prints':
    'Her program adımdan önceki yığın kaybını ve yeni ağırlıkları yazdırır: tablonun sonraki satırı.',
  'code.otherOptimizer':
    'Her program bu adımın gradyanını hesaplar; seçilen optimizasyon yöntemi onu güncellemeye çevirir (güncelleme kuralına bakın).',
  'code.softmax': 'Kod olarak adım, doğrusal ve lojistik modeller için yazılır.',
  'code.too-many-rows': 'Bu adımın yığınında {max} satırdan fazlası var; bir programa yazmak için çok fazla.',
} satisfies FidelityMessages;
