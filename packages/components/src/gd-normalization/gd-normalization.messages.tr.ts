// Turkish messages of `gd-normalization` (gd-normalization.messages.ts), fetched only when a widget shows Turkish.
import type { GdNormalizationMessages } from './gd-normalization.messages.js';

export default {
  kindLegend: 'Normalizasyon',
  'kind.batch': 'Yığın normalizasyonu',
  'kind.layer': 'Katman normalizasyonu',
  'kind.instance': 'Örnek normalizasyonu',
  'kind.group': 'Grup normalizasyonu',
  'inline.batch': 'yığın normalizasyonu',
  'inline.layer': 'katman normalizasyonu',
  groupsLabel: 'Grup sayısı G',
  'axes.batch': 'Yığın normalizasyonu: her kanal için bir ortalama ve varyans; {axes} üzerinden ortalanır.',
  'axes.layer': 'Katman normalizasyonu: her örnek için bir ortalama ve varyans; {axes} üzerinden ortalanır.',
  'axes.instance':
    'Örnek normalizasyonu: her örnek ve kanal için bir ortalama ve varyans; {axes} üzerinden ortalanır.',
  'axes.group':
    'Grup normalizasyonu: kanallar {groups} gruba ayrılır; her örnek ve grup için bir ortalama ve varyans, grubun {axes} eksenleri üzerinden.',
  inputCaption: 'Girdi x ({shape}): aynı harf ve çerçeveye sahip hücreler μ ve σ² değerlerini paylaşır',
  inputSingle: 'Tek örnekten oluşan bir yığın ({shape})',
  outputCaption: 'Çıktı y = γ x̂ + β',
  outputEval: 'Değerlendirme kipinde çıktı y (yürüyen istatistikler)',
  inputLabel: 'Girdi tensörü; ok tuşlarıyla bir hücre seçin',
  outputLabel: 'Normalize edilmiş tensör',
  cellLabel: 'Örnek {example}, kanal {channel}, konum {position}:',
  cellLabelFc: 'Örnek {example}, özellik {channel}:',
  groupWord: 'grup',
  example: 'Örnek',
  exampleShort: 'n = {n}',
  channelShort: 'c = {n}',
  featureShort: 'özellik {n}',
  statsCaption: 'Her grubun istatistikleri',
  group: 'Grup',
  covers: 'Hücreler',
  count: 'Sayı m',
  allExamples: 'tüm örnekler',
  exampleN: '{n}. örnek',
  allChannels: 'tüm kanallar',
  channelN: '{n}. kanal',
  featureN: '{n}. özellik',
  allFeatures: 'tüm özellikler',
  channelsN: 'kanallar {n}',
  cellTitle: 'Seçili: {example}. örnek, {channel}. kanal, konum {position} (grup {group})',
  cellTitleFc: 'Seçili: {example}. örnek, {channel}. özellik (grup {group})',
  usesRunning:
    'Değerlendirme kipi: yığın normalizasyonu yığının değil, bu kanalın yürüyen ortalamasını ve varyansını kullanır.',
  affineLegend: 'Kanal başına ölçek γ ve kaydırma β, ayrıca ε',
  channel: 'Kanal',
  gammaOf: '{channel}. kanalın γ değeri',
  betaOf: '{channel}. kanalın β değeri',
  runningTitle: 'Eğitim ve değerlendirme',
  convention:
    'PyTorch kuralı: yürüyen = (1 − momentum) · yürüyen + momentum · yığın, momentum = {momentum}; yürüyen ortalama 0’dan, yürüyen varyans 1’den başlar. Yığın kendi popülasyon varyansıyla (÷ m) normalize edilir, ancak yürüyen varyansa yansız varyans (÷ (m − 1)) verilir.',
  modeLabel: 'Kip',
  'mode.train': 'Eğitim kipi',
  'mode.eval': 'Değerlendirme kipi',
  singleToggle: 'Tek örnekli yığın',
  trainBatch: 'Eğitim kipi: yığın normalizasyonu kendisine verilen yığının istatistikleriyle normalize eder.',
  evalBatch:
    'Değerlendirme kipi: yığın normalizasyonu yürüyen istatistikleri kullanır; bir örneğin çıktısı artık diğer örneklere bağlı değildir.',
  trainOther: 'Bu tür istatistiklerini her örneğin kendisinden hesaplar; iki kipte de aynıdır.',
  evalOther:
    'Bu tür istatistiklerini her örneğin kendisinden hesaplar: değerlendirme kipi hiçbir şeyi değiştirmez.',
  nextBatch: 'Bu yığını kat, sonrakini göster',
  resetRunning: 'Yürüyen istatistikleri sıfırla',
  batchStatus: '{batch}. yığın gösteriliyor; yürüyen istatistiklere {updates} yığın katıldı.',
  refusedSingle:
    'Katılmadı: kanal başına tek değer varken yansız varyans m − 1 = 0’a böler. PyTorch böyle bir yığınla yığın normalizasyonunu eğitmeyi reddeder.',
  runningCaption: 'Kanal başına yığın ve yürüyen istatistikler',
  batchMean: 'Yığın μ',
  batchVar: 'Yığın σ² (÷ m)',
  unbiasedVar: 'σ² · m/(m − 1)',
  runningMean: 'Yürüyen μ',
  runningVar: 'Yürüyen σ²',
  updateRule: 'Son güncelleme: m = {m}; yürüyen = {keep} · eski + {momentum} · yığın.',
  singleExplain:
    'Tek örnekte yığın normalizasyonunun ortalaması o örneğin kendi değerleridir: kanal başına tek değer varsa her x̂ 0 olur ve çıktı yalnızca β’dır. Katman normalizasyonu örneğin kendi özellikleri üzerinden ortalar, bu yüzden tam yığındakiyle aynı sonucu verir.',
  singleCaption: 'İlk örneğin tek başına yığın ve katman normalizasyonuyla normalize edilmesi',
  comparisonTitle: 'Eğitime etkisi',
  comparisonHint:
    'Aynı MLP (2 → 16 → 16 → 1, ReLU), aynı başlangıç ağırlıkları, aynı kötü ölçeklenmiş girdiler (ikinci özellik 10 civarında, birincisi 0 civarında) ve aynı 16’lık mini yığınlar, öğrenme oranı {rate}: bir kez yalın, bir kez her gizli katmandan sonra {normalization} ile. Kayıp, 128 örneğin tamamı üzerindeki MSE’dir ve logaritmik ölçekte çizilir.',
  comparisonStatus: 'Adım {step} / {max}. Normalizasyonsuz kayıp: {plain}; normalizasyonlu: {normalized}.',
  curvePlain: 'Normalizasyonsuz',
  'curve.batch': 'Yığın normalizasyonuyla',
  'curve.layer': 'Katman normalizasyonuyla',
  'curve.batchEval': 'Yığın normalizasyonuyla, değerlendirme kipinde (yürüyen istatistikler)',
  chartPoint: '{step}. adım: kayıp {loss}',
  chartLabel: '{name}: {step}. adımda kayıp {loss}',
  diverged: 'ıraksadı',
  plainDiverged:
    'Normalizasyon olmadan kayıp {step}. adımda sonlu bir sayı olmaktan çıktı: bu kadar kötü ölçeklenmiş girdiler için bu öğrenme oranı fazla büyük.',
  'error.bad-shape':
    '“{attribute}” özniteliği dört tam sayı N, C, H, W bekliyor (ör. 4,3,2,2), ancak “{value}” verildi.',
  'error.too-many-cells':
    '“{attribute}” özniteliği {max} hücreden fazlasını veriyor, çizmek için çok fazla: “{value}”.',
  'error.bad-row': '“{attribute}” özniteliğinin {row}. satırında sayı olmayan bir değer var: “{value}”.',
  'error.ragged-rows':
    '“{attribute}” özniteliğinin {row}. satırında {count} değer var, 1. satırda ise {width}: “{value}”.',
  'error.not-whole': '“{attribute}” özniteliği en az 1 olan bir tam sayı bekliyor, ancak “{value}” verildi.',
  'error.shape-mismatch':
    '“{attribute}” özniteliğinde {width} değerli {rows} satır var, ancak {shape} biçimi {perRow} değerli {n} satır gerektiriyor.',
  'error.per-channel':
    '“{attribute}” özniteliğinde {count} değer var, ancak {channels} kanal var: her kanala bir değer.',
  'error.groups-not-dividing':
    '“{attribute}” özniteliği {value}; bu sayı {channels} kanalı eşit gruplara bölmüyor.',
} satisfies GdNormalizationMessages;
