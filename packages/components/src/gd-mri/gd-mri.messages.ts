import { defineMessages } from '../internal/i18n/index.js';

/** Every string `<gd-mri>` shows, in the four built-in languages. */
const en = {
  label: 'Faster MRI: reconstruction by gradient descent',
  original: 'Original image',
  kspace: 'k-space (log magnitude), unmeasured lines dimmed',
  zeroFilled: 'Zero-filled image',
  zeroFilledError: 'Zero-filled error',
  reconstruction: 'Reconstruction',
  reconstructionError: 'Reconstruction error',
  saving: 'R = {r}: {measured} of {total} lines, {fraction} of the time.',
  savingFull: 'Every line measured: the full scan time.',
  fraction2: 'half',
  fraction3: 'a third',
  fraction4: 'a quarter',
  fraction5: 'a fifth',
  fraction6: 'a sixth',
  fraction7: 'a seventh',
  fraction8: 'an eighth',
  fractionOther: '{p} %',
  pickFile: 'Use an image from this device (stays on this device)',
  usePhantom: 'Use the phantom',
  badFile: 'That file could not be read as an image; the last image is kept.',
  mask: 'Sampling mask',
  'mask.full': 'full',
  'mask.equispaced': 'equispaced',
  'mask.random': 'random',
  'mask.variable-density': 'variable density',
  acceleration: 'Acceleration R',
  stepSize: 'Step size η',
  lambda: 'Weight λ',
  regularizer: 'Regulariser',
  'regularizer.tv': 'total variation (smoothed)',
  'regularizer.tikhonov': 'Tikhonov (smooth gradients)',
  dataConsistency: 'Put the measured lines back after each step',
  speed: 'Speed (iterations per second)',
  iteration: 'Iteration {k}',
  objective: 'Objective f(x)',
  rmse: 'RMSE',
  psnr: 'PSNR',
  errors: 'RMSE {rmse} (PSNR {psnr} dB); zero-filled RMSE {zero} (PSNR {zeroPsnr} dB)',
  startNote:
    'Iteration 0 is the real part of the zero-filled image (the tissue is real); the zero-filled picture is its magnitude, so their errors differ a little.',
  lipschitzNote: 'Any step size below 1/L = {bound} never raises the objective.',
  learned:
    'Learned methods replace the hand-made regulariser: in the fastMRI challenge (NYU Langone Health and Facebook AI Research), networks trained on thousands of knee and brain scans reconstruct from fourfold and eightfold undersampling, better and in one fast pass.',
  'error.not-integer': '{attribute}: “{value}” is not a whole number.',
};

/** The keys every language must translate: each language file `satisfies` this. */
export type GdMriMessages = Readonly<Record<keyof typeof en, string>>;

// English ships with the element; the other languages are fetched when a page first shows them.
defineMessages(
  'gd-mri',
  { en },
  {
    tr: () => import('./gd-mri.messages.tr.js'),
    pt: () => import('./gd-mri.messages.pt.js'),
    ko: () => import('./gd-mri.messages.ko.js'),
  },
);
